/**
 * The sign-in rate limit: failed attempts are rows in `login_failures` (shared by every server
 * process over the same database), counted per account and per client address in a sliding
 * window. The answer when over the limit is the same whether the username exists or not.
 */
import { sql, type Kysely } from 'kysely'
import type { Schema } from '../db/schema'
import type { AuthConfig } from './config'

export const accountKey = (username: string) => `user:${username.toLowerCase()}`
export const addressKey = (address: string) => `addr:${address}`

/** Seconds until another attempt is allowed, or 0 when it is allowed now. */
export async function retryAfterSeconds(db: Kysely<Schema>, username: string, address: string, now: number, config: AuthConfig): Promise<number> {
  const since = new Date(now - config.failureWindowMs).toISOString()
  const rows = await db
    .selectFrom('login_failures')
    .select(['key', sql<number>`count(*)::integer`.as('n'), sql<Date>`min(at)`.as('oldest')])
    .where('key', 'in', [accountKey(username), addressKey(address)])
    .where('at', '>', sql<Date>`${since}::timestamptz`)
    .groupBy('key')
    .execute()
  let wait = 0
  for (const row of rows) {
    const limit = row.key.startsWith('user:') ? config.maxFailuresPerAccount : config.maxFailuresPerAddress
    if (row.n >= limit) {
      // The window slides: the oldest failure leaving it frees one attempt.
      wait = Math.max(wait, Math.ceil((new Date(row.oldest).getTime() + config.failureWindowMs - now) / 1000))
    }
  }
  return Math.max(wait, 0) && Math.max(wait, 1)
}

export async function recordFailure(db: Kysely<Schema>, username: string, address: string, now: number, config: AuthConfig): Promise<void> {
  const at = new Date(now).toISOString()
  await db.insertInto('login_failures').values([{ key: accountKey(username), at }, { key: addressKey(address), at }]).execute()
  // Old rows are useless: drop them as we go.
  await db.deleteFrom('login_failures').where('at', '<=', sql<Date>`${new Date(now - config.failureWindowMs).toISOString()}::timestamptz`).execute()
}

/** A successful sign-in forgets the account's failures (not the address's). */
export async function clearAccountFailures(db: Kysely<Schema>, username: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key', '=', accountKey(username)).execute()
}
