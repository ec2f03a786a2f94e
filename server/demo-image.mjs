// Writes the demo database image (server/db/demo-image.ts) to the file given as argument.
// Run by `npm start`'s build step (server/start.mjs) through Vite's module runner, which loads
// the TypeScript sources as they are.
import { runnerImport } from 'vite'

// `--prepare`: only make sure the cached prepared database exists (the test runner).
const file = process.argv[2]
if (!file) {
  console.error('Usage: node server/demo-image.mjs FILE.tar.gz | --prepare')
  process.exit(2)
}
// The same image as development and the tests use (`mocks/prepared-db.ts`, kept under
// node_modules/.cache by a hash of its sources): built once for all of them.
const { module: prepared } = await runnerImport(new URL('../mocks/prepared-db.ts', import.meta.url).pathname)
const { module } = await runnerImport(new URL('./db/demo-image.ts', import.meta.url).pathname)
const dump = await prepared.preparedDemoDump()
if (file !== '--prepare') await module.writeDemoImage(file, dump)
