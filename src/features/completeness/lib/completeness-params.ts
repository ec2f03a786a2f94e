/**
 * The completeness screen's own URL parameters: `period` (a reporting period id, `2026-H1` or
 * `2026`; absent: the latest period that has ended, which only the periods list can tell) and
 * the table's `sort` (`status`, `-submitted`, …; absent: the units' order). Kept free of the
 * contract's schemas: the route table loads this with the app.
 */
import type { ScreenParams } from '../../../filters/screen-params'

export const COMPLETENESS_SORT_KEYS = ['unit', 'status', 'submitted', 'on-time', 'approved', 'overdue'] as const
export type CompletenessSortKey = (typeof COMPLETENESS_SORT_KEYS)[number]
export interface CompletenessSort {
  key: CompletenessSortKey
  direction: 'asc' | 'desc'
}

export interface CompletenessState {
  /** Null: the default period (the latest that has ended). */
  period: string | null
  /** Null: the units' own order. */
  sort: CompletenessSort | null
}

const PERIOD_ID = /^\d{4}(-H1)?$/

export function formatSort(sort: CompletenessSort | null): string | null {
  return sort === null ? null : `${sort.direction === 'desc' ? '-' : ''}${sort.key}`
}

export const completenessParams: ScreenParams<CompletenessState> = {
  keys: ['period', 'sort'],
  parse: (params) => {
    const issues: ReturnType<ScreenParams<CompletenessState>['parse']>['issues'] = []
    const rawPeriod = params.get('period')
    let period: string | null = null
    if (rawPeriod !== null) {
      if (PERIOD_ID.test(rawPeriod)) period = rawPeriod
      else issues.push({ param: 'period', value: rawPeriod, reason: 'invalid-value' })
    }
    const rawSort = params.get('sort')
    let sort: CompletenessSort | null = null
    if (rawSort !== null) {
      const key = rawSort.replace(/^-/, '')
      if ((COMPLETENESS_SORT_KEYS as readonly string[]).includes(key)) {
        sort = { key: key as CompletenessSortKey, direction: rawSort.startsWith('-') ? 'desc' : 'asc' }
      } else {
        issues.push({ param: 'sort', value: rawSort, reason: 'unknown-sort' })
      }
    }
    return { state: { period, sort }, issues }
  },
  patch: (change) => ({
    ...('period' in change ? { period: change.period ?? null } : {}),
    ...('sort' in change ? { sort: formatSort(change.sort ?? null) } : {}),
  }),
}
