/**
 * A data version, bumped by any change to the records or the coverage (statement triggers), so
 * that a server can keep answers in memory and know, with one cheap read, when they go stale,
 * whichever process made the change. Written to be replayable (a backup replays migrations).
 * Released: never edit.
 */
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table if not exists data_version (id integer primary key default 1 check (id = 1), version bigint not null)`.execute(db)
  await sql`insert into data_version (id, version) values (1, 1) on conflict (id) do nothing`.execute(db)
  await sql`
    create or replace function bump_data_version() returns trigger language plpgsql as $$
    begin
      update data_version set version = version + 1 where id = 1;
      return null;
    end
    $$`.execute(db)
  for (const table of ['activities', 'data_coverage']) {
    await sql`drop trigger if exists ${sql.raw(`${table}_changed`)} on ${sql.table(table)}`.execute(db)
    await sql`
      create trigger ${sql.raw(`${table}_changed`)} after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function bump_data_version()`.execute(db)
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger if exists activities_changed on activities`.execute(db)
  await sql`drop trigger if exists data_coverage_changed on data_coverage`.execute(db)
  await sql`drop function if exists bump_data_version()`.execute(db)
  await sql`drop table if exists data_version`.execute(db)
}
