/**
 * The URL parameters of the units table (`sort`, `q`, `region`, and `metric` for a phone) and of a unit's page
 * (`metric` and its records list's `sort`, `page`, `pageSize`).
 */
import { recordsListParams } from '../../../records/lib/records-query'
import type { FilterIssue } from '../../../filters/filters'
import { combineScreenParams, listedParam, metricParams, type ScreenParams } from '../../../filters/screen-params'
import { METRICS, REGIONS } from '../../../lib/api/contract'
import type { Metric, Region } from '../../../lib/api/schemas'
import { isSearchable } from '../../../lib/text'

/* The table's sort, here rather than beside the table: the route table loads this file with the app. */

export type SortColumn = 'name' | Metric | `${Metric}-change` | `${Metric}-rank`
export interface SortState {
  column: SortColumn
  direction: 'asc' | 'desc'
}

export const SORT_COLUMNS: readonly SortColumn[] = ['name', ...METRICS.flatMap((m) => [m, `${m}-change`, `${m}-rank`] as SortColumn[])]
export const DEFAULT_SORT: SortState = { column: 'name', direction: 'asc' }

/** `sort=-articles` → articles, descending. Unknown keys fall back to the default and are reported. */
export function parseSort(raw: string | null): { sort: SortState; invalid: string | null } {
  if (raw === null || raw === '') return { sort: DEFAULT_SORT, invalid: null }
  const direction = raw.startsWith('-') ? 'desc' : 'asc'
  const column = direction === 'desc' ? raw.slice(1) : raw
  if (!(SORT_COLUMNS as readonly string[]).includes(column)) return { sort: DEFAULT_SORT, invalid: raw }
  return { sort: { column: column as SortColumn, direction }, invalid: null }
}

/** The URL form of a sort; null for the default (left out of the URL). */
export function serializeSort(sort: SortState): string | null {
  if (sort.column === DEFAULT_SORT.column && sort.direction === DEFAULT_SORT.direction) return null
  return `${sort.direction === 'desc' ? '-' : ''}${sort.column}`
}

/** The direction a click on a column header sets: numbers start high-to-low, names and ranks A→Z / 1→n. */
export function nextSort(current: SortState, column: SortColumn): SortState {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' }
  const ascendingFirst = column === 'name' || column.endsWith('-rank')
  return { column, direction: ascendingFirst ? 'asc' : 'desc' }
}

export interface UnitsTableState {
  sort: SortState
  /** The search text ('' for none). */
  q: string
  region: Region | null
  /** The metric a phone shows the columns of (null: the sorted one, else the first). */
  metric: Metric | null
}

/**
 * The metric whose columns a narrow screen shows (a phone has room for one metric's four
 * columns beside the unit's name, not for twenty): the one chosen, else the one the table is
 * sorted by, else the first.
 */
export function shownMetric(state: Pick<UnitsTableState, 'sort' | 'metric'>): Metric {
  if (state.metric) return state.metric
  const column = state.sort.column
  if (column === 'name') return METRICS[0]
  return column.replace(/-(change|rank)$/, '') as Metric
}

export const unitsParams: ScreenParams<UnitsTableState> = {
  keys: ['sort', 'q', 'region', 'metric'],
  parse: (params) => {
    const issues: FilterIssue[] = []
    const { sort, invalid } = parseSort(params.get('sort'))
    if (invalid !== null) issues.push({ param: 'sort', value: invalid, reason: 'unknown-sort' })
    let q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim()
    if (q !== '' && !isSearchable(q)) {
      issues.push({ param: 'q', value: q, reason: 'search-without-text' })
      q = ''
    }
    const region = listedParam(params, 'region', REGIONS, issues)
    const metric = listedParam(params, 'metric', METRICS, issues)
    return { state: { sort, q, region, metric }, issues }
  },
  patch: (change) => {
    const patch: Record<string, string | null> = {}
    if ('sort' in change) patch.sort = serializeSort(change.sort ?? DEFAULT_SORT)
    if ('q' in change) patch.q = change.q?.trim() ? change.q.trim() : null
    if ('region' in change) patch.region = change.region ?? null
    if ('metric' in change) patch.metric = change.metric ?? null
    return patch
  },
}

/**
 * A unit's records are the page's last widget, below the figures: 20 a page keeps the page
 * short (on a phone each record is a card); the choice is in the URL like the others.
 */
export const UNIT_RECORDS_PAGE_SIZE = 20

export const unitPageParams = combineScreenParams(metricParams('articles'), recordsListParams({ pageSize: UNIT_RECORDS_PAGE_SIZE, search: false }))
