import { describe, expect, it } from 'vitest'
import { defaultFilters, filterSearch, parseFilters, presetRange, serializeFilters, type Filters } from '../../src/filters/filters'
import { presetLabel } from '../../src/filters/preset-label'
import { screenIssues } from '../../src/filters/screen-params'
import { lastCompleteMonth } from '../../src/lib/clock'
import type { OrgUnit } from '../../src/lib/api/schemas'

const NOW = new Date(2026, 10, 22) // 22 Nov 2026: the last complete month is October 2026

/** Just what the parser reads of the units: id, era and successor. */
function unit(id: string, era: OrgUnit['era'], successorId: string | null = null): [string, OrgUnit] {
  return [id, { id, era, successorId } as OrgUnit]
}
const unitsById = new Map([unit('c22', 'current'), unit('c37', 'current'), unit('c44', 'current'), unit('f35', 'former', 'c37'), unit('tw', 'national')])

function parse(search: string, now = NOW) {
  return parseFilters(new URLSearchParams(search), { unitsById, now })
}

describe('presets', () => {
  it('name the latest such period that is over, never a month past the last complete one', () => {
    expect(lastCompleteMonth(NOW)).toBe('2026-10')
    expect(lastCompleteMonth(new Date(2027, 0, 5))).toBe('2026-12')
    expect(presetRange('ytd', NOW)).toEqual({ from: '2026-01', to: '2026-10' })
    expect(presetRange('h1', NOW)).toEqual({ from: '2026-01', to: '2026-06' })
    expect(presetRange('9m', NOW)).toEqual({ from: '2026-01', to: '2026-09' })
    // The second half and the whole of 2026 are not over: the last ones that are, are 2025's.
    expect(presetRange('h2', NOW)).toEqual({ from: '2025-07', to: '2025-12' })
    expect(presetRange('year', NOW)).toEqual({ from: '2025-01', to: '2025-12' })
    expect(presetRange('y2019', NOW)).toEqual({ from: '2019-01', to: '2019-12' })
  })

  it('step back a year while this year’s period is not over', () => {
    const may = new Date(2026, 4, 3) // last complete month: April 2026
    expect(presetRange('ytd', may)).toEqual({ from: '2026-01', to: '2026-04' })
    expect(presetRange('h1', may)).toEqual({ from: '2025-01', to: '2025-06' })
    expect(presetRange('9m', may)).toEqual({ from: '2025-01', to: '2025-09' })
    const january = new Date(2027, 0, 10) // last complete month: December 2026
    expect(presetRange('ytd', january)).toEqual({ from: '2026-01', to: '2026-12' })
    expect(presetRange('h2', january)).toEqual({ from: '2026-07', to: '2026-12' })
    expect(presetRange('year', january)).toEqual({ from: '2026-01', to: '2026-12' })
  })

  it('are named as reports name periods, in both languages', () => {
    const vi = (['ytd', 'h1', '9m', 'h2', 'year', 'y2024', 'custom'] as const).map((p) => presetLabel(p, 'vi', NOW))
    expect(vi).toEqual(['Lũy kế 10 tháng năm 2026', '6 tháng đầu năm 2026', '9 tháng năm 2026', '6 tháng cuối năm 2025', 'Cả năm 2025', 'Năm 2024', 'Tùy chọn'])
    const en = (['ytd', 'h1', '9m', 'h2', 'year', 'y2024', 'custom'] as const).map((p) => presetLabel(p, 'en', NOW))
    expect(en).toEqual(['Year to date (Jan–Oct 2026)', 'H1 2026', 'Nine months (Jan–Sep 2026)', 'H2 2025', 'Full year 2025', '2024', 'Custom'])
  })

  it('take old preset ids from saved addresses with a notice', () => {
    expect(parse('preset=last-4q')).toEqual({
      filters: { preset: 'ytd', from: '2026-01', to: '2026-10', granularity: 'month', boundary: 'current', units: [] },
      issues: [{ param: 'preset', value: 'last-4q', reason: 'retired-preset', replacement: 'ytd' }],
    })
    expect(parse('preset=last-year')).toEqual({
      filters: { preset: 'year', from: '2025-01', to: '2025-12', granularity: 'month', boundary: 'current', units: [] },
      issues: [{ param: 'preset', value: 'last-year', reason: 'retired-preset', replacement: 'year' }],
    })
  })

  it('refuse a year that is not over', () => {
    expect(parse('preset=y2026').issues).toEqual([{ param: 'preset', value: 'y2026', reason: 'invalid-value' }])
    expect(parse('preset=y2025').filters).toMatchObject({ preset: 'y2025', from: '2025-01', to: '2025-12' })
  })
})

