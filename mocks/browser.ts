/** The mock API in the browser (`npm run dev` and the demo build): a service worker. */
import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'
import { scenarios, type ScenarioName } from './scenarios'

export const worker = setupWorker(...handlers)

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
