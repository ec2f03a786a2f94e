/**
 * Every record carries a version, bumped by each change, so that a write based on an old copy
 * is refused instead of overwriting someone else's (`If-Match`). Released: never edit.
 */
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table activities add column if not exists version integer not null default 1 check (version >= 1)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table activities drop column if exists version`.execute(db)
}
