import { runnerImport, type Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { msw } from 'msw/vite'

/**
 * Serves the mock API over real HTTP next to the production build (`npm run preview`), so the
 * built app runs as it would against a real backend. The handlers are the same ones the
 * browser worker uses in development and the Node interceptor uses in tests.
 */
function mockApiOverHttp(): Plugin {
  return {
    name: 'ttdn-mock-api-over-http',
    async configurePreviewServer(server) {
      if (process.env.MOCK_API === 'off') return
      // Loaded through Vite's module runner (TypeScript, JSON, extensionless imports), so the
      // config itself stays loadable by Node as it is.
      const { module } = await runnerImport<typeof import('./mocks/http')>('./mocks/http.ts')
      server.middlewares.use(module.mockApiMiddleware())
    },
  }
}

export default defineConfig({
  plugins: [react(), msw({ mode: 'worker-only' }), mockApiOverHttp()],
  build: {
    target: 'es2022',
    sourcemap: true,
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
          fileParallelism: false,
        },
      },
    ],
  },
})
