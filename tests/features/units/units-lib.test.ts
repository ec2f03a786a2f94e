import { describe, expect, it } from 'vitest'
import { allUnits, unitsById } from '../../../server/reference/org-units'
import { DEFAULT_SORT, nextSort, parseSort, serializeSort, shownMetric, unitPageParams, unitsParams } from '../../../src/features/units/lib/units-params'
import { categoryPoints, trendPoints, unitRanks } from '../../../src/features/units/lib/unit-page-data'
import { isSearchable } from '../../../src/lib/text'
import { unitHistory } from '../../../src/features/units/lib/unit-history'
import { figureBoundary, unitMonths } from '../../../src/features/units/lib/unit-range'
import {
  buildUnitsTable,
  matchesRow,
  rankUnits,
  sortRows,
  totalsOf,
  unitsTableCsv,
  type UnitRow,
} from '../../../src/features/units/lib/units-table'
import { METRICS, type Metric, type OrgUnit } from '../../../src/lib/api/schemas'

const unit = (id: string): OrgUnit => {
  const u = unitsById.get(id)
  if (!u) throw new Error(id)
  return u
}
const coverage = { from: '2018-01', to: '2026-10' }

describe('unit range', () => {
  it('limits a former unit to 30/06/2025 and a current unit to 01/07/2025 as reported', () => {
    const year = { from: '2025-01', to: '2025-12' }
    expect(unitMonths(unit('f35'), 'reported', year)).toEqual({ from: '2025-01', to: '2025-06' })
    expect(unitMonths(unit('f35'), 'current', year)).toEqual({ from: '2025-01', to: '2025-06' })
    expect(unitMonths(unit('c37'), 'reported', year)).toEqual({ from: '2025-07', to: '2025-12' })
    expect(unitMonths(unit('c37'), 'current', year)).toEqual(year)
    expect(unitMonths(unit('tw'), 'reported', year)).toEqual(year)
    expect(unitMonths(unit('f35'), 'reported', { from: '2026-01', to: '2026-06' })).toBeNull()
    expect(unitMonths(unit('c22'), 'reported', { from: '2024-01', to: '2024-12' })).toBeNull()
  })

  it('asks for a former unit as reported and for the others within current boundaries', () => {
    expect(figureBoundary(unit('f35'))).toBe('reported')
    expect(figureBoundary(unit('c37'))).toBe('current')
    expect(figureBoundary(unit('tw'))).toBe('current')
  })

  it('takes the comparison from the API and knows a zero from an unknown where a unit has no row', () => {
    const values = Object.fromEntries(METRICS.map((m) => [m, new Map([['c37', 5]])])) as Record<Metric, Map<string, number>>
    const previous = Object.fromEntries(METRICS.map((m) => [m, new Map([['c37', 4]])])) as Record<Metric, Map<string, number | null>>
    const units = [unit('c37'), unit('c22')]
    const known = buildUnitsTable({ units, boundary: 'current', range: { from: '2024-01', to: '2024-12' }, coverage, values, previous })
    expect(known.rows.map((r) => [r.unit.id, r.cells.articles.value, r.cells.articles.previous])).toEqual([
      ['c37', 5, 4],
      ['c22', 0, 0],
    ])
    // Last year's months start before the data: no row means unknown, not zero.
    const early = buildUnitsTable({ units, boundary: 'current', range: { from: '2018-07', to: '2019-06' }, coverage, values, previous })
    expect(early.rows.map((r) => r.cells.articles.previous)).toEqual([4, null])
  })
})

describe('history', () => {
  it('names the former units of a merged unit, the successor of a former one, nothing for an unchanged one', () => {
    const formed = unitHistory(unit('c37'), unitsById)
    expect(formed?.kind).toBe('formed')
    expect(formed?.kind === 'formed' && formed.predecessors.map((u) => u.name)).toEqual(['Hà Nam', 'Nam Định', 'Ninh Bình'])
    const merged = unitHistory(unit('f35'), unitsById)
    expect(merged?.kind === 'merged-into' && merged.successor.id).toBe('c37')
    expect(unitHistory(unit('c22'), unitsById)).toBeNull()
    expect(unitHistory(unit('tw'), unitsById)).toBeNull()
    expect(unitHistory(unit('f22'), unitsById)?.kind).toBe('continues-as')
  })
})

