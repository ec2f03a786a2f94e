/**
 * Building blocks shared by the scenario handlers: where each resource lives, and the error
 * bodies of the contract (`{"error":{"code","message","field?"}}`).
 */
import { HttpResponse } from 'msw'
import type { Resource } from '../server/config'
import type { ApiErrorBody } from '../src/lib/api/schemas'
import { API_BASE_PATH } from './config'

/** A resource of the API the scenarios can fail or delay. */
export type MockResource = Resource

/**
 * The handler path of a resource. The leading wildcard matches any origin: the dev server,
 * jsdom's http://localhost:3000 and the preview server on whatever host and port it runs.
 */
export function resourcePath(resource: MockResource): string {
  return `*${API_BASE_PATH}/${resource}`
}

/** Every path under the API base (for the happy path and for scenario overrides). */
export const ANY_API_PATH = `*${API_BASE_PATH}/*`

export function errorResponse(status: number, code: string, message: string, field?: string): Response {
  const error: ApiErrorBody['error'] = field === undefined ? { code, message } : { code, message, field }
  return HttpResponse.json({ error } satisfies ApiErrorBody, { status })
}
