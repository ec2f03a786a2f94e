/**
 * Query option factories, one per resource, and thin hooks over them. Keys go from generic
 * to specific and carry the parameters in their normal form (`params.ts`), so equal requests
 * share one cache entry whichever widget builds them. Widgets build parameters from the
 * filters with `statsParams`/`summaryParams` (src/filters/api-params.ts), never by hand.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { apiGet } from './client'
import { normalizeStatsParams, normalizeSummaryParams } from './params'
import type { ActivitiesParams, Boundary, StatsParams, SummaryParams } from './schemas'

export const orgUnitsQueries = {
  all: () => ['org-units'] as const,
  list: (boundary: Boundary) =>
    queryOptions({
      queryKey: [...orgUnitsQueries.all(), boundary] as const,
      queryFn: ({ signal }) => apiGet('/org-units', { boundary }, 'orgUnitsResponseSchema', signal),
      // Org units change once in a decade; keep them for the session.
      staleTime: Infinity,
    }),
}

export const statsQueries = {
  all: () => ['stats'] as const,
  detail: (input: StatsParams) => {
    const params = normalizeStatsParams(input)
    return queryOptions({
      queryKey: [...statsQueries.all(), params] as const,
      queryFn: ({ signal }) =>
        apiGet(
          '/stats',
          {
            metric: params.metric,
            from: params.from,
            to: params.to,
            granularity: params.granularity,
            by: params.by,
            units: params.units,
            boundary: params.boundary,
            compare: params.compare,
          },
          'statsResponseSchema',
          signal,
        ),
      placeholderData: keepPreviousData,
    })
  },
}

export const summaryQueries = {
  all: () => ['summary'] as const,
  detail: (input: SummaryParams) => {
    const params = normalizeSummaryParams(input)
    return queryOptions({
      queryKey: [...summaryQueries.all(), params] as const,
      queryFn: ({ signal }) =>
        apiGet('/summary', { from: params.from, to: params.to, units: params.units, boundary: params.boundary }, 'summaryResponseSchema', signal),
    })
  },
}

/** `GET /stats` for one set of parameters. */
export function useStats(params: StatsParams) {
  return useQuery(statsQueries.detail(params))
}

/** `GET /summary` for one set of parameters. */
export function useSummary(params: SummaryParams) {
  return useQuery(summaryQueries.detail(params))
}

/** `GET /activities` for one page of records; the list query and the CSV export share it. */
export function getActivities(params: ActivitiesParams, signal?: AbortSignal) {
  return apiGet(
    '/activities',
    {
      metric: params.metric,
      units: params.units,
      from: params.from,
      to: params.to,
      category: params.category,
      q: params.q,
      sort: params.sort,
      page: params.page,
      pageSize: params.pageSize,
      boundary: params.boundary,
    },
    'activitiesResponseSchema',
    signal,
  )
}

export const activitiesQueries = {
  all: () => ['activities'] as const,
  list: (params: ActivitiesParams) =>
    queryOptions({
      queryKey: [...activitiesQueries.all(), params] as const,
      queryFn: ({ signal }) => getActivities(params, signal),
      placeholderData: keepPreviousData,
    }),
}
