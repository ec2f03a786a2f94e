/**
 * The training screen's queries, built from the filters with the shared `statsParams` /
 * `summaryParams`, so equal requests (e.g. the same `/summary` the Overview asks for) share
 * one cache entry.
 */
import { statsParams, summaryParams } from '../../../filters/api-params'
import type { Filters } from '../../../filters/filters'
import { useStats, useSummary } from '../../../lib/api/queries'
import type { StatsDimension } from '../../../lib/api/schemas'

export function useTrainingSummary(filters: Filters) {
  return useSummary(summaryParams(filters))
}

/** Courses held, by one dimension. */
export function useTrainingCourses(filters: Filters, by: StatsDimension) {
  return useStats(statsParams(filters, { metric: 'trainings', by: [by] }))
}

/** Courses and trainees broken down the same way, as one state for the widget. */
export function useTrainingStats(filters: Filters, by: StatsDimension) {
  const courses = useTrainingCourses(filters, by)
  const trainees = useStats(statsParams(filters, { metric: 'trainees', by: [by] }))
  const error = courses.error ?? trainees.error
  return {
    courses: courses.data,
    trainees: trainees.data,
    isPending: courses.isPending || trainees.isPending,
    // Previous figures stay on screen while new ones load (placeholder data); say so.
    isFetching: courses.isFetching || trainees.isFetching,
    error,
    retry: () => {
      if (courses.error) void courses.refetch()
      if (trainees.error) void trainees.refetch()
    },
  }
}
