/**
 * Where a month range lies against the data coverage. Months outside the coverage are
 * unknown, not zero, so screens must say so rather than draw zeros.
 */
import { monthIndex } from '../../../lib/periods'

export type RangeCoverage = 'inside' | 'partial' | 'outside'

export function rangeCoverage(from: string, to: string, coverage: { from: string; to: string }): RangeCoverage {
  const [f, t, cf, ct] = [monthIndex(from), monthIndex(to), monthIndex(coverage.from), monthIndex(coverage.to)]
  if (t < cf || f > ct) return 'outside'
  if (f < cf || t > ct) return 'partial'
  return 'inside'
}
