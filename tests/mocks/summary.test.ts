import { describe, expect, test } from 'vitest'
import { METRICS, summaryResponseSchema } from '../../src/lib/api/schemas'
import { getJson } from './helpers'
import { expectedTotal, formerIdByName, rolledUp } from '../support/oracle'

function summaryUrl(params: Record<string, string>): string {
  return `/api/v1/summary?${new URLSearchParams(params).toString()}`
}

/** One year earlier, computed by hand rather than with the app's period helpers. */
function yearEarlier(month: string): string {
  return `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`
}

describe('GET /summary', () => {
  test.each([
    ['2024-01', '2024-12'],
    ['2025-03', '2025-10'],
    ['2019-07', '2020-06'],
  ])('values and the previous year equal independent sums (%s..%s)', async (from, to) => {
    const body = await getJson(summaryUrl({ from, to }), summaryResponseSchema)
    expect(body.previousFrom).toBe(yearEarlier(from))
    expect(body.previousTo).toBe(yearEarlier(to))
    expect(body.complete).toBe(true)
    expect(body.metrics.map((m) => m.metric)).toEqual([...METRICS])
    for (const m of body.metrics) {
      expect(m.value, `${m.metric}`).toBe(expectedTotal({ metric: m.metric, from, to }))
      expect(m.previous, `${m.metric}`).toBe(expectedTotal({ metric: m.metric, from: yearEarlier(from), to: yearEarlier(to) }))
    }
  })

  test('a unit filter rolls former units up in the current view', async () => {
    const haNam = formerIdByName('Hà Nam')
    const successor = rolledUp(haNam)
    const body = await getJson(summaryUrl({ from: '2025-01', to: '2025-12', units: successor }), summaryResponseSchema)
    const articles = body.metrics.find((m) => m.metric === 'articles')
    // 2025 mixes the three former units (Jan–Jun) and the merged one (Jul–Dec).
    expect(articles?.value).toBe(expectedTotal({ metric: 'articles', from: '2025-01', to: '2025-12', units: [successor] }))
    expect(articles?.value).toBeGreaterThan(expectedTotal({ metric: 'articles', from: '2025-07', to: '2025-12', units: [successor], boundary: 'reported' }))
  })

  test('no previous figures when the year before lies wholly outside the data', async () => {
    const body = await getJson(summaryUrl({ from: '2018-01', to: '2018-12' }), summaryResponseSchema)
    expect(body.complete).toBe(true)
    for (const m of body.metrics) expect(m.previous).toBeNull()
  })

  test('a range reaching past the coverage is marked incomplete', async () => {
    const body = await getJson(summaryUrl({ from: '2026-01', to: '2026-12' }), summaryResponseSchema)
    expect(body.complete).toBe(false)
    for (const m of body.metrics) expect(m.previous).toBe(expectedTotal({ metric: m.metric, from: '2025-01', to: '2025-12' }))
  })

  test('a previous range partly inside the data gives the part that is known', async () => {
    const body = await getJson(summaryUrl({ from: '2018-07', to: '2019-06' }), summaryResponseSchema)
    for (const m of body.metrics) expect(m.previous).toBe(expectedTotal({ metric: m.metric, from: '2018-01', to: '2018-06' }))
  })
})
