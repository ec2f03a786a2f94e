/**
 * The ranking of units by a metric. The national level (`tw`, central bodies) is not a
 * province: it is taken out of the ranking and returned on its own.
 */
import { compareVi } from '../../../lib/text'
import type { OrgUnit, StatsRow, UnitId } from '../../../lib/api/schemas'

export interface RankedUnit {
  id: UnitId
  /** The unit as the view names it (with its era in the as-reported view). */
  label: string
  value: number
  /** Share of the ranked units' total (0..1). */
  share: number
  /** 1-based; equal values share a rank (1, 2, 2, 4). */
  rank: number
}

export interface Ranking {
  units: RankedUnit[]
  /** The ranked units' total (the national level excluded). */
  total: number
  /** The national level's figure, or null when it has none in the result. */
  national: number | null
}

export function buildRanking(
  rows: readonly StatsRow[],
  unitsById: ReadonlyMap<UnitId, OrgUnit>,
  labelOf: (unit: OrgUnit) => string,
): Ranking {
  const values = new Map<UnitId, number>()
  let national: number | null = null
  for (const row of rows) {
    if (!row.unit || row.value === 0) continue
    if (row.unit === 'tw') national = (national ?? 0) + row.value
    else values.set(row.unit, (values.get(row.unit) ?? 0) + row.value)
  }
  const total = [...values.values()].reduce((a, b) => a + b, 0)
  const sorted = [...values.entries()]
    .map(([id, value]) => {
      const unit = unitsById.get(id)
      return { id, value, label: unit ? labelOf(unit) : id }
    })
    .toSorted((a, b) => b.value - a.value || compareVi(a.label, b.label))
  const units: RankedUnit[] = []
  sorted.forEach((u, i) => {
    const prev = units[i - 1]
    const rank = prev && prev.value === u.value ? prev.rank : i + 1
    units.push({ ...u, share: total > 0 ? u.value / total : 0, rank })
  })
  return { units, total, national }
}
