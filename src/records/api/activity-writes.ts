/**
 * Writing records: create, edit, delete and restore, a record's history and the deleted
 * records (admin). Every edit and delete sends the version the user saw (`If-Match`), so the
 * server refuses a stale one with 409 and the current record instead of overwriting it.
 * After any write every figure and list is refetched (`invalidateRecordQueries`), so each
 * dashboard shows the new figures without a reload.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { apiGet, apiSend } from '../../lib/api/client'
import { EDITABLE_FIELDS, type ActivityInput } from '../../lib/api/activity-input'
import { statsQueries, summaryQueries, activitiesQueries } from '../../lib/api/queries'
import { activitySchema, deletedActivitiesResponseSchema, historyResponseSchema, type Activity } from '../../lib/api/schemas'

export const recordHistoryQueries = {
  all: () => [...activitiesQueries.all(), 'history'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...recordHistoryQueries.all(), id] as const,
      queryFn: ({ signal }) => apiGet(`/activities/${encodeURIComponent(id)}/history`, {}, historyResponseSchema, signal),
      staleTime: 0,
    }),
}

export const deletedRecordsQueries = {
  list: () =>
    queryOptions({
      queryKey: [...activitiesQueries.all(), 'deleted'] as const,
      queryFn: ({ signal }) => apiGet('/activities/deleted', {}, deletedActivitiesResponseSchema, signal),
      staleTime: 0,
    }),
}

/** Refetch everything records feed: figures (stats, summary), lists, histories, deleted records. */
export async function invalidateRecordQueries(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: statsQueries.all() }),
    queryClient.invalidateQueries({ queryKey: summaryQueries.all() }),
    // Lists, histories and the deleted records all live under `['activities', …]`.
    queryClient.invalidateQueries({ queryKey: activitiesQueries.all() }),
  ])
}

export async function createActivity(input: ActivityInput): Promise<Activity> {
  const { data } = await apiSend('POST', '/activities', { body: input, schema: activitySchema })
  return data
}

/** Edits the fields a record may change, as of `version` (409 when someone changed it since). */
export async function updateActivity(id: string, input: ActivityInput, version: number): Promise<Activity> {
  const body: Partial<ActivityInput> = {}
  for (const field of EDITABLE_FIELDS) (body as Record<string, unknown>)[field] = input[field]
  const { data } = await apiSend('PATCH', `/activities/${encodeURIComponent(id)}`, { body, schema: activitySchema, ifMatch: version })
  return data
}

export async function deleteActivity(id: string, version: number): Promise<void> {
  await apiSend('DELETE', `/activities/${encodeURIComponent(id)}`, { schema: null, ifMatch: version })
}

export async function restoreActivity(id: string, version: number): Promise<void> {
  await apiSend('POST', `/activities/${encodeURIComponent(id)}/restore`, { schema: null, ifMatch: version })
}

/** A 409's current record, when the server sent one that matches the contract. */
export function parseCurrent(current: unknown): Activity | null {
  const parsed = activitySchema.safeParse(current)
  return parsed.success ? parsed.data : null
}
