import { http } from 'msw'
import { API_BASE_PATH } from '../config'
import { ANY_API_PATH, RESOURCES, errorResponse } from '../responses'

/**
 * Anything else under the API base: 405 for a known resource asked with another method than
 * GET, 404 otherwise. Must come last: handlers are tried in order.
 */
export const notFoundHandlers = [
  http.all(ANY_API_PATH, ({ request }) => {
    const path = new URL(request.url).pathname
    const resource = RESOURCES.find((r) => path === `${API_BASE_PATH}/${r}` || path === `${API_BASE_PATH}/${r}/`)
    if (resource && request.method !== 'GET') {
      return errorResponse(405, 'method_not_allowed', `Method ${request.method} is not allowed on ${path}: the API is read-only (GET).`)
    }
    return errorResponse(404, 'not_found', `No API resource at ${path}.`)
  }),
]
