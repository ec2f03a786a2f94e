/**
 * Speed of the mock API: generating the data, building the engine, and answering requests
 * through MSW's `getResponse` (the path the preview server takes, JSON serialisation
 * included). Run by `npm run bench`.
 */
import { getResponse } from 'msw'
import { generateActivities } from '../../mocks/data/generate'
import { createDb } from '../../mocks/db'
import { handlers } from '../../mocks/handlers'
import { ACTIVITY_KINDS } from '../../src/lib/api/schemas'
import { medianTime, type BenchRow } from './bench-utils'


const RUNS = 9
const ORIGIN = 'http://127.0.0.1:4173'


async function request(path: string): Promise<{ status: number; bytes: number }> {
  const response = await getResponse(handlers, new Request(`${ORIGIN}/api/v1${path}`))
  if (!response) throw new Error(`No handler answered ${path}`)
  const body = await response.text()
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${body.slice(0, 200)}`)
  return { status: response.status, bytes: body.length }
}

async function timedRequest(name: string, path: string, targetMs: number): Promise<BenchRow> {
  const { bytes } = await request(path)
  const medianMs = await medianTime(RUNS, () => request(path))
  return { name, medianMs, runs: RUNS, target: `≤ ${targetMs} ms`, met: medianMs <= targetMs, extra: `GET ${path} → ${(bytes / 1024).toFixed(1)} KB JSON` }
}

export async function benchMockApi(): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  const generation = await medianTime(RUNS, () => generateActivities())
  rows.push({ name: 'Data generation (seeded, whole range)', medianMs: generation, runs: RUNS, target: '≤ 150 ms', met: generation <= 150 })
  const start = await medianTime(RUNS, () => createDb(generateActivities()))
  rows.push({ name: 'Engine start (generation + indexes, first request)', medianMs: start, runs: RUNS })

  const records = generateActivities()
  // Each run builds a fresh engine (untimed) and times only its first search.
  const firstSearches: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const db = createDb(records)
    const started = performance.now()
    db.activities({ q: 'quang ninh', sort: '-date', page: 1, pageSize: 50, boundary: 'current' })
    firstSearches.push(performance.now() - started)
  }
  const firstSearch = firstSearches.toSorted((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Number.NaN
  rows.push({ name: 'First search on a fresh engine (folds every record once)', medianMs: firstSearch, runs: RUNS, extra: 'later searches reuse the folded text' })

  rows.push(
    await timedRequest(
      '/stats all units by month, whole range',
      '/stats?metric=articles&from=2018-01&to=2026-10&granularity=month&by=period,unit&boundary=current',
      20,
    ),
  )
  rows.push(await timedRequest('/summary over a year', '/summary?from=2024-01&to=2024-12', 20))
  rows.push(await timedRequest('/activities search + sort over everything', '/activities?q=hoi%20nghi&sort=-participants', 20))
  rows.push(await timedRequest('/activities default page (newest first)', '/activities', 20))

  const byKind = ACTIVITY_KINDS.map((kind) => `${kind} ${records.filter((r) => r.kind === kind).length.toLocaleString('en')}`)
  const real = records.filter((r) => r.source !== null).length
  rows.push({ name: 'Records generated', value: records.length.toLocaleString('en'), extra: `${byKind.join(', ')}; ${real} real dated events` })
  return rows
}
