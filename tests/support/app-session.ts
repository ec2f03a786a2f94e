/**
 * For tests that call the server app in-process (`app.request`, `app.fetch`) over a database of
 * their own: `appSession(app, database, role?)` gives that database a test account of the role
 * (created, or its password reset, with a random password), signs it in through the app, and
 * returns a `request(path, init?)` that sends the session cookie, and the CSRF token on writes.
 */
import { randomBytes } from 'node:crypto'
import type { Role } from '../../src/lib/api/accounts'
import type { Database } from '../../server/db/connect'
import { createUser, getUser, updateUser } from '../../server/auth/users'

interface FetchingApp {
  fetch(request: Request): Response | Promise<Response>
}

export type AppRequest = (path: string, init?: RequestInit) => Promise<Response>

export async function appSession(app: FetchingApp, database: Database, role: Role = 'viewer'): Promise<AppRequest> {
  const username = `test-${role}`
  const password = randomBytes(12).toString('base64url')
  const unit = role === 'reporter' ? 'c37' : null
  if (await getUser(database.db, username)) await updateUser(database.db, username, { password, role, unit, disabled: false })
  else await createUser(database.db, { username, password, role, unit })
  return appSignIn(app, username, password)
}

/** Signs an existing account in through the app (e.g. the demo `viewer` of a demo database). */
export async function appSignIn(app: FetchingApp, username: string, password: string): Promise<AppRequest> {
  const login = await app.fetch(
    new Request('http://127.0.0.1/api/v1/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    }),
  )
  if (login.status !== 200) throw new Error(`appSession: signing in failed (${login.status} ${await login.text()})`)
  const { csrfToken } = (await login.json()) as { csrfToken: string }
  const cookie = (login.headers.getSetCookie()[0] ?? '').split(';', 1)[0] ?? ''
  return async (path, init = {}) => {
    const headers = new Headers(init.headers)
    headers.set('Cookie', cookie)
    const method = (init.method ?? 'GET').toUpperCase()
    if (method !== 'GET' && method !== 'HEAD') headers.set('X-CSRF-Token', csrfToken)
    return app.fetch(new Request(new URL(path, 'http://127.0.0.1'), { ...init, headers }))
  }
}
