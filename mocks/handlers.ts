/**
 * The happy-path handler of the mock layer: every request under the API base goes to the real
 * server app (see `forward.ts`). The same list serves the Node interceptor in tests
 * (`mocks/node.ts`); in the browser the worker simply lets these requests through to Vite's
 * Node process, which hosts the app.
 */
import { http } from 'msw'
import { forwardToApi } from './forward'
import { ANY_API_PATH } from './responses'

export const handlers = [http.all(ANY_API_PATH, ({ request }) => forwardToApi(request))]
