/**
 * The API's gate, in the order `createApp` applies it:
 * 1. `originCheck`: a non-GET request from another site (its `Origin` is not ours, or
 *    `Sec-Fetch-Site: cross-site`) gets 403 `origin`, sign-in included;
 * 2. `sessionGate`: every request but `POST /auth/login` needs a valid session of an enabled
 *    user (401 `unauthenticated`), and every write also the session's CSRF token in
 *    `X-CSRF-Token` (403 `csrf`). It runs before the response cache, so no cached answer ever
 *    reaches a request without a session.
 */
import { timingSafeEqual } from 'node:crypto'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context, MiddlewareHandler } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { CSRF_HEADER } from '../../src/lib/api/accounts'
import { API_BASE_PATH } from '../config'
import { errorResponse } from '../errors'
import type { Kysely } from 'kysely'
import type { Schema } from '../db/schema'
import { SESSION_COOKIE, type AuthConfig } from './config'
import { findSession } from './sessions'
import type { AppEnv } from '../app'

export interface AuthContext {
  /** Where users, sessions and failed sign-ins live (the app's database unless told otherwise). */
  db: Kysely<Schema>
  config: AuthConfig
  /** The clock (ms since the epoch); tests inject their own. */
  now: () => number
}

const LOGIN_PATH = `${API_BASE_PATH}/auth/login`
const isRead = (method: string) => method === 'GET' || method === 'HEAD'

/** True when the request reached us over HTTPS (directly, or through a trusted proxy that says so). */
export function isHttps(c: Context, config: AuthConfig): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true
  return config.trustProxy && c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim().toLowerCase() === 'https'
}

/**
 * The client's address for the rate limit: the socket's peer, or with `TRUST_PROXY=1` the last
 * address of `X-Forwarded-For` (the one our proxy appended; earlier ones are the client's say).
 */
export function clientAddress(c: Context, config: AuthConfig): string {
  if (config.trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim()
    if (forwarded) return forwarded
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    // Not behind the Node server (the app answered in-process, e.g. in Vite's dev server).
    return 'unknown'
  }
}

export function originCheck(config: AuthConfig): MiddlewareHandler {
  return async (c, next) => {
    if (isRead(c.req.method)) return next()
    if (c.req.header('Sec-Fetch-Site')?.toLowerCase() === 'cross-site') {
      return errorResponse(403, 'origin', 'Requests from another site are refused.')
    }
    const origin = c.req.header('Origin')
    if (origin !== undefined) {
      const own = new URL(c.req.url)
      const allowed = new Set([own.origin])
      // Behind a TLS-terminating proxy the browser's origin is https while we see http.
      if (config.trustProxy) allowed.add(`https://${own.host}`)
      if (!allowed.has(origin)) return errorResponse(403, 'origin', 'Requests from another site are refused.')
    }
    return next()
  }
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

export function sessionGate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('session', null)
    c.set('user', null)
    if (c.req.method === 'POST' && c.req.path === LOGIN_PATH) return next()
    const { db, config, now } = c.get('auth')
    const token = getCookie(c, SESSION_COOKIE)
    const session = token ? await findSession(db, token, now(), config) : null
    if (!session) {
      const response = errorResponse(401, 'unauthenticated', 'Sign in to use the API.')
      if (token) {
        // Drop the dead cookie so the browser stops sending it.
        c.res = response
        clearSessionCookie(c, config)
        return c.res
      }
      return response
    }
    if (!isRead(c.req.method)) {
      const sent = c.req.header(CSRF_HEADER)
      if (!sent || !sameToken(sent, session.csrfToken)) {
        return errorResponse(403, 'csrf', `This write needs the session's CSRF token in the ${CSRF_HEADER} header (GET /auth/me).`)
      }
    }
    c.set('session', session)
    c.set('user', session.user)
    return next()
  }
}

export function setSessionCookie(c: Context, token: string, config: AuthConfig): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: config.secureCookies || isHttps(c, config),
    // A session cookie for the browser; the server ends the session itself (idle and absolute expiry).
  })
}

export function clearSessionCookie(c: Context, config: AuthConfig): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Lax', secure: config.secureCookies || isHttps(c, config) })
}
