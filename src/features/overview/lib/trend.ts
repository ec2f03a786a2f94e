/**
 * The trend chart's rows: one per period of the range at the chosen granularity, with the
 * same months one year earlier beside it ("cùng kỳ"), as `/stats?compare=previous-year`
 * gives them. Months outside the data are unknown, never zero: a period with no covered month
 * has no figure, and a period only partly covered says which months it counts.
 */
import type { Granularity, MonthRange, StatsRow } from '../../../lib/api/schemas'
import { addMonths, monthIndex, periodBounds, periodsBetween, previousYearPeriod } from '../../../lib/periods'

export interface TrendRow {
  /** The period key of this year's period (`2026-Q1`). */
  period: string
  /** The same period one year earlier (`2025-Q1`). */
  previousPeriod: string
  /** This period's figure; null where the period lies outside the data (unknown, not zero). */
  current: number | null
  /** The same months last year; null where unknown (or this period is). */
  previous: number | null
  /** The months counted when they are fewer than the period's (range or data cut it). */
  months: MonthRange | null
}

export interface TrendInput {
  from: string
  to: string
  granularity: Granularity
  /** `/stats?by=period&compare=previous-year` rows for [from, to]. */
  rows: readonly StatsRow[]
  coverage: MonthRange
}

export function buildTrendRows({ from, to, granularity, rows, coverage }: TrendInput): TrendRow[] {
  const byPeriod = new Map<string, StatsRow>()
  for (const row of rows) if (row.period) byPeriod.set(row.period, row)
  return periodsBetween(from, to, granularity).map((period) => {
    const bounds = periodBounds(period)
    const first = Math.max(monthIndex(bounds.from), monthIndex(from), monthIndex(coverage.from))
    const last = Math.min(monthIndex(bounds.to), monthIndex(to), monthIndex(coverage.to))
    const previousPeriod = previousYearPeriod(period)
    if (first > last) return { period, previousPeriod, current: null, previous: null, months: null }
    const row = byPeriod.get(period)
    const known = first - 12 >= monthIndex(coverage.from)
    const cut = first !== monthIndex(bounds.from) || last !== monthIndex(bounds.to)
    const month = (index: number) => addMonths(coverage.from, index - monthIndex(coverage.from))
    return {
      period,
      previousPeriod,
      current: row?.value ?? 0,
      previous: row && row.previous !== undefined ? row.previous : known ? 0 : null,
      months: cut ? { from: month(first), to: month(last) } : null,
    }
  })
}
