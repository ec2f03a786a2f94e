/**
 * Server-side sessions: the cookie carries 32 random bytes (base64url); the database keeps only
 * their SHA-256, so a leaked table does not yield usable cookies. Each lookup joins the user, so
 * a disabled account's sessions stop working on its very next request.
 */
import { createHash, randomBytes } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import type { Role } from '../../src/lib/api/accounts'
import type { Schema } from '../db/schema'
import type { AuthConfig } from './config'
import type { SessionUser } from './guard'

/** `last_seen_at` is refreshed at most this often (not a write per request); idle expiry is as coarse. */
const TOUCH_EVERY_MS = 60_000

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export interface Session {
  user: SessionUser
  csrfToken: string
  tokenHash: string
}

export async function createSession(db: Kysely<Schema>, userId: number, now: number, config: AuthConfig): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url')
  const csrfToken = randomBytes(32).toString('base64url')
  const at = new Date(now).toISOString()
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: at,
      last_seen_at: at,
      expires_at: new Date(now + config.absoluteMs).toISOString(),
    })
    .execute()
  return { token, csrfToken }
}

/** The session of a cookie's token, or null when there is none, it expired, or its user is disabled. */
export async function findSession(db: Kysely<Schema>, token: string, now: number, config: AuthConfig): Promise<Session | null> {
  if (!/^[\w-]{20,100}$/.test(token)) return null
  const tokenHash = hashToken(token)
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.csrf_token', 'sessions.last_seen_at', 'sessions.expires_at', 'users.id', 'users.username', 'users.role', 'users.unit_id', 'users.disabled'])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst()
  if (!row || row.disabled) return null
  const lastSeen = new Date(row.last_seen_at).getTime()
  if (now >= new Date(row.expires_at).getTime() || now >= lastSeen + config.idleMs) {
    await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute()
    return null
  }
  if (now - lastSeen >= TOUCH_EVERY_MS) {
    await db.updateTable('sessions').set({ last_seen_at: new Date(now).toISOString() }).where('token_hash', '=', tokenHash).execute()
  }
  return {
    user: { id: row.id, username: row.username, role: row.role as Role, unit: row.unit_id },
    csrfToken: row.csrf_token,
    tokenHash,
  }
}

export async function deleteSession(db: Kysely<Schema>, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute()
}

/** Ends every session of a user (disabled, password changed, removed). */
export async function deleteUserSessions(db: Kysely<Schema>, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute()
}

/** Removes sessions past their absolute expiry (called now and then; expired ones are refused anyway). */
export async function pruneSessions(db: Kysely<Schema>, now: number): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', sql<Date>`${new Date(now).toISOString()}::timestamptz`).execute()
}
