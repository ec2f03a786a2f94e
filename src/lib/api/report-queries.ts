/**
 * Query option factories of the work cycle (contract: `reports.ts`): reporting periods,
 * completeness, annual plans and plan progress. Keys go from generic to specific and hold
 * the parameters in a normal form, like `queries.ts`. The writes that change these (a deadline,
 * a plan's save and transitions) invalidate by the `all()` keys.
 */
import { queryOptions } from '@tanstack/react-query'
import { apiGet } from './client'
import {
  completenessResponseSchema,
  periodsResponseSchema,
  planProgressResponseSchema,
  plansResponseSchema,
  type ReportPeriodId,
} from './reports'
import type { UnitId } from './schemas'

export const periodsQueries = {
  all: () => ['periods'] as const,
  list: () =>
    queryOptions({
      queryKey: [...periodsQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => apiGet('/periods', {}, periodsResponseSchema, signal),
    }),
}

export const completenessQueries = {
  all: () => ['completeness'] as const,
  detail: (period: ReportPeriodId) =>
    queryOptions({
      queryKey: [...completenessQueries.all(), { period }] as const,
      queryFn: ({ signal }) => apiGet('/completeness', { period }, completenessResponseSchema, signal),
      // Reports arrive all the time near a deadline: never serve an old count for long.
      staleTime: 0,
    }),
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
      queryFn: ({ signal }) => apiGet('/plans', { year, unit }, plansResponseSchema, signal),
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
      queryFn: ({ signal }) => apiGet('/plan-progress', { from: params.from, to: params.to, units: params.units }, planProgressResponseSchema, signal),
    })
  },
}
