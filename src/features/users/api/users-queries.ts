/**
 * Users, for an admin: the list (`GET /users`), creating one (`POST /users`) and changing one
 * (`PATCH /users/{username}`: role, unit, disabled, a new password). The server refuses
 * anyone but an admin.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { userSchema, usersResponseSchema, type UserCreate, type UserUpdate } from '../../../lib/api/accounts'
import { apiGet, apiSend } from '../../../lib/api/client'

export const usersQueries = {
  all: () => ['users'] as const,
  list: () =>
    queryOptions({
      queryKey: [...usersQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => apiGet('/users', {}, usersResponseSchema, signal),
      staleTime: 0,
    }),
}

export function useUsers(enabled: boolean) {
  return useQuery({ ...usersQueries.list(), enabled })
}

export function useCreateUser() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: UserCreate) => (await apiSend('POST', '/users', { body: input, schema: userSchema })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueries.all() }),
  })
}

export function useUpdateUser() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ username, change }: { username: string; change: UserUpdate }) =>
      (await apiSend('PATCH', `/users/${encodeURIComponent(username)}`, { body: change, schema: userSchema })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueries.all() }),
  })
}
