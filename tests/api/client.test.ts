/**
 * The API client reads responses with schemas it loads on first use (`response-schemas.ts`):
 * named schemas parse as the schema objects do, a response that breaks the contract is still
 * refused, and a failed load of the schemas is a network error, tried again on the next request.
 */
import { afterEach, describe, expect, test, vi } from 'vitest'
import { server } from '../../mocks/node'
import { scenarios } from '../../mocks/scenarios'

const SUMMARY = ['/summary', { from: '2024-01', to: '2024-06', boundary: 'current' }] as const

describe('API client', () => {
  afterEach(() => {
    vi.doUnmock('../../src/lib/api/response-schemas')
    vi.resetModules()
  })

  test('reads a response with a schema named, as with the schema itself', async () => {
    const { apiGet } = await import('../../src/lib/api/client')
    const { summaryResponseSchema } = await import('../../src/lib/api/schemas')
    const byName = await apiGet(...SUMMARY, 'summaryResponseSchema')
    const bySchema = await apiGet(...SUMMARY, summaryResponseSchema)
    expect(byName).toEqual(bySchema)
    // Written out by hand: what a summary of six months in the demo data looks like.
    expect(byName).toMatchObject({ from: '2024-01', to: '2024-06', covered: { from: '2024-01', to: '2024-06' }, complete: true })
    expect(byName.metrics.map((metric) => metric.metric)).toEqual(['articles', 'meetings', 'awards', 'trainings', 'trainees'])
  })

  test('refuses a response that breaks the contract, naming the field', async () => {
    server.use(...scenarios.malformed)
    const { ApiError, apiGet } = await import('../../src/lib/api/client')
    const error: unknown = await apiGet(...SUMMARY, 'summaryResponseSchema').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ kind: 'malformed', code: 'malformed_response', path: '/summary' })
  })

  test('reads an error body with the schemas loaded on demand', async () => {
    server.use(...scenarios.error)
    const { ApiError, apiGet } = await import('../../src/lib/api/client')
    const error: unknown = await apiGet(...SUMMARY, 'summaryResponseSchema').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ kind: 'http', status: 500 })
    expect((error as InstanceType<typeof ApiError>).code).not.toBe('http_500')
  })

  test('a failed load of the schemas is a network error, and the next request tries again', async () => {
    vi.doMock('../../src/lib/api/response-schemas', () => {
      throw new Error('Failed to fetch dynamically imported module')
    })
    const { ApiError, apiGet } = await import('../../src/lib/api/client')
    const error: unknown = await apiGet(...SUMMARY, 'summaryResponseSchema').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ kind: 'network', code: 'network', path: '/summary' })
    vi.doUnmock('../../src/lib/api/response-schemas')
    const summary = await apiGet(...SUMMARY, 'summaryResponseSchema')
    expect(summary.from).toBe('2024-01')
  })
})
