/**
 * The completeness screen's own URL parameters: `period` (a reporting period id, `2026-H1` or
 * `2026`; absent: the latest period that has ended, which only the periods list can tell) and
 * the table's `sort` (`status`, `-submitted`, …; absent: the units' order). Plain patterns: the
 * route table loads this with the app, so it stays small (`parseSort` reads the sort).
 */
import { patternParams } from '../../../filters/pattern-params'

export const COMPLETENESS_SORT_KEYS = ['unit', 'status', 'submitted', 'on-time', 'approved', 'overdue'] as const
export type CompletenessSortKey = (typeof COMPLETENESS_SORT_KEYS)[number]
export interface CompletenessSort {
  key: CompletenessSortKey
  direction: 'asc' | 'desc'
}

export const completenessParams = patternParams({
  period: { pattern: /^\d{4}(-H1)?$/ },
  sort: { pattern: /^-?(unit|status|submitted|on-time|approved|overdue)$/, reason: 'unknown-sort' },
})

/** `-submitted` → submitted, descending; null for none. */
export function parseSort(sort: string | null): CompletenessSort | null {
  if (sort === null) return null
  return { key: sort.replace(/^-/, '') as CompletenessSortKey, direction: sort.startsWith('-') ? 'desc' : 'asc' }
}

export function formatSort(sort: CompletenessSort | null): string | null {
  return sort === null ? null : `${sort.direction === 'desc' ? '-' : ''}${sort.key}`
}
