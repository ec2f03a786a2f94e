/** Courses and trainees by period (the filter bar's granularity), with a table view of the same figures. */
import { ChartCard } from '../../../components/chart-card'
import { BarChart } from '../../../components/charts/lazy-charts'
import { CURRENT_COLOR } from '../../../components/charts/palette'
import { DataTable, type DataTableColumn } from '../../../components/data-table'
import { useFilters } from '../../../filters/filters-provider'
import { formatNumber, formatPeriod } from '../../../lib/format'
import { granularityLabels } from '../../../lib/i18n/common-messages'
import { useLang, useMessages } from '../../../lib/i18n/i18n'
import { useTrainingStats } from '../api/use-training-data'
import { periodRows, sumRows } from '../lib/chart-data'
import type { Measure } from '../lib/training-params'
import { describeScope } from '../lib/scope'
import { measureColumns, TotalRow, useMeasureLabels, useWidgetState } from './training-chart-parts'
import { trainingMessages } from './training-messages'
import { useChartExport } from '../../../filters/use-chart-export'

export function TrainingByPeriod({ measure }: { measure: Measure }) {
  const { lang } = useLang()
  const m = useMessages(trainingMessages)
  const { filters, unitsById, coverage } = useFilters()
  const labels = useMeasureLabels()
  const stats = useTrainingStats(filters, 'period')
  const state = useWidgetState(stats, (s) => (s.courses?.total ?? 0) === 0, m.byPeriod)
  const granularity = granularityLabels[lang][filters.granularity]
  const scope = describeScope(filters, unitsById, lang)

  const rows = stats.courses && stats.trainees ? periodRows(stats.courses, stats.trainees, filters, coverage) : []
  const columns: DataTableColumn<(typeof rows)[number]>[] = [
    { key: 'period', header: m.period, rowHeader: true, cell: (r) => formatPeriod(r.period, lang) },
    ...measureColumns<(typeof rows)[number]>(lang, m),
  ]
  const download = useChartExport(m.fileSubject(labels[measure], 'period'), measure === 'courses' ? 'trainings' : 'trainees')
  return (
    <ChartCard
      title={m.byPeriod}
      download={download}
      subtitle={m.byPeriodSubtitle(granularity, labels[measure])}
      state={state}
      chart={
        <BarChart
          data={rows}
          xKey="period"
          series={[{ key: measure, label: labels[measure], color: CURRENT_COLOR }]}
          ariaLabel={m.chartAria(m.byPeriod, labels[measure], scope)}
          formatValue={(v) => formatNumber(v, lang)}
          formatX={(p) => formatPeriod(p, lang, true)}
        />
      }
      table={
        <DataTable
          caption={`${m.byPeriod} — ${scope}`}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.period}
          footer={<TotalRow label={m.total} total={sumRows(rows)} lang={lang} />}
        />
      }
    />
  )
}

