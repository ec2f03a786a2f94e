/**
 * Chart and table data of a unit's page, shaped in pure functions: the trend by period (every
 * period of the range, zeros included, none beyond the data), the breakdown by category (every
 * category of the metric, largest first as on the Overview) and the unit's rank for each metric.
 */
import { CATEGORIES, METRICS, kindOfMetric } from '../../../lib/api/contract'
import type { Granularity, Metric, OrgUnit, StatsRow, UnitId } from '../../../lib/api/schemas'
import { monthIndex, periodsBetween } from '../../../lib/periods'
import type { MonthRange } from './unit-range'
import { rankUnits } from './units-table'

export interface TrendPoint {
  period: string
  value: number
}

/**
 * Every period of the months inside the data coverage, with its value (0 when none). Months
 * outside the coverage are unknown: no period is drawn for them, never a zero.
 */
export function trendPoints(rows: readonly StatsRow[], months: MonthRange, granularity: Granularity, coverage: MonthRange): TrendPoint[] {
  const to = monthIndex(months.to) > monthIndex(coverage.to) ? coverage.to : months.to
  const from = monthIndex(months.from) < monthIndex(coverage.from) ? coverage.from : months.from
  if (monthIndex(from) > monthIndex(to)) return []
  const byPeriod = new Map<string, number>()
  for (const row of rows) if (row.period) byPeriod.set(row.period, (byPeriod.get(row.period) ?? 0) + row.value)
  return periodsBetween(from, to, granularity).map((period) => ({ period, value: byPeriod.get(period) ?? 0 }))
}

export interface CategoryPoint {
  category: string
  value: number
  /** Share of the total, 0..1 (0 when the total is 0). */
  share: number
}

/**
 * Every category of the metric's kind with value and share, largest first (ties in the
 * contract's order): the same order as the Overview's breakdown, so the two read alike.
 */
export function categoryPoints(rows: readonly StatsRow[], metric: Metric): CategoryPoint[] {
  const byCategory = new Map<string, number>()
  for (const row of rows) if (row.category) byCategory.set(row.category, (byCategory.get(row.category) ?? 0) + row.value)
  const total = [...byCategory.values()].reduce((a, b) => a + b, 0)
  return CATEGORIES[kindOfMetric(metric)]
    .map((category) => {
      const value = byCategory.get(category) ?? 0
      return { category, value, share: total > 0 ? value / total : 0 }
    })
    .toSorted((a, b) => b.value - a.value)
}

export interface UnitRank {
  metric: Metric
  value: number
  rank: number | null
  of: number
}

/**
 * The unit's rank for each metric among the units of its era (a current unit among the 34, a
 * former one among the 63), from the figures of every unit for the same months.
 */
export function unitRanks(unit: OrgUnit, peers: readonly OrgUnit[], values: Record<Metric, ReadonlyMap<UnitId, number>>): UnitRank[] {
  const group = peers.filter((p) => p.era === unit.era)
  return METRICS.map((metric) => {
    const value = values[metric].get(unit.id) ?? 0
    if (unit.era === 'national') return { metric, value, rank: null, of: 0 }
    const ranks = rankUnits(group.map((p) => ({ id: p.id, era: p.era, value: values[metric].get(p.id) ?? 0 })))
    const mine = ranks.get(unit.id)
    return { metric, value, rank: mine?.rank ?? null, of: mine?.of ?? group.length }
  })
}
