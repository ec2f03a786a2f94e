/**
 * What every store function works with: the database, the units (read once, they change only
 * at start) and the data coverage (read per request: an import or a seed can move it).
 */
import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { MonthRange, OrgUnit, UnitId } from '../../src/lib/api/schemas'
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
}

export function createStoreContext(db: Kysely<Schema>): StoreContext {
  let units: Promise<ReadonlyMap<UnitId, UnitInfo>> | null = null
  return {
    db,
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

/** The months the data covers; without a recorded coverage, the span of the records. */
export async function getCoverage(db: Kysely<Schema>): Promise<MonthRange> {
  const row = await db.selectFrom('data_coverage').select(['from_month', 'to_month']).executeTakeFirst()
  if (row) return { from: row.from_month, to: row.to_month }
  const span = await db
    .selectFrom('activities')
    .select([sql<number | null>`min(month)`.as('first'), sql<number | null>`max(month)`.as('last')])
    .executeTakeFirstOrThrow()
  if (span.first !== null && span.last !== null) return { from: monthFromIndex(span.first), to: monthFromIndex(span.last) }
  // No records and no coverage: only the current month, so that nothing outside it is "known".
  const now = new Date()
  const month = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`
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
