/**
 * The widgets of a unit's page. Each asks for its own data and has its own loading, error
 * (with retry) and empty state, so one failure never blanks the page.
 */
import { Card } from '../../../components/card'
import { useMemo } from 'react'
import { ChartCard } from '../../../components/chart-card'
import { BarChart } from '../../../components/charts/lazy-charts'
import { CURRENT_COLOR } from '../../../components/charts/palette'
import { DataTable } from '../../../components/data-table'
import { ComparisonNote } from '../../../components/comparison-note'
import { KpiCard } from '../../../components/kpi-card'
import { LazyPlanProgress } from '../../../components/plan-progress/lazy-plan-progress'
import type { RecordColumnKey } from '../../../records/components/record-cells'
import { RecordsTable } from '../../../records/components/records-table'
import { entryMessages } from '../../../records/entry/entry-messages'
import { AddRecordControl, recordRowActions, useShowsRecordActions } from '../../../records/entry/record-editing'
import { EmptyState, ErrorState, Skeleton } from '../../../components/widget-state'
import { statsParams, summaryParams } from '../../../filters/api-params'
import { useFilters } from '../../../filters/filters-provider'
import { useStats, useSummary } from '../../../lib/api/queries'
import type { Boundary, Metric, OrgUnit } from '../../../lib/api/schemas'
import { comparisonOf } from '../../../lib/comparison'
import { formatNumber, formatPercent, formatPeriod, formatRange, upperFirst } from '../../../lib/format'
import { comparisonMessages } from '../../../lib/i18n/comparison-messages'
import { categoryLabels, granularityLabels, metricLabels } from '../../../lib/i18n/common-messages'
import { useLang, useMessages } from '../../../lib/i18n/i18n'
import { monthIndex } from '../../../lib/periods'
import { unitLabel } from '../../../lib/units'
import { useUnitStats } from '../api/use-unit-stats'
import { categoryPoints, trendPoints, unitRanks, type CategoryPoint, type TrendPoint } from '../lib/unit-page-data'
import { useScreenParams } from '../../../filters/use-screen-params'
import { unitPageParams } from '../lib/units-params'
import { FIRST_CURRENT_MONTH, type MonthRange } from '../lib/unit-range'
import { unitMessages } from './unit-messages'
import { useChartExport } from '../../../filters/use-chart-export'

interface WidgetProps {
  unit: OrgUnit
  /** The boundary of the unit's own figures (see `figureBoundary`). */
  boundary: Boundary
  /** The months of the range in which the unit has figures. */
  months: MonthRange
}

