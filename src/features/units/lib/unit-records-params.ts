/**
 * The URL parameters of a unit page's records list (`sort`, `page`, `pageSize`): parsed with
 * fallbacks to the records table's defaults, each unusable value reported.
 */
import { DEFAULT_RECORD_SORT } from '../../../records/lib/records-query'
import { ACTIVITY_SORT_KEYS, MAX_PAGE_SIZE, type ActivitySort } from '../../../lib/api/schemas'

/**
 * A unit's records are the page's last widget, below the figures: 20 a page keeps the page
 * short (on a phone each record is a card); the choice is in the URL like the others.
 */
export const UNIT_RECORDS_PAGE_SIZE = 20

export interface RecordsParams {
  sort: ActivitySort
  page: number
  pageSize: number
}

export interface RecordsParamIssue {
  param: 'sort' | 'page' | 'pageSize'
  value: string
}

function positive(raw: string | null, max = Number.MAX_SAFE_INTEGER): number | null {
  if (raw === null || !/^\d+$/.test(raw)) return null
  const n = Number(raw)
  return n >= 1 && n <= max ? n : null
}

export function parseRecordsParams(search: URLSearchParams): { params: RecordsParams; issues: RecordsParamIssue[] } {
  const issues: RecordsParamIssue[] = []
  const params: RecordsParams = { sort: DEFAULT_RECORD_SORT, page: 1, pageSize: UNIT_RECORDS_PAGE_SIZE }
  const sort = search.get('sort')
  if (sort !== null) {
    const key = sort.startsWith('-') ? sort.slice(1) : sort
    if ((ACTIVITY_SORT_KEYS as readonly string[]).includes(key)) params.sort = sort as ActivitySort
    else issues.push({ param: 'sort', value: sort })
  }
  const page = search.get('page')
  if (page !== null) {
    const n = positive(page)
    if (n === null) issues.push({ param: 'page', value: page })
    else params.page = n
  }
  const pageSize = search.get('pageSize')
  if (pageSize !== null) {
    const n = positive(pageSize, MAX_PAGE_SIZE)
    if (n === null) issues.push({ param: 'pageSize', value: pageSize })
    else params.pageSize = n
  }
  return { params, issues }
}

/** The URL change for a records-table change: defaults are left out (null removes). */
export function recordsParamPatch(next: RecordsParams): Record<string, string | null> {
  return {
    sort: next.sort === DEFAULT_RECORD_SORT ? null : next.sort,
    page: next.page === 1 ? null : String(next.page),
    pageSize: next.pageSize === UNIT_RECORDS_PAGE_SIZE ? null : String(next.pageSize),
  }
}
