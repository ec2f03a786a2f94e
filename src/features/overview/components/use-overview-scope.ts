/** What the filters select, in words, for headings and for "which filter emptied this". */
import { describeSelection } from '../../../filters/describe-selection'
import type { Filters } from '../../../filters/filters'
import { useFilters } from '../../../filters/filters-provider'
import { formatMonth, formatRange } from '../../../lib/format'
import { useLang, useMessages } from '../../../lib/i18n/i18n'
import { rangeCoverage, type RangeCoverage } from '../../../filters/coverage'
import { overviewMessages } from './overview-messages'

export interface OverviewScope {
  filters: Filters
  /** "01/2026 – 10/2026" or "2025". */
  range: string
  /** The selection inside a sentence: "toàn quốc", "Đồng bằng sông Hồng", "Quảng Ninh và Hà Nội". */
  units: string
  /** The selection as a label: "Toàn quốc", … */
  unitsLabel: string
  coverage: RangeCoverage
  coverageFrom: string
  coverageTo: string
  /** The sentence for a widget whose query came back empty. */
  emptyText: (metricLabel: string | null) => string
}

export function useOverviewScope(): OverviewScope {
  const { lang } = useLang()
  const m = useMessages(overviewMessages)
  const { filters, unitsById, coverage } = useFilters()
  const range = formatRange(filters.from, filters.to, lang)
  const selection = { unitsById, boundary: filters.boundary, lang }
  const units = describeSelection(filters.units, { ...selection, inline: true })
  const unitsLabel = describeSelection(filters.units, selection)
  const status = rangeCoverage(filters, coverage)
  const coverageFrom = formatMonth(coverage.from, lang)
  const coverageTo = formatMonth(coverage.to, lang)
  return {
    filters,
    range,
    units,
    unitsLabel,
    coverage: status,
    coverageFrom,
    coverageTo,
    emptyText: (metricLabel) =>
      status === 'none'
        ? m.outside(range, coverageFrom, coverageTo)
        : metricLabel === null
          ? m.noneForFilter(range, units)
          : m.noneForMetric(metricLabel, range, units),
  }
}
