/**
 * Names the filters in words ("2024, Quảng Ninh"), so that an empty state can say which
 * filter emptied it.
 */
import { describeSelection } from '../../../filters/describe-selection'
import type { Filters } from '../../../filters/filters'
import type { OrgUnit, UnitId } from '../../../lib/api/schemas'
import { formatRange } from '../../../lib/format'
import type { Lang } from '../../../lib/i18n/i18n'
import { trainingMessages } from '../components/training-messages'

/** "năm 2024, Quảng Ninh" / "6 tháng đầu năm 2024, toàn quốc". */
export function describeScope(filters: Pick<Filters, 'from' | 'to' | 'units' | 'boundary'>, unitsById: ReadonlyMap<UnitId, OrgUnit>, lang: Lang): string {
  const m = trainingMessages[lang]
  const range = formatRange(filters.from, filters.to, lang)
  const period = /^\d{4}$/.test(range) ? m.scopeYear(range) : range
  return m.scope(period, describeSelection(filters.units, { unitsById, boundary: filters.boundary, lang, inline: true }))
}
