/**
 * CSV export of every record matching a one-year national filter (all metrics), through the
 * real export code path: `buildActivitiesCsv` with its default page fetcher (`apiGet`, schema
 * parsing included), 500 records a request, the requests answered by the server app over the
 * prepared demo database (`app.fetch`, JSON serialisation included). Time is the median of several runs; memory
 * is sampled during the runs (peak heap above the baseline, and peak RSS).
 */
import { openDemoDatabase } from '../../mocks/prepared-db'
import { createApp } from '../../server/app'
import { appSignIn } from '../support/app-session'
import { DEMO_PASSWORD } from '../support/session'
import { MAX_PAGE_SIZE, orgUnitsResponseSchema, type OrgUnit, type UnitId } from '../../src/lib/api/schemas'
import { apiGet } from '../../src/lib/api/client'
import { buildActivitiesCsv } from '../../src/lib/export-activities'
import type { BenchRow } from './bench-utils'


const RUNS = 7
const ORIGIN = 'http://127.0.0.1:4173'
const YEAR = { from: '2024-01', to: '2024-12' }
/** One national year is ~5,000 records (10 requests): well under two seconds keeps the button honest. */
const TARGET_MS = 2000

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export async function benchExport(): Promise<BenchRow[]> {
  const realFetch = globalThis.fetch
  const database = await openDemoDatabase()
  const app = await appSignIn(createApp({ database }), 'viewer', DEMO_PASSWORD)
  let requests = 0
  // The app's client calls `fetch` with a path under the API base; answer it with the server app.
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    requests++
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, ORIGIN)
    return app(url.pathname + url.search, init)
  }) as typeof fetch

  try {
    const { units } = await apiGet('/org-units', { boundary: 'reported' }, orgUnitsResponseSchema)
    const unitsById = new Map<UnitId, OrgUnit>(units.map((u) => [u.id, u]))
    const params = { ...YEAR, boundary: 'current' as const, sort: '-date' as const }
    const run = () => buildActivitiesCsv({ params, lang: 'vi', unitsById })

    const first = await run() // warm-up: data generation, indexes, JIT
    const rows = first.rows
    const bytes = first.blob.size
    requests = 0

    globalThis.gc?.()
    const baseline = process.memoryUsage()
    let peakHeap = baseline.heapUsed
    let peakRss = baseline.rss
    const sampler = setInterval(() => {
      const now = process.memoryUsage()
      if (now.heapUsed > peakHeap) peakHeap = now.heapUsed
      if (now.rss > peakRss) peakRss = now.rss
    }, 2)

    const times: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now()
      const result = await run()
      times.push(performance.now() - started)
      if (result.rows !== rows) throw new Error(`Row count changed between runs: ${rows} → ${result.rows}`)
    }
    clearInterval(sampler)
    times.sort((a, b) => a - b)
    const medianMs = times[Math.floor(times.length / 2)] ?? Number.NaN
    const pages = Math.ceil(rows / MAX_PAGE_SIZE)

    return [
      {
        name: `Export CSV, national ${YEAR.from.slice(0, 4)}, all metrics`,
        medianMs,
        runs: RUNS,
        target: `< ${TARGET_MS} ms`,
        met: medianMs < TARGET_MS,
        extra: `${rows.toLocaleString('en')} rows, ${pages} requests of ${MAX_PAGE_SIZE}, ${mb(bytes)} file; ${requests / RUNS} requests a run; min ${times[0]?.toFixed(0)} ms, max ${times.at(-1)?.toFixed(0)} ms`,
      },
      { name: 'Export CSV: peak heap above baseline', value: mb(peakHeap - baseline.heapUsed), extra: `baseline heap ${mb(baseline.heapUsed)}` },
      { name: 'Export CSV: peak RSS', value: mb(peakRss), extra: `baseline RSS ${mb(baseline.rss)}` },
    ]
  } finally {
    globalThis.fetch = realFetch
    await database.close()
  }
}
