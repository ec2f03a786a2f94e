/** The chosen metric by category (channel, kind of meeting, award level, training audience). */
import { ChartCard } from '../../../components/chart-card'
import { BarChart } from '../../../components/charts/lazy-charts'
import { CURRENT_COLOR } from '../../../components/charts/palette'
import { DataTable } from '../../../components/data-table'
import { EmptyState, ErrorState, Skeleton } from '../../../components/widget-state'
import { statsParams } from '../../../filters/api-params'
import { useStats } from '../../../lib/api/queries'
import type { Metric } from '../../../lib/api/schemas'
import { formatNumber } from '../../../lib/format'
import { categoryLabels, metricLabels } from '../../../lib/i18n/common-messages'
import { useLang, useMessages } from '../../../lib/i18n/i18n'
import { buildBreakdown } from '../lib/breakdown'
import { formatShare } from '../lib/format-share'
import { overviewMessages } from './overview-messages'
import type { OverviewScope } from './use-overview-scope'
import { useChartExport } from '../../../filters/use-chart-export'

export function BreakdownCard({ metric, scope }: { metric: Metric; scope: OverviewScope }) {
  const { lang } = useLang()
  const m = useMessages(overviewMessages)
  const metricLabel = metricLabels[lang][metric]
  const stats = useStats(statsParams(scope.filters, { metric, by: ['category'] }))
  const rows = stats.data ? buildBreakdown(stats.data.rows, metric, (c) => categoryLabels[lang][c]) : []
  const fmt = (v: number) => formatNumber(v, lang)

  let state
  if (stats.isPending) state = <Skeleton height={260} />
  else if (stats.isError) state = <ErrorState error={stats.error} title={m.breakdownError} onRetry={() => void stats.refetch()} />
  else if (scope.coverage === 'none' || stats.data.total === 0) state = <EmptyState>{scope.emptyText(metricLabel)}</EmptyState>

  const download = useChartExport(m.breakdownTitle(metricLabel), metric)
  return (
    <ChartCard
      className="overview-breakdown"
      title={m.breakdownTitle(metricLabel)}
      download={download}
      subtitle={m.breakdownSubtitle(metric)}
      state={state}
      chart={
        <div data-chart-slot="breakdown">
          <BarChart
            data={rows}
            xKey="label"
            layout="vertical"
            series={[{ key: 'value', label: metricLabel, color: CURRENT_COLOR }]}
            ariaLabel={m.breakdownChart(metricLabel)}
            formatValue={fmt}
            height={Math.max(160, rows.length * 44 + 40)}
          />
        </div>
      }
      table={
        <DataTable
          caption={m.breakdownChart(metricLabel)}
          rows={rows}
          rowKey={(r) => r.category}
          columns={[
            { key: 'category', header: m.category, rowHeader: true, cell: (r) => r.label },
            { key: 'value', header: m.value, numeric: true, cell: (r) => fmt(r.value) },
            { key: 'share', header: m.share, numeric: true, cell: (r) => formatShare(r.share, lang) },
          ]}
          footer={
            <tr>
              <th scope="row">{m.total}</th>
              <td className="num">{fmt(stats.data?.total ?? 0)}</td>
              <td className="num">{formatShare(1, lang)}</td>
            </tr>
          }
        />
      }
    />
  )
}
