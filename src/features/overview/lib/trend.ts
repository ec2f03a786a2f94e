/**
 * The trend chart's rows: one per period of the range at the chosen granularity, with the
 * figure of the same period one year earlier beside it ("cùng kỳ").
 */
import type { Granularity, StatsRow } from '../../../lib/api/schemas'
import { monthIndex, periodBounds, periodsBetween, previousYear, previousYearPeriod } from '../../../lib/periods'

export interface TrendRow {
  /** The period key of this year's period (`2026-Q1`). */
  period: string
  /** The same period one year earlier (`2025-Q1`). */
  previousPeriod: string
  /** This period's figure; null where the period lies outside the data (unknown, not zero). */
  current: number | null
  /** The same period last year; null where unknown. */
  previous: number | null
}

export interface TrendInput {
  from: string
  to: string
  granularity: Granularity
  /** `/stats` rows by period for [from, to]. */
  current: readonly StatsRow[]
  /** `/stats` rows by period for the same range one year earlier (undefined: not loaded). */
  previous: readonly StatsRow[] | undefined
  coverage: { from: string; to: string }
}

function byPeriod(rows: readonly StatsRow[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const row of rows) if (row.period) out.set(row.period, (out.get(row.period) ?? 0) + row.value)
  return out
}

/** Whether any month of [from, to] has data. */
function overlaps(from: string, to: string, coverage: { from: string; to: string }): boolean {
  return monthIndex(to) >= monthIndex(coverage.from) && monthIndex(from) <= monthIndex(coverage.to)
}

export function buildTrendRows({ from, to, granularity, current, previous, coverage }: TrendInput): TrendRow[] {
  const now = byPeriod(current)
  const before = previous ? byPeriod(previous) : undefined
  return periodsBetween(from, to, granularity).map((period) => {
    // The range may cut a period (a year asked from March): only its months in range count.
    const bounds = periodBounds(period)
    const start = bounds.from < from ? from : bounds.from
    const end = bounds.to > to ? to : bounds.to
    const previousPeriod = previousYearPeriod(period)
    return {
      period,
      previousPeriod,
      current: overlaps(start, end, coverage) ? (now.get(period) ?? 0) : null,
      previous: before && overlaps(previousYear(start), previousYear(end), coverage) ? (before.get(previousPeriod) ?? 0) : null,
    }
  })
}
