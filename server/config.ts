/** Settings shared by the server, its starters and the mocks in front of it. */

/** Where the API lives; the app's client defaults to the same path (`VITE_API_BASE_URL`). */
export const API_BASE_PATH = '/api/v1'

/** The read resources of the API, by their path under the base. */
export const RESOURCES = ['org-units', 'stats', 'summary', 'activities'] as const
export type Resource = (typeof RESOURCES)[number]
