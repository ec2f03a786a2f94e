/**
 * The course list's URL parameters (q, sort, page, pageSize): parsed with defaults, every
 * unusable value replaced and reported, and turned into the `GET /activities` query.
 */
import { DEFAULT_RECORD_PAGE_SIZE, DEFAULT_RECORD_SORT, type RecordsQuery } from '../../../components/records/records-query'
import type { Filters } from '../../../filters/filters'
import { MAX_PAGE_SIZE, type ActivitySort, type ActivitySortKey } from '../../../lib/api/schemas'

/** The columns of the course list that can be sorted. */
export const COURSE_SORT_KEYS = ['date', 'unit', 'title', 'category', 'participants'] as const satisfies readonly ActivitySortKey[]

export interface CourseListState {
  q: string
  sort: ActivitySort
  page: number
  pageSize: number
}

export interface CourseListIssue {
  param: 'q' | 'sort' | 'page' | 'pageSize'
  value: string
}

function isCourseSort(value: string): value is ActivitySort {
  const key = value.startsWith('-') ? value.slice(1) : value
  return (COURSE_SORT_KEYS as readonly string[]).includes(key)
}

function wholeNumber(value: string, min: number, max: number): number | null {
  if (!/^\d{1,9}$/.test(value)) return null
  const n = Number(value)
  return n >= min && n <= max ? n : null
}

export function parseCourseListParams(search: URLSearchParams): { state: CourseListState; issues: CourseListIssue[] } {
  const state: CourseListState = { q: '', sort: DEFAULT_RECORD_SORT, page: 1, pageSize: DEFAULT_RECORD_PAGE_SIZE }
  const issues: CourseListIssue[] = []

  const q = (search.get('q') ?? '').replace(/\s+/g, ' ').trim()
  // A search with no letter or digit ("!!!") cannot mean anything: not sent, reported.
  if (q !== '') {
    if (/[\p{L}\p{N}]/u.test(q)) state.q = q
    else issues.push({ param: 'q', value: q })
  }
  const sort = search.get('sort')
  if (sort !== null && sort !== '') {
    if (isCourseSort(sort)) state.sort = sort
    else issues.push({ param: 'sort', value: sort })
  }
  const page = search.get('page')
  if (page !== null && page !== '') {
    const n = wholeNumber(page, 1, 1_000_000)
    if (n === null) issues.push({ param: 'page', value: page })
    else state.page = n
  }
  const pageSize = search.get('pageSize')
  if (pageSize !== null && pageSize !== '') {
    const n = wholeNumber(pageSize, 1, MAX_PAGE_SIZE)
    if (n === null) issues.push({ param: 'pageSize', value: pageSize })
    else state.pageSize = n
  }
  return { state, issues }
}

/** The `GET /activities` query of the course list: training records of the filters. */
export function courseListQuery(filters: Filters, state: CourseListState): RecordsQuery {
  const query: RecordsQuery = {
    metric: 'trainings',
    from: filters.from,
    to: filters.to,
    boundary: filters.boundary,
    sort: state.sort,
    page: state.page,
    pageSize: state.pageSize,
  }
  if (filters.units.length > 0) query.units = filters.units
  if (state.q !== '') query.q = state.q
  return query
}

/** URL values of a change, with defaults removed so addresses stay short. */
export function courseListParamsOf(change: Partial<CourseListState>): Record<string, string | null> {
  const out: Record<string, string | null> = {}
  if (change.q !== undefined) out.q = change.q.trim() === '' ? null : change.q.trim()
  if (change.sort !== undefined) out.sort = change.sort === DEFAULT_RECORD_SORT ? null : change.sort
  if (change.page !== undefined) out.page = change.page === 1 ? null : String(change.page)
  if (change.pageSize !== undefined) out.pageSize = change.pageSize === DEFAULT_RECORD_PAGE_SIZE ? null : String(change.pageSize)
  return out
}
