/**
 * The three breakdowns of courses and trainees: by period, by audience, by unit. Each is a
 * chart with a table view of the same figures, and its own loading, error and empty state.
 */
import { useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import { ChartCard } from '../../../components/chart-card'
import { BarChart } from '../../../components/charts/lazy-charts'
import { CATEGORICAL, CURRENT_COLOR } from '../../../components/charts/palette'
import { DataTable, type DataTableColumn } from '../../../components/data-table'
import { EmptyState, ErrorState, Skeleton } from '../../../components/widget-state'
import { filterSearch } from '../../../filters/filters'
import { useFilters } from '../../../filters/filters-provider'
import { formatMonth, formatNumber, formatPercent, formatPeriod } from '../../../lib/format'
import { categoryLabels, commonMessages, granularityLabels } from '../../../lib/i18n/common-messages'
import { useLang, useMessages } from '../../../lib/i18n/i18n'
import type { OrgUnit } from '../../../lib/api/schemas'
import { needsEra, unitLabel } from '../../../lib/units'
import { useTrainingStats } from '../api/use-training-data'
import { audienceRows, periodRows, sumRows, unitRows, unitsInScope, type TrainingRow } from '../lib/chart-data'
import type { Measure } from '../lib/training-params'
import { rangeCoverage } from '../../../filters/coverage'
import { describeScope } from '../lib/scope'
import { trainingMessages } from './training-messages'
import { useNarrow } from './use-narrow'

/** Bars shown before "show all" in the ranking by unit. */
const UNIT_CHART_LIMIT = 40

/** The national level's bar: a colour of its own (its label says it too). */
const NATIONAL_COLOR = CATEGORICAL[1]

type Stats = ReturnType<typeof useTrainingStats>

/** The state to show instead of the chart, or undefined when there is something to draw. */
function useWidgetState(stats: Stats, isEmpty: (s: Stats) => boolean, title: string): ReactNode | undefined {
  const { lang } = useLang()
  const m = useMessages(trainingMessages)
  const { filters, unitsById, coverage } = useFilters()
  const scope = describeScope(filters, unitsById, lang)
  if (rangeCoverage(filters, coverage) === 'none') {
    return <EmptyState>{m.noData(scope, formatMonth(coverage.from, lang), formatMonth(coverage.to, lang))}</EmptyState>
  }
  if (stats.error) return <ErrorState error={stats.error} title={`${m.chartError}: ${title}`} onRetry={stats.retry} />
  if (stats.isPending || !stats.courses || !stats.trainees) return <Skeleton height={300} />
  if (isEmpty(stats)) return <EmptyState>{m.noCoursesIn(scope)}</EmptyState>
  return undefined
}

function useMeasureLabels() {
  const m = useMessages(trainingMessages)
  return { courses: m.courses, trainees: m.trainees } satisfies Record<Measure, string>
}

/** The three numeric columns every breakdown table carries. */
function measureColumns<R extends TrainingRow | { courses: number | null; trainees: number | null; average: number | null }>(
  lang: 'vi' | 'en',
  m: (typeof trainingMessages)['vi'],
): DataTableColumn<R>[] {
  const n = (v: number | null) => (v === null ? '—' : formatNumber(v, lang))
  return [
    { key: 'courses', header: m.courses, numeric: true, cell: (r) => n(r.courses) },
    { key: 'trainees', header: m.trainees, numeric: true, cell: (r) => n(r.trainees) },
    { key: 'average', header: m.average, numeric: true, cell: (r) => (r.average === null ? '—' : formatNumber(r.average, lang, 1)) },
  ]
}

function TotalRow({ label, total, lang, extra = 0, after }: { label: string; total: TrainingRow; lang: 'vi' | 'en'; extra?: number; after?: ReactNode }) {
  return (
    <tr>
      <th scope="row" colSpan={1 + extra}>
        {label}
      </th>
      <td className="num">{formatNumber(total.courses, lang)}</td>
      <td className="num">{formatNumber(total.trainees, lang)}</td>
      <td className="num">{total.average === null ? '—' : formatNumber(total.average, lang, 1)}</td>
      {after}
    </tr>
  )
}

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
  return (
    <ChartCard
      title={m.byPeriod}
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
  return (
    <ChartCard
      title={m.byAudience}
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

/** A unit's name linking to its page, keeping the filters; the national level in bold. */
function unitLink(unit: OrgUnit, label: string, search: string): ReactNode {
  return (
    <Link to={{ pathname: `/units/${unit.id}`, search }} className={unit.era === 'national' ? 'training-national' : undefined}>
      {label}
    </Link>
  )
}

export function TrainingByUnit({ measure }: { measure: Measure }) {
  const { lang } = useLang()
  const m = useMessages(trainingMessages)
  const c = useMessages(commonMessages)
  const { filters, units, unitsById } = useFilters()
  const labels = useMeasureLabels()
  const stats = useTrainingStats(filters, 'unit')
  const scope = describeScope(filters, unitsById, lang)
  const inScope = unitsInScope(units, filters.units, filters, filters.boundary)
  const state = useWidgetState(stats, () => inScope.length === 0, m.byUnit)
  const withEra = needsEra(filters.boundary)
  const search = filterSearch(filters)

  const [showAll, setShowAll] = useState(false)
  const narrow = useNarrow()
  // On a phone, long names with their era wrap onto two lines: narrower labels, taller rows.
  const labelWidth = withEra && !narrow ? 220 : 150
  const rowHeight = withEra && narrow ? 34 : 22

  const rows = stats.courses && stats.trainees ? unitRows(stats.courses, stats.trainees, inScope, unitsById, measure) : []
  // A long ranking (the 98 units of 2025 as reported) shows its top first; the table and the
  // "no training" list carry every unit.
  const truncated = rows.length > UNIT_CHART_LIMIT && !showAll
  const chartRows = (truncated ? rows.slice(0, UNIT_CHART_LIMIT) : rows).map((r) => ({
    id: r.unit.id,
    label: unitLabel(r.unit, lang, withEra),
    courses: r.courses,
    trainees: r.trainees,
  }))
  const columns: DataTableColumn<(typeof rows)[number]>[] = [
    // Equal figures share a rank (1, 2, 3, 3, 5): the order among them is only alphabetical.
    { key: 'rank', header: m.rank, numeric: true, cell: (r) => formatNumber(rows.findIndex((o) => o[measure] === r[measure]) + 1, lang) },
    {
      key: 'unit',
      header: m.unit,
      rowHeader: true,
      cell: (r) => unitLink(r.unit, unitLabel(r.unit, lang, withEra), search),
    },
    ...measureColumns<(typeof rows)[number]>(lang, m),
  ]
  return (
    <ChartCard
      title={m.byUnit}
      subtitle={
        <>
          {m.byUnitSubtitle(labels[measure], chartRows.length, rows.length)}
          {inScope.some((u) => u.era === 'national') && (
            <>
              <br />
              {m.nationalNote}
            </>
          )}
        </>
      }
      state={state}
      className="training-by-unit"
      actions={
        rows.length > UNIT_CHART_LIMIT && (
          <button type="button" className="button button--secondary" aria-pressed={showAll} onClick={() => setShowAll(!showAll)}>
            {showAll ? m.showTop(UNIT_CHART_LIMIT) : m.showAllUnits(rows.length)}
          </button>
        )
      }
      chart={
        <BarChart
          data={chartRows}
          categoryWidth={labelWidth}
          xKey="label"
          layout="vertical"
          height={Math.max(160, chartRows.length * rowHeight + 48)}
          series={[{ key: measure, label: labels[measure], color: CURRENT_COLOR }]}
          colorOf={(r) => (r.id === 'tw' ? NATIONAL_COLOR : undefined)}
          ariaLabel={m.chartAria(m.byUnit, labels[measure], scope)}
          formatValue={(v) => formatNumber(v, lang)}
        />
      }
      table={
        <DataTable
          caption={`${m.byUnit} — ${scope}`}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.unit.id}
          footer={<TotalRow label={c.total} total={sumRows(rows)} lang={lang} extra={1} />}
        />
      }
    />
  )
}
