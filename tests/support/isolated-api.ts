/**
 * The server app over HTTP on a free loopback port, over a database of its own: for the tests
 * that change state (users, sessions, failed sign-ins, records), which must not touch the
 * database the read-only tests compare with the oracle.
 *
 * `startIsolatedApi(options?)` → `{ origin, close() }`:
 * - without `DATABASE_URL`: an in-memory PGlite loaded from the prepared demo dump (the demo
 *   records and the demo accounts, `mocks/prepared-db.ts`);
 * - with `DATABASE_URL` (the PostgreSQL pass): a new, uniquely named database on that server,
 *   migrated and seeded, dropped by `close()`.
 * `options.now` (the clock) and `options.auth` (sign-in settings, e.g. `trustProxy`) go to `createApp`.
 */
import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { sql } from 'kysely'
import { openDemoDatabase } from '../../mocks/prepared-db'
import { createApp, type AppOptions } from '../../server/app'
import { openDatabase, type Database } from '../../server/db/connect'
import { prepareDatabase } from '../../server/db/setup'

export interface IsolatedApi {
  /** `http://127.0.0.1:<port>` */
  origin: string
  close(): Promise<void>
}

export interface IsolatedApiOptions {
  now?: AppOptions['now']
  auth?: AppOptions['auth']
  /** Keep answers in memory (default true, as in production). */
  cache?: boolean
}

async function ownDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL
  if (!url) {
    const database = await openDemoDatabase()
    return { database, drop: async () => {} }
  }
  const name = `ttdn_isolated_${process.pid}_${randomBytes(4).toString('hex')}`
  const admin = await openDatabase({ databaseUrl: url })
  try {
    await sql.raw(`create database ${name}`).execute(admin.db)
  } finally {
    await admin.close()
  }
  const own = new URL(url)
  own.pathname = `/${name}`
  const { database } = await prepareDatabase({ databaseUrl: own.toString(), seed: 'if-new' })
  return {
    database,
    drop: async () => {
      const again = await openDatabase({ databaseUrl: url })
      try {
        await sql.raw(`drop database if exists ${name} with (force)`).execute(again.db)
      } finally {
        await again.close()
      }
    },
  }
}

export async function startIsolatedApi(options: IsolatedApiOptions = {}): Promise<IsolatedApi> {
  const { database, drop } = await ownDatabase()
  const app = createApp({ database, ...options })
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 })
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    async close() {
      if ('closeAllConnections' in server) server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await database.close()
      await drop()
    },
  }
}
