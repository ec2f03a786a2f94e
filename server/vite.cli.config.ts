/**
 * Builds the database tools (`server/cli.ts`) for Node: Vite's SSR build resolves the repo's
 * extensionless imports and JSON, bundles our own code into `dist-server/cli.js` and leaves the
 * packages (PGlite, pg, Kysely, zod) as imports from node_modules. Separate from the server's own
 * build config, and it never empties `dist-server/`, so the two builds do not undo each other.
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'server/cli.ts',
    outDir: 'dist-server',
    emptyOutDir: false,
    target: 'node22',
    sourcemap: true,
    rolldownOptions: { output: { entryFileNames: 'cli.js' } },
  },
})
