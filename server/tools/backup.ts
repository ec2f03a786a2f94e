/**
 * `npm run db:backup -- FILE` / `npm run db:restore -- FILE`: a plain SQL dump that PostgreSQL's
 * own `psql` can load (`psql -v ON_ERROR_STOP=1 -f FILE`), written from the database through
 * Kysely so it works the same on embedded PGlite and on a PostgreSQL server.
 *
 * The file is one transaction: it drops the data tables, creates them as the applied migrations
 * built them (their SQL, replayed in order, recorded rather than run), and inserts every row,
 * including the migrations table, so a restored database is at the right schema version.
 * Each statement is one line (text is written as E'' literals with escapes), which is how
 * `restoreBackup` reads it back without a SQL parser.
 */
import {
  CompiledQuery,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from 'kysely'
import { MIGRATIONS } from '../db/migrate'
import type { Schema } from '../db/schema'
import { analyze } from '../db/seed'

/** The tables of a backup, in the order they are created and filled (references first). */
export const BACKUP_TABLES = ['kysely_migration', 'kysely_migration_lock', 'org_units', 'crosswalk', 'activities', 'data_coverage', 'users', 'activity_changes', 'report_periods', 'reports', 'report_transitions', 'plans', 'plan_transitions'] as const
/** Tables the migrations create that a backup leaves empty: sessions (a restore signs everyone out) and failed sign-ins. */
export const TRANSIENT_TABLES = ['sessions', 'login_failures'] as const
/** Tables whose identity column must continue after the restored rows. */
const IDENTITY_COLUMNS: Partial<Record<(typeof BACKUP_TABLES)[number], string>> = { users: 'id' }

/** Kysely's own tables, as its `Migrator` creates them. */
const MIGRATOR_DDL = [
  'create table kysely_migration (name varchar(255) not null primary key, timestamp varchar(255) not null)',
  'create table kysely_migration_lock (id varchar(255) not null primary key, is_locked integer default 0 not null)',
]

/** Rows per INSERT statement. */
const BATCH = 500

/** A driver that runs nothing and keeps the SQL it is given: how a migration's DDL is recorded. */
class RecordingDriver implements Driver {
  readonly statements: string[] = []
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    const statements = this.statements
    return {
      async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
        if (query.parameters.length > 0) throw new Error('A migration with parameters cannot be written into a backup.')
        statements.push(query.sql)
        return { rows: [] }
      },
      // oxlint-disable-next-line require-yield
      async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
        throw new Error('not supported')
      },
    }
  }
  async beginTransaction(): Promise<void> {}
  async commitTransaction(): Promise<void> {}
  async rollbackTransaction(): Promise<void> {}
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

/** The SQL of the named migrations' `up`, in order, without running it. */
async function migrationDdl(names: readonly string[]): Promise<string[]> {
  const driver = new RecordingDriver()
  const recorder = new Kysely<unknown>({
    dialect: {
      createDriver: () => driver,
      createQueryCompiler: () => new PostgresQueryCompiler(),
      createAdapter: () => new PostgresAdapter(),
      createIntrospector: (db) => new PostgresIntrospector(db),
    },
  })
  for (const name of names) {
    const migration = MIGRATIONS[name]
    if (!migration) throw new Error(`The database has migration "${name}", which this version does not know: use the version that wrote it.`)
    await migration.up(recorder)
  }
  return driver.statements
}

/** A value as a PostgreSQL literal on one line (`E'…'` with backslash escapes), or NULL. */
function literal(value: string | null): string {
  if (value === null) return 'NULL'
  const escaped = value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')
  return `E'${escaped}'`
}

function oneLine(statement: string): string {
  return statement.replace(/\s+/g, ' ').trim()
}

/** The columns a backup writes: stored ones (generated columns are computed again on insert). */
async function storedColumns(db: Kysely<Schema>, table: string): Promise<string[]> {
  const result = await sql<{ column_name: string }>`
    select column_name from information_schema.columns
    where table_schema = current_schema() and table_name = ${table} and is_generated = 'NEVER'
    order by ordinal_position`.execute(db)
  return result.rows.map((r) => r.column_name)
}

