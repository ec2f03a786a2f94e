import { describe, expect, test } from 'vitest'
import { activitiesResponseSchema, ALL_CATEGORIES, MAX_PAGE_SIZE, type ActivityData as Activity } from '../../src/lib/api/schemas'
import { getJson } from './helpers'
import { fold, formerIdByName, inFilter, nameOf, records, rolledUp } from '../support/oracle'

function activitiesUrl(params: Record<string, string | number>): string {
  const search = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))
  return `/api/v1/activities?${search.toString()}`
}

/** Every page of a query, in order. */
async function allPages(params: Record<string, string | number>): Promise<{ items: Activity[]; total: number; pageCount: number }> {
  const first = await getJson(activitiesUrl({ ...params, page: 1 }), activitiesResponseSchema)
  const items = [...first.items]
  for (let page = 2; page <= first.pageCount; page++) {
    const next = await getJson(activitiesUrl({ ...params, page }), activitiesResponseSchema)
    expect(next.total).toBe(first.total)
    items.push(...next.items)
  }
  return { items, total: first.total, pageCount: first.pageCount }
}

const collator = new Intl.Collator('vi')
const KIND_ORDER = ['articles', 'meetings', 'awards', 'trainings']
const CATEGORY_ORDER: readonly string[] = ALL_CATEGORIES