export function UnitKpis({ unit, boundary, months }: WidgetProps) {
  const m = useMessages(unitMessages)
  const { lang } = useLang()
  const cm = useMessages(comparisonMessages)
  const { filters, unitsById } = useFilters()
  const query = useSummary(summaryParams(filters, { from: months.from, to: months.to, units: [unit.id], boundary }))
  // Ranks come from every unit's figures for the same months: a query of their own, so the
  // KPI figures never wait for them and a failure there leaves the figures standing.
  const ranked = unit.era !== 'national'
  const stats = useUnitStats(filters, boundary, months, { enabled: ranked })
  const peers = useMemo(() => [...unitsById.values()].filter((u) => u.era === unit.era), [unitsById, unit.era])
  const ranks = ranked && stats.data ? unitRanks(unit, peers, stats.data.values) : null
  const monthsText = formatRange(months.from, months.to, lang)
  // "% kế hoạch": a year's plans are the 63 former units' up to 2024, the current units' from 2025;
  // none for the central level, nor for a range over two years.
  const planYear = Number(months.from.slice(0, 4))
  const planParams =
    months.from.slice(0, 4) === months.to.slice(0, 4) && unit.era === (planYear >= 2025 ? 'current' : 'former')
      ? { from: months.from, to: months.to, units: [unit.id] }
      : null
  const rankNote = unit.era === 'national' ? m.rankNational : unit.era === 'former' ? m.rankNoteFormer(peers.length) : m.rankNoteCurrent(peers.length)

  const rankLine = (metric: Metric) => {
    if (!ranked) return null
    const r = ranks?.find((x) => x.metric === metric)
    return (
      <p className="unit-rank">
        {r && r.rank !== null ? m.rankLine(formatNumber(r.rank, lang), formatNumber(r.of, lang)) : stats.error ? m.rankLine('–', formatNumber(peers.length, lang)) : m.rankLoading}
      </p>
    )
  }

  let body
  let subtitle: string | undefined
  if (query.isPending) body = <Skeleton height={150} />
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  else {
    const data = query.data
    const comparison = comparisonOf(data)
    // Like for like: the covered months against the same months a year earlier.
    subtitle =
      comparison.kind === 'like-for-like'
        ? m.kpiSubtitle(formatRange(comparison.current.from, comparison.current.to, lang), formatRange(comparison.previous.from, comparison.previous.to, lang))
        : m.kpiNoPrevious(monthsText)
    const noComparison = comparison.kind === 'before-data' ? cm.noComparisonShort : undefined
    body = data.metrics.every((x) => x.value === 0 && !x.previous) ? (
      <EmptyState>{m.kpiEmpty(monthsText)}</EmptyState>
    ) : (
      <>
        <div className="kpi-grid">
          {data.metrics.map((x) => (
            <KpiCard
              key={x.metric}
              label={metricLabels[lang][x.metric]}
              value={x.value}
              previous={x.previous}
              footer={
                <>
                  {rankLine(x.metric)}
                  <LazyPlanProgress params={planParams} metric={x.metric} />
                </>
              }
              noComparison={noComparison}
            />
          ))}
        </div>
        {comparison.kind === 'before-data' && <ComparisonNote comparison={comparison} coverage={data.coverage} className="units-footnote" />}
      </>
    )
  }
  return (
    <Card title={m.kpiTitle} subtitle={subtitle} className="unit-kpis">
      <div className="card__body">
        {body}
        {ranked && stats.error && <ErrorState error={stats.error} onRetry={stats.retry} title={m.rankError} />}
        <p className="units-footnote">{rankNote}</p>
      </div>
    </Card>
  )
}

export function UnitTrend({ unit, boundary, months, metric }: WidgetProps & { metric: Metric }) {
  const m = useMessages(unitMessages)
  const { lang } = useLang()
  const { filters, coverage } = useFilters()
  const granularity = filters.granularity
  const query = useStats(statsParams(filters, { metric, by: ['period'], from: months.from, to: months.to, units: [unit.id], boundary }))
  const metricText = metricLabels[lang][metric]
  const monthsText = formatRange(months.from, months.to, lang)
  const points = query.data ? trendPoints(query.data.rows, months, granularity, coverage) : []
  const name = unitLabel(unit, lang, unit.era === 'former')
  let state
  if (query.isPending) state = <Skeleton height={300} />
  else if (query.isError) state = <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  else if (query.data.total === 0) state = <EmptyState>{m.emptyMetric(metricText, monthsText)}</EmptyState>
  const columns = [
    { key: 'period', header: m.period, rowHeader: true, cell: (p: TrendPoint) => formatPeriod(p.period, lang) },
    { key: 'value', header: metricText, numeric: true, cell: (p: TrendPoint) => formatNumber(p.value, lang) },
  ]
  const download = useChartExport(m.trendTitle(metricText), metric, { units: [unit.id], from: months.from, to: months.to, boundary })
  return (
    <ChartCard
      title={m.trendTitle(metricText)}
      download={download}
      subtitle={m.trendSubtitle(monthsText, granularityLabels[lang][granularity])}
      state={state}
      chart={
        <BarChart
          data={points}
          xKey="period"
          series={[{ key: 'value', label: metricText, color: CURRENT_COLOR }]}
          ariaLabel={m.chartTrend(metricText, name)}
          formatValue={(v) => formatNumber(v, lang)}
          formatX={(p) => formatPeriod(p, lang, true)}
        />
      }
      table={<DataTable caption={m.trendTitle(metricText)} columns={columns} rows={points} rowKey={(p) => p.period} />}
    />
  )
}

