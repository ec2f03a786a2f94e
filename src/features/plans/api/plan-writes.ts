/**
 * Writing plans: a save (`PATCH /plans/{id}`, creating it with version 0) and the transitions
 * (`POST /plans/{id}/{action}`), each with the version the user saw (`If-Match`), so a stale
 * one is refused with 409 and the current plan. Afterwards the plans and every "% of plan"
 * are refetched.
 */
import type { QueryClient } from '@tanstack/react-query'
import { apiSend } from '../../../lib/api/client'
import { planProgressQueries, plansQueries } from '../../../lib/api/report-queries'
import { planSchema, type Plan, type PlanTargets, type Transition } from '../../../lib/api/reports'

export async function savePlan(id: string, targets: PlanTargets, version: number): Promise<Plan> {
  return (await apiSend('PATCH', `/plans/${encodeURIComponent(id)}`, { body: { targets }, schema: planSchema, ifMatch: version })).data
}

export async function transitionPlan(id: string, action: Transition, version: number, comment?: string): Promise<Plan> {
  const body = comment === undefined ? {} : { comment }
  return (await apiSend('POST', `/plans/${encodeURIComponent(id)}/${action}`, { body, schema: planSchema, ifMatch: version })).data
}

export async function invalidatePlanQueries(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: plansQueries.all() }),
    queryClient.invalidateQueries({ queryKey: planProgressQueries.all() }),
  ])
}

/** A 409's current plan, when the server sent one that matches the contract. */
export function parseCurrentPlan(current: unknown): Plan | null {
  const parsed = planSchema.safeParse(current)
  return parsed.success ? parsed.data : null
}
