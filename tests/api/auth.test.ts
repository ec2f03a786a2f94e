// @vitest-environment node
/**
 * Sign-in, sessions and the users API, as a client sees them over HTTP (issue 11). Everything
 * runs on servers of its own (`startIsolatedApi`): sign-ins, failures and users change state.
 * Expected values are written by hand from the issue, not taken from the code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_BASE_PATH, RESOURCES } from '../../server/config'
import { authConfigFromEnv } from '../../server/auth/config'
import { meResponseSchema, usersResponseSchema } from '../../src/lib/api/accounts'
import { startIsolatedApi, type IsolatedApi } from '../support/isolated-api'
import { DEMO_PASSWORD, sessionFetch, signIn, type TestSession } from '../support/session'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

let api: IsolatedApi
/** Behind a trusted proxy (`TRUST_PROXY=1`), on a clock the tests move. */
let proxied: IsolatedApi
let clock = Date.parse('2026-03-02T08:00:00Z')

beforeAll(async () => {
  ;[api, proxied] = await Promise.all([startIsolatedApi(), startIsolatedApi({ now: () => clock, auth: { trustProxy: true } })])
}, 240_000)
afterAll(async () => {
  await Promise.all([api?.close(), proxied?.close()])
})

function login(origin: string, username: string, password: string, headers: Record<string, string> = {}) {
  return fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ username, password }),
  })
}

const send = (request: ReturnType<typeof sessionFetch>, method: string, path: string, body: unknown) =>
  request(path, { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })

/** A request through the trusted proxy from this client address (the proxy appends it last). */
const from = (address: string) => ({ 'X-Forwarded-For': `203.0.113.9, ${address}` })

async function errorOf(response: Response): Promise<{ status: number; code: string }> {
  const body = (await response.json()) as { error: { code: string } }
  return { status: response.status, code: body.error.code }
}

