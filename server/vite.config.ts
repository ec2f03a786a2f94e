/**
 * Bundles the production server (`server/main.ts`) into `dist-server/main.js` for Node: Vite's
 * SSR build compiles the TypeScript and the shared contract from `src/` and leaves every
 * package from node_modules as a plain import, resolved at run time.
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'server/main.ts',
    outDir: 'dist-server',
    // Not emptied: the database tools (server/vite.cli.config.ts) build into the same folder.
    emptyOutDir: false,
    target: 'node22',
    sourcemap: true,
    rolldownOptions: { output: { entryFileNames: 'main.js' } },
  },
  ssr: { target: 'node' },
})
