/**
 * Writing records: create, change, delete (soft) and restore, each in one transaction with its
 * audit row (`activity_changes`, migration 0007), and the reads of one record, its history and
 * the deleted records.
 *
 * Optimistic concurrency: a change names the version it was based on and the update only
 * matches that version (`where id = … and version = …`), so of two changes based on the same
 * version exactly one wins; the other learns the record as it is now.
 *
 * A deleted record leaves `activities` (every read, the month totals and the data version stay
 * right without a filter) and lives on as the `before` of its last `deleted` change.
 */
import { randomBytes } from 'node:crypto'
import { sql, type Kysely, type Transaction } from 'kysely'
import type { ActivityInput } from '../../src/lib/api/activity-input'
import type { Activity, HistoryEntry, HistoryResponse } from '../../src/lib/api/schemas'
import type { Schema } from '../db/schema'
import type { StoreContext } from './context'
import { fromRow, toRow } from './records'

/** Who makes a change, as the audit keeps it. */
export interface Actor {
  readonly id: number
  readonly username: string
}

export interface DeletedRecord {
  activity: Activity
  deletedAt: string
  deletedBy: string
}

export type ChangeResult =
  | { ok: true; activity: Activity }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'deleted' }
  | { ok: false; reason: 'conflict'; current: Activity }

/** A record's columns as `fromRow` reads them (the date as `YYYY-MM-DD` text, not a Date). */
const RECORD_COLUMNS = [
  'id',
  'unit_id',
  sql<string>`to_char(date, 'YYYY-MM-DD')`.as('date'),
  'kind',
  'category',
  'title',
  'quantity',
  'participants',
  'format',
  'recipient',
  'source_title',
  'source_url',
  'version',
] as const

/**
 * A new record id: `r-` and 16 random characters (96 bits), so ids say nothing about how many
 * records there are and cannot be guessed from one another.
 */
export function newRecordId(): string {
  return `r-${randomBytes(12).toString('base64url')}`
}

async function unitName(ctx: StoreContext, unit: string): Promise<string> {
  return (await ctx.units()).get(unit)?.unit.name ?? unit
}

async function readRecord(db: Kysely<Schema> | Transaction<Schema>, id: string): Promise<Activity | null> {
  const row = await db.selectFrom('activities').select(RECORD_COLUMNS).where('id', '=', id).executeTakeFirst()
  return row ? fromRow(row) : null
}

/** The last change of a record, or null when it has none. */
async function lastChange(db: Kysely<Schema> | Transaction<Schema>, id: string) {
  return (
    (await db
      .selectFrom('activity_changes')
      .select(['action', 'version', 'at', 'username', 'before'])
      .where('activity_id', '=', id)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst()) ?? null
  )
}

async function audit(
  trx: Transaction<Schema>,
  id: string,
  action: HistoryEntry['action'],
  version: number,
  actor: Actor,
  before: Activity | null,
  after: Activity | null,
): Promise<void> {
  await trx
    .insertInto('activity_changes')
    .values({
      activity_id: id,
      action,
      version,
      user_id: actor.id,
      username: actor.username,
      before: before === null ? null : JSON.stringify(before),
      after: after === null ? null : JSON.stringify(after),
    })
    .execute()
}

/** One record, or why there is none. */
export async function getRecord(ctx: StoreContext, id: string): Promise<Activity | 'deleted' | null> {
  const record = await readRecord(ctx.db, id)
  if (record) return record
  return (await lastChange(ctx.db, id))?.action === 'deleted' ? 'deleted' : null
}

/**
 * A check run first inside a write's transaction (the lock of reported periods: it throws to
 * refuse, and holds its rows until the write commits, so a submission cannot slip in between).
 */
export type WriteGuard = (trx: Transaction<Schema>) => Promise<void>

const noGuard: WriteGuard = async () => {}

export async function createRecord(ctx: StoreContext, input: ActivityInput, actor: Actor, guard: WriteGuard = noGuard): Promise<Activity> {
  const id = newRecordId()
  const row = { ...toRow({ ...input, id, source: null }, await unitName(ctx, input.unit)), version: 1 }
  return ctx.db.transaction().execute(async (trx) => {
    await guard(trx)
    const inserted = await trx.insertInto('activities').values(row).returning(RECORD_COLUMNS).executeTakeFirstOrThrow()
    const activity = fromRow(inserted)
    await audit(trx, id, 'created', activity.version, actor, null, activity)
    return activity
  })
}

/** Why a change found nothing to change: no record, a deleted one, or another version. */
async function missed(trx: Transaction<Schema>, id: string): Promise<Exclude<ChangeResult, { ok: true }>> {
  const current = await readRecord(trx, id)
  if (current) return { ok: false, reason: 'conflict', current }
  return { ok: false, reason: (await lastChange(trx, id))?.action === 'deleted' ? 'deleted' : 'not_found' }
}

