/**
 * Names the filters in words ("2024, Quảng Ninh"), so that an empty state can say which
 * filter emptied it.
 */
import type { Filters } from '../../../filters/filters'
import type { OrgUnit, UnitId } from '../../../lib/api/schemas'
import { formatRange } from '../../../lib/format'
import type { Lang } from '../../../lib/i18n/i18n'
import { needsEra, unitLabel } from '../../../lib/units'

const WORDS = {
  vi: { nationwide: 'toàn quốc', and: 'và', others: (n: number) => `${n} đơn vị khác`, year: 'năm' },
  en: { nationwide: 'nationwide', and: 'and', others: (n: number) => `${n} other units`, year: '' },
} as const

export function describeUnits(units: readonly UnitId[], unitsById: ReadonlyMap<UnitId, OrgUnit>, boundary: Filters['boundary'], lang: Lang): string {
  const w = WORDS[lang]
  if (units.length === 0) return w.nationwide
  const names = units.map((id) => {
    const u = unitsById.get(id)
    return u ? unitLabel(u, lang, needsEra(boundary)) : id
  })
  if (names.length <= 3) return names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${w.and} ${names.at(-1) ?? ''}`
  return `${names.slice(0, 2).join(', ')} ${w.and} ${w.others(names.length - 2)}`
}

/** "năm 2024, Quảng Ninh" / "6 tháng đầu năm 2024, toàn quốc". */
export function describeScope(filters: Pick<Filters, 'from' | 'to' | 'units' | 'boundary'>, unitsById: ReadonlyMap<UnitId, OrgUnit>, lang: Lang): string {
  return `${formatRange(filters.from, filters.to, lang)}, ${describeUnits(filters.units, unitsById, filters.boundary, lang)}`
}
