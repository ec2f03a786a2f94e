/**
 * The query model of the shared records table, without React: defaults, page sizes and the
 * sort a header click leads to. Screens import these to parse and write their URL parameters.
 */
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

