import type { ServerState } from './entry-server'
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

/** A new task: the browser may paint and answer input before the next step starts. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

async function main(): Promise<void> {
  await startMocking()
  const root = document.getElementById('root')
  if (!root) throw new Error('#root is missing from index.html')
  // The code is run in steps, each in a task of its own, rather than all in one long task
  // that would keep the page from answering a tap for a few hundred milliseconds on a phone:
  // React DOM, then the app itself, which then hydrates in slices. (The server's page has the
  // scripts of every step preloaded: no step waits on the network.) A step is a module of the
  // app or one a package exports whole: `import('react-router')` would keep every export of
  // the package, used or not. The API's schemas are not a step: they load with the first
  // response the app reads (src/lib/api/client.ts).
  await import('react-dom/client')
  await nextTask()
  const { startApp } = await import('./app/start')
  await nextTask()
  startApp(root, serverState())
}

void main()
