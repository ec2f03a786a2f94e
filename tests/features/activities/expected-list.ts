/**
 * Independent expectations for the activities list: filtering, search folding and sorting
 * written out here over the raw generated records and the reference data, never through the
 * mock API's query engine.
 */
import provinces from '../../../mocks/data/provinces.json'
import type { Activity, Boundary } from '../../../src/lib/api/schemas'
import { allRecords, unitInView } from '../../support/expected'

const nameOf = new Map<string, string>([
  ['tw', 'Trung ương'],
  ...provinces.former.map((u): [string, string] => [`f${u.code}`, u.name]),
  ...provinces.current.map((u): [string, string] => [`c${u.code}`, u.name]),
])

/** Lower case, no diacritics, đ → d: written independently of the app's and the mock's folding. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

export interface ListQuery {
  from: string
  to: string
  boundary?: Boundary
  units?: string[]
  kind?: Activity['kind']
  category?: string
  q?: string
}

/** Records matching the filters, unsorted. Search looks at the title, the unit's name and the category. */
export function expectedList(query: ListQuery): Activity[] {
  const boundary = query.boundary ?? 'current'
  const needle = query.q ? fold(query.q) : ''
  return allRecords().filter((r) => {
    const month = r.date.slice(0, 7)
    if (month < query.from || month > query.to) return false
    if (query.kind && r.kind !== query.kind) return false
    if (query.category && r.category !== query.category) return false
    if (query.units && query.units.length > 0 && !query.units.includes(r.unit) && !query.units.includes(unitInView(r.unit, boundary))) return false
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

export { nameOf }
