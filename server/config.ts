/** Settings shared by the server, its starters and the mocks in front of it. */

/** Where the API lives; the app's client defaults to the same path (`VITE_API_BASE_URL`). */
export const API_BASE_PATH = '/api/v1'

/** The collection resources of the API, by their path under the base. */
export const RESOURCES = ['org-units', 'stats', 'summary', 'activities'] as const
export type Resource = (typeof RESOURCES)[number]

/**
 * The methods each collection answers (anything else: 405 with `Allow`). Records are created by
 * `POST /activities`; a single record (`/activities/{id}`) is read, changed and deleted at its own path.
 */
export const RESOURCE_METHODS: Record<Resource, readonly string[]> = {
  'org-units': ['GET'],
  stats: ['GET'],
  summary: ['GET'],
  activities: ['GET', 'POST'],
}
