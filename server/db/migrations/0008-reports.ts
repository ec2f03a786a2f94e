/**
 * The committees' work cycle (issue 12): deadline overrides per reporting period, periodic
 * reports with their transitions, and annual plans with theirs. A report or plan that was never
 * saved has no row (it is "not started"); its version is 0. Written to be replayable (a backup
 * replays migrations): no SQL comments inside, no parameters.
 */
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table if not exists report_periods (
      id text primary key check (id ~ '^[0-9]{4}(-H1)?$'),
      deadline date not null
    )`.execute(db)
  await sql`
    create table if not exists reports (
      period_id text not null check (period_id ~ '^[0-9]{4}(-H1)?$'),
      unit_id text not null references org_units (id),
      status text not null check (status in ('draft', 'submitted', 'returned', 'approved')),
      version integer not null check (version >= 1),
      narrative jsonb not null,
      figures jsonb,
      figures_at timestamptz,
      submitted_at timestamptz,
      approved_at timestamptz,
      return_comment text,
      check ((figures is null) = (figures_at is null)),
      primary key (period_id, unit_id)
    )`.execute(db)
  await sql`create index if not exists reports_unit on reports (unit_id, period_id)`.execute(db)
  await sql`
    create table if not exists report_transitions (
      period_id text not null,
      unit_id text not null,
      version integer not null,
      action text not null check (action in ('created', 'submit', 'approve', 'return', 'reopen')),
      at timestamptz not null,
      user_id integer,
      username text not null,
      from_status text not null,
      to_status text not null,
      comment text,
      primary key (period_id, unit_id, version),
      foreign key (period_id, unit_id) references reports (period_id, unit_id) on delete cascade
    )`.execute(db)
  await sql`
    create table if not exists plans (
      year integer not null check (year between 2000 and 2100),
      unit_id text not null references org_units (id),
      status text not null check (status in ('draft', 'submitted', 'returned', 'approved')),
      version integer not null check (version >= 1),
      targets jsonb not null,
      return_comment text,
      primary key (year, unit_id)
    )`.execute(db)
  await sql`
    create table if not exists plan_transitions (
      year integer not null,
      unit_id text not null,
      version integer not null,
      action text not null check (action in ('created', 'submit', 'approve', 'return', 'reopen')),
      at timestamptz not null,
      user_id integer,
      username text not null,
      from_status text not null,
      to_status text not null,
      comment text,
      primary key (year, unit_id, version),
      foreign key (year, unit_id) references plans (year, unit_id) on delete cascade
    )`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists plan_transitions`.execute(db)
  await sql`drop table if exists plans`.execute(db)
  await sql`drop table if exists report_transitions`.execute(db)
  await sql`drop table if exists reports`.execute(db)
  await sql`drop table if exists report_periods`.execute(db)
}
