/**
 * Where a month range lies against the data coverage. Months outside the coverage are
 * unknown, not zero, so screens must say so rather than draw zeros.
 */
import { monthIndex } from '../lib/periods'

export type RangeCoverage = 'full' | 'partial' | 'none'

/** All of the range has data, part of it (the rest is unknown), or none of it. */
export function rangeCoverage(range: { from: string; to: string }, coverage: { from: string; to: string }): RangeCoverage {
  const [f, t, cf, ct] = [monthIndex(range.from), monthIndex(range.to), monthIndex(coverage.from), monthIndex(coverage.to)]
  if (t < cf || f > ct) return 'none'
  if (f < cf || t > ct) return 'partial'
  return 'full'
}
