import { describe, expect, it } from 'vitest'
import { defaultFilters, filterSearch, parseFilters, presetRange, serializeFilters, type Filters } from '../../src/filters/filters'
import { lastCompleteMonth } from '../../src/lib/clock'

const NOW = new Date(2026, 10, 22) // 22 Nov 2026

function parse(search: string) {
  return parseFilters(new URLSearchParams(search), NOW)
}

describe('presets', () => {
  it('are relative to the last complete month', () => {
    expect(lastCompleteMonth(NOW)).toBe('2026-10')
    expect(lastCompleteMonth(new Date(2027, 0, 5))).toBe('2026-12')
    expect(presetRange('ytd', NOW)).toEqual({ from: '2026-01', to: '2026-10' })
    expect(presetRange('last-year', NOW)).toEqual({ from: '2025-01', to: '2025-12' })
    expect(presetRange('h1', NOW)).toEqual({ from: '2026-01', to: '2026-06' })
    // Q4 2026 is not over: the last four whole quarters are Q4 2025 – Q3 2026.
    expect(presetRange('last-4q', NOW)).toEqual({ from: '2025-10', to: '2026-09' })
    expect(presetRange('last-4q', new Date(2026, 0, 10))).toEqual({ from: '2025-01', to: '2025-12' })
    expect(presetRange('last-4q', new Date(2026, 4, 3))).toEqual({ from: '2025-04', to: '2026-03' })
  })
})

describe('parseFilters / serializeFilters', () => {
  it('gives the defaults for an empty URL, and serialises them to nothing', () => {
    const { filters, issues } = parse('')
    expect(issues).toEqual([])
    expect(filters).toEqual(defaultFilters(NOW))
    expect(serializeFilters(filters).toString()).toBe('')
  })

  it('round-trips every kind of value in a stable order', () => {
    const cases: Filters[] = [
      { preset: 'custom', from: '2019-03', to: '2025-09', granularity: 'quarter', boundary: 'reported', units: ['f35', 'c37', 'tw'] },
      { preset: 'last-year', ...presetRange('last-year', NOW), granularity: 'year', boundary: 'current', units: [] },
      { preset: 'last-4q', ...presetRange('last-4q', NOW), granularity: 'month', boundary: 'current', units: ['c22'] },
    ]
    for (const filters of cases) {
      const search = serializeFilters(filters)
      expect(parse(search.toString()).filters).toEqual(filters)
    }
    expect(serializeFilters(cases[0]!).toString()).toBe('from=2019-03&to=2025-09&granularity=quarter&boundary=reported&units=f35%2Cc37%2Ctw')
  })

  it('keeps other screens’ parameters after the filters', () => {
    const params = new URLSearchParams('page=3&granularity=year&q=ha+nam')
    const { filters } = parseFilters(params, NOW)
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
  ] as const)('%s falls back to the default and is reported', (search, param, reason, kept) => {
    const { filters, issues } = parse(search)
    expect(issues).toContainEqual(expect.objectContaining({ param, reason }))
    expect(filters).toEqual({ ...defaults, ...kept })
  })

  it('drops duplicate units', () => {
    expect(parse('units=c22,c22,tw').filters.units).toEqual(['c22', 'tw'])
  })
})
