/** `POST /auth/login`, `POST /auth/logout`, `GET /auth/me`. */
import { Hono, type Context } from 'hono'
import { loginRequestSchema, type Me } from '../../src/lib/api/accounts'
import type { AppEnv } from '../app'
import { clearSessionCookie, clientAddress, setSessionCookie } from '../auth/middleware'
import { needsRehash, hashPassword, verifyDummy, verifyPassword } from '../auth/password'
import { clearAccountFailures, recordFailure, retryAfterSeconds } from '../auth/rate-limit'
import { createSession, deleteSession, pruneSessions } from '../auth/sessions'
import { currentUser } from '../auth/guard'
import { ApiError, errorResponse } from '../errors'

const INVALID = 'The username or the password is wrong.'

/** The JSON body of a write, or 400 `invalid_body`. */
export async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json()
  } catch {
    throw new ApiError(400, 'invalid_body', 'The request body must be JSON.')
  }
}

export const authRoutes = new Hono<AppEnv>()
  .post('/auth/login', async (c) => {
    const parsed = loginRequestSchema.safeParse(await jsonBody(c))
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path[0]
      throw new ApiError(400, 'invalid_body', 'Send {"username": "…", "password": "…"} as JSON.', typeof field === 'string' ? field : undefined)
    }
    const { username, password } = parsed.data
    const { db, config, now } = c.get('auth')
    const address = clientAddress(c, config)
    const wait = await retryAfterSeconds(db, username, address, now(), config)
    if (wait > 0) {
      c.header('Retry-After', String(wait))
      return c.json(
        { error: { code: 'too_many_attempts', message: `Too many failed sign-ins. Try again in ${Math.ceil(wait / 60)} minute(s).` } },
        429,
      )
    }
    const user = await db
      .selectFrom('users')
      .select(['id', 'username', 'role', 'unit_id', 'password_hash', 'disabled'])
      .where('username', '=', username)
      .executeTakeFirst()
    // The same work and the same answer whether the username exists, is disabled, or the password is wrong.
    const ok = user ? await verifyPassword(password, user.password_hash) : await verifyDummy(password)
    if (!user || !ok || user.disabled) {
      await recordFailure(db, username, address, now(), config)
      return errorResponse(401, 'invalid_credentials', INVALID)
    }
    await clearAccountFailures(db, username)
    const at = new Date(now()).toISOString()
    const rehash = needsRehash(user.password_hash) ? await hashPassword(password) : null
    await db
      .updateTable('users')
      .set(rehash ? { last_login_at: at, password_hash: rehash } : { last_login_at: at })
      .where('id', '=', user.id)
      .execute()
    // Sessions past their absolute expiry are refused anyway; each sign-in clears them away.
    await pruneSessions(db, now())
    const { token, csrfToken } = await createSession(db, user.id, now(), config)
    setSessionCookie(c, token, config)
    c.header('Cache-Control', 'no-store')
    return c.json({ username: user.username, role: user.role, unit: user.unit_id, csrfToken } satisfies Me)
  })
  .post('/auth/logout', async (c) => {
    const session = c.get('session')
    if (session) await deleteSession(c.get('auth').db, session.tokenHash)
    clearSessionCookie(c, c.get('auth').config)
    return c.body(null, 204)
  })
  .get('/auth/me', (c) => {
    const user = currentUser(c)
    const session = c.get('session')
    c.header('Cache-Control', 'no-store')
    return c.json({ username: user.username, role: user.role, unit: user.unit, csrfToken: session?.csrfToken ?? '' } satisfies Me)
  })
