/**
 * Versioned schema migrations, numbered files in `./migrations`, applied in order at start and
 * by `npm run db:migrate`. A released migration is never edited: a change is a new file.
 */
import type { Kysely } from 'kysely'
import type { Schema } from './schema'
import { Migrator, type Migration } from 'kysely/migration'
import * as m0001 from './migrations/0001-initial'
import * as m0002 from './migrations/0002-search-index'
import * as m0003 from './migrations/0003-data-version'
import * as m0004 from './migrations/0004-month-totals'
import * as m0005 from './migrations/0005-record-versions'
import * as m0006 from './migrations/0006-accounts'
import * as m0007 from './migrations/0007-record-changes'
import * as m0008 from './migrations/0008-reports'

/** The migrations by name, in the order they apply. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-search-index': m0002,
  '0003-data-version': m0003,
  '0004-month-totals': m0004,
  '0005-record-versions': m0005,
  '0006-accounts': m0006,
  '0007-record-changes': m0007,
  '0008-reports': m0008,
}

/** Applies every pending migration; returns the names applied (empty when up to date). */
export async function migrateToLatest(db: Kysely<Schema>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    })
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
