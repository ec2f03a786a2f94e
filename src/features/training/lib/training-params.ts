/**
 * The training screen's own URL parameters: `view` (what the charts count) and the course
 * list's `q`, `sort`, `page`, `pageSize`, with sorts limited to the columns the list shows.
 */
import { recordsListParams, recordsQuery, type RecordsListState, type RecordsQuery } from '../../../records/lib/records-query'
import type { Filters } from '../../../filters/filters'
import { combineScreenParams, type ScreenParams } from '../../../filters/screen-params'
import type { ActivitySortKey } from '../../../lib/api/schemas'

/** The two measures of a course: how many ran, how many people they trained. */
export const MEASURES = ['courses', 'trainees'] as const
export type Measure = (typeof MEASURES)[number]

/** The columns of the course list that can be sorted. */
export const COURSE_SORT_KEYS = ['date', 'unit', 'title', 'category', 'participants'] as const satisfies readonly ActivitySortKey[]

/** `view`: what the charts count; courses, the default, is left out of the URL. */
const viewParams: ScreenParams<{ measure: Measure }> = {
  keys: ['view'],
  parse: (params) => {
    const raw = params.get('view')
    if (raw === null) return { state: { measure: 'courses' }, issues: [] }
    if ((MEASURES as readonly string[]).includes(raw)) return { state: { measure: raw as Measure }, issues: [] }
    return { state: { measure: 'courses' }, issues: [{ param: 'view', value: raw, reason: 'invalid-value' }] }
  },
  patch: (change): Record<string, string | null> =>
    'measure' in change ? { view: change.measure === undefined || change.measure === 'courses' ? null : change.measure } : {},
}

export type TrainingState = { measure: Measure } & RecordsListState

export const trainingParams: ScreenParams<TrainingState> = combineScreenParams(viewParams, recordsListParams({ sortKeys: COURSE_SORT_KEYS }))

/** The `GET /activities` query of the course list: training records of the filters. */
export function courseListQuery(filters: Filters, state: RecordsListState): RecordsQuery {
  return { ...recordsQuery(filters, state), metric: 'trainings' }
}
