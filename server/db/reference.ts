/**
 * The reference tables: the org units and the 2025 crosswalk, written from the verified
 * reference data (`server/reference/provinces.json`) at every start. Idempotent: units are
 * upserted, so a corrected name in the reference reaches an existing database.
 */
import type { Kysely } from 'kysely'
import { monthIndex } from '../../src/lib/periods'
import { allUnits, currentUnitOf } from '../reference/org-units'
import type { Schema } from './schema'

export async function syncReference(db: Kysely<Schema>): Promise<void> {
  const collator = new Intl.Collator('vi')
  const byName = allUnits.toSorted((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id))
  const nameRank = new Map(byName.map((u, i) => [u.id, i]))
  const units = allUnits.map((u, i) => ({
    id: u.id,
    era: u.era,
    sort_order: i,
    name_rank: nameRank.get(u.id) ?? i,
    name: u.name,
    valid_from_month: u.validFrom === null ? null : monthIndex(u.validFrom),
    valid_to_month: u.validTo === null ? null : monthIndex(u.validTo),
    data: JSON.stringify(u),
  }))
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('org_units')
      .values(units)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          era: eb.ref('excluded.era'),
          sort_order: eb.ref('excluded.sort_order'),
          name_rank: eb.ref('excluded.name_rank'),
          name: eb.ref('excluded.name'),
          valid_from_month: eb.ref('excluded.valid_from_month'),
          valid_to_month: eb.ref('excluded.valid_to_month'),
          data: eb.ref('excluded.data'),
        })),
      )
      .execute()
    await trx
      .insertInto('crosswalk')
      .values(allUnits.map((u) => ({ reported_id: u.id, current_id: currentUnitOf(u.id) })))
      .onConflict((oc) => oc.column('reported_id').doUpdateSet((eb) => ({ current_id: eb.ref('excluded.current_id') })))
      .execute()
  })
}
