/**
 * Query option factories of the work cycle (contract: `reports.ts`): reporting periods,
 * reports, completeness, annual plans and plan progress. Keys go from generic to specific and
 * hold the parameters in a normal form, like `queries.ts`: `['periods', 'list']`,
 * `['reports', 'list', params]`, `['reports', 'detail', id]`, `['completeness', { period }]`,
 * `['plans', { year, unit }]`, `['plan-progress', params]`. The writes that change these (a
 * deadline, a report's or plan's save and transitions) invalidate by the `all()` keys; a
 * report's write calls `invalidateReportQueries`, which refreshes the completeness screen too.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { apiGet } from './client'
import type { ReportPeriodId, ReportStatus } from './reports'
import type { UnitId } from './schemas'

export const periodsQueries = {
  all: () => ['periods'] as const,
  /** Every reporting period, newest first (`GET /periods`). */
  list: () =>
    queryOptions({
      queryKey: [...periodsQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => apiGet('/periods', {}, 'periodsResponseSchema', signal),
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
        apiGet('/reports', { period: params.period, unit: params.units, status: params.statuses }, 'reportsResponseSchema', signal),
      staleTime: 0,
    })
  },
  /** One report with its figures and transitions (a not-started one has version 0). */
  detail: (id: string) =>
    queryOptions({
      queryKey: [...reportsQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => apiGet(`/reports/${encodeURIComponent(id)}`, {}, 'reportSchema', signal),
      staleTime: 0,
    }),
}

export const completenessQueries = {
  all: () => ['completeness'] as const,
  detail: (period: ReportPeriodId) =>
    queryOptions({
      queryKey: [...completenessQueries.all(), { period }] as const,
      queryFn: ({ signal }) => apiGet('/completeness', { period }, 'completenessResponseSchema', signal),
      // Reports arrive all the time near a deadline: never serve an old count for long.
      staleTime: 0,
    }),
}

/**
 * After a report's save or transition: refetch every report (lists and details) and every
 * period's completeness, wherever they are shown.
 */
export async function invalidateReportQueries(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: reportsQueries.all() }),
    queryClient.invalidateQueries({ queryKey: completenessQueries.all() }),
  ])
}

export interface PlansParams {
  year: number
  /** One unit's plan; undefined: every unit's. */
  unit?: UnitId | undefined
}

export const plansQueries = {
  all: () => ['plans'] as const,
  list: ({ year, unit }: PlansParams) =>
    queryOptions({
      queryKey: [...plansQueries.all(), { year, unit: unit ?? null }] as const,
      queryFn: ({ signal }) => apiGet('/plans', { year, unit }, 'plansResponseSchema', signal),
      staleTime: 0,
    }),
}

export interface PlanProgressParams {
  /** `YYYY-MM`, both in one year. */
  from: string
  to: string
  /** Sorted; empty: every unit that makes the year's plans. */
  units: readonly UnitId[]
}

export const planProgressQueries = {
  all: () => ['plan-progress'] as const,
  detail: (input: PlanProgressParams) => {
    const params = { from: input.from, to: input.to, units: input.units.toSorted() }
    return queryOptions({
      queryKey: [...planProgressQueries.all(), params] as const,
      queryFn: ({ signal }) => apiGet('/plan-progress', { from: params.from, to: params.to, units: params.units }, 'planProgressResponseSchema', signal),
    })
  },
}
