/**
 * The demo data: the deterministic generator's records (same seed, same figures as ever), its
 * coverage, and the reports and plans of the work cycle (`seed-workflow.ts`), loaded into an
 * empty database in one transaction.
 */
import { sql, type Kysely } from 'kysely'
import type { ActivityData as Activity } from '../../src/lib/api/schemas'
import { DATA_COVERAGE } from '../../mocks/data/calendar'
import { generateActivities } from '../../mocks/data/generate'
import { unitsById } from '../reference/org-units'
import { createDemoAccounts } from '../auth/users'
import { toRow } from '../store/records'
import type { Schema } from './schema'
import { seedWorkflow } from './seed-workflow'

/** Rows per INSERT, each batch sent as one JSON parameter (fast on PGlite and PostgreSQL alike). */
const BATCH = 10_000

/** Inserts records (in batches) inside the caller's transaction or on their own. */
export async function insertRecords(db: Kysely<Schema>, records: readonly Activity[]): Promise<void> {
  for (let i = 0; i < records.length; i += BATCH) {
    const rows = records.slice(i, i + BATCH).map((a) => toRow(a, unitsById.get(a.unit)?.name ?? ''))
    await sql`
      insert into activities (id, unit_id, date, kind, category, title, quantity, participants, format, recipient,
                              source_title, source_url, search, title_key)
      select id, unit_id, date, kind, category, title, quantity, participants, format, recipient,
             source_title, source_url, search, title_key
      from json_populate_recordset(null::activities, ${JSON.stringify(rows)}::json)`.execute(db)
  }
}

export async function setCoverage(db: Kysely<Schema>, coverage: { from: string; to: string }): Promise<void> {
  await db
    .insertInto('data_coverage')
    .values({ from_month: coverage.from, to_month: coverage.to })
    .onConflict((oc) => oc.column('id').doUpdateSet({ from_month: coverage.from, to_month: coverage.to }))
    .execute()
}

export async function countRecords(db: Kysely<Schema>): Promise<number> {
  const row = await db.selectFrom('activities').select(sql<number>`count(*)::integer`.as('n')).executeTakeFirstOrThrow()
  return row.n
}

/**
 * Loads the demo data when the database holds no records, with the demo accounts (`admin`,
 * `viewer`, `reporter-c37`, `reporter-c22`, password `ttdn-demo`, see `server/auth/users.ts`);
 * returns how many records it inserted (0 when records were already there: a seed never adds
 * to real data, nor accounts to a real database).
 */
export async function seedDemoData(db: Kysely<Schema>, { records = generateActivities() }: { records?: readonly Activity[] } = {}): Promise<number> {
  const inserted = await db.transaction().execute(async (trx) => {
    if ((await countRecords(trx)) > 0) return 0
    await insertRecords(trx, records)
    await setCoverage(trx, DATA_COVERAGE)
    await createDemoAccounts(trx)
    await seedWorkflow(trx)
    return records.length
  })
  if (inserted > 0) await analyze(db)
  return inserted
}

/**
 * Refreshes the planner's statistics after a bulk load. Without them PostgreSQL guesses one row
 * per table and joins 30 000 records to the crosswalk one index lookup at a time (a /stats
 * request took a second instead of tens of milliseconds).
 */
export async function analyze(db: Kysely<Schema>): Promise<void> {
  await sql`analyze activities, activity_month_totals, org_units, crosswalk, data_coverage`.execute(db)
}
