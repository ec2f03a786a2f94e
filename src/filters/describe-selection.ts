/**
 * The one description of a unit selection in words, for the picker's button, the filter bar's
 * summary and every page caption: "Toàn quốc", "Quảng Ninh và Hà Nội", "Đồng bằng sông Hồng",
 * "Tây Nguyên, Quảng Ninh và 3 đơn vị khác". A region is named when all of its units in the
 * boundary view are chosen. Its words live in `filterMessages`.
 */
import { REGIONS } from '../lib/api/contract'
import type { Boundary, OrgUnit, UnitId } from '../lib/api/schemas'
import { regionLabels } from '../lib/i18n/common-messages'
import type { Lang } from '../lib/i18n/i18n'
import { needsEra, unitLabel } from '../lib/units'
import { filterMessages } from './filter-messages'

/** How many names a description lists before it counts the rest. */
const MAX_NAMES = 3

/** The units a boundary view offers: the current view leaves out the former units. */
export function unitsOfView(unitsById: ReadonlyMap<UnitId, OrgUnit>, boundary: Boundary): OrgUnit[] {
  return [...unitsById.values()].filter((u) => boundary === 'reported' || u.era !== 'former')
}

/**
 * Describes the selected units. `inline` gives the lower-case form for use inside a sentence
 * ("năm 2024, toàn quốc") instead of a label's ("Toàn quốc").
 */
export function describeSelection(
  selected: readonly UnitId[],
  { unitsById, boundary, lang, inline = false }: { unitsById: ReadonlyMap<UnitId, OrgUnit>; boundary: Boundary; lang: Lang; inline?: boolean },
): string {
  const m = filterMessages[lang]
  if (selected.length === 0) return inline ? m.allUnitsInline : m.allUnits

  const chosen = new Set(selected)
  const view = unitsOfView(unitsById, boundary)
  // Each item is a name and how many units it stands for.
  const items: Array<{ name: string; count: number }> = []
  const named = new Set<UnitId>()
  for (const region of REGIONS) {
    const members = view.filter((u) => u.region === region)
    if (members.length > 1 && members.every((u) => chosen.has(u.id))) {
      items.push({ name: regionLabels[lang][region], count: members.length })
      for (const u of members) named.add(u.id)
    }
  }
  for (const id of selected) {
    if (named.has(id)) continue
    const unit = unitsById.get(id)
    items.push({ name: unit ? unitLabel(unit, lang, needsEra(boundary)) : id, count: 1 })
  }

  if (items.length <= MAX_NAMES) return m.list(items.map((i) => i.name))
  const shown = items.slice(0, MAX_NAMES - 1)
  const rest = items.slice(MAX_NAMES - 1).reduce((sum, i) => sum + i.count, 0)
  return m.listWithMore(
    shown.map((i) => i.name),
    rest,
  )
}
