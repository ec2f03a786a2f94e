/**
 * Sessions for the tests. Every API endpoint but `POST /auth/login` needs one (a cookie), and
 * every write the session's CSRF token too.
 *
 * - `signIn(origin, username, password?)`: signs a demo account in over HTTP and returns its
 *   `cookie` (`ttdn_session=…`, for a `Cookie` header) and `csrfToken`.
 * - `sessionFetch(origin, session)`: a `fetch` for paths under that origin that sends the cookie,
 *   and the CSRF token on writes (pass `session: null` for none).
 * Both go straight to `origin`, past MSW (which in the jsdom tests would send them to the shared host).
 * - `useTestAccount(name | null)`: the account the jsdom tests' forwarder (MSW → the API host,
 *   `tests/setup.ts`) signs in as, for the rest of the current test (`viewer` by default, reset
 *   after each test); `null` sends no session at all (the app's signed-out state).
 */
import { bypass } from 'msw'
import type { ForwardSession } from '../../mocks/forward'

export const DEMO_PASSWORD = 'ttdn-demo'
export type DemoAccount = 'admin' | 'viewer' | 'reporter-c37' | 'reporter-c22'

export interface TestSession {
  /** `ttdn_session=<token>`, ready for a `Cookie` header. */
  cookie: string
  csrfToken: string
}

export async function signIn(origin: string, username: string, password = DEMO_PASSWORD): Promise<TestSession> {
  // bypass: in the jsdom tests MSW would send it to the shared API host, whatever the origin.
  const response = await fetch(
    bypass(new URL('/api/v1/auth/login', origin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    }),
  )
  const body = (await response.json()) as { csrfToken?: string }
  if (response.status !== 200 || !body.csrfToken) throw new Error(`Signing in as ${username} failed: ${response.status} ${JSON.stringify(body)}`)
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';', 1)[0] ?? '')
    .find((c) => c.startsWith('ttdn_session='))
  if (!cookie) throw new Error(`Signing in as ${username} set no session cookie`)
  return { cookie, csrfToken: body.csrfToken }
}

/** `fetch` relative to `origin` with the session's cookie, and its CSRF token on writes. */
export function sessionFetch(origin: string, session: TestSession | null) {
  return (path: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers)
    const method = (init.method ?? 'GET').toUpperCase()
    if (session) {
      headers.set('Cookie', session.cookie)
      if (method !== 'GET' && method !== 'HEAD' && !headers.has('X-CSRF-Token')) headers.set('X-CSRF-Token', session.csrfToken)
    }
    return fetch(bypass(new URL(path, origin), { ...init, headers }))
  }
}

// --- The jsdom tests' forwarder ------------------------------------------------------------

const DEFAULT_ACCOUNT: DemoAccount = 'viewer'
let account: string | null = DEFAULT_ACCOUNT
/** One session per account per test worker, signed in on first use. */
const sessions = new Map<string, Promise<TestSession>>()

/** The account the forwarder signs in as until the end of the current test (`null`: none). */
export function useTestAccount(name: DemoAccount | (string & {}) | null): void {
  account = name
}

export function resetTestAccount(): void {
  account = DEFAULT_ACCOUNT
}

/** The session of the forwarder's current account (signing it in if need be), or null for none. */
export function currentTestSession(origin: string): Promise<TestSession> | null {
  if (account === null) return null
  const name = account
  let session = sessions.get(name)
  if (!session) {
    session = signIn(origin, name)
    sessions.set(name, session)
    session.catch(() => sessions.delete(name))
  }
  return session
}

/**
 * What `tests/setup.ts` hands to `setForwardSession`: attaches the current account's cookie to
 * every forwarded request (replacing any the request had); forgets a session the API ended
 * (a sign-out, a 401), so the next request signs in anew.
 */
export function forwardSession(origin: string): ForwardSession {
  return {
    async before(headers) {
      headers.delete('cookie')
      const session = await currentTestSession(origin)
      if (session) headers.set('cookie', session.cookie)
    },
    after(response, url, method, headers) {
      const sent = headers.get('cookie')
      const ended = response.status === 401 || (method === 'POST' && url.pathname.endsWith('/auth/logout') && response.ok)
      if (!ended || !sent) return
      for (const [name, session] of sessions) {
        void session.then((s) => {
          if (s.cookie === sent && sessions.get(name) === session) sessions.delete(name)
        }, () => {})
      }
    },
  }
}
