import { describe, expect, test } from 'vitest'
import { MAX_PAGE_SIZE } from '../../src/lib/api/schemas'
import { getError } from './helpers'
import { meResponseSchema } from '../../src/lib/api/accounts'

const STATS_OK = 'metric=articles&from=2024-01&to=2024-12'

/** [path, the field the error must name, a bad value the message must quote] */
const BAD_REQUESTS: Array<[string, string, string]> = [
  ['/api/v1/stats?from=2024-01&to=2024-12', 'metric', 'metric'],
  ['/api/v1/stats?metric=likes&from=2024-01&to=2024-12', 'metric', 'likes'],
  ['/api/v1/stats?metric=articles&to=2024-12', 'from', 'from'],
  ['/api/v1/stats?metric=articles&from=2024-01', 'to', 'to'],
  ['/api/v1/stats?metric=articles&from=2024-13&to=2024-12', 'from', '2024-13'],
  ['/api/v1/stats?metric=articles&from=2024-01&to=24-12', 'to', '24-12'],
  ['/api/v1/stats?metric=articles&from=2024-06&to=2024-01', 'from', '2024-06'],
  [`/api/v1/stats?${STATS_OK}&granularity=week`, 'granularity', 'week'],
  [`/api/v1/stats?${STATS_OK}&by=period,province`, 'by', 'province'],
  [`/api/v1/stats?${STATS_OK}&units=f22,zz9`, 'units', 'zz9'],
  [`/api/v1/stats?${STATS_OK}&units=22`, 'units', '22'],
  [`/api/v1/stats?${STATS_OK}&boundary=historic`, 'boundary', 'historic'],
  ['/api/v1/summary?to=2024-12', 'from', 'from'],
  ['/api/v1/summary?from=2024-01&to=2024-1', 'to', '2024-1'],
  ['/api/v1/summary?from=2024-01&to=2024-12&units=c99', 'units', 'c99'],
  ['/api/v1/activities?metric=votes', 'metric', 'votes'],
  ['/api/v1/activities?metric=meetings&category=print', 'category', 'print'],
  ['/api/v1/activities?category=gossip', 'category', 'gossip'],
  ['/api/v1/activities?sort=-popularity', 'sort', '-popularity'],
  ['/api/v1/activities?page=0', 'page', '0'],
  ['/api/v1/activities?page=1.5', 'page', '1.5'],
  ['/api/v1/activities?page=two', 'page', 'two'],
  ['/api/v1/activities?pageSize=0', 'pageSize', '0'],
  [`/api/v1/activities?pageSize=${MAX_PAGE_SIZE + 1}`, 'pageSize', String(MAX_PAGE_SIZE + 1)],
  ['/api/v1/activities?from=2024-07&to=2024-01', 'from', '2024-07'],
  ['/api/v1/activities?boundary=both', 'boundary', 'both'],
  ['/api/v1/org-units?boundary=both', 'boundary', 'both'],
]

describe('bad requests', () => {
  test.each(BAD_REQUESTS)('%s → 400 naming %s', async (path, field, badValue) => {
    const { status, error } = await getError(path)
    expect(status).toBe(400)
    expect(error.code).toBe('invalid_parameter')
    expect(error.field).toBe(field)
    expect(error.message).toContain(badValue)
  })

  test('an unknown path under the API base is 404 not_found', async () => {
    const { status, error } = await getError('/api/v1/provinces')
    expect(status).toBe(404)
    expect(error.code).toBe('not_found')
    expect(error.message).toContain('/api/v1/provinces')
  })

  test('writing to a read-only resource is refused', async () => {
    // Signed in (the test forwarder's session) and with the session's CSRF token: only the method is wrong.
    const { csrfToken } = meResponseSchema.parse(await (await fetch('/api/v1/auth/me')).json())
    const response = await fetch('/api/v1/stats', { method: 'POST', body: '{}', headers: { 'X-CSRF-Token': csrfToken } })
    expect(response.status).toBe(405)
  })
})