describe('parseFilters / serializeFilters', () => {
  it('gives the defaults for an empty URL, and serialises them to nothing', () => {
    const { filters, issues } = parse('')
    expect(issues).toEqual([])
    expect(filters).toEqual({ preset: 'ytd', from: '2026-01', to: '2026-10', granularity: 'month', boundary: 'current', units: [] })
    expect(serializeFilters(filters).toString()).toBe('')
  })

  it('round-trips every kind of value in a stable order', () => {
    const cases: Filters[] = [
      { preset: 'custom', from: '2019-03', to: '2025-09', granularity: 'quarter', boundary: 'reported', units: ['f35', 'c37', 'tw'] },
      { preset: 'year', from: '2025-01', to: '2025-12', granularity: 'year', boundary: 'current', units: [] },
      { preset: 'y2021', from: '2021-01', to: '2021-12', granularity: 'month', boundary: 'current', units: ['c22'] },
    ]
    for (const filters of cases) {
      const search = serializeFilters(filters)
      expect(parse(search.toString()).filters).toEqual(filters)
    }
    expect(serializeFilters(cases[0]!).toString()).toBe('from=2019-03&to=2025-09&granularity=quarter&boundary=reported&units=f35%2Cc37%2Ctw')
    expect(serializeFilters(cases[2]!).toString()).toBe('preset=y2021&units=c22')
  })

  it('keeps other screens’ parameters after the filters', () => {
    const params = new URLSearchParams('page=3&granularity=year&q=ha+nam')
    const { filters } = parseFilters(params, { unitsById, now: NOW })
    const out = serializeFilters({ ...filters, boundary: 'reported' }, params)
    expect(out.toString()).toBe('granularity=year&boundary=reported&page=3&q=ha+nam')
    expect(filterSearch({ ...filters, boundary: 'reported' })).toBe('?granularity=year&boundary=reported')
  })

  it('completes a range given by one end', () => {
    expect(parse('from=2020-04').filters).toMatchObject({ preset: 'custom', from: '2020-04', to: '2020-12' })
    expect(parse('to=2021-06').filters).toMatchObject({ preset: 'custom', from: '2021-01', to: '2021-06' })
  })

  const defaults = defaultFilters(NOW)
  it.each([
    ['from=2024-13', 'from', 'invalid-month', {}],
    ['to=24-01', 'to', 'invalid-month', {}],
    ['from=2025-06&to=2024-01', 'from', 'range-reversed', {}],
    ['granularity=weekly', 'granularity', 'invalid-value', {}],
    ['boundary=old', 'boundary', 'invalid-value', {}],
    ['preset=forever', 'preset', 'invalid-value', {}],
    ['units=c22,xyz', 'units', 'invalid-unit', { units: ['c22'] }],
    ['units=c22,c99', 'units', 'unknown-unit', { units: ['c22'] }],
  ] as const)('%s falls back to the default and is reported', (search, param, reason, kept) => {
    const { filters, issues } = parse(search)
    expect(issues).toContainEqual(expect.objectContaining({ param, reason }))
    expect(filters).toEqual({ ...defaults, ...kept })
  })

  it('replaces a former unit by its successor in the current view only', () => {
    expect(parse('units=f35,c37')).toEqual({
      filters: { ...defaults, units: ['c37'] },
      issues: [{ param: 'units', value: 'f35', reason: 'former-unit-mapped', replacement: 'c37' }],
    })
    expect(parse('units=f35,c37&boundary=reported')).toEqual({ filters: { ...defaults, boundary: 'reported', units: ['f35', 'c37'] }, issues: [] })
  })

  it('drops duplicate units', () => {
    expect(parse('units=c22,c22,tw').filters.units).toEqual(['c22', 'tw'])
  })

  it('reports a parameter given twice, naming it, and uses its first value', () => {
    expect(parse('units=c37&units=c44')).toEqual({
      filters: { ...defaults, units: ['c37'] },
      issues: [{ param: 'units', value: 'c37', reason: 'repeated-param', replacement: 'c37, c44' }],
    })
    expect(parse('granularity=year&granularity=month')).toEqual({
      filters: { ...defaults, granularity: 'year' },
      issues: [{ param: 'granularity', value: 'year', reason: 'repeated-param', replacement: 'year, month' }],
    })
  })
})

describe('screenIssues', () => {
  const screen = { keys: ['q', 'page'], parse: () => ({ state: {}, issues: [] }) }
  it('names parameters no one reads and a screen parameter given twice', () => {
    expect(screenIssues(new URLSearchParams('q=a&q=b&colour=red&mock=slow&units=c22'), screen)).toEqual([
      { param: 'q', value: 'a', reason: 'repeated-param', replacement: 'a, b' },
      { param: 'colour', value: 'red', reason: 'unknown-param' },
    ])
  })
})
