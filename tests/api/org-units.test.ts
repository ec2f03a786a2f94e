import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { bypass, getResponse } from 'msw'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import provinces from '../../server/reference/provinces.json'
import { DATA_COVERAGE } from '../../mocks/data/calendar'
import { handlers } from '../../mocks/handlers'
import { mockApiMiddleware } from '../../mocks/http'
import { orgUnitsResponseSchema, statsResponseSchema } from '../../src/lib/api/schemas'
import { getJson } from './helpers'
import { sessionFetch, signIn } from '../support/session'

describe('GET /org-units', () => {
  test('as reported: the national level, 63 former and 34 current units, consistent both ways', async () => {
    const body = await getJson('/api/v1/org-units?boundary=reported', orgUnitsResponseSchema)
    expect(body.coverage).toEqual({ from: DATA_COVERAGE.from, to: DATA_COVERAGE.to })
    const byId = new Map(body.units.map((u) => [u.id, u]))
    const former = body.units.filter((u) => u.era === 'former')
    const current = body.units.filter((u) => u.era === 'current')
    expect(body.units.filter((u) => u.era === 'national').map((u) => u.id)).toEqual(['tw'])
    expect(former).toHaveLength(63)
    expect(current).toHaveLength(34)

    for (const unit of former) {
      expect(unit.successorId, `${unit.id}`).not.toBeNull()
      const successor = byId.get(unit.successorId ?? '')
      expect(successor?.era, `${unit.id}`).toBe('current')
      expect(successor?.predecessorIds, `${unit.id}`).toContain(unit.id)
      // Exactly one current unit lists it.
      expect(current.filter((c) => c.predecessorIds.includes(unit.id)), `${unit.id}`).toHaveLength(1)
      // And it is the one the reference data names.
      const reference = provinces.former.find((f) => `f${f.code}` === unit.id)
      expect(unit.successorId).toBe(`c${reference?.successorCode}`)
      expect(unit.validTo).toBe('2025-06-30')
    }

    const unchanged = current.filter((u) => u.status === 'unchanged')
    const merged = current.filter((u) => u.status === 'merged')
    expect(unchanged).toHaveLength(11)
    expect(merged).toHaveLength(23)
    expect(unchanged.reduce((n, u) => n + u.predecessorIds.length, 0)).toBe(11)
    expect(merged.reduce((n, u) => n + u.predecessorIds.length, 0)).toBe(52)
    for (const unit of merged) expect(unit.predecessorIds.length, `${unit.id}`).toBeGreaterThanOrEqual(2)
    for (const unit of current) expect(unit.validFrom).toBe('2025-07-01')
  })

  test('current boundaries: the national level and 34 current units, 6 of them centrally-run cities', async () => {
    const body = await getJson('/api/v1/org-units', orgUnitsResponseSchema)
    expect(body.boundary).toBe('current')
    expect(body.units).toHaveLength(35)
    const cities = body.units.filter((u) => u.kind === 'city').map((u) => u.name)
    expect(cities.toSorted()).toEqual(['Cần Thơ', 'Hà Nội', 'Hải Phòng', 'TP. Hồ Chí Minh', 'Huế', 'Đà Nẵng'].toSorted())
    expect(body.units.every((u) => u.era !== 'former')).toBe(true)
  })

  test('former 46 is Tỉnh Thừa Thiên Huế, renamed Thành phố Huế on 01/01/2025; names as officials write them', async () => {
    const body = await getJson('/api/v1/org-units?boundary=reported', orgUnitsResponseSchema)
    const hue = body.units.find((u) => u.id === 'f46')
    expect(hue).toMatchObject({ name: 'Thừa Thiên Huế', fullName: 'Tỉnh Thừa Thiên Huế', kind: 'province' })
    expect(hue?.renamed).toEqual({ date: '2025-01-01', name: 'Huế', fullName: 'Thành phố Huế', kind: 'city' })
    expect(body.units.find((u) => u.id === 'f17')?.name).toBe('Hòa Bình')
    expect(body.units.filter((u) => u.name === 'TP. Hồ Chí Minh').map((u) => u.id).toSorted()).toEqual(['c79', 'f79'])
    expect(body.units.filter((u) => u.renamed !== undefined).map((u) => u.id)).toEqual(['f46'])
  })
})

describe('the mock API over HTTP', () => {
  test('getResponse answers an absolute Request on another origin (the preview server)', async () => {
    const response = await getResponse(handlers, new Request('http://127.0.0.1:4173/api/v1/stats?metric=meetings&from=2024-01&to=2024-12'))
    expect(response?.status).toBe(200)
    expect(response?.headers.get('content-type')).toContain('application/json')
    const body = statsResponseSchema.parse(await response?.json())
    expect(body.total).toBeGreaterThan(0)
    const missing = await getResponse(handlers, new Request('http://127.0.0.1:4173/api/v1/nothing-here'))
    expect(missing?.status).toBe(404)
  })

  describe('mockApiMiddleware in a real Node HTTP server', () => {
    let server: Server
    let origin: string
    beforeAll(async () => {
      const middleware = mockApiMiddleware({ scenario: null })
      server = createServer((req, res) =>
        middleware(req, res, () => {
          res.statusCode = 418
          res.end('not the API')
        }),
      )
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    })
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

    // `bypass` sends the request past the test interceptor, to the real server.
    test('answers requests under the base with status, headers and body', async () => {
      // Signed in through the middleware, as a browser on `npm run dev` does (same origin).
      const api = sessionFetch(origin, await signIn(origin, 'viewer'))
      const response = await api('/api/v1/org-units?boundary=reported')
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toContain('application/json')
      expect(orgUnitsResponseSchema.parse(await response.json()).units).toHaveLength(98)
      const bad = await api('/api/v1/stats?metric=nope&from=2024-01&to=2024-02')
      expect(bad.status).toBe(400)
      const anonymous = await fetch(bypass(new Request(`${origin}/api/v1/org-units?boundary=reported`)))
      expect(anonymous.status).toBe(401)
    })

    test('passes anything else to next()', async () => {
      const response = await fetch(bypass(new Request(`${origin}/index.html`)))
      expect(response.status).toBe(418)
      const lookalike = await fetch(bypass(new Request(`${origin}/api/v10/stats`)))
      expect(lookalike.status).toBe(418)
    })

    test('applies a scenario', async () => {
      const failing = mockApiMiddleware({ scenario: 'error' })
      const errorServer = createServer((req, res) => failing(req, res, () => res.end()))
      await new Promise<void>((resolve) => errorServer.listen(0, '127.0.0.1', resolve))
      const port = (errorServer.address() as AddressInfo).port
      try {
        const response = await fetch(bypass(new Request(`http://127.0.0.1:${port}/api/v1/summary?from=2024-01&to=2024-12`)))
        expect(response.status).toBe(500)
      } finally {
        await new Promise<void>((resolve) => errorServer.close(() => resolve()))
      }
    })
  })
})
