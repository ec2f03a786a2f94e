/**
 * A trigram index for the records' search (`LIKE '%…%'` over the folded text): PostgreSQL's
 * pg_trgm extension (in its standard contrib package; PGlite ships it too). Released: never edit.
 */
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db)
  await sql`create index activities_search_trgm on activities using gin (search gin_trgm_ops)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index activities_search_trgm`.execute(db)
}
