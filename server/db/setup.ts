/**
 * Opening the database for the server and the command-line tools: connect, apply pending
 * migrations, refresh the reference tables, and (for `npm start` only) seed the demo data into
 * a database that did not exist before.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { sql } from 'kysely'
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
  /**
   * A prepared demo image (`server/db/demo-image.ts`): with `seed: 'if-new'` and an embedded
   * data directory that does not exist yet or is empty, the database starts from this tarball
   * instead of initdb and seeding. Ignored when the file is missing.
   */
  demoImage?: string | undefined
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
  const fromImage = imageToLoad(options)
  const database = await openDatabase(fromImage ? { ...options, loadDataDir: new Blob([readFileSync(fromImage)]) } : options)
  try {
    const migrated = await migrateToLatest(database.db)
    if (migrated.length > 0) log('database migrated', { migrations: migrated })
    await syncReference(database.db)
    const isNew = migrated.includes('0001-initial')
    let seeded = 0
    if (fromImage) {
      seeded = await countRecords(database.db)
      log('new database: demo data loaded from the prepared image', { records: seeded, image: fromImage })
    } else if (isNew && options.seed === 'if-new') {
      seeded = await seedDemoData(database.db)
      log('new database: demo data loaded', { records: seeded })
    }
    return { database, migrated, seeded }
  } catch (error) {
    await database.close().catch(() => {})
    throw error
  }
}

/** The demo image to start from: asked for, present, and an embedded data directory not created yet. */
function imageToLoad(options: PrepareOptions): string | null {
  if (options.seed !== 'if-new' || !options.demoImage || options.databaseUrl || options.loadDataDir) return null
  const dir = options.dataDir
  if (!dir || dir.startsWith('memory://') || !existsSync(options.demoImage)) return null
  return !existsSync(dir) || readdirSync(dir).length === 0 ? options.demoImage : null
}

async function countRecords(db: Database['db']): Promise<number> {
  const row = await sql<{ n: number }>`select count(*)::integer as n from activities`.execute(db)
  return row.rows[0]?.n ?? 0
}
