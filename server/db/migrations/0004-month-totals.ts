/**
 * Monthly sums per reporting unit and kind of record, kept by statement triggers in the same
 * transaction as every change to the records. Charts by period and unit (no category) group
 * these few thousand sums instead of tens of thousands of records; the crosswalk still applies
 * at query time. Replayable: a backup replays migrations before loading the records, and this
 * one starts from the records there are. Released: never edit.
 */
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists activity_month_totals cascade`.execute(db)
  await sql`
    create table activity_month_totals (
      month integer not null,
      unit_id text not null,
      kind text not null,
      quantity bigint not null,
      participants bigint not null,
      primary key (kind, month, unit_id)
    )`.execute(db)
  await sql`
    insert into activity_month_totals (month, unit_id, kind, quantity, participants)
    select month, unit_id, kind, sum(quantity), sum(coalesce(participants, 0)) from activities group by 1, 2, 3`.execute(db)
  // Each trigger adds (sign 1) or takes away (sign -1) the sums of the statement's rows.
  await sql`
    create or replace function activity_month_totals_apply() returns trigger language plpgsql as $$
    begin
      if tg_op in ('UPDATE', 'DELETE') then
        insert into activity_month_totals as t (month, unit_id, kind, quantity, participants)
        select month, unit_id, kind, -sum(quantity), -sum(coalesce(participants, 0)) from old_rows group by 1, 2, 3
        on conflict (kind, month, unit_id) do update
          set quantity = t.quantity + excluded.quantity, participants = t.participants + excluded.participants;
      end if;
      if tg_op in ('INSERT', 'UPDATE') then
        insert into activity_month_totals as t (month, unit_id, kind, quantity, participants)
        select month, unit_id, kind, sum(quantity), sum(coalesce(participants, 0)) from new_rows group by 1, 2, 3
        on conflict (kind, month, unit_id) do update
          set quantity = t.quantity + excluded.quantity, participants = t.participants + excluded.participants;
      end if;
      return null;
    end
    $$`.execute(db)
  await sql`
    create or replace function activity_month_totals_clear() returns trigger language plpgsql as $$
    begin
      delete from activity_month_totals;
      return null;
    end
    $$`.execute(db)
  await sql`drop trigger if exists activities_totals_insert on activities`.execute(db)
  await sql`drop trigger if exists activities_totals_update on activities`.execute(db)
  await sql`drop trigger if exists activities_totals_delete on activities`.execute(db)
  await sql`drop trigger if exists activities_totals_truncate on activities`.execute(db)
  await sql`
    create trigger activities_totals_insert after insert on activities
    referencing new table as new_rows for each statement execute function activity_month_totals_apply()`.execute(db)
  await sql`
    create trigger activities_totals_update after update on activities
    referencing old table as old_rows new table as new_rows for each statement execute function activity_month_totals_apply()`.execute(db)
  await sql`
    create trigger activities_totals_delete after delete on activities
    referencing old table as old_rows for each statement execute function activity_month_totals_apply()`.execute(db)
  await sql`
    create trigger activities_totals_truncate after truncate on activities
    for each statement execute function activity_month_totals_clear()`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of ['insert', 'update', 'delete', 'truncate']) {
    await sql`drop trigger if exists ${sql.raw(`activities_totals_${name}`)} on activities`.execute(db)
  }
  await sql`drop function if exists activity_month_totals_apply(), activity_month_totals_clear()`.execute(db)
  await sql`drop table if exists activity_month_totals`.execute(db)
}
