/**
 * The signed-in user, as the app knows it: `GET /auth/me`, kept for the session and refreshed
 * after sign-in and sign-out. Its CSRF token goes to the API client for every write. The UI
 * mirrors the server's rules with `canEditUnit`; the server enforces them.
 */
import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Me } from './accounts'
import { apiGet, setCsrfToken } from './client'
import type { UnitId } from './schemas'

export const sessionQueries = {
  all: () => ['auth'] as const,
  me: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'me'] as const,
      queryFn: async ({ signal }) => {
        const me = await apiGet('/auth/me', {}, 'meResponseSchema', signal)
        setCsrfToken(me.csrfToken)
        return me
      },
      staleTime: Infinity,
      retry: false,
    }),
}

/** The signed-in user (undefined while loading; the query errors with 401 when signed out). */
export function useMe() {
  return useQuery(sessionQueries.me())
}

/** Whether this user may create, edit and delete the records of `unit` (the server decides; this mirrors it). */
export function canEditUnit(me: Me | null | undefined, unit: UnitId): boolean {
  if (!me) return false
  if (me.role === 'admin') return true
  return me.role === 'reporter' && me.unit === unit
}