async function primaryKey(db: Kysely<Schema>, table: string): Promise<string[]> {
  const result = await sql<{ column_name: string }>`
    select k.column_name from information_schema.table_constraints c
    join information_schema.key_column_usage k using (constraint_schema, constraint_name)
    where c.table_schema = current_schema() and c.table_name = ${table} and c.constraint_type = 'PRIMARY KEY'
    order by k.ordinal_position`.execute(db)
  return result.rows.map((r) => r.column_name)
}

/**
 * Writes the backup, statement by statement, to `write` (a file stream, or an array in tests).
 * Reads every table in one transaction, so the dump is a consistent snapshot.
 */
export async function writeBackup(db: Kysely<Schema>, write: (chunk: string) => void | Promise<void>): Promise<{ rows: Record<string, number> }> {
  return db.transaction().execute(async (trx) => {
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(trx)
    const names = applied.rows.map((r) => r.name)
    const ddl = await migrationDdl(names)
    const counts: Record<string, number> = {}

    await write(`-- TTĐN Dashboard backup, ${new Date().toISOString()}; schema: ${names.join(', ')}\n`)
    await write('-- Plain SQL in one transaction: it REPLACES these tables. Load with: psql -v ON_ERROR_STOP=1 -f FILE\n')
    await write("SET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\nBEGIN;\n")
    await write(`DROP TABLE IF EXISTS ${[...TRANSIENT_TABLES, ...BACKUP_TABLES.toReversed()].join(', ')} CASCADE;\n`)
    for (const statement of [...MIGRATOR_DDL, ...ddl]) await write(`${oneLine(statement)};\n`)

    for (const table of BACKUP_TABLES) {
      const columns = await storedColumns(trx, table)
      const key = await primaryKey(trx, table)
      const select = columns.map((c) => sql`${sql.ref(c)}::text`)
      const order = (key.length > 0 ? key : columns).map((c) => sql.ref(c))
      const result = await sql<Record<string, string | null>>`
        select ${sql.join(select)} from ${sql.table(table)} order by ${sql.join(order)}`.execute(trx)
      counts[table] = result.rows.length
      const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `
      for (let i = 0; i < result.rows.length; i += BATCH) {
        const values = result.rows
          .slice(i, i + BATCH)
          .map((row) => `(${Object.values(row).map(literal).join(', ')})`)
          .join(', ')
        await write(`${head}${values};\n`)
      }
      const identity = IDENTITY_COLUMNS[table]
      if (identity) {
        await write(`SELECT setval(pg_get_serial_sequence('${table}', '${identity}'), coalesce(max(${identity}), 0) + 1, false) FROM ${table};\n`)
      }
    }
    await write('COMMIT;\n')
    return { rows: counts }
  })
}

/** Whether the database holds records (a missing `activities` table counts as none). */
export async function hasRecords(db: Kysely<Schema>): Promise<boolean> {
  const table = await sql<{ t: string | null }>`select to_regclass('activities')::text as t`.execute(db)
  if (!table.rows[0]?.t) return false
  const row = await sql<{ any: boolean }>`select exists (select 1 from activities) as any`.execute(db)
  return row.rows[0]?.any === true
}

/** A backup file that `restoreBackup` cannot read (not written by `writeBackup`). */
export class BackupFormatError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupFormatError'
  }
}

/**
 * Runs a backup written by `writeBackup` in one transaction (its own BEGIN/COMMIT are replaced
 * by Kysely's, which works on PGlite's single connection and on a pool alike). The caller
 * decides whether the database may be replaced (`hasRecords`).
 */
export async function restoreBackup(db: Kysely<Schema>, text: string): Promise<void> {
  const lines = text.split('\n')
  const statements: string[] = []
  let begun = false
  let committed = false
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '' || line.startsWith('--')) continue
    if (/^BEGIN;$/i.test(line)) begun = true
    else if (/^COMMIT;$/i.test(line)) committed = true
    else if (/^SET /i.test(line)) continue
    else statements.push(line)
  }
  if (!begun || !committed) {
    throw new BackupFormatError('The file is not a complete backup written by db:backup (no BEGIN/COMMIT): it may have been cut short.')
  }
  await db.transaction().execute(async (trx) => {
    for (const statement of statements) await sql.raw(statement).execute(trx)
  })
  // Fresh planner statistics: the embedded database has no autovacuum to gather them.
  await analyze(db)
}
