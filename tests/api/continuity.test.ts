import { describe, expect, it } from 'vitest'
import { expectedTotal } from '../support/oracle'
import type { Metric } from '../../src/lib/api/schemas'

// Current boundaries roll former units up into today's: the national series, and a merged
// unit's, must not jump at 01/07/2025 just because 63 committees became 34.
const h2 = (year: number, metric: Metric) => expectedTotal({ metric, from: `${year}-07`, to: `${year}-12` })
/** Hồ Chí Minh's meetings from July of `y` to June of the next year, on current boundaries. */
const hcmYear = (y: number) => expectedTotal({ metric: 'meetings', from: `${y}-07`, to: `${y + 1}-06`, units: ['c79'] })

describe('continuity across the 2025 reorganisation (current boundaries)', () => {
  it.each(['articles', 'meetings', 'awards', 'trainings', 'trainees'] as const)('national %s in H2 2025 stays within ±35%% of H2 2024', (metric) => {
    const before = h2(2024, metric)
    const after = h2(2025, metric)
    expect(after / before).toBeGreaterThan(0.65)
    expect(after / before).toBeLessThan(1.35)
  })

  it('a merged unit (Hồ Chí Minh) keeps its scale of meetings over a year', () => {
    expect(hcmYear(2025) / hcmYear(2024)).toBeGreaterThan(0.6)
  })
})
