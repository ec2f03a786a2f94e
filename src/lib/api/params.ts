/**
 * Request parameters in one normal form, so that two widgets asking the same thing share one
 * cache entry and one request: fields that cannot change the answer are left out (the
 * granularity unless rows are by period; the boundary when neither a unit filter nor a
 * breakdown by unit depends on it), lists are deduplicated and sorted, dimensions are in the
 * contract's order. The query factories key every query on these.
 */
import { STATS_DIMENSIONS } from './contract'
import type { StatsParams, SummaryParams } from './schemas'

function normalUnits(units: readonly string[] | undefined): string[] | undefined {
  if (!units || units.length === 0) return undefined
  return [...new Set(units)].toSorted()
}

export function normalizeStatsParams(params: StatsParams): StatsParams {
  const by = STATS_DIMENSIONS.filter((d) => params.by.includes(d))
  if (by.length === 0) by.push('period')
  const units = normalUnits(params.units)
  const out: StatsParams = {
    metric: params.metric,
    from: params.from,
    to: params.to,
    by,
    // National totals by period or category are the same in both views.
    boundary: units || by.includes('unit') ? params.boundary : 'current',
  }
  if (by.includes('period')) out.granularity = params.granularity ?? 'year'
  if (units) out.units = units
  if (params.compare) out.compare = params.compare
  return out
}

export function normalizeSummaryParams(params: SummaryParams): SummaryParams {
  const units = normalUnits(params.units)
  const out: SummaryParams = { from: params.from, to: params.to, boundary: units ? params.boundary : 'current' }
  if (units) out.units = units
  return out
}