describe('ranks', () => {
  it('ranks within each era, ties share a rank, the national level is not ranked', () => {
    const ranks = rankUnits([
      { id: 'c01', era: 'current', value: 5 },
      { id: 'c02', era: 'current', value: 9 },
      { id: 'c04', era: 'current', value: 5 },
      { id: 'c06', era: 'current', value: 1 },
      { id: 'f01', era: 'former', value: 100 },
      { id: 'tw', era: 'national', value: 1000 },
    ])
    expect(ranks.get('c02')).toEqual({ rank: 1, of: 4 })
    expect(ranks.get('c01')?.rank).toBe(2)
    expect(ranks.get('c04')?.rank).toBe(2)
    expect(ranks.get('c06')?.rank).toBe(4)
    expect(ranks.get('f01')).toEqual({ rank: 1, of: 1 })
    expect(ranks.has('tw')).toBe(false)
  })
})

const name = (r: UnitRow) => r.unit.name

function tableOf(boundary: 'current' | 'reported', range: { from: string; to: string }) {
  const units = boundary === 'current' ? allUnits.filter((u) => u.era !== 'former') : allUnits
  const values = {} as Record<Metric, Map<string, number>>
  for (const metric of METRICS) values[metric] = new Map(units.map((u, i) => [u.id, (i * 7 + metric.length) % 50]))
  const previous = Object.fromEntries(METRICS.map((m) => [m, null])) as Record<Metric, null>
  return buildUnitsTable({ units, boundary, range, coverage, values, previous })
}

