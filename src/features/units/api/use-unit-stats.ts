/**
 * The figures behind the units table and the unit page's ranks: for each metric, every unit's
 * value for the range and the same months one year earlier on the same territory, as the API
 * computes them (`/stats?by=unit&compare=previous-year`: a merged unit is compared with its
 * former units there, not here). Five cached requests in parallel, shared by every screen that
 * asks for the same thing.
 */
import { useQueries, type UseQueryResult } from '@tanstack/react-query'
import { statsParams } from '../../../filters/api-params'
import type { Filters } from '../../../filters/filters'
import { statsQueries } from '../../../lib/api/queries'
import { METRICS } from '../../../lib/api/contract'
import type { Boundary, Metric, MonthRange, StatsResponse, UnitId } from '../../../lib/api/schemas'

export interface UnitStats {
  values: Record<Metric, ReadonlyMap<UnitId, number>>
  /** Same months last year by unit (null: no comparison); units without a row had nothing either year. */
  previous: Record<Metric, ReadonlyMap<UnitId, number | null>>
}

export interface UnitStatsResult {
  data: UnitStats | undefined
  isPending: boolean
  /** Showing the previous filter's figures while the new ones load. */
  isPlaceholder: boolean
  error: Error | null
  retry: () => void
}

function combine(results: UseQueryResult<StatsResponse>[]): UnitStatsResult {
  const error = results.find((r) => r.error)?.error ?? null
  const retry = () => {
    for (const r of results) if (r.error) void r.refetch()
  }
  const isPending = results.some((r) => r.isPending)
  if (isPending || error) return { data: undefined, isPending, isPlaceholder: false, error, retry }
  const values = {} as UnitStats['values']
  const previous = {} as UnitStats['previous']
  METRICS.forEach((metric, i) => {
    const rows = results[i]?.data?.rows ?? []
    values[metric] = new Map(rows.flatMap((r) => (r.unit ? [[r.unit, r.value] as const] : [])))
    previous[metric] = new Map(rows.flatMap((r) => (r.unit ? [[r.unit, r.previous ?? null] as const] : [])))
  })
  return { data: { values, previous }, isPending: false, isPlaceholder: results.some((r) => r.isPlaceholderData), error: null, retry }
}

/** Every unit of `boundary` over `range`; `enabled: false` asks for nothing (the national level has no rank). */
export function useUnitStats(filters: Filters, boundary: Boundary, range: MonthRange, { enabled = true } = {}): UnitStatsResult {
  const queries = enabled
    ? METRICS.map((metric) =>
        statsQueries.detail(statsParams(filters, { metric, by: ['unit'], units: [], boundary, from: range.from, to: range.to, compare: 'previous-year' })),
      )
    : []
  // `combine` is a module-level function, so React Query memoises the combined result between renders.
  return useQueries({ queries, combine })
}
