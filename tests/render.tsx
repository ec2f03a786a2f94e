/**
 * `renderRoute(url)`: the real app (layout and screens) in a memory router, with a fresh
 * QueryClient (retries off, nothing shared between tests) and the chosen language.
 * Assert on the screen.
 */
import { QueryClient } from '@tanstack/react-query'
import { act, render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, useLocation, useNavigate, type Location, type NavigateFunction } from 'react-router'
import { App } from '../src/app/app'
import { AppProviders } from '../src/app/providers'
import type { Lang } from '../src/lib/i18n/i18n'

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity } },
  })
}

/** `lang` unset: the remembered choice (Vietnamese on a first visit), as for a user. */
export function renderRoute(url: string, { lang }: { lang?: Lang } = {}) {
  const probe: { navigate?: NavigateFunction; location?: Location } = {}
  function Probe() {
    probe.navigate = useNavigate()
    probe.location = useLocation()
    return null
  }
  const queryClient = createTestQueryClient()
  const user = userEvent.setup()
  const result = render(
    <AppProviders queryClient={queryClient} {...(lang ? { lang } : {})}>
      <MemoryRouter initialEntries={[url]}>
        <App />
        <Probe />
      </MemoryRouter>
    </AppProviders>,
  )
  const router = {
    /** Navigate as the browser's back/forward (-1, 1) or to a path would. */
    navigate: async (to: number | string) => {
      await act(async () => {
        if (typeof to === 'number') await probe.navigate?.(to)
        else await probe.navigate?.(to)
      })
    },
  }
  /** The current location as `path?search`, to check what the URL holds. */
  const location = () => `${probe.location?.pathname ?? ''}${probe.location?.search ?? ''}`
  return { ...result, user, router, queryClient, location }
}
