/**
 * `/stats` says what it covers, and `compare=previous-year` gives each row the same months a
 * year earlier on the same territory. Expected values: plain sums over the raw records with the
 * reference crosswalk (helpers.ts), months written by hand.
 */
import { describe, expect, test } from 'vitest'
import { statsResponseSchema } from '../../src/lib/api/schemas'
import { getJson } from './helpers'
import { expectedTotal } from '../support/oracle'

function statsUrl(params: Record<string, string>): string {
  return `/api/v1/stats?${new URLSearchParams(params).toString()}`
}

describe('GET /stats coverage (issue 8.5)', () => {
  test('a range starting before the data says which months it covers', async () => {
    const body = await getJson(statsUrl({ metric: 'articles', from: '2017-01', to: '2018-12' }), statsResponseSchema)
    expect(body).toMatchObject({ coverage: { from: '2018-01', to: '2026-10' }, covered: { from: '2018-01', to: '2018-12' }, complete: false })
    // 2017 is unknown: no row, not a zero.
    expect(body.rows.map((r) => r.period)).toEqual(['2018'])
  })

  test('a range inside the data is complete; one outside covers nothing', async () => {
    const inside = await getJson(statsUrl({ metric: 'awards', from: '2020-01', to: '2020-12' }), statsResponseSchema)
    expect(inside).toMatchObject({ covered: { from: '2020-01', to: '2020-12' }, complete: true })
    const outside = await getJson(statsUrl({ metric: 'awards', from: '2027-01', to: '2027-12' }), statsResponseSchema)
    expect(outside).toMatchObject({ covered: null, complete: false, rows: [], total: 0 })
  })
})

describe('GET /stats?compare=previous-year (issue 9.4)', () => {
  test('current view, by unit: each unit against its whole territory a year earlier', async () => {
    const body = await getJson(statsUrl({ metric: 'meetings', from: '2025-03', to: '2025-09', by: 'unit', compare: 'previous-year' }), statsResponseSchema)
    const c37 = body.rows.find((r) => r.unit === 'c37')
    expect(c37?.value).toBe(expectedTotal({ metric: 'meetings', from: '2025-03', to: '2025-09', units: ['c37'] }))
    expect(c37?.previous).toBe(expectedTotal({ metric: 'meetings', from: '2024-03', to: '2024-09', units: ['f35', 'f36', 'f37'], boundary: 'reported' }))
    expect(body.rows).toHaveLength(35)
  })

  test('as reported across 01/07/2025: a former unit stops at 2025-06, a new unit is compared with its former units', async () => {
    const body = await getJson(statsUrl({ metric: 'articles', from: '2025-01', to: '2025-12', by: 'unit', boundary: 'reported', compare: 'previous-year' }), statsResponseSchema)
    const f35 = body.rows.find((r) => r.unit === 'f35')
    const c37 = body.rows.find((r) => r.unit === 'c37')
    expect(f35?.value).toBe(expectedTotal({ metric: 'articles', from: '2025-01', to: '2025-06', units: ['f35'], boundary: 'reported' }))
    expect(f35?.previous).toBe(expectedTotal({ metric: 'articles', from: '2024-01', to: '2024-06', units: ['f35'], boundary: 'reported' }))
    expect(c37?.value).toBe(expectedTotal({ metric: 'articles', from: '2025-07', to: '2025-12', units: ['c37'], boundary: 'reported' }))
    expect(c37?.previous).toBe(expectedTotal({ metric: 'articles', from: '2024-07', to: '2024-12', units: ['f35', 'f36', 'f37'], boundary: 'reported' }))
    // Every unit's value and previous once: the sums are the national figures.
    expect(body.rows.reduce((s, r) => s + r.value, 0)).toBe(expectedTotal({ metric: 'articles', from: '2025-01', to: '2025-12' }))
    expect(body.rows.reduce((s, r) => s + (r.previous ?? 0), 0)).toBe(expectedTotal({ metric: 'articles', from: '2024-01', to: '2024-12' }))
  })

  test('null where last year’s months are not all known; only covered months are compared', async () => {
    const early = await getJson(statsUrl({ metric: 'awards', from: '2018-07', to: '2019-06', by: 'unit', compare: 'previous-year' }), statsResponseSchema)
    for (const row of early.rows) expect(row.previous, `${row.unit}`).toBeNull()
    // A range past the data compares only its covered months (Jan–Oct) with the same of last year.
    const late = await getJson(statsUrl({ metric: 'articles', from: '2026-01', to: '2026-12', by: 'unit', units: 'c01', compare: 'previous-year' }), statsResponseSchema)
    expect(late.rows).toEqual([
      {
        unit: 'c01',
        value: expectedTotal({ metric: 'articles', from: '2026-01', to: '2026-10', units: ['c01'] }),
        previous: expectedTotal({ metric: 'articles', from: '2025-01', to: '2025-10', units: ['c01'] }),
      },
    ])
  })

  test('by period: each period against the same covered months a year earlier', async () => {
    const body = await getJson(statsUrl({ metric: 'trainees', from: '2018-01', to: '2026-12', granularity: 'year', compare: 'previous-year' }), statsResponseSchema)
    const byPeriod = new Map(body.rows.map((r) => [r.period, r]))
    expect(byPeriod.get('2018')?.previous).toBeNull()
    expect(byPeriod.get('2019')?.previous).toBe(expectedTotal({ metric: 'trainees', from: '2018-01', to: '2018-12' }))
    expect(byPeriod.get('2026')?.value).toBe(expectedTotal({ metric: 'trainees', from: '2026-01', to: '2026-10' }))
    expect(byPeriod.get('2026')?.previous).toBe(expectedTotal({ metric: 'trainees', from: '2025-01', to: '2025-10' }))
  })

  test('without compare, rows carry no previous value', async () => {
    const body = await getJson(statsUrl({ metric: 'articles', from: '2024-01', to: '2024-12', by: 'unit' }), statsResponseSchema)
    for (const row of body.rows) expect(row).not.toHaveProperty('previous')
  })
})