/** Replaces the record's fields (already merged and validated) if it is still at `version`. */
export async function updateRecord(ctx: StoreContext, id: string, version: number, input: ActivityInput, actor: Actor, guard: WriteGuard = noGuard): Promise<ChangeResult> {
  const name = await unitName(ctx, input.unit)
  return ctx.db.transaction().execute(async (trx) => {
    await guard(trx)
    const before = await readRecord(trx, id)
    if (!before || before.version !== version) return missed(trx, id)
    const { id: _id, source_title: _t, source_url: _u, ...fields } = toRow({ ...input, id, source: before.source }, name)
    const updated = await trx
      .updateTable('activities')
      .set({ ...fields, version: sql<number>`version + 1` })
      .where('id', '=', id)
      .where('version', '=', version)
      .returning(RECORD_COLUMNS)
      .executeTakeFirst()
    // Another change got in between the read and the update (PostgreSQL re-checks the version
    // once the other transaction commits): it wins, this one reports the conflict.
    if (!updated) return missed(trx, id)
    const after = fromRow(updated)
    await audit(trx, id, 'updated', after.version, actor, before, after)
    return { ok: true, activity: after }
  })
}

/** Deletes the record if it is still at `version`; the audit keeps it for a restore. */
export async function deleteRecord(ctx: StoreContext, id: string, version: number, actor: Actor, guard: WriteGuard = noGuard): Promise<ChangeResult> {
  return ctx.db.transaction().execute(async (trx) => {
    await guard(trx)
    const deleted = await trx.deleteFrom('activities').where('id', '=', id).where('version', '=', version).returning(RECORD_COLUMNS).executeTakeFirst()
    if (!deleted) return missed(trx, id)
    const before = fromRow(deleted)
    await audit(trx, id, 'deleted', before.version + 1, actor, before, null)
    return { ok: true, activity: before }
  })
}

/** Brings a deleted record back, one version after its deletion. */
export async function restoreRecord(ctx: StoreContext, id: string, actor: Actor, guard: WriteGuard = noGuard): Promise<ChangeResult> {
  return ctx.db.transaction().execute(async (trx) => {
    await guard(trx)
    const last = await lastChange(trx, id)
    if (!last || last.action !== 'deleted') {
      const current = await readRecord(trx, id)
      return current ? { ok: false, reason: 'conflict', current } : { ok: false, reason: 'not_found' }
    }
    const snapshot = last.before as Activity
    const row = { ...toRow(snapshot, await unitName(ctx, snapshot.unit)), version: last.version + 1 }
    // Two restores at once: the second finds the id taken (or its audit version taken) and loses.
    const inserted = await trx.insertInto('activities').values(row).onConflict((oc) => oc.column('id').doNothing()).returning(RECORD_COLUMNS).executeTakeFirst()
    if (!inserted) return missed(trx, id)
    const activity = fromRow(inserted)
    await audit(trx, id, 'restored', activity.version, actor, null, activity)
    return { ok: true, activity }
  })
}

/** A record's changes, oldest first; null when there is no such record and never was. */
export async function getHistory(ctx: StoreContext, id: string): Promise<HistoryResponse | null> {
  const [record, changes] = await Promise.all([
    readRecord(ctx.db, id),
    ctx.db
      .selectFrom('activity_changes')
      .select(['action', 'version', 'at', 'username', 'before', 'after'])
      .where('activity_id', '=', id)
      .orderBy('version')
      .execute(),
  ])
  if (!record && changes.length === 0) return null
  return {
    id,
    deleted: !record && changes.at(-1)?.action === 'deleted',
    items: changes.map((c) => ({
      action: c.action,
      at: new Date(c.at).toISOString(),
      username: c.username,
      version: c.version,
      before: (c.before as Activity | null) ?? null,
      after: (c.after as Activity | null) ?? null,
    })),
  }
}

/** Records deleted and not restored since, newest deletion first. */
export async function listDeleted(ctx: StoreContext): Promise<DeletedRecord[]> {
  const rows = await sql<{ before: Activity; at: Date | string; username: string }>`
    select d.before, d.at, d.username
    from activity_changes d
    where d.action = 'deleted'
      and not exists (select 1 from activity_changes later where later.activity_id = d.activity_id and later.version > d.version)
      and not exists (select 1 from activities a where a.id = d.activity_id)
    order by d.at desc, d.activity_id`.execute(ctx.db)
  return rows.rows.map((r) => ({ activity: r.before, deletedAt: new Date(r.at).toISOString(), deletedBy: r.username }))
}
