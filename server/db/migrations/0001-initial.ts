/**
 * Units, the 2025 crosswalk, the records and the data coverage. Released: never edit.
 * Ids, search text and sort keys use the "C" collation: byte order, the same on every server
 * whatever its locale, so paging and sorting never depend on where the database runs.
 */
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table org_units (
      id text primary key,
      era text not null check (era in ('national', 'former', 'current')),
      sort_order integer not null,
      name_rank integer not null,
      name text not null,
      valid_from_month integer,
      valid_to_month integer,
      data jsonb not null
    )`.execute(db)
  await sql`
    create table crosswalk (
      reported_id text primary key references org_units (id),
      current_id text not null references org_units (id)
    )`.execute(db)
  await sql`
    create table activities (
      id text collate "C" primary key,
      unit_id text not null references org_units (id),
      date date not null,
      month integer generated always as ((extract(year from date)::integer * 12 + extract(month from date)::integer - 1)) stored,
      kind text not null check (kind in ('articles', 'meetings', 'awards', 'trainings')),
      category text not null,
      title text not null,
      quantity integer not null check (quantity >= 0),
      participants integer check (participants >= 0),
      format text,
      recipient text,
      source_title text,
      source_url text,
      search text collate "C" not null,
      title_key text collate "C" not null
    )`.execute(db)
  await sql`create index activities_kind_month on activities (kind, month)`.execute(db)
  await sql`create index activities_month on activities (month)`.execute(db)
  // The list's sorts: newest first (the default) and by title, ties by id.
  await sql`create index activities_date_id on activities (date desc, id)`.execute(db)
  await sql`create index activities_title_id on activities (title_key, id)`.execute(db)
  await sql`
    create table data_coverage (
      id integer primary key default 1 check (id = 1),
      from_month text not null,
      to_month text not null
    )`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table data_coverage, activities, crosswalk, org_units`.execute(db)
}
