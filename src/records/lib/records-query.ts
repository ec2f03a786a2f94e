/**
 * The query model of the shared records table, without React: defaults, page sizes and the
 * sort a header click leads to. Screens import these to parse and write their URL parameters.
 */
import type { FilterIssue } from '../../filters/filters'
import type { ScreenParams } from '../../filters/screen-params'
import { isSearchable } from '../../lib/text'
import { ACTIVITY_SORT_KEYS, MAX_PAGE_SIZE } from '../../lib/api/contract'
import type { ActivitiesParams, ActivitySort, ActivitySortKey } from '../../lib/api/schemas'

/** Page sizes offered by default (the API accepts 1 to `MAX_PAGE_SIZE`). */
export const RECORD_PAGE_SIZES = [20, 50, 100, 200] as const
/** The page size when the caller has none (the API's default too). */
export const DEFAULT_RECORD_PAGE_SIZE = 50
/** The list's default order: newest first (the API's default too). */
export const DEFAULT_RECORD_SORT: ActivitySort = '-date'

/** A query of the table: the filters of `GET /activities` with the sort and page always set. */
export type RecordsQuery = ActivitiesParams & { sort: ActivitySort; page: number; pageSize: number }

/** Numbers and dates are most useful largest/newest first; text A to Z. */
const DESCENDING_FIRST = new Set<ActivitySortKey>(['date', 'quantity', 'participants'])

/** The sort after a click on a column: the other direction if it is the current one, else its natural first direction. */
export function nextSort(current: ActivitySort, key: ActivitySortKey): ActivitySort {
  const currentKey = current.startsWith('-') ? current.slice(1) : current
  if (currentKey === key) return current.startsWith('-') ? key : `-${key}`
  return DESCENDING_FIRST.has(key) ? `-${key}` : key
}


/** The list parameters every records screen keeps in its URL. */
export interface RecordsListState {
  /** The search text sent to the API ('' for none). */
  q: string
  sort: ActivitySort
  page: number
  pageSize: number
}

/** A whole number from `min` to `max` written as plain digits, or null. */
function wholeNumber(value: string, min: number, max: number): number | null {
  if (!/^\d{1,9}$/.test(value)) return null
  const n = Number(value)
  return n >= min && n <= max ? n : null
}

/**
 * The URL parameters of a records list: `q` (unless `search` is false), `sort` (one of
 * `sortKeys`, `-` for descending), `page` and `pageSize` (default `pageSize`). Every unusable
 * value is replaced by its default and reported, never thrown or sent as it is.
 */
export function recordsListParams({
  sortKeys = ACTIVITY_SORT_KEYS,
  pageSize: defaultPageSize = DEFAULT_RECORD_PAGE_SIZE,
  search = true,
}: { sortKeys?: readonly ActivitySortKey[]; pageSize?: number; search?: boolean } = {}): ScreenParams<RecordsListState> {
  return {
    keys: search ? ['q', 'sort', 'page', 'pageSize'] : ['sort', 'page', 'pageSize'],
    parse: (params) => {
      const state: RecordsListState = { q: '', sort: DEFAULT_RECORD_SORT, page: 1, pageSize: defaultPageSize }
      const issues: FilterIssue[] = []
      const q = search ? (params.get('q') ?? '').replace(/\s+/g, ' ').trim() : ''
      if (q !== '') {
        if (isSearchable(q)) state.q = q
        else issues.push({ param: 'q', value: q, reason: 'search-without-text' })
      }
      const sort = params.get('sort')
      if (sort !== null && sort !== '') {
        const key = sort.startsWith('-') ? sort.slice(1) : sort
        if ((sortKeys as readonly string[]).includes(key)) state.sort = sort as ActivitySort
        else issues.push({ param: 'sort', value: sort, reason: 'unknown-sort' })
      }
      const page = params.get('page')
      if (page !== null && page !== '') {
        const n = wholeNumber(page, 1, 1_000_000)
        if (n === null) issues.push({ param: 'page', value: page, reason: 'bad-page' })
        else state.page = n
      }
      const size = params.get('pageSize')
      if (size !== null && size !== '') {
        const n = wholeNumber(size, 1, MAX_PAGE_SIZE)
        if (n === null) issues.push({ param: 'pageSize', value: size, reason: 'bad-page-size', replacement: String(defaultPageSize) })
        else state.pageSize = n
      }
      return { state, issues }
    },
    patch: (change) => {
      const patch: Record<string, string | null> = {}
      if (search && 'q' in change) patch.q = change.q?.trim() ? change.q.trim() : null
      if ('sort' in change) patch.sort = change.sort === undefined || change.sort === DEFAULT_RECORD_SORT ? null : change.sort
      if ('page' in change) patch.page = change.page === undefined || change.page <= 1 ? null : String(change.page)
      if ('pageSize' in change) patch.pageSize = change.pageSize === undefined || change.pageSize === defaultPageSize ? null : String(change.pageSize)
      return patch
    },
  }
}

/** The `GET /activities` query of a records list: the global filters plus the list's state. */
export function recordsQuery(
  filters: { from: string; to: string; units: readonly string[]; boundary: ActivitiesParams['boundary'] },
  state: RecordsListState,
): RecordsQuery {
  const query: RecordsQuery = {
    from: filters.from,
    to: filters.to,
    boundary: filters.boundary,
    sort: state.sort,
    page: state.page,
    pageSize: state.pageSize,
  }
  if (filters.units.length > 0) query.units = [...filters.units]
  if (state.q !== '') query.q = state.q
  return query
}
