/**
 * Which months and which boundary a unit's own figures cover. Pure, shared by the units table
 * and the unit page, so both say the same thing about the same unit.
 *
 * Figures are stored against the unit as reported: a former unit (f35) has records only up to
 * 30/06/2025, a current unit (c37) only from 01/07/2025 (the units' `validFrom`/`validTo` from
 * the API say so). In the current-boundaries view a current unit also carries its former units'
 * records, rolled up by the API; comparisons on the same territory come from the API too
 * (`/stats?compare=previous-year`), never re-rolled here.
 */
import { REORGANISATION_DATE } from '../../../lib/api/contract'
import type { Boundary, OrgUnit } from '../../../lib/api/schemas'
import { addMonths, monthIndex } from '../../../lib/periods'

/** The first month of the current units ("2025-07"). */
export const FIRST_CURRENT_MONTH = REORGANISATION_DATE.slice(0, 7)
/** The last month of the former units ("2025-06"). */
export const LAST_FORMER_MONTH = addMonths(FIRST_CURRENT_MONTH, -1)

export interface MonthRange {
  from: string
  to: string
}

/**
 * The months of `range` in which the unit's own figures exist in the given view, or null if
 * none: a former unit up to 2025-06; a current unit from 2025-07 as reported, the whole range
 * in the current view (its former units' figures roll up into it); the national level always.
 */
export function unitMonths(unit: Pick<OrgUnit, 'era' | 'validFrom' | 'validTo'>, boundary: Boundary, range: MonthRange): MonthRange | null {
  let { from, to } = range
  const last = unit.validTo?.slice(0, 7)
  if (last && monthIndex(to) > monthIndex(last)) to = last
  const first = unit.validFrom?.slice(0, 7)
  const rolledUp = boundary === 'current' && unit.era === 'current'
  if (first && !rolledUp && monthIndex(from) < monthIndex(first)) from = first
  return monthIndex(from) <= monthIndex(to) ? { from, to } : null
}

/**
 * The boundary in which a unit's own figures are asked for on its page: a former unit's
 * records roll up into its successor in the current view, so its own figures exist only as
 * reported; a current unit (and the national level) is asked for in the current view, which
 * for months from 2025-07 equals the reported figures and before that includes its former units.
 */
export function figureBoundary(unit: Pick<OrgUnit, 'era'>): Boundary {
  return unit.era === 'former' ? 'reported' : 'current'
}
