/**
 * The production server (`npm start` runs the bundle of this file, `dist-server/main.js`):
 * prepares the database (a new one gets the demo data), then serves the API and the built
 * dashboard on one port until SIGTERM or SIGINT, when it drains and closes cleanly.
 *
 * Environment: HOST (127.0.0.1), PORT (8080), DATABASE_URL, else TTDN_DATA_DIR (./data),
 * DATABASE_POOL_SIZE (PostgreSQL only), TTDN_DIST_DIR (the built app, ../dist from here),
 * and the sign-in settings of `auth/config.ts` (TTDN_SESSION_IDLE_MINUTES, TTDN_SESSION_MAX_HOURS,
 * TRUST_PROXY, TTDN_SECURE_COOKIES).
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { createApp } from './app'
import { authConfigFromEnv } from './auth/config'
import { countDemoAccounts } from './auth/users'
import { databaseOptionsFromEnv, prepareDatabase } from './db/setup'
import { jsonLogger } from './log'
import { createWebApp, type ViteManifest } from './web'

/** How long in-flight requests may take to finish after SIGTERM before they are cut. */
const DRAIN_TIMEOUT_MS = 10_000

const log = jsonLogger()

async function main(): Promise<void> {
  const host = process.env.HOST || '127.0.0.1'
  const port = Number(process.env.PORT || 8080)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${process.env.PORT}"`)
  const distDir = resolve(process.env.TTDN_DIST_DIR || fileURLToPath(new URL('../dist', import.meta.url)))
  if (!existsSync(resolve(distDir, 'index.html'))) {
    throw new Error(`No built app at ${distDir} (index.html is missing): run "npm start", which builds it, or "npm run build".`)
  }

  log('info', { msg: 'starting', node: process.version, pid: process.pid })
  const options = databaseOptionsFromEnv()
  const preparing = performance.now()
  const { database, seeded } = await prepareDatabase({
    ...options,
    seed: 'if-new',
    // Built with the server by `npm start` (server/start.mjs): a first start unpacks it.
    demoImage: fileURLToPath(new URL('./demo-db.tar.gz', import.meta.url)),
    log: (msg, fields) => log('info', { msg, ...fields }),
  })
  log('info', {
    msg: seeded > 0 ? 'database ready: new, demo data loaded' : 'database ready: existing data, no seeding',
    database: database.kind,
    location: database.location,
    demoDataLoaded: seeded > 0,
    records: seeded,
    ms: Math.round(performance.now() - preparing),
  })

  // Read now: a wrong value stops the start instead of the first sign-in.
  authConfigFromEnv()
  const demoAccounts = await countDemoAccounts(database.db)
  if (demoAccounts > 0) {
    log('warn', {
      msg: 'demo accounts exist, with a published password: remove them before real use (README, "Tài khoản / Accounts")',
      demoAccounts,
    })
  }

  // Pages are rendered on the server when the build has its manifest (a build of this version).
  const manifestFile = resolve(distDir, '.vite', 'manifest.json')
  const pages = existsSync(manifestFile)
    ? { render: (await import('../src/entry-server')).renderPage, manifest: JSON.parse(readFileSync(manifestFile, 'utf8')) as ViteManifest }
    : undefined
  if (!pages) log('warn', { msg: 'no build manifest: pages render in the browser only', manifest: manifestFile })

  let shuttingDown = false
  const web = createWebApp({ api: createApp({ database }), distDir, log, isShuttingDown: () => shuttingDown, ...(pages ? { pages } : {}) })
  const server = serve({ fetch: web.fetch, hostname: host, port }, (info) => {
    log('info', {
      msg: 'listening',
      url: `http://${info.family === 'IPv6' ? `[${info.address}]` : info.address}:${info.port}`,
      // From the start of the process (module loading included), or from the end of the build
      // when `npm start` built first.
      startMs: Math.round(performance.now() - Number(process.env.TTDN_STARTED_AT_MS ?? 0)),
    })
  })
  server.on('error', (error) => {
    log('error', { msg: 'server error', error: error.message })
    process.exit(1)
  })

  const shutdown = (signal: NodeJS.Signals) => {
    if (shuttingDown) {
      log('warn', { msg: 'second signal: exiting now', signal })
      process.exit(1)
    }
    shuttingDown = true
    const started = performance.now()
    log('info', { msg: 'shutting down: finishing in-flight requests', signal })
    const cut = setTimeout(() => {
      log('warn', { msg: 'in-flight requests still open: closing their connections', afterMs: DRAIN_TIMEOUT_MS })
      if ('closeAllConnections' in server) server.closeAllConnections()
    }, DRAIN_TIMEOUT_MS)
    cut.unref()
    // close() stops accepting, ends idle keep-alive connections and calls back once the
    // requests in flight have been answered.
    server.close(() => {
      clearTimeout(cut)
      database
        .close()
        .then(() => {
          log('info', { msg: 'stopped', ms: Math.round(performance.now() - started) })
          process.exit(0)
        })
        .catch((error: unknown) => {
          log('error', { msg: 'closing the database failed', error: String(error) })
          process.exit(1)
        })
    })
  }
  process.on('SIGTERM', shutdown)
  process.on('SIGINT', shutdown)
}

main().catch((error: unknown) => {
  log('error', { msg: 'start failed', error: error instanceof Error ? error.message : String(error) })
  process.exit(1)
})
