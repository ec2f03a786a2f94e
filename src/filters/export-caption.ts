/**
 * What an exported chart image or a printed page says about the view it came from: the filter
 * caption, the file name, the source line. Pure, built from the filters in the URL, so what is
 * saved or printed is what is on screen. The words reuse the filter bar's (`describeSelection`,
 * the presets' names, `formatRange`).
 */
import type { OrgUnit, UnitId } from '../lib/api/schemas'
import { formatDate, formatRange, upperFirst } from '../lib/format'
import { fileSlug } from '../lib/download'
import type { Lang } from '../lib/i18n/i18n'
import { needsEra, unitLabel } from '../lib/units'
import { describeSelection } from './describe-selection'
import { exportCaptionMessages } from './export-messages'
import { filterMessages } from './filter-messages'
import type { Filters } from './filters'

type CaptionFilters = Pick<Filters, 'preset' | 'from' | 'to' | 'boundary' | 'units'>

/**
 * The period as the filter bar names it: a preset by its name with its months ("Lũy kế 10 tháng
 * năm 2026", "6 tháng đầu năm 2025"), a custom range by its months ("Tháng 3–8/2024").
 */
export function periodCaption(filters: Pick<Filters, 'preset' | 'from' | 'to'>, lang: Lang): string {
  const range = formatRange(filters.from, filters.to, lang)
  return filters.preset === 'custom' ? upperFirst(range) : filterMessages[lang].preset(filters.preset, range)
}

/**
 * The filter caption of an export or a printed page: units, period, boundary view and, for a
 * chart of one metric, the metric. "Toàn quốc · Lũy kế 10 tháng năm 2026 · Sau sắp xếp (34) · Tin, bài".
 */
export function exportCaption(
  filters: CaptionFilters,
  { unitsById, lang, metric }: { unitsById: ReadonlyMap<UnitId, OrgUnit>; lang: Lang; metric?: string },
): string {
  const f = filterMessages[lang]
  const parts = [
    describeSelection(filters.units, { unitsById, boundary: filters.boundary, lang }),
    periodCaption(filters, lang),
    filters.boundary === 'reported' ? f.boundaryReported : f.boundaryCurrent,
  ]
  if (metric) parts.push(metric)
  return exportCaptionMessages[lang].join(parts)
}

/** Names in a file name before they are counted instead ("5-don-vi"). */
const MAX_FILE_NAMES = 2

/**
 * A file name (without extension) that says what the file holds: what is shown, which units,
 * which months. "tin-bai_toan-quoc_2026-01_2026-10", "xep-hang-tin-bai_quang-ninh-ha-noi_2025-01_2025-12".
 * Without diacritics, lower case, safe on every system.
 */
export function exportFilename(
  subject: string,
  filters: Pick<Filters, 'from' | 'to' | 'boundary' | 'units'>,
  { unitsById, lang }: { unitsById: ReadonlyMap<UnitId, OrgUnit>; lang: Lang },
): string {
  let units: string
  if (filters.units.length === 0) units = filterMessages[lang].allUnitsInline
  else if (filters.units.length > MAX_FILE_NAMES) units = exportCaptionMessages[lang].manyUnits(filters.units.length)
  else
    units = filters.units
      .map((id) => {
        const unit = unitsById.get(id)
        return unit ? unitLabel(unit, lang, needsEra(filters.boundary)) : id
      })
      .join(' ')
  return [subject, units, filters.from, filters.to]
    .map((part) => fileSlug(part).toLowerCase())
    .join('_')
}

/** "Nguồn: TTĐN Dashboard – Ban Chỉ đạo công tác thông tin đối ngoại, truy xuất ngày 27/11/2026". */
export function exportSourceLine(site: string, date: Date, lang: Lang): string {
  return exportCaptionMessages[lang].source(site, formatDate(isoDate(date), lang))
}

/** "In ngày 27/11/2026" / "Printed 27 Nov 2026". */
export function printedLine(date: Date, lang: Lang): string {
  return exportCaptionMessages[lang].printed(formatDate(isoDate(date), lang))
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The local calendar date as `YYYY-MM-DD` (not UTC: just after midnight is still today). */
function isoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
