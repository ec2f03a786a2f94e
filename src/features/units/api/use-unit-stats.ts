/**
 * The figures behind the units table and the unit page's ranks: for each metric, the value by
 * unit for the range (one `/stats?by=unit` request per metric) and last year's reported
 * figures by unit and month (one `/stats?by=period,unit&granularity=month&boundary=reported`
 * request per metric), from which each unit's same-period-last-year value is computed on its
 * own territory (a merged unit is compared with its former units). Ten cached requests in
 * parallel, shared by every screen that asks for the same thing.
 */
import { useQueries, type UseQueryResult } from '@tanstack/react-query'
import { statsQueries } from '../../../lib/api/queries'
import type { StatsResponse } from '../../../lib/api/schemas'
import { METRICS, type Boundary, type Metric, type UnitId } from '../../../lib/api/schemas'
import { monthlyByUnit, previousRange, type MonthRange, type MonthlyByUnit } from '../lib/unit-range'

export interface UnitStats {
  values: Record<Metric, ReadonlyMap<UnitId, number>>
  previous: Record<Metric, MonthlyByUnit | null>
}

export interface UnitStatsResult {
  data: UnitStats | undefined
  isPending: boolean
  /** Showing the previous filter's figures while the new ones load. */
  isPlaceholder: boolean
  error: Error | null
  retry: () => void
}

type UnitQueryResult = UseQueryResult<StatsResponse>

export function valueQuery(metric: Metric, boundary: Boundary, range: MonthRange) {
  return statsQueries.detail({ metric, from: range.from, to: range.to, granularity: 'year', by: ['unit'], boundary })
}

export function previousQuery(metric: Metric, range: MonthRange) {
  return statsQueries.detail({ metric, from: range.from, to: range.to, granularity: 'month', by: ['period', 'unit'], boundary: 'reported' })
}

function combine(results: UnitQueryResult[]): UnitStatsResult {
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
    const prev = results[METRICS.length + i]?.data
    previous[metric] = prev ? monthlyByUnit(prev.rows) : null
  })
  return { data: { values, previous }, isPending: false, isPlaceholder: results.some((r) => r.isPlaceholderData), error: null, retry }
}

/**
 * `withPrevious: false` skips last year's figures (the unit page only needs the ranks);
 * `enabled: false` asks for nothing (the national level has no rank).
 */
export function useUnitStats(boundary: Boundary, range: MonthRange, coverage: MonthRange, { withPrevious = true, enabled = true } = {}): UnitStatsResult {
  const prevRange = withPrevious && enabled ? previousRange(range, coverage) : null
  const valueQueries = enabled ? METRICS.map((metric) => valueQuery(metric, boundary, range)) : []
  const prevQueries = prevRange ? METRICS.map((metric) => previousQuery(metric, prevRange)) : []
  return useQueries({
    queries: [...valueQueries, ...prevQueries],
    // A module-level function, so React Query memoises the combined result between renders.
    combine,
  })
}
