import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { AppProviders } from './app/providers'
import { AppRouter } from './app/router'
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

async function main(): Promise<void> {
  await startMocking()
  const root = document.getElementById('root')
  if (!root) throw new Error('#root is missing from index.html')
  // A transition lets React build the first screen in short slices instead of one long task;
  // until it commits, the static shell from index.html stays on screen.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <AppProviders queryClient={createQueryClient()}>
          <AppRouter />
        </AppProviders>
      </StrictMode>,
    )
  })
}

void main()
