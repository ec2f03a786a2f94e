/**
 * A unit's own reporting period, for a page whose chosen range misses every month of the
 * unit: a former unit's last half-year (Hà Nam: 01/2025 – 06/2025, the half-year that ends on
 * 30/06/2025), or, as reported, a current unit's first half-year from 01/07/2025 (up to the
 * last month with data). One click on the unit's page sets the filter bar to it.
 */
import type { Boundary, OrgUnit } from '../../../lib/api/schemas'
import { monthIndex } from '../../../lib/periods'

export interface OwnPeriod {
  from: string
  to: string
}

/** The half-year (first or second) a month "YYYY-MM" lies in. */
function halfOf(month: string): OwnPeriod {
  const year = month.slice(0, 4)
  return Number(month.slice(5, 7)) <= 6 ? { from: `${year}-01`, to: `${year}-06` } : { from: `${year}-07`, to: `${year}-12` }
}

/** Null when the unit has no period of its own to offer (the national level; a current unit within current boundaries). */
export function ownPeriod(unit: Pick<OrgUnit, 'era' | 'validFrom' | 'validTo'>, boundary: Boundary, coverage: OwnPeriod): OwnPeriod | null {
  let period: OwnPeriod | null = null
  if (unit.era === 'former' && unit.validTo) period = { from: halfOf(unit.validTo.slice(0, 7)).from, to: unit.validTo.slice(0, 7) }
  else if (unit.era === 'current' && boundary === 'reported' && unit.validFrom) period = { from: unit.validFrom.slice(0, 7), to: halfOf(unit.validFrom.slice(0, 7)).to }
  if (!period) return null
  // Only months with data: never offer a period the data does not reach.
  const from = monthIndex(period.from) < monthIndex(coverage.from) ? coverage.from : period.from
  const to = monthIndex(period.to) > monthIndex(coverage.to) ? coverage.to : period.to
  return monthIndex(from) <= monthIndex(to) ? { from, to } : null
}
