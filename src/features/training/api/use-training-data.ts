/**
 * The training screen's queries, built from the filters. Each widget asks for what it draws,
 * through the shared query factories, so equal requests (e.g. the same `/summary` the
 * Overview asks for) share one cache entry.
 */
import { useQuery } from '@tanstack/react-query'
import type { Filters } from '../../../filters/filters'
import { statsQueries, summaryQueries } from '../../../lib/api/queries'
import type { StatsDimension, StatsParams, SummaryParams } from '../../../lib/api/schemas'

export function summaryParams(filters: Filters): SummaryParams {
  const params: SummaryParams = { from: filters.from, to: filters.to, boundary: filters.boundary }
  if (filters.units.length > 0) params.units = filters.units
  return params
}

export function trainingStatsParams(filters: Filters, metric: 'trainings' | 'trainees', by: StatsDimension): StatsParams {
  const params: StatsParams = {
    metric,
    from: filters.from,
    to: filters.to,
    // Only the period breakdown depends on the granularity; a fixed value elsewhere lets a
    // change of granularity reuse the cached unit and audience figures.
    granularity: by === 'period' ? filters.granularity : 'year',
    by: [by],
    boundary: filters.boundary,
  }
  if (filters.units.length > 0) params.units = filters.units
  return params
}

export function useTrainingSummary(filters: Filters) {
  return useQuery(summaryQueries.detail(summaryParams(filters)))
}

/** Courses and trainees broken down the same way, as one state for the widget. */
export function useTrainingStats(filters: Filters, by: StatsDimension) {
  const courses = useQuery(statsQueries.detail(trainingStatsParams(filters, 'trainings', by)))
  const trainees = useQuery(statsQueries.detail(trainingStatsParams(filters, 'trainees', by)))
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
