/**
 * The course list's URL parameters (q, sort, page, pageSize): parsed with defaults, every
 * unusable value replaced and reported, and turned into the `GET /activities` query.
 */
import {
  parseRecordsListParams,
  recordsListPatch,
  recordsQuery,
  type RecordsListIssue,
  type RecordsListState,
  type RecordsQuery,
} from '../../../records/lib/records-query'
import type { Filters } from '../../../filters/filters'
import type { ActivitySortKey } from '../../../lib/api/schemas'

/** The columns of the course list that can be sorted. */
export const COURSE_SORT_KEYS = ['date', 'unit', 'title', 'category', 'participants'] as const satisfies readonly ActivitySortKey[]

export type CourseListState = RecordsListState

/** The course list's parameters; sorts are limited to the columns it shows. */
export function parseCourseListParams(search: URLSearchParams): { state: CourseListState; issues: RecordsListIssue[] } {
  return parseRecordsListParams(search, COURSE_SORT_KEYS)
}

/** The `GET /activities` query of the course list: training records of the filters. */
export function courseListQuery(filters: Filters, state: CourseListState): RecordsQuery {
  return { ...recordsQuery(filters, state), metric: 'trainings' }
}

/** URL values of a change, with defaults removed so addresses stay short. */
export const courseListParamsOf = recordsListPatch