export function UnitBreakdown({ unit, boundary, months, metric }: WidgetProps & { metric: Metric }) {
  const m = useMessages(unitMessages)
  const { lang } = useLang()
  const { filters } = useFilters()
  const query = useStats(statsParams(filters, { metric, by: ['category'], from: months.from, to: months.to, units: [unit.id], boundary }))
  const metricText = metricLabels[lang][metric]
  const monthsText = formatRange(months.from, months.to, lang)
  const labels = categoryLabels[lang] as Record<string, string>
  const points = query.data ? categoryPoints(query.data.rows, metric).map((p) => ({ ...p, label: labels[p.category] ?? p.category })) : []
  const name = unitLabel(unit, lang, unit.era === 'former')
  let state
  if (query.isPending) state = <Skeleton height={300} />
  else if (query.isError) state = <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  else if (query.data.total === 0) state = <EmptyState>{m.emptyMetric(metricText, monthsText)}</EmptyState>
  const columns = [
    { key: 'category', header: m.category, rowHeader: true, cell: (p: CategoryPoint) => labels[p.category] ?? p.category },
    { key: 'value', header: metricText, numeric: true, cell: (p: CategoryPoint) => formatNumber(p.value, lang) },
    { key: 'share', header: m.share, numeric: true, cell: (p: CategoryPoint) => formatPercent(p.share, lang).replace(/^\+/, '') },
  ]
  const download = useChartExport(m.breakdownTitle(metricText), metric, { units: [unit.id], from: months.from, to: months.to, boundary })
  return (
    <ChartCard
      title={m.breakdownTitle(metricText)}
      download={download}
      subtitle={upperFirst(monthsText)}
      state={state}
      chart={
        <BarChart
          data={points}
          xKey="label"
          layout="vertical"
          height={Math.max(220, points.length * 48)}
          series={[{ key: 'value', label: metricText, color: CURRENT_COLOR }]}
          ariaLabel={m.chartBreakdown(metricText, name)}
          formatValue={(v) => formatNumber(v, lang)}
        />
      }
      table={<DataTable caption={m.breakdownTitle(metricText)} columns={columns} rows={points} rowKey={(p) => p.category} />}
    />
  )
}

export function UnitRecords({ unit, boundary, months }: WidgetProps) {
  const m = useMessages(unitMessages)
  const { lang } = useLang()
  const { coverage } = useFilters()
  const [{ sort, page, pageSize }, setParams] = useScreenParams(unitPageParams)
  const monthsText = formatRange(months.from, months.to, lang)
  const entry = useMessages(entryMessages)
  const withActions = useShowsRecordActions()
  // The unit column only tells something when the list mixes units: a merged unit's records
  // within current boundaries include those of its former units.
  const mixed = unit.status === 'merged' && boundary === 'current' && monthIndex(months.from) < monthIndex(FIRST_CURRENT_MONTH)
  const columns: RecordColumnKey[] = ['date', ...(mixed ? (['unit'] as const) : []), 'metric', 'category', 'title', 'quantity', 'participants', 'format']
  const to = monthIndex(months.to) > monthIndex(coverage.to) ? coverage.to : months.to
  return (
    <Card title={m.recordsTitle} subtitle={m.recordsSubtitle(monthsText)} className="unit-records" actions={<AddRecordControl unit={unit} />}>
      <div className="card__body">
        <RecordsTable
          params={{ units: [unit.id], boundary, from: months.from, to: monthIndex(to) < monthIndex(months.from) ? months.to : to, sort, page, pageSize }}
          onChange={(change) => setParams({ ...change, page: change.page ?? 1 })}
          caption={m.recordsCaption(unitLabel(unit, lang, unit.era === 'former'))}
          withEra={false}
          columns={columns}
          emptyMessage={m.recordsEmpty(monthsText)}
          {...(withActions ? { rowActions: recordRowActions, actionsLabel: entry.actions } : {})}
        />
      </div>
    </Card>
  )
}
