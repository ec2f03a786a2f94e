/** The chosen metric by period, with the same months of last year beside it. */
import { ChartCard } from '../../../components/chart-card'
import { LineChart } from '../../../components/charts/lazy-charts'
import { CURRENT_COLOR, PREVIOUS_COLOR } from '../../../components/charts/palette'
import { DataTable, type DataTableColumn } from '../../../components/data-table'
import { DeltaText } from '../../../components/kpi-card'
import { EmptyState, ErrorState, Skeleton } from '../../../components/widget-state'
import { statsParams } from '../../../filters/api-params'
import { useStats } from '../../../lib/api/queries'
import type { Metric } from '../../../lib/api/schemas'
import { computeDelta } from '../../../lib/delta'
import { formatNumber, formatPeriod, formatRange } from '../../../lib/format'
import { granularityLabels, metricLabels } from '../../../lib/i18n/common-messages'
import { useLang, useMessages, type Lang } from '../../../lib/i18n/i18n'
import { buildTrendRows, type TrendRow } from '../lib/trend'
import { overviewMessages } from './overview-messages'
import type { OverviewScope } from './use-overview-scope'
import { useChartExport } from '../../../filters/use-chart-export'

const cellOf = (v: number | null, lang: Lang) => (v === null ? '—' : formatNumber(v, lang))

/** The table view's columns (built outside the component: cells are render functions, not components). */
function trendColumns(m: (typeof overviewMessages)['vi'], lang: Lang): DataTableColumn<TrendRow>[] {
  return [
    {
      key: 'period',
      header: m.period,
      rowHeader: true,
      cell: (r) => (
        <>
          {formatPeriod(r.period, lang)}
          {r.months && (
            <>
              {' '}
              <span className="overview-muted">({m.periodMonths(formatRange(r.months.from, r.months.to, lang))})</span>
            </>
          )}
        </>
      ),
    },
    { key: 'current', header: m.thisPeriod, numeric: true, cell: (r) => cellOf(r.current, lang) },
    {
      key: 'previous',
      header: m.samePeriod,
      numeric: true,
      cell: (r) => (
        <>
          {cellOf(r.previous, lang)} <span className="overview-muted">({formatPeriod(r.previousPeriod, lang, true)})</span>
        </>
      ),
    },
    { key: 'change', header: m.change, cell: (r) => (r.current === null ? '—' : <DeltaText delta={computeDelta(r.current, r.previous)} />) },
  ]
}

export function TrendCard({ metric, scope, coverage }: { metric: Metric; scope: OverviewScope; coverage: { from: string; to: string } }) {
  const { lang } = useLang()
  const m = useMessages(overviewMessages)
  const { from, to, granularity } = scope.filters
  const metricLabel = metricLabels[lang][metric]
  const stats = useStats(statsParams(scope.filters, { metric, by: ['period'], compare: 'previous-year' }))

  const fmt = (v: number) => formatNumber(v, lang)
  let state
  let rows: TrendRow[] = []
  if (stats.isPending) {
    state = <Skeleton height={300} />
  } else if (stats.isError) {
    state = <ErrorState error={stats.error} title={m.trendError} onRetry={() => void stats.refetch()} />
  } else if (scope.coverage === 'none' || stats.data.rows.length === 0) {
    state = <EmptyState>{scope.emptyText(metricLabel)}</EmptyState>
  } else {
    rows = buildTrendRows({ from, to, granularity, rows: stats.data.rows, coverage })
  }

  const download = useChartExport(metricLabel, metric)
  return (
    <ChartCard
      className="overview-trend"
      title={m.trendTitle(metricLabel)}
      download={download}
      subtitle={m.trendSubtitle(granularityLabels[lang][granularity])}
      state={state}
      chart={
        <div data-chart-slot="trend">
          <LineChart
            data={rows}
            xKey="period"
            series={[
              { key: 'current', label: m.thisPeriod, color: CURRENT_COLOR },
              { key: 'previous', label: m.samePeriod, color: PREVIOUS_COLOR },
            ]}
            ariaLabel={m.trendChart(metricLabel, scope.range)}
            formatValue={fmt}
            formatX={(key) => formatPeriod(key, lang, true)}
            height={300}
          />
        </div>
      }
      table={
        <DataTable
          caption={m.trendChart(metricLabel, scope.range)}
          rows={rows}
          rowKey={(r) => r.period}
          columns={trendColumns(m, lang)}
        />
      }
    />
  )
}
