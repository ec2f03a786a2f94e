/**
 * Units ranked by the chosen metric among every unit of the view: sorted HTML bars whose names
 * link to the unit, top 10 with "show all". The units chosen in the filter are highlighted and
 * always shown with their rank among all (a ranking of the selection alone ranks one unit 1st).
 * The national level is reported beside the ranking, not in it.
 */
import { useId, useState } from 'react'
import { Link } from 'react-router'
import { ChartCard } from '../../../components/chart-card'
import { CURRENT_COLOR } from '../../../components/charts/palette'
import { DataTable, type DataTableColumn } from '../../../components/data-table'
import { EmptyState, ErrorState, Skeleton } from '../../../components/widget-state'
import { filterSearch } from '../../../filters/filters'
import { useFilters } from '../../../filters/filters-provider'
import { statsParams } from '../../../filters/api-params'
import { useStats } from '../../../lib/api/queries'
import type { Metric, UnitId } from '../../../lib/api/schemas'
import { formatNumber } from '../../../lib/format'
import { metricLabels } from '../../../lib/i18n/common-messages'
import { useLang, useMessages, type Lang } from '../../../lib/i18n/i18n'
import { needsEra, unitLabel } from '../../../lib/units'
import { formatShare } from '../lib/format-share'
import { buildRanking, type RankedUnit } from '../lib/ranking'
import { overviewMessages } from './overview-messages'
import type { OverviewScope } from './use-overview-scope'
import { useChartExport } from '../../../filters/use-chart-export'

const TOP = 10

/** The table view's columns (built outside the component: cells are render functions, not components). */
function rankingColumns(m: (typeof overviewMessages)['vi'], lang: Lang, search: string, selected: ReadonlySet<UnitId>): DataTableColumn<RankedUnit>[] {
  return [
    { key: 'rank', header: m.rank, numeric: true, cell: (u) => u.rank },
    {
      key: 'unit',
      header: m.unit,
      rowHeader: true,
      cell: (u) => (
        <>
          <Link to={{ pathname: `/units/${u.id}`, search }}>{u.label}</Link>
          {selected.has(u.id) && <span className="rank-bars__selected"> ({m.rankingSelected})</span>}
        </>
      ),
    },
    { key: 'value', header: m.value, numeric: true, cell: (u) => formatNumber(u.value, lang) },
    { key: 'share', header: m.share, numeric: true, cell: (u) => formatShare(u.share, lang) },
  ]
}

export function RankingCard({ metric, scope }: { metric: Metric; scope: OverviewScope }) {
  const { lang } = useLang()
  const m = useMessages(overviewMessages)
  const { unitsById } = useFilters()
  const [showAll, setShowAll] = useState(false)
  const nameId = useId()
  const { units, boundary } = scope.filters
  const metricLabel = metricLabels[lang][metric]
  // Every unit of the view: the selection is highlighted, not ranked on its own.
  const stats = useStats(statsParams(scope.filters, { metric, by: ['unit'], units: [] }))
  const selected = new Set<UnitId>(units)
  const search = filterSearch(scope.filters)
  const withEra = needsEra(boundary)

  const ranking = stats.data ? buildRanking(stats.data.rows, unitsById, (u) => unitLabel(u, lang, withEra)) : null
  const fmt = (v: number) => formatNumber(v, lang)

  let state
  if (stats.isPending) state = <Skeleton height={380} />
  else if (stats.isError) state = <ErrorState error={stats.error} title={m.rankingError} onRetry={() => void stats.refetch()} />
  else if (scope.coverage === 'none' || stats.data.total === 0) state = <EmptyState>{scope.emptyText(metricLabel)}</EmptyState>
  else if (ranking && ranking.units.length === 0) state = <EmptyState>{m.rankingOnlyNational(scope.range)}</EmptyState>

  const all = ranking?.units ?? []
  const shown = showAll ? all : all.filter((u, i) => i < TOP || selected.has(u.id))
  const position = new Map(all.map((u, i) => [u.id, i]))
  const max = all[0]?.value ?? 0
  const unitLink = (u: RankedUnit) => ({ pathname: `/units/${u.id}`, search })

  const download = useChartExport(m.rankingTitle(metricLabel), metric)
  return (
    <ChartCard
      className="overview-ranking"
      title={m.rankingTitle(metricLabel)}
      download={download}
      subtitle={boundary === 'reported' ? m.rankingSubtitleReported : m.rankingSubtitleCurrent}
      state={state}
      actions={
        all.length > TOP && !state ? (
          <button type="button" className="button button--secondary" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
            {showAll ? m.rankingShowTop : m.rankingShowAll(all.length)}
          </button>
        ) : undefined
      }
      chart={
        <div data-chart-slot="ranking" data-drawn={shown.length > 0 ? 'true' : undefined}>
          <ol className="rank-bars" aria-label={m.rankingChart(metricLabel)}>
            {shown.map((u, i) => (
              <li
                key={u.id}
                className={`rank-bars__row${selected.has(u.id) ? ' rank-bars__row--selected' : ''}${i > 0 && (position.get(u.id) ?? 0) !== (position.get(shown[i - 1]?.id ?? '') ?? 0) + 1 ? ' rank-bars__row--after-gap' : ''}`}
              >
                <span className="rank-bars__rank" aria-hidden="true">
                  {u.rank}
                </span>
                <Link className="rank-bars__name" to={unitLink(u)}>
                  <span id={`${nameId}-${u.id}`}>{u.label}</span>
                  <span className="visually-hidden">{`, ${m.rank.toLowerCase()} ${u.rank}${selected.has(u.id) ? `, ${m.rankingSelected}` : ''}`}</span>
                </Link>
                <span className="rank-bars__track" aria-hidden="true">
                  <span
                    className="rank-bars__bar"
                    style={{ width: `${max > 0 ? Math.max(0.5, (u.value / max) * 100) : 0}%`, background: CURRENT_COLOR }}
                  />
                </span>
                {/* The figure, named by its unit (aria-labelledby), as KpiCard names its headline figure. */}
                {/* oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- no native element is a named, neutral group around text (fieldset is for form controls) */}
                <span className="rank-bars__value num" role="group" aria-labelledby={`${nameId}-${u.id}`}>
                  {fmt(u.value)}
                </span>
              </li>
            ))}
          </ol>
        </div>
      }
      table={
        <DataTable
          caption={m.rankingChart(metricLabel)}
          rows={shown}
          rowKey={(u) => u.id}
          columns={rankingColumns(m, lang, search, selected)}
        />
      }
      footer={
        state ? undefined : (
          <>
            {selected.size > 0 && <p>{m.rankingSelectionNote}</p>}
            {all.length > TOP && <p>{m.rankingCount(shown.length, all.length)}</p>}
            {ranking?.national != null && <p>{m.rankingNational(fmt(ranking.national))}</p>}
          </>
        )
      }
    />
  )
}
