import { describe, expect, it } from 'vitest'
import { ownPeriod } from '../../../src/features/units/lib/own-period'

const COVERAGE = { from: '2018-01', to: '2026-10' }
const hanam = { era: 'former' as const, validFrom: null, validTo: '2025-06-30' }
const ninhbinh = { era: 'current' as const, validFrom: '2025-07-01', validTo: null }
const central = { era: 'national' as const, validFrom: null, validTo: null }

describe('a unit’s own period', () => {
  it('is a former unit’s last half-year, whatever the view', () => {
    expect(ownPeriod(hanam, 'current', COVERAGE)).toEqual({ from: '2025-01', to: '2025-06' })
    expect(ownPeriod(hanam, 'reported', COVERAGE)).toEqual({ from: '2025-01', to: '2025-06' })
  })

  it('is a current unit’s first half-year as reported, and nothing within current boundaries', () => {
    expect(ownPeriod(ninhbinh, 'reported', COVERAGE)).toEqual({ from: '2025-07', to: '2025-12' })
    expect(ownPeriod(ninhbinh, 'current', COVERAGE)).toBeNull()
    expect(ownPeriod(central, 'reported', COVERAGE)).toBeNull()
  })

  it('stays within the data', () => {
    expect(ownPeriod(ninhbinh, 'reported', { from: '2018-01', to: '2025-09' })).toEqual({ from: '2025-07', to: '2025-09' })
    expect(ownPeriod(hanam, 'current', { from: '2025-04', to: '2026-10' })).toEqual({ from: '2025-04', to: '2025-06' })
    expect(ownPeriod(ninhbinh, 'reported', { from: '2018-01', to: '2025-05' })).toBeNull()
  })
})
