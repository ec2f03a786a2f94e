/**
 * Query option factories of the work cycle (contract: `reports.ts`): reporting periods,
 * reports and completeness. Shared by the reports and completeness screens, so a transition
 * made on one refreshes the other (`invalidateReportQueries`). Keys go generic → specific:
 * `['periods']`, `['reports', 'list', params]`, `['reports', 'detail', id]`,
 * `['completeness', period]`.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { apiGet } from './client'
import { completenessResponseSchema, periodsResponseSchema, reportSchema, reportsResponseSchema, type ReportPeriodId, type ReportStatus } from './reports'
import type { UnitId } from './schemas'

export const periodsQueries = {
  all: () => ['periods'] as const,
  /** Every reporting period, newest first (`GET /periods`). */
  list: () =>
    queryOptions({
      queryKey: [...periodsQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => apiGet('/periods', {}, periodsResponseSchema, signal),
      staleTime: 5 * 60_000,
    }),
}

/** `GET /reports` filters, in a stable form (lists sorted, empty ones left out). */
export interface ReportsListParams {
  period?: ReportPeriodId
  units?: readonly UnitId[]
  statuses?: readonly ReportStatus[]
}

function normalizeReportsListParams(input: ReportsListParams): ReportsListParams {
  const out: ReportsListParams = {}
  if (input.period) out.period = input.period
  if (input.units && input.units.length > 0) out.units = [...new Set(input.units)].toSorted()
  if (input.statuses && input.statuses.length > 0) out.statuses = [...new Set(input.statuses)].toSorted()
  return out
}

export const reportsQueries = {
  all: () => ['reports'] as const,
  lists: () => [...reportsQueries.all(), 'list'] as const,
  /** The reports that exist (not the not-started ones), newest period first. */
  list: (input: ReportsListParams) => {
    const params = normalizeReportsListParams(input)
    return queryOptions({
      queryKey: [...reportsQueries.lists(), params] as const,
      queryFn: ({ signal }) =>
        apiGet('/reports', { period: params.period, unit: params.units, status: params.statuses }, reportsResponseSchema, signal),
      staleTime: 0,
    })
  },
  /** One report with its figures and transitions (a not-started one has version 0). */
  detail: (id: string) =>
    queryOptions({
      queryKey: [...reportsQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => apiGet(`/reports/${encodeURIComponent(id)}`, {}, reportSchema, signal),
      staleTime: 0,
    }),
}

export const completenessQueries = {
  all: () => ['completeness'] as const,
  /** Who has reported for `period` (`GET /completeness?period=`). */
  detail: (period: ReportPeriodId) =>
    queryOptions({
      queryKey: [...completenessQueries.all(), period] as const,
      queryFn: ({ signal }) => apiGet('/completeness', { period }, completenessResponseSchema, signal),
      staleTime: 0,
    }),
}

/**
 * After a save or a transition: refetch every report (lists and details) and every period's
 * completeness, wherever they are shown.
 */
export async function invalidateReportQueries(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: reportsQueries.all() }),
    queryClient.invalidateQueries({ queryKey: completenessQueries.all() }),
  ])
}