describe('without a session', () => {
  it('every API endpoint answers 401 unauthenticated, reads and writes alike; the probes stay open', async () => {
    const viewer = sessionFetch(api.origin, await signIn(api.origin, 'viewer'))
    const doc = (await (await viewer('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> }
    const routes: Array<[string, string]> = [
      ...RESOURCES.map((r): [string, string] => ['GET', `${API_BASE_PATH}/${r}`]),
      // Every documented operation but the sign-in itself.
      ...Object.entries(doc.paths).filter(([path]) => path !== '/auth/login').flatMap(([path, methods]) =>
        Object.keys(methods).map((m): [string, string] => [m.toUpperCase(), `${API_BASE_PATH}${path.replace(/\{[^}]+\}/g, 'x1')}`]),
      ),
      ['GET', '/api/v1/openapi.json'],
      ['GET', '/api/v1/auth/me'],
      ['POST', '/api/v1/auth/logout'],
      ['GET', '/api/v1/users'],
      ['POST', '/api/v1/users'],
      ['PATCH', '/api/v1/users/viewer'],
      ['POST', '/api/v1/activities'],
      ['PATCH', '/api/v1/activities/x1'],
      ['DELETE', '/api/v1/activities/x1'],
      ['GET', '/api/v1/no-such-thing'],
    ]
    expect(routes.length).toBeGreaterThan(15)
    for (const [method, path] of routes) {
      const response = await fetch(`${api.origin}${path}`, { method, ...(method === 'GET' ? {} : { body: '{}', headers: { 'Content-Type': 'application/json' } }) })
      expect({ method, path, ...(await errorOf(response)) }).toEqual({ method, path, status: 401, code: 'unauthenticated' })
    }
    // A cookie that is not a session is no better.
    const forged = await fetch(`${api.origin}/api/v1/summary?from=2024-01&to=2024-12`, { headers: { cookie: 'ttdn_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } })
    expect(forged.status).toBe(401)
    expect((await fetch(`${api.origin}/healthz`)).status).toBe(200)
    expect((await fetch(`${api.origin}/readyz`)).status).toBe(200)
  })
})

describe('signing in and out', () => {
  it('signs in with the demo password: 200 with the user, a CSRF token and an HttpOnly, SameSite=Lax session cookie', async () => {
    const response = await login(api.origin, 'reporter-c37', DEMO_PASSWORD)
    expect(response.status).toBe(200)
    const me = meResponseSchema.parse(await response.json())
    expect(me).toEqual({ username: 'reporter-c37', role: 'reporter', unit: 'c37', csrfToken: expect.any(String) })
    expect(me.csrfToken.length).toBeGreaterThanOrEqual(32)
    const cookies = response.headers.getSetCookie()
    expect(cookies).toHaveLength(1)
    const attributes = (cookies[0] ?? '').split(';').map((a) => a.trim())
    expect(attributes[0]).toMatch(/^ttdn_session=[\w-]{43}$/)
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/']))
    // Plain HTTP, no trusted proxy: not Secure (the browser would drop it); no lifetime (a browser-session cookie).
    expect(attributes.some((a) => /^secure$/i.test(a) || /^(max-age|expires)=/i.test(a))).toBe(false)
    const session = { cookie: attributes[0] ?? '', csrfToken: me.csrfToken }
    expect(await (await sessionFetch(api.origin, session)('/api/v1/auth/me')).json()).toEqual(me)
  })

  it('gives the same 401 for a wrong password and for an unknown username', async () => {
    const wrong = await login(api.origin, 'admin', 'not-the-password')
    const unknown = await login(api.origin, 'nobody-here', 'not-the-password')
    const bodies = [await wrong.json(), await unknown.json()]
    expect([wrong.status, unknown.status]).toEqual([401, 401])
    expect(bodies[0]).toEqual(bodies[1])
    expect(bodies[0]).toMatchObject({ error: { code: 'invalid_credentials' } })
    expect(wrong.headers.getSetCookie()).toEqual([])
  })

  it('signs out: 204, the cookie cleared, and the old cookie no longer works', async () => {
    const session = await signIn(api.origin, 'viewer')
    const request = sessionFetch(api.origin, session)
    expect((await request('/api/v1/auth/me')).status).toBe(200)
    const out = await request('/api/v1/auth/logout', { method: 'POST' })
    expect(out.status).toBe(204)
    expect(out.headers.getSetCookie()[0]).toMatch(/^ttdn_session=;.*Max-Age=0/)
    expect(await errorOf(await request('/api/v1/auth/me'))).toEqual({ status: 401, code: 'unauthenticated' })
    expect((await request('/api/v1/org-units')).status).toBe(401)
  })
})

describe('writes need the CSRF token and our own origin', () => {
  let session: TestSession
  beforeAll(async () => {
    session = await signIn(api.origin, 'viewer')
  })
  const write = (headers: Record<string, string>) =>
    fetch(`${api.origin}/api/v1/auth/logout`, { method: 'POST', headers: { cookie: session.cookie, ...headers } })

  it('refuses a write without the token or with a wrong one (403 csrf), and the session lives on', async () => {
    expect(await errorOf(await write({}))).toEqual({ status: 403, code: 'csrf' })
    expect(await errorOf(await write({ 'X-CSRF-Token': `${session.csrfToken.slice(0, -2)}xx` }))).toEqual({ status: 403, code: 'csrf' })
    expect(await errorOf(await write({ 'X-CSRF-Token': '' }))).toEqual({ status: 403, code: 'csrf' })
    expect((await sessionFetch(api.origin, session)('/api/v1/auth/me')).status).toBe(200)
  })

  it('refuses a write from another site (403 origin), even with the token; sign-in included', async () => {
    expect(await errorOf(await write({ 'X-CSRF-Token': session.csrfToken, Origin: 'https://evil.example' }))).toEqual({ status: 403, code: 'origin' })
    expect(await errorOf(await write({ 'X-CSRF-Token': session.csrfToken, 'Sec-Fetch-Site': 'cross-site' }))).toEqual({ status: 403, code: 'origin' })
    expect(await errorOf(await login(api.origin, 'viewer', DEMO_PASSWORD, { Origin: 'http://127.0.0.1:1' }))).toEqual({ status: 403, code: 'origin' })
    expect((await login(api.origin, 'viewer', DEMO_PASSWORD, { Origin: api.origin, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200)
    expect((await sessionFetch(api.origin, session)('/api/v1/auth/me')).status).toBe(200)
  })

  it('refuses a body over 64 KB with 413', async () => {
    const admin = sessionFetch(api.origin, await signIn(api.origin, 'admin'))
    const big = JSON.stringify({ username: 'big-one', password: 'x'.repeat(70 * 1024), role: 'viewer', unit: null })
    const response = await admin('/api/v1/users', { method: 'POST', body: big, headers: { 'Content-Type': 'application/json' } })
    expect(await errorOf(response)).toEqual({ status: 413, code: 'payload_too_large' })
    expect((await login(api.origin, 'viewer', 'y'.repeat(70 * 1024))).status).toBe(413)
  })
})

describe('the users API', () => {
  let admin: ReturnType<typeof sessionFetch>
  beforeAll(async () => {
    admin = sessionFetch(api.origin, await signIn(api.origin, 'admin'))
  })

  it('refuses reporters and viewers with 403 on every users endpoint', async () => {
    for (const name of ['viewer', 'reporter-c22']) {
      const request = sessionFetch(api.origin, await signIn(api.origin, name))
      expect(await errorOf(await request('/api/v1/users'))).toEqual({ status: 403, code: 'forbidden' })
      expect(await errorOf(await send(request, 'POST', '/api/v1/users', { username: 'sneaky', password: 'password-123', role: 'admin', unit: null }))).toEqual({
        status: 403,
        code: 'forbidden',
      })
      expect(await errorOf(await send(request, 'PATCH', `/api/v1/users/${name}`, { role: 'admin' }))).toEqual({ status: 403, code: 'forbidden' })
    }
    const list = usersResponseSchema.parse(await (await admin('/api/v1/users')).json())
    expect(list.items.map((u) => u.username)).not.toContain('sneaky')
    expect(list.items.find((u) => u.username === 'viewer')?.role).toBe('viewer')
  })

  it('lists the users for an admin, without any password or hash', async () => {
    const response = await admin('/api/v1/users')
    const text = await response.text()
    const list = usersResponseSchema.parse(JSON.parse(text))
    expect(list.items.filter((u) => ['admin', 'viewer', 'reporter-c37', 'reporter-c22'].includes(u.username)).map((u) => [u.username, u.role, u.unit])).toEqual([
      ['admin', 'admin', null],
      ['reporter-c22', 'reporter', 'c22'],
      ['reporter-c37', 'reporter', 'c37'],
      ['viewer', 'viewer', null],
    ])
    expect(text).not.toMatch(/scrypt|hash|password/i)
  })

  it('creates a user (201), refuses a taken username (409) and bad input (400 naming the field)', async () => {
    const created = await send(admin, 'POST', '/api/v1/users', { username: 'tran.thi.b', password: 'mat-khau-dai', role: 'reporter', unit: 'c22' })
    expect(created.status).toBe(201)
    expect(await created.json()).toMatchObject({ username: 'tran.thi.b', role: 'reporter', unit: 'c22', disabled: false, lastLoginAt: null })
    expect(meResponseSchema.parse(await (await login(api.origin, 'tran.thi.b', 'mat-khau-dai')).json())).toMatchObject({ role: 'reporter', unit: 'c22' })
    expect(await errorOf(await send(admin, 'POST', '/api/v1/users', { username: 'tran.thi.b', password: 'another-one', role: 'viewer', unit: null }))).toEqual({
      status: 409,
      code: 'conflict',
    })
    const bad = async (body: unknown) => {
      const response = await send(admin, 'POST', '/api/v1/users', body)
      const { error } = (await response.json()) as { error: { code: string; field?: string } }
      return [response.status, error.field]
    }
    expect(await bad({ username: 'no-unit', password: 'password-123', role: 'reporter', unit: null })).toEqual([400, 'unit'])
    expect(await bad({ username: 'former-unit', password: 'password-123', role: 'reporter', unit: 'f37' })).toEqual([400, 'unit'])
    expect(await bad({ username: 'viewer-unit', password: 'password-123', role: 'viewer', unit: 'c37' })).toEqual([400, 'unit'])
    expect(await bad({ username: 'Bad Name', password: 'password-123', role: 'viewer', unit: null })).toEqual([400, 'username'])
    expect(await bad({ username: 'short-pass', password: 'short', role: 'viewer', unit: null })).toEqual([400, 'password'])
    expect(await bad({ username: 'no-role', password: 'password-123', role: 'boss', unit: null })).toEqual([400, 'role'])
  })

  it('disabling a user ends their session on the very next request, and they cannot sign in', async () => {
    const victim = sessionFetch(api.origin, await signIn(api.origin, 'reporter-c22'))
    expect((await victim('/api/v1/auth/me')).status).toBe(200)
    expect((await send(admin, 'PATCH', '/api/v1/users/reporter-c22', { disabled: true })).status).toBe(200)
    expect(await errorOf(await victim('/api/v1/summary?from=2024-01&to=2024-12'))).toEqual({ status: 401, code: 'unauthenticated' })
    expect(await errorOf(await login(api.origin, 'reporter-c22', DEMO_PASSWORD))).toEqual({ status: 401, code: 'invalid_credentials' })
    expect((await send(admin, 'PATCH', '/api/v1/users/reporter-c22', { disabled: false })).status).toBe(200)
    expect((await login(api.origin, 'reporter-c22', DEMO_PASSWORD)).status).toBe(200)
  })

  it('a new password ends the sessions and replaces the old password', async () => {
    await send(admin, 'POST', '/api/v1/users', { username: 'le.van.c', password: 'first-password', role: 'viewer', unit: null })
    const user = sessionFetch(api.origin, await signIn(api.origin, 'le.van.c', 'first-password'))
    expect((await send(admin, 'PATCH', '/api/v1/users/le.van.c', { password: 'second-password' })).status).toBe(200)
    expect((await user('/api/v1/auth/me')).status).toBe(401)
    expect((await login(api.origin, 'le.van.c', 'first-password')).status).toBe(401)
    expect((await login(api.origin, 'le.van.c', 'second-password')).status).toBe(200)
  })

  it('an admin cannot disable or demote themselves; changing a role keeps the unit rule', async () => {
    expect(await errorOf(await send(admin, 'PATCH', '/api/v1/users/admin', { disabled: true }))).toEqual({ status: 403, code: 'forbidden' })
    expect(await errorOf(await send(admin, 'PATCH', '/api/v1/users/admin', { role: 'viewer' }))).toEqual({ status: 403, code: 'forbidden' })
    expect((await admin('/api/v1/auth/me')).status).toBe(200)
    const toReporter = await send(admin, 'PATCH', '/api/v1/users/le.van.c', { role: 'reporter' })
    expect([toReporter.status, ((await toReporter.json()) as { error: { field: string } }).error.field]).toEqual([400, 'unit'])
    expect(await (await send(admin, 'PATCH', '/api/v1/users/le.van.c', { role: 'reporter', unit: 'c37' })).json()).toMatchObject({ role: 'reporter', unit: 'c37' })
    expect(await errorOf(await send(admin, 'PATCH', '/api/v1/users/nobody-at-all', { disabled: true }))).toEqual({ status: 404, code: 'not_found' })
  })
})

describe('behind a trusted proxy, on a moving clock', () => {
  it('marks the cookie Secure when the proxy says the request came over HTTPS (and only then), and accepts its https origin', async () => {
    const secure = await login(proxied.origin, 'viewer', DEMO_PASSWORD, { 'X-Forwarded-Proto': 'https', Origin: proxied.origin.replace('http:', 'https:') })
    expect(secure.status).toBe(200)
    expect(secure.headers.getSetCookie()[0]).toMatch(/;\s*Secure/)
    const plain = await login(proxied.origin, 'viewer', DEMO_PASSWORD)
    expect(plain.headers.getSetCookie()[0]).not.toMatch(/Secure/)
    // Without TRUST_PROXY the header is the client's say, and is ignored.
    const untrusted = await login(api.origin, 'viewer', DEMO_PASSWORD, { 'X-Forwarded-Proto': 'https' })
    expect(untrusted.headers.getSetCookie()[0]).not.toMatch(/Secure/)
    expect(authConfigFromEnv({ TTDN_SECURE_COOKIES: '1' }).secureCookies).toBe(true)
  })

  it('ends a session left unused for 2 hours', async () => {
    const idle = sessionFetch(proxied.origin, await signIn(proxied.origin, 'viewer'))
    clock += 1 * HOUR + 59 * MINUTE
    expect((await idle('/api/v1/auth/me')).status).toBe(200)
    clock += 1 * HOUR + 59 * MINUTE // 1 h 59 since the last use: still alive
    expect((await idle('/api/v1/auth/me')).status).toBe(200)
    clock += 2 * HOUR + 1 * MINUTE // 2 h 01 unused
    expect(await errorOf(await idle('/api/v1/auth/me'))).toEqual({ status: 401, code: 'unauthenticated' })
  })

  it('ends any session 12 hours after sign-in, however busy', async () => {
    const busy = sessionFetch(proxied.origin, await signIn(proxied.origin, 'admin'))
    for (let i = 0; i < 7; i++) {
      clock += 90 * MINUTE // up to 10 h 30
      expect((await busy('/api/v1/auth/me')).status).toBe(200)
    }
    clock += 91 * MINUTE // 12 h 01 since sign-in, 91 min since its last use
    expect(await errorOf(await busy('/api/v1/auth/me'))).toEqual({ status: 401, code: 'unauthenticated' })
  })

  it('limits failed sign-ins per account: the 6th attempt within 15 minutes gets 429 with Retry-After, right password or not', async () => {
    for (let i = 0; i < 5; i++) expect((await login(proxied.origin, 'reporter-c37', `wrong-${i}`, from(`198.51.100.${i + 1}`))).status).toBe(401)
    const limited = await login(proxied.origin, 'reporter-c37', DEMO_PASSWORD, from('198.51.100.77'))
    const limitedBody = (await limited.json()) as { error: { code: string; message: string } }
    expect([limited.status, limitedBody.error.code]).toEqual([429, 'too_many_attempts'])
    const retryAfter = Number(limited.headers.get('Retry-After'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(15 * 60)
    // The same answer for a username that does not exist.
    for (let i = 0; i < 5; i++) await login(proxied.origin, 'ghost-user', `wrong-${i}`, from(`198.51.100.${i + 11}`))
    const ghost = await login(proxied.origin, 'ghost-user', 'whatever', from('198.51.100.78'))
    expect(ghost.status).toBe(429)
    const ghostBody = (await ghost.json()) as { error: { code: string; message: string } }
    expect(ghostBody.error.code).toBe('too_many_attempts')
    expect(limitedBody.error.message.replace(/\d+/g, 'N')).toBe(ghostBody.error.message.replace(/\d+/g, 'N'))
    // Other accounts are not affected; after the window the account can sign in again.
    expect((await login(proxied.origin, 'viewer', DEMO_PASSWORD, from('198.51.100.79'))).status).toBe(200)
    clock += 15 * MINUTE + 1000
    expect((await login(proxied.origin, 'reporter-c37', DEMO_PASSWORD, from('198.51.100.80'))).status).toBe(200)
  })

  it('limits failed sign-ins per client address: 30 within 15 minutes, then 429 for any account from there', async () => {
    const address = from('192.0.2.44')
    for (let i = 0; i < 30; i++) expect((await login(proxied.origin, `nobody-${i}`, 'wrong', address)).status).toBe(401)
    const limited = await login(proxied.origin, 'admin', DEMO_PASSWORD, address)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect((await login(proxied.origin, 'admin', DEMO_PASSWORD, from('192.0.2.45'))).status).toBe(200)
  }, 120_000)
})
