import { describe, expect, test, vi } from 'vitest'
import { server } from '../../mocks/node'
import {
  activitiesMalformed,
  delayHandler,
  emptyHandlers,
  orgUnitsError,
  parseScenarioName,
  scenarios,
  SLOW_DELAY_MS,
  statsError,
  summaryMalformed,
} from '../../mocks/scenarios'
import {
  activitiesResponseSchema,
  apiErrorBodySchema,
  orgUnitsResponseSchema,
  statsResponseSchema,
  summaryResponseSchema,
} from '../../src/lib/api/schemas'
import { getJson } from './helpers'

const STATS = '/api/v1/stats?metric=articles&from=2024-01&to=2024-12'
const SUMMARY = '/api/v1/summary?from=2024-01&to=2024-12'
const ACTIVITIES = '/api/v1/activities?q=hoi%20nghi'

describe('scenarios', () => {
  test('parseScenarioName accepts the known names only', () => {
    expect(parseScenarioName('slow')).toBe('slow')
    expect(parseScenarioName(' Error ')).toBe('error')
    expect(parseScenarioName('chaos')).toBeNull()
    expect(parseScenarioName(null)).toBeNull()
    expect(parseScenarioName('')).toBeNull()
  })

  test('error: every data resource answers 500 with an error body; the units stay available', async () => {
    server.use(...scenarios.error)
    for (const path of [STATS, SUMMARY, ACTIVITIES]) {
      const response = await fetch(path)
      expect(response.status, `${path}`).toBe(500)
      expect(apiErrorBodySchema.parse(await response.json()).error.message.length).toBeGreaterThan(0)
    }
    await getJson('/api/v1/org-units', orgUnitsResponseSchema)
  })

  test('empty: valid responses with no data, parameters still checked', async () => {
    server.use(...scenarios.empty)
    const stats = await getJson(STATS, statsResponseSchema)
    expect(stats.rows).toEqual([])
    expect(stats.total).toBe(0)
    const summary = await getJson(SUMMARY, summaryResponseSchema)
    expect(summary.metrics.every((m) => m.value === 0)).toBe(true)
    const activities = await getJson(ACTIVITIES, activitiesResponseSchema)
    expect(activities).toMatchObject({ items: [], total: 0, pageCount: 0 })
    expect((await fetch('/api/v1/stats?metric=nope&from=2024-01&to=2024-12')).status).toBe(400)
  })

  test('malformed: 200 with JSON that breaks the contract', async () => {
    server.use(...scenarios.malformed)
    const cases = [
      [STATS, statsResponseSchema],
      [SUMMARY, summaryResponseSchema],
      [ACTIVITIES, activitiesResponseSchema],
    ] as const
    for (const [path, schema] of cases) {
      const response = await fetch(path)
      expect(response.status).toBe(200)
      expect(schema.safeParse(await response.json()).success, `${path}`).toBe(false)
    }
  })

  test('slow: requests wait two seconds, then succeed (on a fake clock: no real wait)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      server.use(...scenarios.slow)
      let settled = false
      const pending = fetch(SUMMARY).then((response) => {
        settled = true
        return response
      })
      await vi.advanceTimersByTimeAsync(SLOW_DELAY_MS - 1)
      expect(settled).toBe(false)
      await vi.advanceTimersByTimeAsync(1)
      const response = await pending
      expect(response.status).toBe(200)
      expect(summaryResponseSchema.safeParse(await response.json()).success).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('per-resource overrides', () => {
  test('fail one resource and leave the others working', async () => {
    server.use(statsError(), summaryMalformed(), activitiesMalformed())
    expect((await fetch(STATS)).status).toBe(500)
    expect(summaryResponseSchema.safeParse(await (await fetch(SUMMARY)).json()).success).toBe(false)
    expect(activitiesResponseSchema.safeParse(await (await fetch(ACTIVITIES)).json()).success).toBe(false)
    await getJson('/api/v1/org-units', orgUnitsResponseSchema)
  })

  test('orgUnitsError fails the units; emptyHandlers empties one resource', async () => {
    server.use(orgUnitsError(), ...emptyHandlers('activities'))
    expect((await fetch('/api/v1/org-units')).status).toBe(500)
    expect((await getJson(ACTIVITIES, activitiesResponseSchema)).total).toBe(0)
    expect((await getJson(STATS, statsResponseSchema)).total).toBeGreaterThan(0)
  })

  test('delayHandler delays, then falls through to the real answer (on a fake clock)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      server.use(delayHandler('stats', 150))
      let settled = false
      const pending = fetch(STATS).then((response) => {
        settled = true
        return response
      })
      await vi.advanceTimersByTimeAsync(149)
      expect(settled).toBe(false)
      await vi.advanceTimersByTimeAsync(1)
      const body = statsResponseSchema.parse(await (await pending).json())
      expect(body.total).toBeGreaterThan(0)
    } finally {
      vi.useRealTimers()
    }
  })

  test('overrides end with the test (resetHandlers in the setup)', async () => {
    expect((await getJson(STATS, statsResponseSchema)).total).toBeGreaterThan(0)
  })
})
