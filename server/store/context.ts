/**
 * What every store function works with: the database, the units (read once, they change only
 * at start), the clock, and the data coverage (read per request: an import, a seed or a new
 * month can move it).
 */
import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { MonthRange, OrgUnit, UnitId } from '../../src/lib/api/schemas'
import { todayInVietnam } from '../../src/lib/api/activity-input'
import { monthFromIndex, monthIndex } from '../../src/lib/periods'
import type { Schema } from '../db/schema'

export interface UnitInfo {
  readonly unit: OrgUnit
  readonly sortOrder: number
  readonly validFromMonth: number | null
  readonly validToMonth: number | null
}

export interface StoreContext {
  readonly db: Kysely<Schema>
  units(): Promise<ReadonlyMap<UnitId, UnitInfo>>
  /** The clock: today's date (in Vietnam) for the future-date rule and the coverage's end. */
  now(): Date
}

export function createStoreContext(db: Kysely<Schema>, { now = () => new Date() }: { now?: () => Date } = {}): StoreContext {
  let units: Promise<ReadonlyMap<UnitId, UnitInfo>> | null = null
  return {
    db,
    now,
    units() {
      units ??= db
        .selectFrom('org_units')
        .select(['id', 'sort_order', 'valid_from_month', 'valid_to_month', 'data'])
        .orderBy('sort_order')
        .execute()
        .then((rows) => new Map(rows.map((r) => [r.id, { unit: r.data as OrgUnit, sortOrder: r.sort_order, validFromMonth: r.valid_from_month, validToMonth: r.valid_to_month }])))
      // A failed read (database down) must not be remembered.
      units.catch(() => (units = null))
      return units
    },
  }
}

/** The current month in Vietnam, `YYYY-MM`. */
export function currentMonth(now: Date): string {
  return todayInVietnam(now).slice(0, 7)
}

/**
 * The months the data covers: from the recorded coverage's start (without one, the first
 * record's month) up to the current month in Vietnam, or later where the recorded coverage
 * (or the records) go further. Records are entered as things happen, so this month's figures
 * are known so far; the months after it are not.
 */
export async function getCoverage(ctx: Pick<StoreContext, 'db' | 'now'>): Promise<MonthRange> {
  const month = currentMonth(ctx.now())
  const upToNow = (range: MonthRange): MonthRange => ({ from: range.from, to: range.to > month ? range.to : month })
  const row = await ctx.db.selectFrom('data_coverage').select(['from_month', 'to_month']).executeTakeFirst()
  if (row) return upToNow({ from: row.from_month, to: row.to_month })
  const span = await ctx.db
    .selectFrom('activities')
    .select([sql<number | null>`min(month)`.as('first'), sql<number | null>`max(month)`.as('last')])
    .executeTakeFirstOrThrow()
  if (span.first !== null && span.last !== null) return upToNow({ from: monthFromIndex(span.first), to: monthFromIndex(span.last) })
  // No records and no coverage: only the current month, so that nothing outside it is "known".
  return { from: month, to: month }
}

/** The months of [from, to] inside the coverage, or null when none is. */
export function coveredPart(coverage: MonthRange, from: string, to: string): MonthRange | null {
  const f = Math.max(monthIndex(from), monthIndex(coverage.from))
  const t = Math.min(monthIndex(to), monthIndex(coverage.to))
  return f <= t ? { from: monthFromIndex(f), to: monthFromIndex(t) } : null
}

/**
 * The unit filter of this year's records: by the unit that reported, and in the current view
 * also by the unit it rolls up to (asking for Ninh Bình includes Hà Nam's 2019 records).
 * Expects the records as `a` joined to the crosswalk as `cw`.
 */
export function unitFilter(units: readonly UnitId[] | undefined, boundary: 'current' | 'reported'): RawBuilder<boolean> {
  if (!units || units.length === 0) return sql<boolean>`true`
  const list = [...units]
  return boundary === 'current'
    ? sql<boolean>`(a.unit_id = any(${list}::text[]) or cw.current_id = any(${list}::text[]))`
    : sql<boolean>`a.unit_id = any(${list}::text[])`
}

/**
 * The unit whose territory a record belongs to one year later, as reported: a former unit's
 * record from 2024-07 on counts, a year later, under the unit it became part of. Expects `a`,
 * `cw` and the reporting unit as `u`.
 */
export const REPORTED_NEXT_YEAR = sql<string>`(case when u.valid_to_month is not null and a.month + 12 > u.valid_to_month then cw.current_id else a.unit_id end)`

/**
 * The unit filter of last year's records for a comparison on the same territory: in the
 * current view as for this year; as reported, by the unit the territory belongs to a year later.
 */
export function previousYearFilter(units: readonly UnitId[] | undefined, boundary: 'current' | 'reported'): RawBuilder<boolean> {
  if (boundary === 'current' || !units || units.length === 0) return unitFilter(units, boundary)
  return sql<boolean>`${REPORTED_NEXT_YEAR} = any(${[...units]}::text[])`
}
