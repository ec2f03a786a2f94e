/**
 * `npm start`: builds what is missing or older than its sources, then runs the server in this
 * process's place. Plain JavaScript so that Node runs it as it is, before anything is built.
 *
 * The app (`vite build` → dist/) is rebuilt when dist/index.html is older than anything in
 * src/, public/, index.html, vite.config.ts or the lockfile; the server (server/vite.config.ts
 * → dist-server/main.js) when main.js is older than server/, src/, mocks/ (the demo data
 * generator) or the lockfile. A second start with nothing changed skips both.
 *
 * Also imported by the tests (`ensureBuilt`), so they run exactly what `npm start` runs.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
// Vite's own entry run by this Node, not the `.bin` shim, which would take whatever `node` is on PATH.
const VITE = join(root, 'node_modules', 'vite', 'bin', 'vite.js')

/** Newest modification time (ms) under the given paths; 0 when none exists. */
function newestMtime(paths) {
  let newest = 0
  const visit = (path) => {
    if (!existsSync(path)) return
    const stat = statSync(path)
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules') visit(join(path, entry))
    } else newest = Math.max(newest, stat.mtimeMs)
  }
  for (const path of paths) visit(join(root, path))
  return newest
}

function outdated(output, sources) {
  const out = join(root, output)
  return !existsSync(out) || statSync(out).mtimeMs < newestMtime(sources)
}

const TARGETS = [
  {
    name: 'app',
    output: 'dist/index.html',
    sources: ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'],
    args: ['build', '--logLevel', 'warn'],
  },
  {
    name: 'server',
    output: 'dist-server/main.js',
    sources: ['server', 'src', 'mocks', 'package-lock.json'],
    args: ['build', '--config', 'server/vite.config.ts'],
  },
  {
    // The demo database, prepared once, so that a first start unpacks it instead of seeding.
    name: 'demo database image',
    output: 'dist-server/demo-db.tar.gz',
    sources: ['server', 'mocks/data', 'src/lib', 'package-lock.json'],
    script: 'server/demo-image.mjs',
    args: ['dist-server/demo-db.tar.gz'],
  },
]

/** Builds the app and the server where they are missing or out of date; returns what was built. */
export function ensureBuilt({ log = (line) => console.log(line) } = {}) {
  const built = []
  for (const target of TARGETS) {
    if (!outdated(target.output, target.sources)) continue
    const started = Date.now()
    // NODE_ENV is forced: a caller running under Vite's module runner has it set to development.
    const run = spawnSync(process.execPath, [target.script ? join(root, target.script) : VITE, ...target.args], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
    if (run.status !== 0) throw new Error(`Building the ${target.name} failed (${target.script ?? 'vite'} ${target.args.join(' ')})`)
    log(JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: `built the ${target.name}`, ms: Date.now() - started }))
    built.push(target.name)
  }
  return built
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    ensureBuilt()
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
  // npm runs this under `sh -c`, and a SIGTERM sent to npm ends npm and the shell but is not
  // passed on: without this watch the server would live on as an orphan holding the port.
  if (process.env.npm_lifecycle_event) {
    const parent = process.ppid
    const watch = setInterval(() => {
      if (process.ppid === parent) return
      clearInterval(watch)
      process.kill(process.pid, 'SIGTERM')
    }, 500)
    watch.unref()
  }
  // Imported rather than spawned: this process becomes the server, so SIGTERM and Ctrl-C reach
  // it once and directly. The server counts its start-up time from here, not from the build.
  process.env.TTDN_STARTED_AT_MS = String(performance.now())
  // React (which renders the pages) and the other packages read it when they load: without it
  // they run their development builds, several times slower and noisy in the log.
  process.env.NODE_ENV ??= 'production'
  await import(pathToFileURL(join(root, 'dist-server', 'main.js')).href)
}
