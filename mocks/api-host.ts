/**
 * The server app as the mock layer hosts it in Node (Vite's dev and preview servers, the test
 * setup): one app over the demo database, one over an empty database for the `empty` scenario,
 * chosen per request by a header that only this host reads.
 */
import { sql } from 'kysely'
import { createApp, type AppOptions } from '../server/app'
import type { Database } from '../server/db/connect'
import { prepareDatabase } from '../server/db/setup'
import { createDemoAccounts } from '../server/auth/users'
import { MOCK_DATABASE_HEADER } from './config'
import { openDemoDatabase } from './prepared-db'

export interface ApiHost {
  /** Answers a request with the server app (`env`: the Node server's bindings, for the client's address). */
  handle(request: Request, env?: unknown): Promise<Response>
  /** Where the demo data lives (for the log). */
  readonly location: string
  close(): Promise<void>
}

export interface ApiHostOptions {
  /** Serve the demo data from this PostgreSQL server (migrated and seeded if new) instead of PGlite. */
  databaseUrl?: string | undefined
  root?: string
  /** Open the empty database now rather than on the first `empty` request (tests: no slow first answer). */
  eager?: boolean
  /** Sign-in settings for the app (tests raise the per-address limit: every test worker signs in from 127.0.0.1). */
  auth?: AppOptions['auth']
}

export async function startApiHost(options: ApiHostOptions = {}): Promise<ApiHost> {
  const demo: Database = options.databaseUrl
    ? (await prepareDatabase({ databaseUrl: options.databaseUrl, seed: 'if-new' })).database
    : await openDemoDatabase(options.root)
  // The demo accounts sign in here as on the demo database, even on a PostgreSQL database seeded
  // before accounts existed (a no-op when they are there).
  if (options.databaseUrl) await createDemoAccounts(demo.db)
  const demoApp = createApp({ database: demo, auth: options.auth })
  // The empty database is the demo one without its records (same units, same coverage), made on first use.
  let empty: Promise<{ database: Database; app: ReturnType<typeof createApp> }> | null = null
  const emptyApp = () =>
    (empty ??= (async () => {
      // Embedded whatever serves the demo data: the scenario is about the answers' shape, not the engine.
      const database = await openDemoDatabase(options.root)
      await sql`delete from activities`.execute(database.db)
      return { database, app: createApp({ database, accounts: demo, auth: options.auth }) }
    })())
  if (options.eager) await emptyApp()
  return {
    location: demo.location,
    async handle(request, env) {
      if (request.headers.get(MOCK_DATABASE_HEADER) === 'empty') return (await emptyApp()).app.fetch(request, env)
      return demoApp.fetch(request, env)
    },
    async close() {
      await demo.close()
      if (empty) await (await empty).database.close()
    },
  }
}
