/**
 * The filter state as API parameters, in one place (Plausible's `createStatsQuery`): every
 * widget says what it asks (metric, dimensions, and where it differs from the filters: a
 * unit's own range or boundary) and gets normalised parameters, so equal views share one
 * cache entry.
 */
import { normalizeStatsParams, normalizeSummaryParams } from '../lib/api/params'
import type { Boundary, Metric, StatsComparison, StatsDimension, StatsParams, SummaryParams, UnitId } from '../lib/api/schemas'
import type { PlanProgressParams } from '../lib/api/report-queries'
import type { Filters } from './filters'

export interface StatsRequest {
  metric: Metric
  by: StatsDimension[]
  compare?: StatsComparison
  /** Instead of the filters' range (a unit's own months). */
  from?: string
  to?: string
  /** Instead of the filters' units ([] for all). */
  units?: readonly UnitId[]
  /** Instead of the filters' boundary view. */
  boundary?: Boundary
}

export function statsParams(filters: Filters, request: StatsRequest): StatsParams {
  return normalizeStatsParams({
    metric: request.metric,
    from: request.from ?? filters.from,
    to: request.to ?? filters.to,
    granularity: filters.granularity,
    by: request.by,
    units: [...(request.units ?? filters.units)],
    boundary: request.boundary ?? filters.boundary,
    ...(request.compare ? { compare: request.compare } : {}),
  })
}

export function summaryParams(
  filters: Filters,
  request: { from?: string; to?: string; units?: readonly UnitId[]; boundary?: Boundary } = {},
): SummaryParams {
  return normalizeSummaryParams({
    from: request.from ?? filters.from,
    to: request.to ?? filters.to,
    units: [...(request.units ?? filters.units)],
    boundary: request.boundary ?? filters.boundary,
  })
}

/**
 * `GET /plan-progress` for the filters' range and units, or null when the range spans two
 * calendar years: a year's plan says nothing about another year's months.
 */
export function planProgressParams(filters: Filters, request: { units?: readonly UnitId[] } = {}): PlanProgressParams | null {
  if (filters.from.slice(0, 4) !== filters.to.slice(0, 4)) return null
  return { from: filters.from, to: filters.to, units: [...(request.units ?? filters.units)].toSorted() }
}
