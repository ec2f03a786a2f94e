// Runs the database tools (server/cli.ts): builds dist-server/cli.js first when it is missing or
// older than the sources it is built from, then runs it with the command line's arguments.
// Node cannot load the TypeScript sources as they are (extensionless imports), hence the build.
import { existsSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const output = join(root, 'dist-server', 'cli.js')
const sources = ['server', 'src/lib', 'mocks/data', 'package-lock.json']

async function newestChange(path) {
  const info = await stat(path).catch(() => null)
  if (!info) return 0
  if (!info.isDirectory()) return info.mtimeMs
  let newest = 0
  for (const entry of await readdir(path)) newest = Math.max(newest, await newestChange(join(path, entry)))
  return newest
}

async function isStale() {
  if (!existsSync(output)) return true
  const built = (await stat(output)).mtimeMs
  for (const source of sources) if ((await newestChange(join(root, source))) > built) return true
  return false
}

if (await isStale()) {
  process.stderr.write('Building the database tools (dist-server/cli.js)…\n')
  const { build } = await import('vite')
  await build({ configFile: join(root, 'server', 'vite.cli.config.ts') })
}
const { main } = await import(pathToFileURL(output).href)
// Exit explicitly: the database drivers may keep handles open after closing.
process.exit(await main(process.argv.slice(2)))
