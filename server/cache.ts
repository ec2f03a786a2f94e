/**
 * Answers of the read endpoints kept in memory, keyed by the request's path and query and
 * stamped with the database's data version (`data_version`, bumped by triggers on any change to
 * the records or the coverage, from this process or another): a stale answer is never served,
 * and a repeated question costs one tiny query instead of an aggregation. Least recently used
 * answers go first beyond `limit`.
 */
import type { MiddlewareHandler } from 'hono'
import type { Kysely } from 'kysely'
import type { Schema } from './db/schema'

interface Entry {
  version: string
  body: string
  headers: [string, string][]
}

export function responseCache(db: Kysely<Schema>, { limit = 500 } = {}): MiddlewareHandler {
  const entries = new Map<string, Entry>()
  return async (c, next) => {
    if (c.req.method !== 'GET') return next()
    const version = String((await db.selectFrom('data_version').select('version').executeTakeFirst())?.version ?? '')
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
