/** What the filters select, in words, for headings and for "which filter emptied this". */
import type { Filters } from '../../../filters/filters'
import { useFilters } from '../../../filters/filters-provider'
import { formatMonth, formatRange } from '../../../lib/format'
import { useLang, useMessages } from '../../../lib/i18n/i18n'
import { needsEra, unitLabel } from '../../../lib/units'
import { rangeCoverage, type RangeCoverage } from '../../../filters/coverage'
import { overviewMessages } from './overview-messages'

export interface OverviewScope {
  filters: Filters
  /** "01/2026 – 10/2026" or "2025". */
  range: string
  /** "toàn quốc" or the selected units' names. */
  units: string
  coverage: RangeCoverage
  coverageFrom: string
  coverageTo: string
  /** Why the range is only partly covered, in words; null when it is fully covered. */
  partialNote: string | null
  /** The sentence for a widget whose query came back empty. */
  emptyText: (metricLabel: string | null) => string
}

export function useOverviewScope(): OverviewScope {
  const { lang } = useLang()
  const m = useMessages(overviewMessages)
  const { filters, unitsById, coverage } = useFilters()
  const range = formatRange(filters.from, filters.to, lang)
  const names = filters.units.map((id) => {
    const u = unitsById.get(id)
    return u ? unitLabel(u, lang, needsEra(filters.boundary)) : id
  })
  const units = names.length === 0 ? m.allUnits : names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} ${m.moreUnits(names.length - 3)}`
  const status = rangeCoverage(filters, coverage)
  const coverageFrom = formatMonth(coverage.from, lang)
  const coverageTo = formatMonth(coverage.to, lang)
  return {
    filters,
    range,
    units,
    coverage: status,
    coverageFrom,
    coverageTo,
    partialNote:
      status !== 'partial' ? null : filters.to > coverage.to ? m.partialUntil(coverageTo) : m.partialFrom(coverageFrom),
    emptyText: (metricLabel) =>
      status === 'none'
        ? m.outside(range, coverageFrom, coverageTo)
        : metricLabel === null
          ? m.noneForFilter(range, units)
          : m.noneForMetric(metricLabel, range, units),
  }
}
