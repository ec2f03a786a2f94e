/**
 * Settings of the mock layer shared by the handlers, the starters and the tests.
 */
import { API_BASE_PATH } from '../server/config'

/**
 * Where the API lives. The app's client defaults to the same path (`VITE_API_BASE_URL`);
 * the handlers match it on any origin (a leading `*` wildcard), so one set serves the browser
 * worker, the Node interceptor (jsdom on http://localhost:3000) and the preview server.
 */
export { API_BASE_PATH }

/** The seed of the generated data: the same seed gives the same records everywhere. */
export const DATA_SEED = 20_250_701

/**
 * The header that sends a request to the API over an empty database (the `empty` scenario).
 * Only the mock layer's host reads it; the server itself knows nothing of scenarios.
 */
export const MOCK_DATABASE_HEADER = 'x-ttdn-mock-database'
