/**
 * The mock layer in the browser (`npm run dev`): a service worker that only layers the named
 * scenarios over the real API. Every other request goes through to Vite's Node process, where
 * the server app answers over the demo database (`mocks/http.ts`).
 */
import { setupWorker } from 'msw/browser'
import { scenarios, type ScenarioName } from './scenarios'

export const worker = setupWorker()

/**
 * Starts the worker, then layers the scenario's handlers over the happy path. Resolve this
 * before rendering, or the first requests race the worker's registration. Requests outside
 * the API (assets, fonts) pass through untouched.
 */
export async function startMocking(scenario: ScenarioName | null): Promise<void> {
  await worker.start({
    onUnhandledFrame: 'bypass',
    // Vite's base, so the app also works when served under a sub-path.
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    quiet: true,
  })
  if (scenario) worker.use(...scenarios[scenario])
}
