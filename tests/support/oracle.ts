/**
 * The one test oracle: expected figures and lists computed straight from the generated records
 * and the reference data (provinces.json) with plain loops. It imports nothing from `src/` but
 * types, so a test's expected value never comes from the code under test: not the contract's
 * helpers, not the app's folding, not the API's query engine.
 */
import { generateActivities } from '../../mocks/data/generate'
import provinces from '../../server/reference/provinces.json'
import type { ActivityData as Activity, Boundary, Metric } from '../../src/lib/api/schemas'

/** Every generated record (generated once per test file). */
export const records: readonly Activity[] = generateActivities()

/** Former unit id → current unit id, straight from the reference data. */
export const successorOf: ReadonlyMap<string, string> = new Map(provinces.former.map((u) => [`f${u.code}`, `c${u.successorCode}`]))

/** Unit id → name, straight from the reference data. */
export const nameOf: ReadonlyMap<string, string> = new Map([
  ['tw', 'Trung ương'],
  ...provinces.former.map((u): [string, string] => [`f${u.code}`, u.name]),
  ...provinces.current.map((u): [string, string] => [`c${u.code}`, u.name]),
])

/** The id of a former unit, looked up by its name in the reference data (not by a code typed in a test). */
export function formerIdByName(name: string): string {
  const unit = provinces.former.find((u) => u.name === name)
  if (!unit) throw new Error(`No former unit named ${name}`)
  return `f${unit.code}`
}

/** The current unit a reported unit rolls up to (itself for current units and the national level). */
export function rolledUp(unit: string): string {
  return successorOf.get(unit) ?? unit
}

/** The unit a record counts under in a boundary view. */
export function unitInView(reported: string, boundary: Boundary): string {
  return boundary === 'current' ? rolledUp(reported) : reported
}

/** What one record adds to a metric, written out here rather than taken from the contract. */
export function contribution(record: Activity, metric: Metric): number {
  if (metric === 'trainees') return record.kind === 'trainings' ? (record.participants ?? 0) : 0
  return record.kind === metric ? record.quantity : 0
}

/** The kind of record a metric is counted on (trainees are carried on training records). */
function kindOf(metric: Metric): Activity['kind'] {
  return metric === 'trainees' ? 'trainings' : metric
}

export interface RangeFilter {
  from: string
  to: string
  boundary?: Boundary
  /** Unit ids in the filter; a record matches by its reported unit or, in the current view, the unit it rolls up to. */
  units?: readonly string[]
}

export interface ExpectedQuery extends RangeFilter {
  metric: Metric
}

/** Whether a record falls in a range and unit filter. */
export function inFilter(record: Activity, f: RangeFilter): boolean {
  const month = record.date.slice(0, 7)
  if (month < f.from || month > f.to) return false
  if (!f.units || f.units.length === 0) return true
  return f.units.includes(record.unit) || f.units.includes(unitInView(record.unit, f.boundary ?? 'current'))
}

/** The total of a metric for a range and unit filter. */
export function expectedTotal(q: ExpectedQuery): number {
  let sum = 0
  for (const r of records) if (inFilter(r, q)) sum += contribution(r, q.metric)
  return sum
}

/** The total per unit (as the view groups them), zero units left out. */
export function expectedByUnit(q: ExpectedQuery): Map<string, number> {
  const boundary = q.boundary ?? 'current'
  const out = new Map<string, number>()
  for (const r of records) {
    const v = inFilter(r, q) ? contribution(r, q.metric) : 0
    if (v === 0) continue
    const unit = unitInView(r.unit, boundary)
    out.set(unit, (out.get(unit) ?? 0) + v)
  }
  return out
}

/** The total per category. */
export function expectedByCategory(q: ExpectedQuery): Map<string, number> {
  const out = new Map<string, number>()
  for (const r of records) {
    const v = inFilter(r, q) ? contribution(r, q.metric) : 0
    if (v !== 0) out.set(r.category, (out.get(r.category) ?? 0) + v)
  }
  return out
}

/** The records of a metric's kind matching the query (e.g. to count rows of a list or CSV). */
export function expectedRecords(q: ExpectedQuery): Activity[] {
  const kind = kindOf(q.metric)
  return records.filter((r) => r.kind === kind && inFilter(r, q))
}

/** Lower case, no diacritics, đ → d, spaces collapsed: written independently of the app's folding. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

export interface ListQuery extends RangeFilter {
  kind?: Activity['kind']
  category?: string
  q?: string
}

/** Records matching the list filters, unsorted. Search looks at the title, the unit's name and the category. */
export function expectedList(query: ListQuery): Activity[] {
  const needle = query.q ? fold(query.q) : ''
  return records.filter((r) => {
    if (!inFilter(r, query)) return false
    if (query.kind && r.kind !== query.kind) return false
    if (query.category && r.category !== query.category) return false
    if (needle && !fold(`${r.title} ${nameOf.get(r.unit) ?? ''} ${r.category}`).includes(needle)) return false
    return true
  })
}

const byId = (a: Activity, b: Activity) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Newest first, ties by id (the API's documented tie-breaker). */
export function byDateDesc(a: Activity, b: Activity): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : byId(a, b)
}

/** By a numeric field, missing values last, ties by id. */
export function byNumber(field: 'quantity' | 'participants', descending: boolean) {
  return (a: Activity, b: Activity): number => {
    const x = a[field]
    const y = b[field]
    if (x === null || y === null) return x === y ? byId(a, b) : x === null ? 1 : -1
    if (x !== y) return (x - y) * (descending ? -1 : 1)
    return byId(a, b)
  }
}
