/**
 * Settings of the mock API shared by the handlers, the starters and the tests.
 */

/**
 * Where the mock API lives. The app's client defaults to the same path (`VITE_API_BASE_URL`);
 * the handlers match it on any origin (a leading `*` wildcard), so one set serves the browser worker,
 * the Node interceptor (jsdom on http://localhost:3000) and the preview server on any port.
 */
export const API_BASE_PATH = '/api/v1'

/** The seed of the generated data: the same seed gives the same records everywhere. */
export const DATA_SEED = 20_250_701