/** Independent key comparisons for each sort (participants are checked separately: nulls last). */
const SORT_KEYS: Record<string, (a: Activity, b: Activity) => number> = {
  date: (a, b) => a.date.localeCompare(b.date),
  unit: (a, b) => collator.compare(nameOf.get(a.unit) ?? '', nameOf.get(b.unit) ?? ''),
  quantity: (a, b) => a.quantity - b.quantity,
  title: (a, b) => (fold(a.title) < fold(b.title) ? -1 : fold(a.title) > fold(b.title) ? 1 : 0),
  category: (a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category),
  metric: (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
}

function matchesQuery(record: Activity, q: string): boolean {
  return fold(`${record.title} ${nameOf.get(record.unit) ?? ''} ${record.category}`).includes(fold(q))
}

describe('GET /activities', () => {
  test('paging returns every matching record exactly once, newest first', async () => {
    const params = { metric: 'meetings', from: '2021-01', to: '2022-12', pageSize: 500 }
    const expected = records.filter((r) => r.kind === 'meetings' && inFilter(r, { from: '2021-01', to: '2022-12' }))
    const { items, total, pageCount } = await allPages(params)
    expect(total).toBe(expected.length)
    expect(pageCount).toBe(Math.ceil(expected.length / 500))
    expect(pageCount).toBeGreaterThan(1)
    expect(items.map((r) => r.id).toSorted()).toEqual(expected.map((r) => r.id).toSorted())
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1]!, items[i]!]
      expect(a.date >= b.date).toBe(true)
    }
  })

  test('paging is stable under a sort with many ties (quantity), and puts unrecorded participants last', async () => {
    const params = { metric: 'trainees', from: '2018-01', to: '2026-10', sort: '-participants', pageSize: 500 }
    const expected = records.filter((r) => r.kind === 'trainings')
    const { items } = await allPages(params)
    expect(new Set(items.map((r) => r.id)).size).toBe(expected.length)
    const firstNull = items.findIndex((r) => r.participants === null)
    expect(firstNull).toBeGreaterThan(0)
    expect(items.slice(firstNull).every((r) => r.participants === null)).toBe(true)
    for (let i = 1; i < firstNull; i++) expect(items[i - 1]!.participants! >= items[i]!.participants!).toBe(true)
  })

  test('units follow the boundary view: Ninh Bình includes Hà Nam’s records in the current view only', async () => {
    const haNam = formerIdByName('Hà Nam')
    const successor = rolledUp(haNam)
    const current = await allPages({ units: successor, metric: 'awards', pageSize: 500 })
    const expectedCurrent = records.filter((r) => r.kind === 'awards' && rolledUp(r.unit) === successor)
    expect(current.total).toBe(expectedCurrent.length)
    expect(current.items.some((r) => r.unit === haNam)).toBe(true)
    const reported = await allPages({ units: successor, metric: 'awards', boundary: 'reported', pageSize: 500 })
    expect(reported.total).toBe(records.filter((r) => r.kind === 'awards' && r.unit === successor).length)
    expect(reported.items.every((r) => r.unit === successor)).toBe(true)
  })

  test('search ignores diacritics and case', async () => {
    const lower = await allPages({ q: 'quang ninh', pageSize: 500 })
    const upper = await allPages({ q: 'QUẢNG NINH', pageSize: 500 })
    expect(lower.total).toBeGreaterThan(0)
    expect(upper.items.map((r) => r.id)).toEqual(lower.items.map((r) => r.id))
    expect(lower.total).toBe(records.filter((r) => matchesQuery(r, 'quang ninh')).length)
    for (const r of lower.items) expect(matchesQuery(r, 'Quảng Ninh')).toBe(true)
  })

  test('search folds đ to d and finds Hà Nam’s 2019-12-30 conference', async () => {
    const haNam = await getJson(activitiesUrl({ q: 'ha nam', from: '2019-12', to: '2019-12', metric: 'meetings' }), activitiesResponseSchema)
    expect(haNam.items.some((r) => r.date === '2019-12-30' && r.source !== null)).toBe(true)
    const daNang = await getJson(activitiesUrl({ q: 'da nang', pageSize: 1 }), activitiesResponseSchema)
    const daNangAccented = await getJson(activitiesUrl({ q: 'ĐÀ NẴNG', pageSize: 1 }), activitiesResponseSchema)
    expect(daNang.total).toBeGreaterThan(0)
    expect(daNangAccented.total).toBe(daNang.total)
  })

  test('category and month filters combine with search', async () => {
    const body = await allPages({ metric: 'articles', category: 'foreign-language', q: 'quang tri', from: '2022-01', to: '2022-12', pageSize: 500 })
    const expected = records.filter(
      (r) => r.kind === 'articles' && r.category === 'foreign-language' && inFilter(r, { from: '2022-01', to: '2022-12' }) && matchesQuery(r, 'quang tri'),
    )
    expect(body.total).toBe(expected.length)
    expect(body.items.some((r) => /Việt – Lào/.test(r.title))).toBe(true)
  })

  test.each(Object.keys(SORT_KEYS))('sort=%s sorts ascending by that key, and with a minus descending, over the same records', async (key) => {
    const params = { from: '2024-10', to: '2024-12', units: 'f22,f51,tw', pageSize: MAX_PAGE_SIZE }
    const asc = await getJson(activitiesUrl({ ...params, sort: key }), activitiesResponseSchema)
    const desc = await getJson(activitiesUrl({ ...params, sort: `-${key}` }), activitiesResponseSchema)
    expect(asc.total).toBeGreaterThan(10)
    expect(asc.items.map((r) => r.id).toSorted()).toEqual(desc.items.map((r) => r.id).toSorted())
    const compare = SORT_KEYS[key]!
    const ascending = asc.items.slice(1).every((r, i) => compare(asc.items[i]!, r) <= 0)
    const descending = desc.items.slice(1).every((r, i) => compare(desc.items[i]!, r) >= 0)
    expect(ascending).toBe(true)
    expect(descending).toBe(true)
    // The sample must hold distinct keys, or the check above proves nothing.
    expect(asc.items.some((r, i) => i > 0 && compare(asc.items[i - 1]!, r) < 0)).toBe(true)
  })

  test('defaults to 50 a page, newest first; a page past the end is empty with the real totals', async () => {
    const first = await getJson(activitiesUrl({}), activitiesResponseSchema)
    expect(first.pageSize).toBe(50)
    expect(first.items).toHaveLength(50)
    expect(first.total).toBe(records.length)
    expect(first.items[0]!.date).toBe(records.map((r) => r.date).toSorted().at(-1))
    const beyond = await getJson(activitiesUrl({ page: first.pageCount + 1 }), activitiesResponseSchema)
    expect(beyond.items).toEqual([])
    expect(beyond.total).toBe(first.total)
    expect(beyond.pageCount).toBe(first.pageCount)
  })
})
