import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import type { ServerState } from './entry-server'
import { AppProviders } from './app/providers'
import { AppRouter } from './app/router'
import { setCsrfToken } from './lib/api/client'
import { sessionQueries } from './lib/api/session'
import { rememberLang, storedLang } from './lib/i18n/i18n'
import { createQueryClient } from './lib/query-client'
import './styles.css'

/**
 * In development the mock API runs in a service worker; it must be ready before the first
 * request. `?mock=slow|error|empty|malformed` picks a scenario (remembered for the session).
 * Production builds (and `npm run preview`, which serves the mock API over HTTP) skip this.
 */
async function startMocking(): Promise<void> {
  if (!import.meta.env.DEV || import.meta.env.VITE_API_BASE_URL) return
  const { startMocking: start } = await import('../mocks/browser')
  const { parseScenarioName } = await import('../mocks/scenarios')
  const fromUrl = new URLSearchParams(window.location.search).get('mock')
  if (fromUrl !== null) sessionStorage.setItem('ttdn.mock', fromUrl)
  const scenario = parseScenarioName(sessionStorage.getItem('ttdn.mock'))
  // What actually runs, for the banner in the layout (an unknown name runs nothing).
  sessionStorage.setItem('ttdn.mock-active', scenario ?? '')
  await start(scenario)
}

/** The page the server rendered, if it did: its language and the answers its figures came from. */
function serverState(): ServerState | null {
  const script = document.getElementById('ttdn-ssr')
  if (!script?.textContent) return null
  try {
    return JSON.parse(script.textContent) as ServerState
  } catch {
    return null
  }
}

async function main(): Promise<void> {
  await startMocking()
  const root = document.getElementById('root')
  if (!root) throw new Error('#root is missing from index.html')
  const queryClient = createQueryClient()
  const server = serverState()
  // The server renders in the language of the cookie; this browser's choice wins (a first
  // visit after choosing, before the cookie existed), and the cookie follows it.
  const lang = storedLang() ?? server?.lang ?? 'vi'
  rememberLang(lang)
  if (server) {
    // The server's answers, as fresh as when it asked: no request goes out for them again.
    for (const query of server.queries) queryClient.setQueryData(query.key, query.data, { updatedAt: query.updatedAt })
    const me = queryClient.getQueryData(sessionQueries.me().queryKey)
    if (me) setCsrfToken(me.csrfToken)
  }
  const app = (
    <StrictMode>
      <AppProviders queryClient={queryClient} lang={lang}>
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

void main()
