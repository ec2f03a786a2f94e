/**
 * The one fetch wrapper: builds the URL from the base URL and the parameters, passes the
 * query's abort signal, parses the body with the resource's schema and throws `ApiError`.
 */
import type * as z from 'zod/mini'
import { apiErrorBodySchema } from './schemas'

/** Base URL of the API; `VITE_API_BASE_URL` points the app at a real backend. */
export const API_BASE_URL: string = (import.meta.env.VITE_API_BASE_URL as string | undefined) ?? '/api/v1'

/**
 * Why a request failed. `kind` tells the UI what to say: the server refused the parameters
 * (`http`, with the server's code and message), the network failed (`network`), or the
 * response did not match the contract (`malformed`).
 */
export class ApiError extends Error {
  readonly kind: 'http' | 'network' | 'malformed'
  readonly status: number | null
  readonly code: string
  readonly field: string | undefined
  readonly path: string

  constructor(init: {
    kind: ApiError['kind']
    status?: number | null
    code: string
    message: string
    field?: string | undefined
    path: string
  }) {
    super(init.message)
    this.name = 'ApiError'
    this.kind = init.kind
    this.status = init.status ?? null
    this.code = init.code
    this.field = init.field
    this.path = init.path
  }
}

export type QueryParamValue = string | number | readonly string[] | undefined | null

/** Builds `base/path?…` leaving out empty values; arrays are comma-separated. */
export function buildUrl(path: string, params: Record<string, QueryParamValue> = {}): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(','))
    } else {
      search.set(key, String(value))
    }
  }
  const query = search.toString()
  return `${API_BASE_URL.replace(/\/$/, '')}${path}${query ? `?${query}` : ''}`
}

/** GET a resource and parse it with its schema. */
export async function apiGet<S extends z.ZodMiniType>(
  path: string,
  params: Record<string, QueryParamValue>,
  schema: S,
  signal?: AbortSignal,
): Promise<z.infer<S>> {
  const url = buildUrl(path, params)
  let response: Response
  try {
    response = await fetch(url, { signal: signal ?? null, headers: { Accept: 'application/json' } })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new ApiError({ kind: 'network', code: 'network', message: String(error instanceof Error ? error.message : error), path })
  }

  let body: unknown
  try {
    body = await response.json()
  } catch {
    body = undefined
  }

  if (!response.ok) {
    const parsed = apiErrorBodySchema.safeParse(body)
    throw new ApiError({
      kind: 'http',
      status: response.status,
      code: parsed.success ? parsed.data.error.code : `http_${response.status}`,
      message: parsed.success ? parsed.data.error.message : `HTTP ${response.status}`,
      field: parsed.success ? parsed.data.error.field : undefined,
      path,
    })
  }

  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ApiError({
      kind: 'malformed',
      status: response.status,
      code: 'malformed_response',
      message: issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'Response does not match the contract',
      path,
    })
  }
  return parsed.data
}
