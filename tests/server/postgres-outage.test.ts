// @vitest-environment node
/**
 * PostgreSQL stopped while the server runs: `/readyz` says 503, API requests get a 503 JSON
 * error quickly (no hang, no crash), and the server recovers by itself when PostgreSQL is back.
 * Runs on a PostgreSQL cluster of its own (initdb in a temporary directory, a free port), so
 * stopping it disturbs nothing else; skipped, saying why, where PostgreSQL 15 is not installed.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createApp } from '../../server/app'
import { prepareDatabase } from '../../server/db/setup'
import type { Database } from '../../server/db/connect'
import { freePort } from '../support/production-server'
import { appSession, type AppRequest } from '../support/app-session'

const BIN = '/usr/lib/postgresql/15/bin'
const available = existsSync(`${BIN}/initdb`) && existsSync(`${BIN}/pg_ctl`)
const asRoot = process.getuid?.() === 0
if (!available) console.warn(`PostgreSQL outage test skipped: no PostgreSQL 15 in ${BIN} (apt-get install -y postgresql).`)

/** Runs a PostgreSQL tool, as the `postgres` user when we are root (initdb refuses root). */
function pgTool(tool: string, args: string[]): void {
  const command = asRoot ? 'runuser' : `${BIN}/${tool}`
  const fullArgs = asRoot ? ['-u', 'postgres', '--', `${BIN}/${tool}`, ...args] : args
  const run = spawnSync(command, fullArgs, { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${run.stderr || run.stdout}`)
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for: ${what}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

describe.skipIf(!available)('the server when PostgreSQL goes away', () => {
  let dir = ''
  let port = 0
  let database: Database
  let app: ReturnType<typeof createApp>
  let request: AppRequest
  const start = () => pgTool('pg_ctl', ['-D', join(dir, 'data'), '-l', join(dir, 'log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, '-w', 'start'])
  const stop = () => pgTool('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop'])
  // The probes need no session; the API does (signed in while the database is up).
  const get = (path: string) => (path.startsWith('/api/') ? request(path) : app.fetch(new Request(`http://127.0.0.1${path}`)))

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ttdn-pg-'))
    chmodSync(dir, 0o777)
    port = await freePort()
    pgTool('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'ttdn', '--no-sync'])
    start()
    // A small database: the outage is about connections, not figures.
    ;({ database } = await prepareDatabase({ databaseUrl: `postgres://ttdn@127.0.0.1:${port}/postgres` }))
    app = createApp({ database })
    request = await appSession(app, database)
  }, 120_000)

  afterAll(async () => {
    await database?.close().catch(() => {})
    try {
      stop()
    } catch {
      // already stopped
    }
    rmSync(dir, { recursive: true, force: true })
  })

  test('answers 503 while it is down, and recovers by itself when it is back', async () => {
    expect((await get('/readyz')).status).toBe(200)
    expect((await get('/api/v1/summary?from=2024-01&to=2024-12')).status).toBe(200)

    stop()
    const started = Date.now()
    const ready = await get('/readyz')
    expect(ready.status).toBe(503)
    const answer = await get('/api/v1/summary?from=2024-01&to=2024-12')
    expect(answer.status).toBe(503)
    expect(answer.headers.get('content-type')).toContain('application/json')
    expect(await answer.json()).toEqual({
      error: { code: 'database_unavailable', message: 'The database is not reachable right now. Try again in a moment.' },
    })
    // Refused connections fail fast: well under the 3 s connection timeout each.
    expect(Date.now() - started).toBeLessThan(15_000)

    start()
    await until('the API answers again', async () => (await get('/api/v1/summary?from=2024-01&to=2024-12')).status === 200)
    expect((await get('/readyz')).status).toBe(200)
  }, 180_000)
})
