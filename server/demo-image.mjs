// Builds the demo database image (server/db/demo-image.ts) into the file given as argument.
// Run by `npm start`'s build step (server/start.mjs) through Vite's module runner, which loads
// the TypeScript sources as they are.
import { runnerImport } from 'vite'

const file = process.argv[2]
if (!file) {
  console.error('Usage: node server/demo-image.mjs FILE.tar.gz')
  process.exit(2)
}
const { module } = await runnerImport(new URL('./db/demo-image.ts', import.meta.url).pathname)
await module.writeDemoImage(file)
