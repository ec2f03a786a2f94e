/**
 * What a change against the same period last year compares, from the API's answer: the
 * covered months of the range against the same months a year earlier, or no comparison and
 * why. A change is only shown between two complete, like-for-like ranges.
 */
import type { MonthRange } from './api/schemas'
import { monthIndex, previousYear } from './periods'

export interface ComparisonSource {
  from: string
  to: string
  coverage: MonthRange
  covered: MonthRange | null
  previousFrom: string | null
  previousTo: string | null
}

export type Comparison =
  /** `current` against `previous`; `partial` when `current` is only part of the range. */
  | { kind: 'like-for-like'; current: MonthRange; previous: MonthRange; partial: boolean }
  /** Last year's months start before the data: unknown, so no comparison. */
  | { kind: 'before-data'; current: MonthRange; previous: MonthRange }
  /** No month of the range has data. */
  | { kind: 'no-data' }

export function comparisonOf(source: ComparisonSource): Comparison {
  const { covered, previousFrom, previousTo } = source
  if (!covered || previousFrom === null || previousTo === null) return { kind: 'no-data' }
  const previous = { from: previousFrom, to: previousTo }
  if (monthIndex(previousFrom) < monthIndex(source.coverage.from)) return { kind: 'before-data', current: covered, previous }
  return { kind: 'like-for-like', current: covered, previous, partial: covered.from !== source.from || covered.to !== source.to }
}

/** The same for a range the app knows only from the filters and the coverage (a unit's table rows). */
export function comparisonOfRange(range: MonthRange, coverage: MonthRange): Comparison {
  const f = Math.max(monthIndex(range.from), monthIndex(coverage.from))
  const t = Math.min(monthIndex(range.to), monthIndex(coverage.to))
  if (f > t) return comparisonOf({ ...range, coverage, covered: null, previousFrom: null, previousTo: null })
  const covered = { from: range.from < coverage.from ? coverage.from : range.from, to: range.to > coverage.to ? coverage.to : range.to }
  return comparisonOf({ ...range, coverage, covered, previousFrom: previousYear(covered.from), previousTo: previousYear(covered.to) })
}
