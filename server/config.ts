/** Settings shared by the server, its starters and the mocks in front of it. */

/** Where the API lives; the app's client defaults to the same path (`VITE_API_BASE_URL`). */
export const API_BASE_PATH = '/api/v1'
