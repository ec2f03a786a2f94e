/**
 * The one fetch wrapper: builds the URL from the base URL and the parameters, passes the
 * query's abort signal, parses the body with the resource's schema and throws `ApiError`.
 */
import type * as z from 'zod/mini'
import { CSRF_HEADER } from './headers'
import type * as ResponseSchemas from './response-schemas'

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
  /** Every field at fault (a 400 for a record). */
  readonly fields: readonly { field: string; code: string; limit?: number | string | undefined }[]
  /** A 409's current record, as the server sent it (unparsed). */
  readonly current: unknown
  /** A 429's or 503's `Retry-After`, in seconds (null when absent). */
  readonly retryAfter: number | null
  readonly path: string

  constructor(init: {
    kind: ApiError['kind']
    status?: number | null
    code: string
    message: string
    field?: string | undefined
    fields?: ApiError['fields'] | undefined
    current?: unknown
    retryAfter?: number | null
    path: string
  }) {
    super(init.message)
    this.name = 'ApiError'
    this.kind = init.kind
    this.status = init.status ?? null
    this.code = init.code
    this.field = init.field
    this.fields = init.fields ?? []
    this.current = init.current
    this.retryAfter = init.retryAfter ?? null
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

type Transport = (url: string, init: RequestInit) => Promise<Response>
/** The browser's fetch, looked up on each call (so test interceptors see every request). */
let transport: Transport = (url, init) => fetch(url, init)
/**
 * Where requests go. The browser uses fetch; the server, rendering a page, answers them with
 * the API app in its own process, as the signed-in user who asked for the page.
 */
export function setApiTransport(next: Transport): void {
  transport = next
}

type Schemas = typeof ResponseSchemas
/**
 * A response's schema, by its name in `response-schemas.ts`: the schemas (and the schema
 * library) are loaded with the first response the app reads, not with the app. A page the
 * server rendered comes with its answers, so it shows and hydrates without them.
 */
export type SchemaName = keyof Schemas
/** A schema, or the name of one of the response schemas. */
export type SchemaRef = SchemaName | z.ZodMiniType
/** What a response parses to. */
export type Parsed<S extends SchemaRef> = S extends SchemaName ? z.infer<Schemas[S]> : S extends z.ZodMiniType ? z.infer<S> : never

let schemas: Promise<Schemas> | null = null
function loadSchemas(path: string): Promise<Schemas> {
  if (!schemas) {
    schemas = import('./response-schemas').catch((error: unknown) => {
      // Not kept: the next request tries again (a network that came back, a reload).
      schemas = null
      throw new ApiError({ kind: 'network', code: 'network', message: String(error instanceof Error ? error.message : error), path })
    })
    // Awaited only once the response is in: a failure before then is not left unhandled.
    schemas.catch(() => undefined)
  }
  return schemas
}

/** GET a resource and parse it with its schema. */
export async function apiGet<S extends SchemaRef>(
  path: string,
  params: Record<string, QueryParamValue>,
  schema: S,
  signal?: AbortSignal,
): Promise<Parsed<S>> {
  const url = buildUrl(path, params)
  // Asked for with the request, so that neither waits for the other.
  const parsers = loadSchemas(path)
  let response: Response
  try {
    response = await transport(url, { signal: signal ?? null, headers: { Accept: 'application/json' } })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new ApiError({ kind: 'network', code: 'network', message: String(error instanceof Error ? error.message : error), path })
  }

  return (await parseResponse(response, schema, path, await parsers)).data
}

/** Reads a response: an `ApiError` unless it is OK and matches the schema. */
async function parseResponse<S extends SchemaRef>(
  response: Response,
  schemaRef: S | null,
  path: string,
  parsers: Schemas,
): Promise<{ data: Parsed<S> }> {
  let body: unknown
  try {
    body = response.status === 204 ? null : await response.json()
  } catch {
    body = undefined
  }

  if (!response.ok) {
    if (response.status === 401) unauthenticatedHandler?.()
    const parsed = parsers.apiErrorBodySchema.safeParse(body)
    throw new ApiError({
      kind: 'http',
      status: response.status,
      code: parsed.success ? parsed.data.error.code : `http_${response.status}`,
      message: parsed.success ? parsed.data.error.message : `HTTP ${response.status}`,
      field: parsed.success ? parsed.data.error.field : undefined,
      fields: parsed.success ? parsed.data.error.fields : undefined,
      current: parsed.success ? parsed.data.current : undefined,
      retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
      path,
    })
  }
  if (schemaRef === null) return { data: body as Parsed<S> }

  const schema: z.ZodMiniType = typeof schemaRef === 'string' ? parsers[schemaRef as SchemaName] : schemaRef
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
  return { data: parsed.data as Parsed<S> }
}

/** `Retry-After` as seconds: a number of seconds, or an HTTP date from now. */
function parseRetryAfter(value: string | null): number | null {
  if (!value) return null
  if (/^\d+$/.test(value.trim())) return Number(value.trim())
  const at = Date.parse(value)
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000))
}

let csrfToken: string | null = null
/** The session's CSRF token (from `GET /auth/me`), sent with every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

let unauthenticatedHandler: (() => void) | null = null
/** Called whenever the API answers 401 (the session ended): the app shows its sign-in page. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  unauthenticatedHandler = handler
}

/**
 * A write: JSON body, the CSRF token, `If-Match` with a record's version when given. Returns
 * the parsed body (null for 204 or with no schema) and the response's version (`ETag`).
 */
export async function apiSend<S extends SchemaRef>(
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  options: { body?: unknown; schema?: S | null; ifMatch?: number; signal?: AbortSignal } = {},
): Promise<{ data: Parsed<S>; version: number | null }> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  // The server words its refusals in the UI's language (the page's `lang`, set by the i18n
  // provider), so a message it sends can be shown as it is.
  if (typeof document !== 'undefined' && document.documentElement.lang) headers['Accept-Language'] = document.documentElement.lang
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (csrfToken) headers[CSRF_HEADER] = csrfToken
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`
  const parsers = loadSchemas(path)
  let response: Response
  try {
    response = await transport(buildUrl(path), {
      method,
      headers,
      credentials: 'same-origin',
      signal: options.signal ?? null,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    })
  } catch (error) {
    if (options.signal?.aborted) throw error
    throw new ApiError({ kind: 'network', code: 'network', message: String(error instanceof Error ? error.message : error), path })
  }
  const { data } = await parseResponse(response, options.schema ?? null, path, await parsers)
  const etag = response.headers.get('ETag')?.match(/^(?:W\/)?"(\d+)"$/)
  return { data, version: etag ? Number(etag[1]) : null }
}
