/**
 * Starts the app in the browser (called by src/main.tsx once its code is loaded): on a page the
 * server rendered, React takes over the HTML it sent (hydration) with the answers that came with
 * it; otherwise it builds the page from the static shell.
 */
import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import type { ServerState } from '../entry-server'
import { setCsrfToken } from '../lib/api/client'
import { sessionQueries } from '../lib/api/session'
import { langOfCookie, storedLang } from '../lib/i18n/i18n'
import { createQueryClient } from '../lib/query-client'
import { AppProviders } from './providers'
import { AppRouter } from './router'

export function startApp(root: HTMLElement, server: ServerState | null): void {
  const queryClient = createQueryClient()
  // The language of the cookie, which the server rendered its page in (a choice is written to
  // the cookie and the browser's storage together); else the server's page's; else the stored
  // choice. Storage is not read before a rendered page starts: its first use costs several
  // milliseconds on a phone. Without the cookie, `I18nProvider` reads it once the page runs.
  const lang = langOfCookie(document.cookie) ?? server?.lang ?? storedLang() ?? 'vi'
  if (server) {
    // The server's answers, as fresh as when it asked: no request goes out for them again.
    for (const query of server.queries) queryClient.setQueryData(query.key, query.data, { updatedAt: query.updatedAt })
    const me = queryClient.getQueryData(sessionQueries.me().queryKey)
    if (me) setCsrfToken(me.csrfToken)
  }
  const app = (
    <StrictMode>
      <AppProviders queryClient={queryClient} lang={lang} narrow={server?.narrow ?? false}>
        <AppRouter />
      </AppProviders>
    </StrictMode>
  )
  // A transition lets React hydrate (or build) the first screen in short slices instead of one
  // long task; until it commits, the server's page (or the static shell) stays on screen.
  startTransition(() => {
    if (server?.lang === lang) hydrateRoot(root, app)
    else createRoot(root).render(app)
  })
}
