/** The breakdown of a metric by category: every category of its kind, largest first. */
import { CATEGORIES, kindOfMetric } from '../../../lib/api/contract'
import type { Category, Metric, StatsRow } from '../../../lib/api/schemas'

export interface BreakdownRow {
  category: Category
  label: string
  value: number
  /** Share of the total (0..1); 0 when the total is 0. */
  share: number
}

export function buildBreakdown(rows: readonly StatsRow[], metric: Metric, labelOf: (category: Category) => string): BreakdownRow[] {
  const values = new Map<string, number>()
  for (const row of rows) if (row.category) values.set(row.category, (values.get(row.category) ?? 0) + row.value)
  const total = [...values.values()].reduce((a, b) => a + b, 0)
  const categories: readonly Category[] = CATEGORIES[kindOfMetric(metric)]
  // Categories with no records stay in the list at zero: an absent channel is a finding too.
  return categories
    .map((category) => {
      const value = values.get(category) ?? 0
      return { category, label: labelOf(category), value, share: total > 0 ? value / total : 0 }
    })
    .toSorted((a, b) => b.value - a.value)
}
