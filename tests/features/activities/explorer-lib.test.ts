import { describe, expect, it } from 'vitest'
import { nextSort } from '../../../src/records/lib/records-query'
import type { ActivitiesParams, Activity, OrgUnit } from '../../../src/lib/api/schemas'
import { buildActivitiesCsv, ExportChangedError, type ExportProgress } from '../../../src/lib/export-activities'
import { explorerParams, explorerQuery } from '../../../src/features/activities/lib/explorer-params'
import { parseCsv } from '../../support/parse-csv'

describe('explorer URL parameters', () => {
  it('parses valid values', () => {
    const { state, issues } = explorerParams.parse(new URLSearchParams('metric=trainees&category=journalists&q=%20ha%20%20nam%20&sort=-participants&page=3&pageSize=100'))
    expect(issues).toEqual([])
    expect(state).toEqual({ metric: 'trainees', category: 'journalists', q: 'ha nam', sort: '-participants', page: 3, pageSize: 100 })
  })

  it('replaces and reports every unusable value', () => {
    const { state, issues } = explorerParams.parse(new URLSearchParams('metric=meetings&category=print&q=%3F%21...&sort=-colour&page=0&pageSize=501'))
    expect(state).toEqual({ metric: 'meetings', category: null, q: '', sort: '-date', page: 1, pageSize: 50 })
    expect(issues.map((i) => i.reason)).toEqual(['unknown-category', 'search-without-text', 'unknown-sort', 'bad-page', 'bad-page-size'])
    for (const bad of ['-1', '1.5', '1e3', ' 2', '99999999999']) {
      expect(explorerParams.parse(new URLSearchParams({ page: bad })).issues).toHaveLength(1)
    }
  })

  it('writes defaults out of the URL', () => {
    expect(explorerParams.patch({ sort: '-date', page: 1, pageSize: 50, q: '', metric: null })).toEqual({ sort: null, page: null, pageSize: null, q: null, metric: null })
    expect(explorerParams.patch({ sort: 'title', page: 2, pageSize: 20 })).toEqual({ sort: 'title', page: '2', pageSize: '20' })
  })

  it('builds the API query within the global filters', () => {
    const { state } = explorerParams.parse(new URLSearchParams('metric=meetings&q=ha nam'))
    expect(explorerQuery(state, { from: '2019-01', to: '2019-12', units: [], boundary: 'current' })).toEqual({
      from: '2019-01',
      to: '2019-12',
      boundary: 'current',
      metric: 'meetings',
      q: 'ha nam',
      sort: '-date',
      page: 1,
      pageSize: 50,
    })
  })

  it('sorts numbers and dates largest first, text A to Z, and a second click reverses', () => {
    expect(nextSort('-date', 'quantity')).toBe('-quantity')
    expect(nextSort('-date', 'title')).toBe('title')
    expect(nextSort('title', 'title')).toBe('-title')
    expect(nextSort('-date', 'date')).toBe('date')
  })
})

const record = (i: number): Activity => ({
  id: `r${i}`,
  date: '2024-01-02',
  unit: 'c22',
  kind: 'articles',
  category: 'online',
  title: `Tin bài số ${i}`,
  quantity: 1000 + i,
  participants: null,
  format: null,
  recipient: null,
  source: null,
  version: 1,
})
const units = new Map<string, OrgUnit>([
  ['c22', { id: 'c22', code: '22', era: 'current', name: 'Quảng Ninh', nameAscii: 'Quang Ninh', fullName: 'Tỉnh Quảng Ninh', kind: 'province', region: 'red-river-delta', status: 'unchanged', validFrom: null, validTo: null, successorId: null, predecessorIds: ['f22'], tile: null, population: null, areaKm2: null }],
])

function pager(total: number, totals: number[] = []) {
  const seen: ActivitiesParams[] = []
  return {
    seen,
    fetchPage: async (params: ActivitiesParams) => {
      seen.push(params)
      const size = params.pageSize ?? 50
      const page = params.page ?? 1
      const reported = totals[page - 1] ?? total
      const items = Array.from({ length: Math.max(0, Math.min(size, total - (page - 1) * size)) }, (_, k) => record((page - 1) * size + k))
      return { items, total: reported, pageCount: Math.ceil(reported / size) }
    },
  }
}

describe('buildActivitiesCsv', () => {
  it('fetches every page in chunks, reports progress and writes one row per record', async () => {
    const { seen, fetchPage } = pager(1234)
    const progress: ExportProgress[] = []
    const { blob, rows } = await buildActivitiesCsv({
      params: { from: '2024-01', to: '2024-12', sort: 'title', page: 7, pageSize: 20 },
      lang: 'vi',
      unitsById: units,
      fetchPage,
      onProgress: (p) => progress.push(p),
    })
    expect(rows).toBe(1234)
    expect(seen.map((p) => [p.page, p.pageSize, p.sort])).toEqual([
      [1, 500, 'title'],
      [2, 500, 'title'],
      [3, 500, 'title'],
    ])
    expect(progress).toEqual([
      { done: 500, total: 1234 },
      { done: 1000, total: 1234 },
      { done: 1234, total: 1234 },
    ])
    const parsed = parseCsv((await blob.text()).replace(/^\uFEFF/, ''))
    expect(parsed).toHaveLength(1235)
    expect(parsed[1]).toEqual(['2024-01-02', 'Quảng Ninh', 'c22', 'Tin, bài', 'Báo điện tử', 'Tin bài số 0', '1000', '', '', '', '', ''])
  })

  it('stops when cancelled', async () => {
    const { fetchPage } = pager(5000)
    const controller = new AbortController()
    const run = buildActivitiesCsv({
      params: {},
      lang: 'en',
      unitsById: units,
      fetchPage,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done >= 1000) controller.abort()
      },
    })
    await expect(run).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('refuses to produce an inconsistent file when the total changes between pages', async () => {
    const { fetchPage } = pager(1200, [1200, 1201])
    await expect(buildActivitiesCsv({ params: {}, lang: 'vi', unitsById: units, fetchPage })).rejects.toBeInstanceOf(ExportChangedError)
  })

  it('writes just the header for no records', async () => {
    const { fetchPage } = pager(0)
    const { blob, rows } = await buildActivitiesCsv({ params: {}, lang: 'en', unitsById: units, fetchPage })
    expect(rows).toBe(0)
    expect(parseCsv((await blob.text()).replace(/^\uFEFF/, ''))).toHaveLength(1)
  })
})
