/**
 * The happy path of the mock layer: every API request goes to the real server app (`server/`),
 * over the demo database, or over an empty one for the `empty` scenario. Where it goes depends
 * on the environment and is set once:
 * - in the browser (`npm run dev`), by default: the same URL on the network, bypassing the
 *   worker; Vite's Node process hosts the app (`mocks/http.ts`);
 * - in the Node tests: the API host the test setup started (an HTTP origin);
 * - inside Vite's Node process: the host's `handle` function, without a network hop.
 */
import { bypass } from 'msw'
import { MOCK_DATABASE_HEADER } from './config'

export type ApiTarget = string | ((request: Request) => Promise<Response>)

let target: ApiTarget | null = null

export function setApiTarget(next: ApiTarget | null): void {
  target = next
}

/**
 * Tests only: called with each forwarded request's headers (and its URL) before it goes out, to
 * attach the test's session cookie (`tests/support/session.ts`); called again with the answer,
 * so a sign-out or a 401 can drop the cached session.
 */
export interface ForwardSession {
  before(headers: Headers, url: URL, method: string): Promise<void> | void
  after?(response: Response, url: URL, method: string, headers: Headers): void
}

let session: ForwardSession | null = null

export function setForwardSession(next: ForwardSession | null): void {
  session = next
}

export type MockDatabase = 'demo' | 'empty'

/** Sends the request to the server app and returns its answer as it is. */
export async function forwardToApi(request: Request, database: MockDatabase = 'demo'): Promise<Response> {
  const url = new URL(request.url)
  const destination = typeof target === 'string' ? new URL(url.pathname + url.search, target) : url
  const headers = new Headers(request.headers)
  if (database === 'empty') headers.set(MOCK_DATABASE_HEADER, 'empty')
  else headers.delete(MOCK_DATABASE_HEADER)
  // A proxy to another origin: the page's origin maps to the API's (the server refuses foreign ones).
  if (typeof target === 'string' && headers.has('origin')) headers.set('origin', new URL(target).origin)
  if (session) await session.before(headers, url, request.method)
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
  const forwarded = new Request(destination, {
    method: request.method,
    headers,
    ...(hasBody ? { body: await request.arrayBuffer() } : {}),
  })
  const response = await send(forwarded, request.method)
  session?.after?.(response, url, request.method, headers)
  return response
}

async function send(forwarded: Request, method: string): Promise<Response> {
  if (typeof target === 'function') return target(forwarded)
  try {
    return await fetch(bypass(forwarded.clone()))
  } catch (error) {
    // A kept-alive connection closed under a read: a read can safely be sent once more.
    if (method !== 'GET') throw error
    return fetch(bypass(forwarded))
  }
}
