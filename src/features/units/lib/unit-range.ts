/**
 * Which months and which boundary a unit's own figures cover. Pure, shared by the units table
 * and the unit page, so both say the same thing about the same unit.
 *
 * Figures are stored against the unit as reported: a former unit (f35) has records only up to
 * 30/06/2025, a current unit (c37) only from 01/07/2025. In the current-boundaries view a
 * current unit also carries its former units' records (rolled up through the crosswalk).
 */
import { REORGANISATION_DATE, type Boundary, type OrgUnit, type UnitId } from '../../../lib/api/schemas'
import { addMonths, monthIndex, monthsBetween } from '../../../lib/periods'

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
export function unitMonths(unit: Pick<OrgUnit, 'era'>, boundary: Boundary, range: MonthRange): MonthRange | null {
  let { from, to } = range
  if (unit.era === 'former' && monthIndex(to) > monthIndex(LAST_FORMER_MONTH)) to = LAST_FORMER_MONTH
  if (unit.era === 'current' && boundary === 'reported' && monthIndex(from) < monthIndex(FIRST_CURRENT_MONTH)) from = FIRST_CURRENT_MONTH
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

/**
 * The units whose reported figures make up `unit`'s territory in a month: a current unit
 * before 2025-07 is its former units; after, itself. Used to compare with the same period
 * last year on the same territory.
 */
export function territoryIn(unit: Pick<OrgUnit, 'id' | 'era' | 'predecessorIds'>, month: string): UnitId[] {
  if (unit.era === 'current' && monthIndex(month) < monthIndex(FIRST_CURRENT_MONTH)) return unit.predecessorIds
  return [unit.id]
}

/** Reported monthly figures: unit id → month → value (as `/stats?by=period,unit&granularity=month&boundary=reported` gives). */
export type MonthlyByUnit = ReadonlyMap<UnitId, ReadonlyMap<string, number>>

export function monthlyByUnit(rows: readonly { period?: string | undefined; unit?: string | undefined; value: number }[]): MonthlyByUnit {
  const out = new Map<UnitId, Map<string, number>>()
  for (const row of rows) {
    if (!row.unit || !row.period) continue
    let months = out.get(row.unit)
    if (!months) out.set(row.unit, (months = new Map()))
    months.set(row.period, (months.get(row.period) ?? 0) + row.value)
  }
  return out
}

/**
 * The unit's figure for the same months one year earlier, on the same territory: for each
 * month of its own figures, last year's reported figures of the units that made up its
 * territory then. Null where last year's months are not all inside the data coverage, or the
 * unit has no figures in the range.
 */
export function previousYearValue(
  unit: Pick<OrgUnit, 'id' | 'era' | 'predecessorIds'>,
  boundary: Boundary,
  range: MonthRange,
  monthly: MonthlyByUnit,
  coverage: MonthRange,
): number | null {
  const own = unitMonths(unit, boundary, range)
  if (!own) return null
  const from = addMonths(own.from, -12)
  const to = addMonths(own.to, -12)
  if (monthIndex(from) < monthIndex(coverage.from) || monthIndex(to) > monthIndex(coverage.to)) return null
  let sum = 0
  for (const month of monthsBetween(from, to)) {
    for (const id of territoryIn(unit, month)) sum += monthly.get(id)?.get(month) ?? 0
  }
  return sum
}

/** The range of last year's months that comparisons of `range` need (null: none inside the coverage). */
export function previousRange(range: MonthRange, coverage: MonthRange): MonthRange | null {
  const from = addMonths(range.from, -12)
  const to = addMonths(range.to, -12)
  const clampedFrom = monthIndex(from) < monthIndex(coverage.from) ? coverage.from : from
  const clampedTo = monthIndex(to) > monthIndex(coverage.to) ? coverage.to : to
  return monthIndex(clampedFrom) <= monthIndex(clampedTo) ? { from: clampedFrom, to: clampedTo } : null
}
