/**
 * Answers of the read endpoints kept in memory, keyed by the request's path and query and
 * stamped with the database's data version (`data_version`, bumped by triggers on any change to
 * the records or the coverage, from this process or another): a stale answer is never served,
 * and a repeated question costs one tiny query instead of an aggregation. Least recently used
 * answers go first beyond `limit`. The current month (Vietnam time) is part of the stamp too:
 * the coverage ends at it, so a new month makes every answer stale. Only the shared read
 * resources are kept (`cacheable`): a single record, its history or the admin's list of
 * deleted records are read fresh, so nothing answered for one user is served to another.
 */
import type { MiddlewareHandler } from 'hono'
import type { Kysely } from 'kysely'
import type { Schema } from './db/schema'
import { currentMonth } from './store/context'

interface Entry {
  version: string
  body: string
  headers: [string, string][]
}

export interface CacheOptions {
  limit?: number
  /** The clock (the coverage ends at the current month). */
  now?: () => Date
  /** Which paths may be kept (default: every GET). */
  cacheable?: (path: string) => boolean
}

export function responseCache(db: Kysely<Schema>, { limit = 500, now = () => new Date(), cacheable = () => true }: CacheOptions = {}): MiddlewareHandler {
  const entries = new Map<string, Entry>()
  return async (c, next) => {
    if (c.req.method !== 'GET' || !cacheable(c.req.path)) return next()
    const dataVersion = String((await db.selectFrom('data_version').select('version').executeTakeFirst())?.version ?? '')
    const version = `${dataVersion}@${currentMonth(now())}`
    const url = new URL(c.req.url)
    const key = url.pathname + url.search
    const hit = entries.get(key)
    if (hit && hit.version === version) {
      // Refreshed as the most recently used.
      entries.delete(key)
      entries.set(key, hit)
      return new Response(hit.body, { status: 200, headers: hit.headers })
    }
    await next()
    if (c.res.status !== 200) return
    const body = await c.res.clone().text()
    entries.delete(key)
    entries.set(key, { version, body, headers: [...c.res.headers] })
    if (entries.size > limit) {
      const oldest = entries.keys().next().value
      if (oldest !== undefined) entries.delete(oldest)
    }
  }
}
