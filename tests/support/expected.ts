/**
 * Independent expectations for tests: totals computed straight from the generated records
 * with plain loops and the reference crosswalk, never through the mock API's query engine.
 * A screen's figure must equal these.
 */
import { generateActivities } from '../../mocks/data/generate'
import provinces from '../../mocks/data/provinces.json'
import { kindOfMetric, type Activity, type Boundary, type Metric } from '../../src/lib/api/schemas'

let cache: Activity[] | undefined
/** Every generated record (generated once per test file). */
export function allRecords(): Activity[] {
  cache ??= generateActivities()
  return cache
}

const successor = new Map<string, string>(provinces.former.map((f) => [`f${f.code}`, `c${f.successorCode}`]))

/** The unit a record counts under in a boundary view. */
export function unitInView(reported: string, boundary: Boundary): string {
  return boundary === 'current' ? (successor.get(reported) ?? reported) : reported
}

function valueOf(record: Activity, metric: Metric): number {
  if (record.kind !== kindOfMetric(metric)) return 0
  return metric === 'trainees' ? (record.participants ?? 0) : record.quantity
}

export interface ExpectedQuery {
  metric: Metric
  from: string
  to: string
  boundary?: Boundary
  /** Unit ids in the filter; a record matches by its reported unit or its unit in the view. */
  units?: string[]
}

function matching(q: ExpectedQuery): Activity[] {
  const boundary = q.boundary ?? 'current'
  return allRecords().filter((r) => {
    const month = r.date.slice(0, 7)
    if (month < q.from || month > q.to) return false
    if (q.units && q.units.length > 0 && !q.units.includes(r.unit) && !q.units.includes(unitInView(r.unit, boundary))) return false
    return true
  })
}

/** The total of a metric for a range and unit filter. */
export function expectedTotal(q: ExpectedQuery): number {
  let sum = 0
  for (const r of matching(q)) sum += valueOf(r, q.metric)
  return sum
}

/** The total per unit (as the view groups them), zero units left out. */
export function expectedByUnit(q: ExpectedQuery): Map<string, number> {
  const boundary = q.boundary ?? 'current'
  const out = new Map<string, number>()
  for (const r of matching(q)) {
    const v = valueOf(r, q.metric)
    if (v === 0) continue
    const unit = unitInView(r.unit, boundary)
    out.set(unit, (out.get(unit) ?? 0) + v)
  }
  return out
}

/** The total per category. */
export function expectedByCategory(q: ExpectedQuery): Map<string, number> {
  const out = new Map<string, number>()
  for (const r of matching(q)) {
    const v = valueOf(r, q.metric)
    if (v !== 0) out.set(r.category, (out.get(r.category) ?? 0) + v)
  }
  return out
}

/** The records of a metric's kind matching the query (e.g. to count rows of a list or CSV). */
export function expectedRecords(q: ExpectedQuery): Activity[] {
  return matching(q).filter((r) => r.kind === kindOfMetric(q.metric))
}
