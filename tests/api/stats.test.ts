import { describe, expect, test } from 'vitest'
import { GRANULARITIES, METRICS, statsResponseSchema, type Metric } from '../../src/lib/api/schemas'
import { getJson } from './helpers'
import { contribution, expectedTotal, formerIdByName, inFilter, records, rolledUp } from '../support/oracle'

function statsUrl(params: Record<string, string>): string {
  return `/api/v1/stats?${new URLSearchParams(params).toString()}`
}

const RANGES: Array<[string, string]> = [
  ['2018-01', '2026-10'],
  ['2024-03', '2025-11'], // crosses 2025-07-01
  ['2025-05', '2025-08'],
  ['2019-02', '2019-02'],
]

describe('GET /stats', () => {
  test.each(RANGES)('months, quarters, halves and years add up to the same independent total (%s..%s)', async (from, to) => {
    for (const metric of METRICS) {
      const expected = expectedTotal({ metric, from, to })
      expect(expected).toBeGreaterThan(0)
      for (const granularity of GRANULARITIES) {
        const body = await getJson(statsUrl({ metric, from, to, granularity }), statsResponseSchema)
        const rowsSum = body.rows.reduce((sum, row) => sum + row.value, 0)
        expect(rowsSum, `${metric} ${granularity}`).toBe(expected)
        expect(body.total, `${metric} ${granularity}`).toBe(expected)
      }
    }
  })

  test('period keys follow the granularity and cover the range in order', async () => {
    const body = await getJson(statsUrl({ metric: 'meetings', from: '2024-05', to: '2025-08', granularity: 'quarter' }), statsResponseSchema)
    expect(body.rows.map((r) => r.period)).toEqual(['2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'])
    const halves = await getJson(statsUrl({ metric: 'meetings', from: '2024-05', to: '2025-08', granularity: 'half' }), statsResponseSchema)
    expect(halves.rows.map((r) => r.period)).toEqual(['2024-H1', '2024-H2', '2025-H1', '2025-H2'])
  })

  test.each(RANGES)('current and as-reported views give the same national total (%s..%s)', async (from, to) => {
    for (const metric of METRICS) {
      const current = await getJson(statsUrl({ metric, from, to, by: 'unit', boundary: 'current' }), statsResponseSchema)
      const reported = await getJson(statsUrl({ metric, from, to, by: 'unit', boundary: 'reported' }), statsResponseSchema)
      expect(current.total).toBe(reported.total)
      expect(current.total).toBe(expectedTotal({ metric, from, to }))
      // Current view: only the 34 current units and the national level.
      for (const row of current.rows) expect(row.unit).toMatch(/^(c\d{2}|tw)$/)
    }
  })

  test('2025 as reported shows former and current units side by side, never double-counted', async () => {
    const body = await getJson(statsUrl({ metric: 'articles', from: '2025-01', to: '2025-12', by: 'unit', boundary: 'reported' }), statsResponseSchema)
    const units = body.rows.map((r) => r.unit ?? '')
    expect(units.filter((u) => u.startsWith('f'))).toHaveLength(63)
    expect(units.filter((u) => u.startsWith('c'))).toHaveLength(34)
    for (const row of body.rows) {
      const expected = records.filter((r) => r.unit === row.unit && r.date.startsWith('2025')).reduce((s, r) => s + contribution(r, 'articles'), 0)
      expect(row.value, `${row.unit}`).toBe(expected)
    }
  })

  test('a 2019 Hà Nam record counts under Ninh Bình in the current view and under Hà Nam as reported', async () => {
    const haNam = formerIdByName('Hà Nam')
    const successor = rolledUp(haNam)
    const record = records.find((r) => r.unit === haNam && r.kind === 'meetings' && r.date.startsWith('2019-12'))
    expect(record).toBeDefined()
    const month = record!.date.slice(0, 7)
    const ownCount = records.filter((r) => r.unit === haNam && r.kind === 'meetings' && r.date.startsWith(month)).length
    const mergedCount = records.filter((r) => rolledUp(r.unit) === successor && r.kind === 'meetings' && r.date.startsWith(month)).length

    const current = await getJson(statsUrl({ metric: 'meetings', from: month, to: month, by: 'unit', units: successor }), statsResponseSchema)
    expect(current.rows).toEqual([{ unit: successor, value: mergedCount }])
    // Asking for Hà Nam itself in the current view still shows its records, under Ninh Bình.
    const viaFormer = await getJson(statsUrl({ metric: 'meetings', from: month, to: month, by: 'unit', units: haNam }), statsResponseSchema)
    expect(viaFormer.rows).toEqual([{ unit: successor, value: ownCount }])

    const reported = await getJson(statsUrl({ metric: 'meetings', from: month, to: month, by: 'unit', units: haNam, boundary: 'reported' }), statsResponseSchema)
    expect(reported.rows).toEqual([{ unit: haNam, value: ownCount }])
    const reportedSuccessor = await getJson(statsUrl({ metric: 'meetings', from: month, to: month, by: 'unit', units: successor, boundary: 'reported' }), statsResponseSchema)
    expect(reportedSuccessor.rows).toEqual([])
  })

  test('by period, unit and category matches an independent grouping, sorted, without zero rows', async () => {
    const from = '2025-04'
    const to = '2025-09'
    const metric: Metric = 'trainees'
    const body = await getJson(statsUrl({ metric, from, to, granularity: 'quarter', by: 'period,unit,category' }), statsResponseSchema)
    const expected = new Map<string, number>()
    for (const r of records) {
      if (!inFilter(r, { from, to })) continue
      const value = contribution(r, metric)
      if (value === 0) continue
      const month = Number(r.date.slice(5, 7))
      const key = `${r.date.slice(0, 4)}-Q${Math.ceil(month / 3)}|${rolledUp(r.unit)}|${r.category}`
      expected.set(key, (expected.get(key) ?? 0) + value)
    }
    const actual = new Map(body.rows.map((row) => [`${row.period}|${row.unit}|${row.category}`, row.value]))
    expect(actual).toEqual(expected)
    for (const row of body.rows) expect(row.value).toBeGreaterThan(0)
    const keys = body.rows.map((row) => row.period ?? '')
    expect(keys).toEqual(keys.toSorted())
  })

  test('courses without a recorded trainee count add nothing to trainees but count as courses', async () => {
    const unrecorded = records.find((r) => r.kind === 'trainings' && r.participants === null)
    expect(unrecorded).toBeDefined()
    const month = unrecorded!.date.slice(0, 7)
    const params = { from: month, to: month, units: unrecorded!.unit, boundary: 'reported' }
    const courses = await getJson(statsUrl({ metric: 'trainings', ...params }), statsResponseSchema)
    const trainees = await getJson(statsUrl({ metric: 'trainees', ...params }), statsResponseSchema)
    const same = records.filter((r) => r.kind === 'trainings' && r.unit === unrecorded!.unit && r.date.startsWith(month))
    expect(courses.total).toBe(same.length)
    expect(trainees.total).toBe(same.reduce((s, r) => s + (r.participants ?? 0), 0))
  })

  test('defaults: granularity year, by period, boundary current; echoes its parameters', async () => {
    const body = await getJson(statsUrl({ metric: 'awards', from: '2020-01', to: '2021-12' }), statsResponseSchema)
    expect(body).toMatchObject({ metric: 'awards', from: '2020-01', to: '2021-12', granularity: 'year', by: ['period'], boundary: 'current' })
    expect(body.rows.map((r) => r.period)).toEqual(['2020', '2021'])
  })

  test('a range outside the coverage gives no rows and a zero total', async () => {
    const body = await getJson(statsUrl({ metric: 'articles', from: '2010-01', to: '2012-12' }), statsResponseSchema)
    expect(body.rows).toEqual([])
    expect(body.total).toBe(0)
  })
})
