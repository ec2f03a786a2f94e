/**
 * `renderRoute(url)`: the real routes in a memory router, with a fresh QueryClient (retries
 * off, nothing shared between tests) and the chosen language. Assert on the screen.
 */
import { QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { AppProviders } from '../src/app/providers'
import { routes } from '../src/app/routes'
import type { Lang } from '../src/lib/i18n/i18n'

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity } },
  })
}

/** `lang` unset: the remembered choice (Vietnamese on a first visit), as for a user. */
export function renderRoute(url: string, { lang }: { lang?: Lang } = {}) {
  const router = createMemoryRouter(routes, { initialEntries: [url] })
  const queryClient = createTestQueryClient()
  const user = userEvent.setup()
  const result = render(
    <AppProviders queryClient={queryClient} {...(lang ? { lang } : {})}>
      <RouterProvider router={router} />
    </AppProviders>,
  )
  /** The current location as `path?search`, to check what the URL holds. */
  const location = () => `${router.state.location.pathname}${router.state.location.search}`
  return { ...result, user, router, queryClient, location }
}
