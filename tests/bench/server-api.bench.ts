/**
 * Speed of the API server: the app (`server/app.ts`) over the embedded database holding the
 * demo data (a PGlite started from the prepared dump), or over PostgreSQL when `DATABASE_URL`
 * is set; each request through `app.fetch`, JSON serialisation included. Run by `npm run bench`.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApp } from '../../server/app'
import { appSignIn } from '../support/app-session'
import { DEMO_PASSWORD, signIn } from '../support/session'
import { prepareDatabase } from '../../server/db/setup'
import { generateActivities } from '../../mocks/data/generate'
import { openDemoDatabase } from '../../mocks/prepared-db'
import { buildProduction, startProductionServer } from '../support/production-server'
import { medianTime, type BenchRow } from './bench-utils'

const RUNS = 15

export async function benchServerApi(): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  const generation = await medianTime(RUNS, () => generateActivities())
  rows.push({ name: 'Data generation (seeded, whole range)', medianMs: generation, runs: RUNS, target: '≤ 150 ms', met: generation <= 150 })

  const started = performance.now()
  const database = process.env.DATABASE_URL
    ? (await prepareDatabase({ databaseUrl: process.env.DATABASE_URL, seed: 'if-new' })).database
    : await openDemoDatabase()
  rows.push({ name: `Open the demo database (${database.kind}, prepared)`, medianMs: performance.now() - started, runs: 1 })
  // Without the answers kept in memory, so the figure is the computation (SQL, JSON,
  // serialisation); the cached answer is timed on its own below.
  // Signed in as the demo viewer: every request pays for its session lookup, as in production.
  const app = await appSignIn(createApp({ database, cache: false }), 'viewer', DEMO_PASSWORD)
  const cachedApp = await appSignIn(createApp({ database }), 'viewer', DEMO_PASSWORD)

  async function request(path: string): Promise<number> {
    const response = await app(`/api/v1${path}`)
    const body = await response.text()
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${body.slice(0, 200)}`)
    return body.length
  }
  async function timed(name: string, path: string, targetMs: number): Promise<BenchRow> {
    const bytes = await request(path)
    await request(path)
    const medianMs = await medianTime(RUNS, () => request(path))
    return { name, medianMs, runs: RUNS, target: `< ${targetMs} ms`, met: medianMs < targetMs, extra: `GET ${path} → ${(bytes / 1024).toFixed(1)} KB JSON` }
  }
  try {
    rows.push(
      await timed('/stats all units by month, whole range', '/stats?metric=articles&from=2018-01&to=2026-10&granularity=month&by=period,unit&boundary=current', 50),
    )
    rows.push(await timed('/stats by unit with last year, as reported', '/stats?metric=trainees&from=2025-01&to=2025-12&by=unit&boundary=reported&compare=previous-year', 50))
    rows.push(await timed('/summary over a year', '/summary?from=2024-01&to=2024-12', 20))
    rows.push(await timed('/activities search over everything', '/activities?q=hoi%20nghi', 30))
    rows.push(await timed('/activities search + sort over everything', '/activities?q=hoi%20nghi&sort=-participants', 30))
    rows.push(await timed('/activities default page (newest first)', '/activities', 30))
    const cachedPath = '/stats?metric=articles&from=2018-01&to=2026-10&granularity=month&by=period,unit&boundary=current'
    const cachedRequest = async () => (await cachedApp(`/api/v1${cachedPath}`)).text()
    await cachedRequest()
    const cached = await medianTime(RUNS, cachedRequest)
    rows.push({ name: 'The same /stats again (answer kept in memory)', medianMs: cached, runs: RUNS, extra: 'one read of the data version' })
  } finally {
    await database.close()
  }
  return rows
}

/**
 * The production server (`node dist-server/main.js`) as a separate process: first start on an
 * empty data directory (initdb, migrations, demo data), a later start on the same directory,
 * and 50 concurrent clients for 30 s on a mix of /stats, /summary and /activities from a third
 * process (autocannon, `tests/bench/load.mjs`). With `DATABASE_URL` set the server runs on it.
 */
export async function benchServerProcess(): Promise<BenchRow[]> {
  buildProduction()
  const rows: BenchRow[] = []
  const dir = mkdtempSync(join(tmpdir(), 'ttdn-bench-'))
  const env: Record<string, string> = process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}
  try {
    let started = performance.now()
    const first = await startProductionServer({ dataDir: join(dir, 'data'), env })
    const firstMs = performance.now() - started
    await first.stop('SIGTERM')
    if (!process.env.DATABASE_URL) {
      rows.push({ name: 'First start on an empty data directory (create, migrate, seed)', medianMs: firstMs, runs: 1, target: '< 20 s', met: firstMs < 20_000 })
    }
    const starts: number[] = []
    let server = first
    for (let i = 0; i < 3; i++) {
      started = performance.now()
      server = await startProductionServer({ dataDir: join(dir, 'data'), env })
      starts.push(performance.now() - started)
      if (i < 2) await server.stop('SIGTERM')
    }
    const startMs = starts.toSorted((a, b) => a - b)[1] ?? Number.NaN
    rows.push({ name: 'Start to ready on an existing data directory', medianMs: startMs, runs: 3, target: '< 3 s', met: startMs < 3000 })
    const { cookie } = await signIn(server.baseUrl, 'viewer')
    const load = spawnSync(process.execPath, [join(import.meta.dirname, 'load.mjs'), server.baseUrl, '30', '50', cookie], { encoding: 'utf8' })
    await server.stop('SIGTERM')
    if (load.status !== 0) throw new Error(`load generator failed: ${load.stderr}`)
    const result = JSON.parse(load.stdout) as { requests: number; rps: number; p50: number; p99: number; max: number; errors: number; timeouts: number; non2xx: number }
    const failures = result.errors + result.timeouts + result.non2xx
    rows.push({
      name: `Load: 50 clients × 30 s (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}), p99`,
      medianMs: result.p99,
      runs: result.requests,
      target: '< 250 ms, no error',
      met: result.p99 < 250 && failures === 0,
      extra: `${Math.round(result.rps)} requests/s, p50 ${result.p50} ms, max ${result.max} ms, ${failures} errors/timeouts/non-2xx`,
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return rows
}
