/**
 * Building blocks shared by the resource handlers: where each resource lives, and the error
 * bodies of the contract (`{"error":{"code","message","field?"}}`).
 */
import { HttpResponse, type JsonBodyType } from 'msw'
import type { ApiErrorBody } from '../src/lib/api/schemas'
import { API_BASE_PATH } from './config'
import { ParamError, rejectRepeated } from '../server/params'

/** The resources of the API, by their path under the base. */
export const RESOURCES = ['org-units', 'stats', 'summary', 'activities'] as const
export type MockResource = (typeof RESOURCES)[number]

/**
 * The handler path of a resource. The leading wildcard matches any origin: the dev server,
 * jsdom's http://localhost:3000 and the preview server on whatever host and port it runs.
 */
export function resourcePath(resource: MockResource): string {
  return `*${API_BASE_PATH}/${resource}`
}

/** Every path under the API base (for the catch-all and for scenario overrides). */
export const ANY_API_PATH = `*${API_BASE_PATH}/*`

export function errorResponse(status: number, code: string, message: string, field?: string): Response {
  const error: ApiErrorBody['error'] = field === undefined ? { code, message } : { code, message, field }
  return HttpResponse.json({ error } satisfies ApiErrorBody, { status })
}

/**
 * Parses the request's query with `parse`, answers 400 when it refuses a parameter (or a
 * parameter is repeated, whatever the endpoint), and
 * otherwise answers with what `respond` builds from the parsed parameters.
 */
export function withParams<P, B extends JsonBodyType>(
  request: Request,
  parse: (search: URLSearchParams) => P,
  respond: (params: P) => B,
): Response {
  let params: P
  try {
    const search = new URL(request.url).searchParams
    rejectRepeated(search)
    params = parse(search)
  } catch (error) {
    if (error instanceof ParamError) return errorResponse(400, 'invalid_parameter', error.message, error.field)
    throw error
  }
  return HttpResponse.json<B>(respond(params))
}
