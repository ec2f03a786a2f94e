import { describe, expect, test } from 'vitest'
import { getError } from './helpers'

/** [path, the repeated parameter] — every endpoint, known and unknown parameters alike. */
const REPEATED: Array<[string, string]> = [
  ['/api/v1/stats?metric=articles&from=2024-01&to=2024-12&units=c37&units=c44', 'units'],
  ['/api/v1/stats?metric=articles&metric=awards&from=2024-01&to=2024-12', 'metric'],
  ['/api/v1/stats?metric=articles&from=2024-01&to=2024-12&by=unit&by=period', 'by'],
  ['/api/v1/summary?from=2024-01&from=2023-01&to=2024-12', 'from'],
  ['/api/v1/summary?from=2024-01&to=2024-12&boundary=current&boundary=reported', 'boundary'],
  ['/api/v1/activities?q=ha&q=nam', 'q'],
  ['/api/v1/activities?page=2&page=2', 'page'],
  ['/api/v1/org-units?boundary=reported&boundary=reported', 'boundary'],
  ['/api/v1/org-units?x=1&x=2', 'x'],
]

describe('repeated parameters (issue 8.4)', () => {
  test.each(REPEATED)('%s → 400 naming %s', async (path, field) => {
    const { status, error } = await getError(path)
    expect(status).toBe(400)
    expect(error.code).toBe('invalid_parameter')
    expect(error.field).toBe(field)
    expect(error.message).toContain(`"${field}" is given 2 times`)
  })
})
