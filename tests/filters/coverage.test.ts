import { describe, expect, it } from 'vitest'
import { rangeCoverage } from '../../src/filters/coverage'

describe('coverage of a range', () => {
  const coverage = { from: '2018-01', to: '2026-10' }
  it('is full, partial or none', () => {
    expect(rangeCoverage({ from: '2024-01', to: '2024-12' }, coverage)).toBe('full')
    expect(rangeCoverage({ from: '2018-01', to: '2026-10' }, coverage)).toBe('full')
    expect(rangeCoverage({ from: '2026-01', to: '2026-12' }, coverage)).toBe('partial')
    expect(rangeCoverage({ from: '2017-06', to: '2018-02' }, coverage)).toBe('partial')
    expect(rangeCoverage({ from: '2027-01', to: '2027-06' }, coverage)).toBe('none')
    expect(rangeCoverage({ from: '2016-01', to: '2017-12' }, coverage)).toBe('none')
  })
})
