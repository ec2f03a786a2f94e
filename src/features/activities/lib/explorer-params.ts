/**
 * The explorer's own URL parameters (metric, category, q, sort, page, pageSize): parsed into a
 * typed state with defaults, every unusable value replaced and reported (never thrown, never
 * sent to the API as it is), and turned into the `GET /activities` query with the filters.
 */
import {
  ACTIVITY_SORT_KEYS,
  CATEGORIES,
  MAX_PAGE_SIZE,
  METRICS,
  kindOfMetric,
  type ActivitySort,
  type Metric,
} from '../../../lib/api/schemas'
import type { Filters } from '../../../filters/filters'
import { DEFAULT_RECORD_PAGE_SIZE, DEFAULT_RECORD_SORT, type RecordsQuery } from '../../../components/records/records-query'

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
export interface ExplorerIssue {
  param: 'category' | 'q' | 'sort' | 'page' | 'pageSize'
  value: string
  reason: 'unknown-sort' | 'bad-page' | 'bad-page-size' | 'unknown-category' | 'category-needs-metric' | 'search-without-text'
}

export const DEFAULT_EXPLORER_STATE: ExplorerState = {
  metric: null,
  category: null,
  q: '',
  sort: DEFAULT_RECORD_SORT,
  page: 1,
  pageSize: DEFAULT_RECORD_PAGE_SIZE,
}

/** The sort keys the API accepts, each ascending or descending (`-date`). */
export function isActivitySort(value: string): value is ActivitySort {
  const key = value.startsWith('-') ? value.slice(1) : value
  return (ACTIVITY_SORT_KEYS as readonly string[]).includes(key)
}

/**
 * Whether a search can find anything: it needs at least one letter or digit. A search of only
 * punctuation ("!!!", "--") would match titles by accident or not at all, so it is not sent.
 */
export function isSearchable(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text)
}

/** A whole number from `min` to `max` written as plain digits, or null. */
function wholeNumber(value: string, min: number, max: number): number | null {
  if (!/^\d{1,9}$/.test(value)) return null
  const n = Number(value)
  return n >= min && n <= max ? n : null
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

  const q = (search.get('q') ?? '').replace(/\s+/g, ' ').trim()
  if (q !== '') {
    if (isSearchable(q)) state.q = q
    else issues.push({ param: 'q', value: q, reason: 'search-without-text' })
  }

  const sort = search.get('sort')
  if (sort !== null && sort !== '') {
    if (isActivitySort(sort)) state.sort = sort
    else issues.push({ param: 'sort', value: sort, reason: 'unknown-sort' })
  }

  const page = search.get('page')
  if (page !== null && page !== '') {
    const n = wholeNumber(page, 1, 1_000_000)
    if (n === null) issues.push({ param: 'page', value: page, reason: 'bad-page' })
    else state.page = n
  }

  const pageSize = search.get('pageSize')
  if (pageSize !== null && pageSize !== '') {
    const n = wholeNumber(pageSize, 1, MAX_PAGE_SIZE)
    if (n === null) issues.push({ param: 'pageSize', value: pageSize, reason: 'bad-page-size' })
    else state.pageSize = n
  }

  return { state, issues }
}

/**
 * The URL form of a change: each parameter set to its value, or null (removed) when it is the
 * default, so addresses stay short and stable.
 */
export function explorerParamPatch(change: Partial<ExplorerState>): Record<string, string | null> {
  const patch: Record<string, string | null> = {}
  if ('metric' in change) patch.metric = change.metric ?? null
  if ('category' in change) patch.category = change.category ?? null
  if ('q' in change) patch.q = change.q ? change.q : null
  if ('sort' in change) patch.sort = change.sort === DEFAULT_RECORD_SORT ? null : (change.sort ?? null)
  if ('page' in change) patch.page = change.page === undefined || change.page <= 1 ? null : String(change.page)
  if ('pageSize' in change) patch.pageSize = change.pageSize === undefined || change.pageSize === DEFAULT_RECORD_PAGE_SIZE ? null : String(change.pageSize)
  return patch
}

/** The `GET /activities` query of the explorer: its own state within the global filters. */
export function explorerQuery(state: ExplorerState, filters: Pick<Filters, 'from' | 'to' | 'units' | 'boundary'>): RecordsQuery {
  const query: RecordsQuery = {
    from: filters.from,
    to: filters.to,
    boundary: filters.boundary,
    sort: state.sort,
    page: state.page,
    pageSize: state.pageSize,
  }
  if (filters.units.length > 0) query.units = filters.units
  if (state.metric) query.metric = state.metric
  if (state.category) query.category = state.category
  if (state.q) query.q = state.q
  return query
}
