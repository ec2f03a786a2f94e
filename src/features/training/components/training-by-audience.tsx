/** Courses and trainees by audience, with each audience's share, and a table view of the same figures. */
import { ChartCard } from '../../../components/chart-card'
import { BarChart } from '../../../components/charts/lazy-charts'
import { CURRENT_COLOR } from '../../../components/charts/palette'
import { DataTable, type DataTableColumn } from '../../../components/data-table'
import { useFilters } from '../../../filters/filters-provider'
import { formatNumber, formatPercent } from '../../../lib/format'
import { categoryLabels } from '../../../lib/i18n/common-messages'
import { useLang, useMessages } from '../../../lib/i18n/i18n'
import { useTrainingStats } from '../api/use-training-data'
import { audienceRows, sumRows } from '../lib/chart-data'
import type { Measure } from '../lib/training-params'
import { describeScope } from '../lib/scope'
import { measureColumns, TotalRow, useMeasureLabels, useWidgetState } from './training-chart-parts'
import { trainingMessages } from './training-messages'
import { useChartExport } from '../../../filters/use-chart-export'

export function TrainingByAudience({ measure }: { measure: Measure }) {
  const { lang } = useLang()
  const m = useMessages(trainingMessages)
  const { filters, unitsById } = useFilters()
  const labels = useMeasureLabels()
  const stats = useTrainingStats(filters, 'category')
  const state = useWidgetState(stats, (s) => (s.courses?.total ?? 0) === 0, m.byAudience)
  const scope = describeScope(filters, unitsById, lang)

  const rows = stats.courses && stats.trainees ? audienceRows(stats.courses, stats.trainees) : []
  const total = sumRows(rows)
  const chartRows = rows.map((r) => ({ ...r, label: categoryLabels[lang][r.category] }))
  const columns: DataTableColumn<(typeof rows)[number]>[] = [
    { key: 'audience', header: m.audience, rowHeader: true, cell: (r) => categoryLabels[lang][r.category] },
    ...measureColumns<(typeof rows)[number]>(lang, m),
    {
      key: 'share',
      header: `${m.share} (${labels[measure].toLowerCase()})`,
      numeric: true,
      cell: (r) => (total[measure] === 0 ? '—' : formatPercent(r[measure] / total[measure], lang).replace(/^\+/, '')),
    },
  ]
  const download = useChartExport(m.fileSubject(labels[measure], 'audience'), measure === 'courses' ? 'trainings' : 'trainees')
  return (
    <ChartCard
      title={m.byAudience}
      download={download}
      subtitle={m.byAudienceSubtitle(labels[measure])}
      state={state}
      chart={
        <BarChart
          data={chartRows}
          xKey="label"
          layout="vertical"
          height={260}
          categoryWidth={lang === 'vi' ? 180 : 190}
          series={[{ key: measure, label: labels[measure], color: CURRENT_COLOR }]}
          ariaLabel={m.chartAria(m.byAudience, labels[measure], scope)}
          formatValue={(v) => formatNumber(v, lang)}
        />
      }
      table={
        <DataTable
          caption={`${m.byAudience} — ${scope}`}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.category}
          footer={<TotalRow label={m.total} total={total} lang={lang} after={<td className="num">{total[measure] === 0 ? '—' : formatPercent(1, lang).replace(/^\+/, '')}</td>} />}
        />
      }
    />
  )
}

