import { QueryClient } from '@tanstack/react-query'
import { ApiError } from './api/client'

/** The app's QueryClient: retries only what a retry can fix (network and server faults). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          if (error instanceof ApiError && (error.kind === 'malformed' || (error.status !== null && error.status < 500))) return false
          return failureCount < 2
        },
      },
    },
  })
}
