/**
 * What a chart card's downloads say about the current view, from the filters in the URL: the
 * file name, the caption, the unit of measure and the source line. One line in each card:
 * `download={useChartExport(metricLabel, metric)}`.
 */
import type { ChartExportSpec } from '../components/chart-card'
import type { Metric } from '../lib/api/schemas'
import { today } from '../lib/clock'
import { commonMessages, metricLabels, metricUnits } from '../lib/i18n/common-messages'
import { useLang } from '../lib/i18n/i18n'
import { exportCaption, exportFilename, exportSourceLine } from './export-caption'
import { exportCaptionMessages } from './export-messages'
import { useFilters } from './filters-provider'
import type { Filters } from './filters'

/**
 * `subject` names what the file holds ("Tin, bài", "Xếp hạng đơn vị: Tin, bài"); `metric`, when
 * the chart shows one, adds it to the caption with its unit. `scope` replaces filters for a chart
 * of its own units or months (a unit's page: that unit, its own period).
 */
export function useChartExport(subject: string, metric?: Metric, scope?: Partial<Pick<Filters, 'units' | 'from' | 'to' | 'boundary'>>): ChartExportSpec {
  const { lang } = useLang()
  const { filters: urlFilters, unitsById } = useFilters()
  const filters: Filters = { ...urlFilters, ...scope }
  // A unit's own period is not the preset's: name it by its months.
  if (scope?.from || scope?.to) filters.preset = 'custom'
  const c = commonMessages[lang]
  return {
    filename: exportFilename(subject, filters, { unitsById, lang }),
    caption: exportCaption(filters, { unitsById, lang, ...(metric ? { metric: metricLabels[lang][metric] } : {}) }),
    unitOfMeasure: metric ? exportCaptionMessages[lang].unitOfMeasure(metricUnits[lang][metric]) : undefined,
    source: exportSourceLine(`${c.appName} – ${c.appTagline}`, today(), lang),
  }
}
