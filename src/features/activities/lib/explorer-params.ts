/**
 * The explorer's own URL parameters (metric, category, q, sort, page, pageSize): parsed into a
 * typed state with defaults, every unusable value replaced and reported (never thrown, never
 * sent to the API as it is), and turned into the `GET /activities` query with the filters.
 */
import {
  CATEGORIES,
  METRICS,
  kindOfMetric,
  type ActivitySort,
  type Metric,
} from '../../../lib/api/schemas'
import type { Filters } from '../../../filters/filters'
import {
  DEFAULT_RECORD_PAGE_SIZE,
  DEFAULT_RECORD_SORT,
  parseRecordsListParams,
  recordsListPatch,
  recordsQuery,
  type RecordsListIssue,
  type RecordsQuery,
} from '../../../records/lib/records-query'

export interface ExplorerState {
  /** One metric, or null for every kind of record. */
  metric: Metric | null
  /** A category of the chosen metric's records, or null for all. */
  category: string | null
  /** The search text sent to the API ('' for none). */
  q: string
  sort: ActivitySort
  page: number
  pageSize: number
}

/** A parameter the explorer could not use, and what it did instead. */
export type ExplorerIssue =
  | RecordsListIssue
  | { param: 'category'; value: string; reason: 'unknown-category' | 'category-needs-metric' }

export const DEFAULT_EXPLORER_STATE: ExplorerState = {
  metric: null,
  category: null,
  q: '',
  sort: DEFAULT_RECORD_SORT,
  page: 1,
  pageSize: DEFAULT_RECORD_PAGE_SIZE,
}


/** The categories of a metric's records (trainees are counted on training records). */
export function categoriesOfMetric(metric: Metric): readonly string[] {
  return CATEGORIES[kindOfMetric(metric)]
}

export function parseExplorerParams(search: URLSearchParams): { state: ExplorerState; issues: ExplorerIssue[] } {
  const state: ExplorerState = { ...DEFAULT_EXPLORER_STATE }
  const issues: ExplorerIssue[] = []

  // An unknown metric is reported by the shell's notice (the route declares `metric`); here it
  // just falls back to every metric.
  const metric = search.get('metric')
  if (metric !== null && (METRICS as readonly string[]).includes(metric)) state.metric = metric as Metric

  const category = search.get('category')
  if (category !== null && category !== '') {
    if (state.metric === null) issues.push({ param: 'category', value: category, reason: 'category-needs-metric' })
    else if (categoriesOfMetric(state.metric).includes(category)) state.category = category
    else issues.push({ param: 'category', value: category, reason: 'unknown-category' })
  }

  const list = parseRecordsListParams(search)
  Object.assign(state, list.state)
  issues.push(...list.issues)

  return { state, issues }
}

/**
 * The URL form of a change: each parameter set to its value, or null (removed) when it is the
 * default, so addresses stay short and stable.
 */
export function explorerParamPatch(change: Partial<ExplorerState>): Record<string, string | null> {
  const patch: Record<string, string | null> = recordsListPatch(change)
  if ('metric' in change) patch.metric = change.metric ?? null
  if ('category' in change) patch.category = change.category ?? null
  return patch
}

/** The `GET /activities` query of the explorer: its own state within the global filters. */
export function explorerQuery(state: ExplorerState, filters: Pick<Filters, 'from' | 'to' | 'units' | 'boundary'>): RecordsQuery {
  const query = recordsQuery(filters, state)
  if (state.metric) query.metric = state.metric
  if (state.category) query.category = state.category
  return query
}
