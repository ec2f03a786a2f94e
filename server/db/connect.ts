/**
 * Opens the database: a PostgreSQL server when a URL is given (`DATABASE_URL`), otherwise
 * embedded PGlite in a data directory on disk (`memory://` keeps it in memory, for tests).
 * The rest of the server sees one Kysely instance and never knows which.
 */
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { Kysely, PostgresDialect, sql } from 'kysely'
import { Pool } from 'pg'
import { PgliteDialect } from './pglite-dialect'
import type { Schema } from './schema'

export type DatabaseKind = 'pglite' | 'postgres'

export interface Database {
  readonly db: Kysely<Schema>
  readonly kind: DatabaseKind
  /** Where the data lives, for the log (a PostgreSQL URL without its password). */
  readonly location: string
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>
  /** PGlite only: the data directory as a gzipped tarball (start a copy with `loadDataDir`). */
  dumpDataDir?(): Promise<Blob>
  close(): Promise<void>
}

export interface OpenOptions {
  /** A PostgreSQL connection URL; wins over `dataDir`. */
  databaseUrl?: string | undefined
  /** PGlite's data directory, or `memory://` (the default). */
  dataDir?: string | undefined
  /** PGlite only: start from a data directory dumped by `dumpDataDir()` instead of initdb. */
  loadDataDir?: Blob | undefined
}

function redact(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return 'postgres://(unparsable URL)'
  }
}

async function ping(db: Kysely<Schema>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db)
    return true
  } catch {
    return false
  }
}

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new Pool({
      connectionString: options.databaseUrl,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      // A stopped server must fail requests quickly (503), not hang them.
      connectionTimeoutMillis: 3000,
      query_timeout: 30_000,
    })
    // A client losing its server emits 'error' (on the pool when idle, on the client when in
    // use); without listeners the process would exit. The failed queries report it anyway.
    pool.on('error', () => {})
    pool.on('connect', (client) => client.on('error', () => {}))
    const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) })
    return { db, kind: 'postgres', location: redact(options.databaseUrl), ping: () => ping(db), close: () => db.destroy() }
  }
  const dataDir = options.dataDir ?? 'memory://'
  // pg_trgm backs the records' search index (migration 0002).
  const pglite = await PGlite.create(dataDir, { extensions: { pg_trgm }, ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}) })
  // One session serves every request: give its sorts and hashes room to stay in memory.
  await pglite.exec(`set work_mem = '64MB'`)
  // Everything is in memory: a random read costs what a sequential one does, so let the planner
  // use indexes (the search's trigram index: 8 ms instead of a 50 ms scan).
  await pglite.exec(`set random_page_cost = 1.1`)
  const db = new Kysely<Schema>({ dialect: new PgliteDialect(pglite) })
  return {
    db,
    kind: 'pglite',
    location: dataDir,
    ping: () => ping(db),
    dumpDataDir: () => pglite.dumpDataDir('gzip'),
    close: () => db.destroy(),
  }
}
