/**
 * Speed of the API server: the app (`server/app.ts`) over the embedded database holding the
 * demo data (a PGlite started from the prepared dump), or over PostgreSQL when `DATABASE_URL`
 * is set; each request through `app.fetch`, JSON serialisation included. Run by `npm run bench`.
 */
import { createApp } from '../../server/app'
import { prepareDatabase } from '../../server/db/setup'
import { generateActivities } from '../../mocks/data/generate'
import { openDemoDatabase } from '../../mocks/prepared-db'
import { medianTime, type BenchRow } from './bench-utils'

const RUNS = 15
const ORIGIN = 'http://127.0.0.1:8080'

export async function benchServerApi(): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  const generation = await medianTime(RUNS, () => generateActivities())
  rows.push({ name: 'Data generation (seeded, whole range)', medianMs: generation, runs: RUNS, target: '≤ 150 ms', met: generation <= 150 })

  const started = performance.now()
  const database = process.env.DATABASE_URL
    ? (await prepareDatabase({ databaseUrl: process.env.DATABASE_URL, seed: 'if-new' })).database
    : await openDemoDatabase()
  rows.push({ name: `Open the demo database (${database.kind}, prepared)`, medianMs: performance.now() - started, runs: 1 })
  const app = createApp({ database })

  async function request(path: string): Promise<number> {
    const response = await app.fetch(new Request(`${ORIGIN}/api/v1${path}`))
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
  } finally {
    await database.close()
  }
  return rows
}