describe('units table', () => {
  it('hides units that did not exist in the range and keeps the national level first', () => {
    const t2024 = tableOf('reported', { from: '2024-01', to: '2024-12' })
    expect(t2024.rows).toHaveLength(64)
    expect(t2024.hidden).toHaveLength(34)
    expect(t2024.rows[0]?.unit.id).toBe('tw')
    const t2025 = tableOf('reported', { from: '2025-01', to: '2025-12' })
    expect(t2025.rows).toHaveLength(98)
    expect(t2025.hidden).toHaveLength(0)
    expect(tableOf('current', { from: '2024-01', to: '2024-12' }).rows).toHaveLength(35)
  })

  it('parses, serialises and toggles the sort', () => {
    expect(parseSort('-articles')).toEqual({ sort: { column: 'articles', direction: 'desc' }, invalid: null })
    expect(parseSort('meetings-change').sort).toEqual({ column: 'meetings-change', direction: 'asc' })
    expect(parseSort('-colour')).toEqual({ sort: DEFAULT_SORT, invalid: '-colour' })
    expect(parseSort(null).invalid).toBeNull()
    expect(serializeSort(DEFAULT_SORT)).toBeNull()
    expect(nextSort(DEFAULT_SORT, 'articles')).toEqual({ column: 'articles', direction: 'desc' })
    expect(nextSort({ column: 'articles', direction: 'desc' }, 'articles')).toEqual({ column: 'articles', direction: 'asc' })
    expect(nextSort(DEFAULT_SORT, 'awards-rank')).toEqual({ column: 'awards-rank', direction: 'asc' })
  })

  it('sorts by value, change and name; missing changes last both ways', () => {
    const { rows } = tableOf('current', { from: '2024-01', to: '2024-12' })
    const provinces = rows.filter((r) => r.unit.era !== 'national')
    const byValue = sortRows(provinces, { column: 'articles', direction: 'desc' }, name, 'vi').map((r) => r.cells.articles.value)
    expect(byValue).toEqual(byValue.toSorted((a, b) => b - a))
    const byName = sortRows(provinces, { column: 'name', direction: 'asc' }, name, 'vi').map(name)
    expect(byName[0]).toBe('An Giang')
    expect(byName.at(-1)).toBe('Vĩnh Long')
    const mixed: UnitRow[] = provinces.slice(0, 3).map((r, i) => ({
      ...r,
      cells: { ...r.cells, articles: { ...r.cells.articles, delta: i === 0 ? { kind: 'none' } : { kind: 'up', absolute: i, ratio: i / 10 } } },
    }))
    for (const direction of ['asc', 'desc'] as const) {
      expect(sortRows(mixed, { column: 'articles-change', direction }, name, 'vi').at(-1)?.unit.id).toBe(mixed[0]?.unit.id)
    }
  })

  it('searches without diacritics, filters by region and by chosen units', () => {
    const { rows } = tableOf('current', { from: '2024-01', to: '2024-12' })
    const find = (q: string, region: OrgUnit['region'] = null, units: string[] = []) =>
      rows.filter((r) => matchesRow(r, { q, region, units }, name(r))).map((r) => r.unit.id)
    expect(find('quang ninh')).toEqual(['c22'])
    expect(find('QUẢNG   NINH')).toEqual(['c22'])
    expect(find('ha noi')).toEqual(['c01'])
    expect(find('', 'central-highlands').every((id) => unit(id).region === 'central-highlands')).toBe(true)
    expect(find('', null, ['c22', 'c37']).toSorted()).toEqual(['c22', 'c37'])
    expect(isSearchable('!!!')).toBe(false)
    expect(isSearchable('ha')).toBe(true)
  })

  it('totals the rows and gives no comparison when any row has none', () => {
    const { rows } = tableOf('current', { from: '2024-01', to: '2024-12' })
    const totals = totalsOf(rows)
    expect(totals.articles.value).toBe(rows.reduce((s, r) => s + r.cells.articles.value, 0))
    expect(totals.articles.previous).toBeNull()
    expect(totals.articles.delta.kind).toBe('none')
  })

  it('writes CSV rows with plain numbers, ids and totals', () => {
    const { rows } = tableOf('current', { from: '2024-01', to: '2024-12' })
    const csv = unitsTableCsv(rows.slice(0, 2), [{ label: 'Toàn quốc', totals: totalsOf(rows) }], (r) => r.unit.name, {
      unit: 'Đơn vị',
      id: 'Mã',
      value: (m) => m,
      previous: (m) => `${m} prev`,
      changePercent: (m) => `${m} %`,
      rank: (m) => `${m} rank`,
    })
    expect(csv.headers).toHaveLength(2 + 5 * 4)
    expect(csv.rows).toHaveLength(3)
    expect(csv.rows[1]?.slice(0, 3)).toEqual([rows[1]?.unit.name, rows[1]?.unit.id, rows[1]?.cells.articles.value])
    expect(csv.rows[2]?.[0]).toBe('Toàn quốc')
  })

  it('adds a % of plan column per metric after the others, to one decimal, empty without a plan and on the totals', () => {
    const { rows } = tableOf('current', { from: '2026-01', to: '2026-06' })
    const [first, second] = rows as [UnitRow, UnitRow]
    const labels = { unit: 'Unit', id: 'Id', value: (m: string) => m, previous: (m: string) => `${m} prev`, changePercent: (m: string) => `${m} %`, rank: (m: string) => `${m} rank` }
    // The first unit reached 2/3 of its articles target and 125% of its meetings one; the second has no plan.
    const planned: Record<string, Partial<Record<string, number>>> = { [first.unit.id]: { articles: 200 / 3, meetings: 125 } }
    const csv = unitsTableCsv([first, second], [{ label: 'Total', totals: totalsOf(rows) }], (r) => r.unit.name, labels, {
      label: (m) => `${m} % plan`,
      percent: (row, m) => planned[row.unit.id]?.[m] ?? null,
    })
    expect(csv.headers).toHaveLength(2 + 5 * 4 + 5)
    expect(csv.headers.slice(-5)).toEqual(['articles % plan', 'meetings % plan', 'awards % plan', 'trainings % plan', 'trainees % plan'])
    expect(csv.rows[0]?.slice(-5)).toEqual([66.7, 125, null, null, null])
    expect(csv.rows[1]?.slice(-5)).toEqual([null, null, null, null, null])
    expect(csv.rows[2]?.slice(-5)).toEqual([null, null, null, null, null])
  })
})

