/**
 * Every change to a record, audited: who (user id and username, kept as text so the trail
 * survives a user's removal), when, the version the change produced (a deletion produces one
 * too, so a record's versions order its history), and the record before and
 * after (the contract's `Activity`). Deletes are soft through this table: a deleted record
 * leaves `activities` (so every read, the month totals and the data version stay right
 * untouched) and lives on as the `after`-less snapshot of its last `deleted` change, from which
 * an admin can restore it. Written to be replayable (a backup replays migrations).
 */
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table if not exists activity_changes (
      activity_id text not null,
      action text not null check (action in ('created', 'updated', 'deleted', 'restored')),
      version integer not null check (version >= 1),
      at timestamptz not null default now(),
      user_id integer,
      username text not null,
      before jsonb,
      after jsonb,
      check (before is not null or after is not null),
      primary key (activity_id, version)
    )`.execute(db)
  // Each change produces a new version of its record (the primary key): the versions order a
  // record's history. The deleted list starts from the deletions.
  await sql`create index if not exists activity_changes_deleted on activity_changes (at) where action = 'deleted'`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists activity_changes`.execute(db)
}
