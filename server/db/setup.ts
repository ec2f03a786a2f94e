/**
 * Opening the database for the server and the command-line tools: connect, apply pending
 * migrations, refresh the reference tables, and (for `npm start` only) seed the demo data into
 * a database that did not exist before.
 */
import { openDatabase, type Database, type OpenOptions } from './connect'
import { migrateToLatest } from './migrate'
import { syncReference } from './reference'
import { seedDemoData } from './seed'

export interface PrepareOptions extends OpenOptions {
  /**
   * `if-new`: load the demo data when this call created the schema (a new data directory or an
   * empty PostgreSQL database); `never`: leave the data alone (`npm run db:migrate`).
   */
  seed?: 'if-new' | 'never'
  log?: (message: string, fields?: Record<string, unknown>) => void
}

export interface PreparedDatabase {
  database: Database
  /** Migrations applied by this call (all of them on a new database). */
  migrated: string[]
  /** Demo records inserted by this call (0 unless the database was new and seeding was asked for). */
  seeded: number
}

/** The database options from the environment: `DATABASE_URL`, else `TTDN_DATA_DIR` (default `./data`). */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): OpenOptions {
  return env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: env.TTDN_DATA_DIR || './data' }
}

export async function prepareDatabase(options: PrepareOptions): Promise<PreparedDatabase> {
  const log = options.log ?? (() => {})
  const database = await openDatabase(options)
  try {
    const migrated = await migrateToLatest(database.db)
    if (migrated.length > 0) log('database migrated', { migrations: migrated })
    await syncReference(database.db)
    const isNew = migrated.includes('0001-initial')
    let seeded = 0
    if (isNew && options.seed === 'if-new') {
      seeded = await seedDemoData(database.db)
      log('new database: demo data loaded', { records: seeded })
    }
    return { database, migrated, seeded }
  } catch (error) {
    await database.close().catch(() => {})
    throw error
  }
}
