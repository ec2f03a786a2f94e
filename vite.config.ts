import { runnerImport, type Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { msw } from 'msw/vite'

/**
 * Hosts the real server app (`server/`) in Vite's Node process, over the prepared demo
 * database, for `npm run dev` and `npm run preview`: the app answers `/api/v1` as `npm start`
 * does, and the browser's MSW worker only layers the named fault scenarios in front.
 */
async function middleware() {
  // Loaded through Vite's module runner (TypeScript, JSON, extensionless imports), so the
  // config itself stays loadable by Node as it is.
  const { module } = await runnerImport<typeof import('./mocks/http')>('./mocks/http.ts')
  return module.mockApiMiddleware()
}

function apiInViteProcess(): Plugin {
  return {
    name: 'ttdn-api-in-vite-process',
    async configureServer(server) {
      // Vitest starts a Vite server too; its tests reach the API through their own setup.
      if (process.env.VITEST || process.env.MOCK_API === 'off') return
      server.middlewares.use(await middleware())
    },
    async configurePreviewServer(server) {
      if (process.env.MOCK_API === 'off') return
      server.middlewares.use(await middleware())
    },
  }
}

export default defineConfig({
  plugins: [react(), msw({ mode: 'worker-only' }), apiInViteProcess()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // dist/.vite/manifest.json: the server adds the stylesheets and preloads of the screen it renders.
    manifest: true,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup.ts'],
          globalSetup: ['tests/support/api-host-setup.ts'],
          restoreMocks: true,
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // A condition may take seconds to hold on a loaded two-core machine; polls wait for it.
          expect: { poll: { timeout: 20_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
})