describe('unit page data', () => {
  it('fills every period and stops at the end of the data', () => {
    const points = trendPoints([{ period: '2026-Q2', value: 5 }], { from: '2026-01', to: '2026-12' }, 'quarter', coverage)
    expect(points).toEqual([
      { period: '2026-Q1', value: 0 },
      { period: '2026-Q2', value: 5 },
      { period: '2026-Q3', value: 0 },
      { period: '2026-Q4', value: 0 },
    ])
    expect(trendPoints([], { from: '2026-01', to: '2026-12' }, 'month', coverage)).toHaveLength(10)
    // Before the data starts: unknown months are left out, not drawn as zeros (issue 8.5).
    expect(trendPoints([{ period: '2018-01', value: 3 }], { from: '2017-11', to: '2018-02' }, 'month', coverage)).toEqual([
      { period: '2018-01', value: 3 },
      { period: '2018-02', value: 0 },
    ])
  })

  it('lists every category of the metric with its share', () => {
    const points = categoryPoints([{ category: 'seminar', value: 3 }, { category: 'conference', value: 1 }], 'meetings')
    // Largest first, like the Overview's breakdown; ties keep the contract's order.
    expect(points.map((p) => p.category)).toEqual(['seminar', 'conference', 'roundtable', 'press-briefing'])
    expect(points[0]?.share).toBe(0.75)
    expect(categoryPoints([], 'trainees').every((p) => p.share === 0)).toBe(true)
  })

  it('ranks a unit among the units of its era', () => {
    const peers = allUnits.filter((u) => u.era === 'current')
    const values = Object.fromEntries(METRICS.map((m) => [m, new Map(peers.map((p, i) => [p.id, i]))])) as Record<Metric, Map<string, number>>
    const ranks = unitRanks(unit(peers[0]?.id ?? ''), peers, values)
    expect(ranks[0]).toMatchObject({ rank: 34, of: 34 })
    expect(unitRanks(unit('tw'), [unit('tw')], values)[0]?.rank).toBeNull()
  })

  it('parses the records list parameters with fallbacks', () => {
    expect(unitPageParams.parse(new URLSearchParams('metric=awards&sort=title&page=3&pageSize=100'))).toEqual({
      state: { metric: 'awards', q: '', sort: 'title', page: 3, pageSize: 100 },
      issues: [],
    })
    const bad = unitPageParams.parse(new URLSearchParams('metric=likes&sort=colour&page=0&pageSize=9999'))
    expect(bad.state).toEqual({ metric: 'articles', q: '', sort: '-date', page: 1, pageSize: 20 })
    expect(bad.issues.map((i) => i.param)).toEqual(['metric', 'sort', 'page', 'pageSize'])
    expect(unitPageParams.patch({ metric: 'articles', sort: '-date', page: 1, pageSize: 20 })).toEqual({ metric: null, sort: null, page: null, pageSize: null })
    // A unit's page has no search box: `q` is not one of its parameters.
    expect(unitPageParams.keys).toEqual(['metric', 'sort', 'page', 'pageSize'])
  })

  it('parses the units table parameters with fallbacks', () => {
    expect(unitsParams.parse(new URLSearchParams('sort=-awards-change&q=%20ha%20%20nam&region=central-highlands&metric=trainees'))).toEqual({
      state: { sort: { column: 'awards-change', direction: 'desc' }, q: 'ha nam', region: 'central-highlands', metric: 'trainees' },
      issues: [],
    })
    expect(unitsParams.parse(new URLSearchParams('sort=colour&q=!!&region=mars&metric=visitors'))).toEqual({
      state: { sort: { column: 'name', direction: 'asc' }, q: '', region: null, metric: null },
      issues: [
        { param: 'sort', value: 'colour', reason: 'unknown-sort' },
        { param: 'q', value: '!!', reason: 'search-without-text' },
        { param: 'region', value: 'mars', reason: 'invalid-value' },
        { param: 'metric', value: 'visitors', reason: 'invalid-value' },
      ],
    })
    expect(unitsParams.patch({ sort: { column: 'name', direction: 'asc' }, q: '', region: null, metric: null })).toEqual({ sort: null, q: null, region: null, metric: null })
    expect(unitsParams.patch({ metric: 'meetings' })).toEqual({ metric: 'meetings' })
  })

  it("shows a phone the metric chosen, else the one sorted by, else the first", () => {
    const byName = { column: 'name', direction: 'asc' } as const
    expect(shownMetric({ sort: byName, metric: null })).toBe('articles')
    expect(shownMetric({ sort: byName, metric: 'awards' })).toBe('awards')
    expect(shownMetric({ sort: { column: 'trainees-rank', direction: 'asc' }, metric: null })).toBe('trainees')
    expect(shownMetric({ sort: { column: 'meetings-change', direction: 'desc' }, metric: null })).toBe('meetings')
    expect(shownMetric({ sort: { column: 'trainings', direction: 'desc' }, metric: null })).toBe('trainings')
    expect(shownMetric({ sort: { column: 'trainings', direction: 'desc' }, metric: 'articles' })).toBe('articles')
  })
})
