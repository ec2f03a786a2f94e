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
 *   Like a browser's cookie jar, the forwarder then keeps the cookie of a sign-in the app makes
 *   itself (`POST /auth/login` through it) and drops it at a sign-out, until the test ends.
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
/** The cookie of a sign-in made through the forwarder (the app's own sign-in page), if any. */
let jar: string | null = null
/** One session per API origin and account per test worker, signed in on first use. */
const sessions = new Map<string, Promise<TestSession>>()

/** The account the forwarder signs in as until the end of the current test (`null`: none). */
export function useTestAccount(name: DemoAccount | (string & {}) | null): void {
  account = name
  jar = null
}

export function resetTestAccount(): void {
  account = DEFAULT_ACCOUNT
  jar = null
}

/**
 * Forgets every session the forwarder signed in: each test file starts signed out of every
 * host, as it would in a fresh worker (the jsdom lane reuses one worker for many files,
 * `tests/run-tests.mjs`), so a session a previous file ended cannot follow it.
 */
export function forgetTestSessions(): void {
  sessions.clear()
  resetTestAccount()
}

/** The session of the forwarder's current account (signing it in if need be), or null for none. */
export function currentTestSession(origin: string): Promise<TestSession> | null {
  if (account === null) return null
  const name = account
  const key = `${origin} ${name}`
  let session = sessions.get(key)
  if (!session) {
    session = signIn(origin, name)
    sessions.set(key, session)
    session.catch(() => sessions.delete(key))
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
      if (jar) {
        headers.set('cookie', jar)
        return
      }
      const session = await currentTestSession(origin)
      if (session) headers.set('cookie', session.cookie)
    },
    after(response, url, method, headers) {
      const sent = headers.get('cookie')
      if (method === 'POST' && url.pathname.endsWith('/auth/login') && response.status === 200) {
        jar = response.headers.getSetCookie().map((c) => c.split(';', 1)[0] ?? '').find((c) => c.startsWith('ttdn_session=')) ?? jar
        return
      }
      const loggedOut = method === 'POST' && url.pathname.endsWith('/auth/logout') && response.ok
      if (loggedOut) {
        // Signed out, as a browser would be, until the test ends or signs in again.
        jar = null
        account = null
      }
      if (sent === jar && response.status === 401) jar = null
      if (!(loggedOut || response.status === 401) || !sent) return
      for (const [key, session] of sessions) {
        void session.then((s) => {
          if (s.cookie === sent && sessions.get(key) === session) sessions.delete(key)
        }, () => {})
      }
    },
  }
}
