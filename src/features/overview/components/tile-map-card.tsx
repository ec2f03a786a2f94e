/**
 * The tile-grid map of the 34 current units, coloured by the chosen metric. Plain HTML in a
 * CSS grid (no chart library): every tile is a link to its unit, so a click, Enter and screen
 * readers all work natively; hover and focus show a label with the unit and value. The map is
 * one Tab stop (a roving tabindex): the arrow keys move in the grid, Home and End to the
 * first and last tile.
 * Always in current boundaries; units outside the unit filter are muted, not hidden.
 */
import { compareVi } from '../../../lib/text'
import { useRef, useState, type CSSProperties, type KeyboardEvent } from 'react'
import { Link } from 'react-router'
import { ChartCard } from '../../../components/chart-card'
import { MUTED_COLOR } from '../../../components/charts/palette'
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
import { buildTileMap, type MapClass, type Tile } from '../lib/tile-map'
import { isTileKey, nextTile, readingOrder } from '../lib/tile-navigation'
import { overviewMessages } from './overview-messages'
import type { OverviewScope } from './use-overview-scope'
import { useChartExport } from '../../../filters/use-chart-export'

/** Escape hides the hovered/focused tile's label (WCAG 1.4.13) until the pointer or focus moves. */
function hideLabelOnEscape(event: KeyboardEvent<HTMLElement>) {
  if (event.key === 'Escape') event.currentTarget.dataset.tipHidden = 'true'
}
function showLabel(event: { currentTarget: HTMLElement }) {
  delete event.currentTarget.dataset.tipHidden
}

const classLabelOf = (c: MapClass, lang: Lang) =>
  c.from === c.to ? formatNumber(c.from, lang) : `${formatNumber(c.from, lang)} – ${formatNumber(c.to, lang)}`

/** The table view's columns (built outside the component: cells are render functions, not components). */
function tileColumns(m: (typeof overviewMessages)['vi'], lang: Lang, search: string, classes: MapClass[]): DataTableColumn<Tile>[] {
  return [
    { key: 'unit', header: m.unit, rowHeader: true, cell: (t) => <Link to={{ pathname: `/units/${t.id}`, search }}>{t.name}</Link> },
    { key: 'value', header: m.value, numeric: true, cell: (t) => formatNumber(t.value, lang) },
    {
      key: 'class',
      header: m.mapClassColumn,
      cell: (t) => {
        if (t.classIndex === null) return m.mapMuted
        const c = classes[t.classIndex]
        return `${t.classIndex + 1}/${classes.length}${c ? ` (${classLabelOf(c, lang)})` : ''}`
      },
    },
  ]
}

export function TileMapCard({ metric, scope }: { metric: Metric; scope: OverviewScope }) {
  const { lang } = useLang()
  const m = useMessages(overviewMessages)
  const { units: viewUnits, unitsById } = useFilters()
  const { units } = scope.filters
  const metricLabel = metricLabels[lang][metric]
  // Always current boundaries and every unit: the filter only decides which tiles are muted.
  const stats = useStats(statsParams(scope.filters, { metric, by: ['unit'], units: [], boundary: 'current' }))
  const search = filterSearch(scope.filters)
  const fmt = (v: number) => formatNumber(v, lang)

  // In the as-reported view the filter may hold former units: their tiles are their successors.
  const selected =
    units.length === 0 ? null : new Set<UnitId>(units.map((id) => unitsById.get(id)?.successorId ?? id))
  const currentUnits = [...unitsById.values()].filter((u) => u.era === 'current')
  const map = stats.data ? buildTileMap(currentUnits.length > 0 ? currentUnits : viewUnits, stats.data.rows, selected) : null
  const classLabel = (c: MapClass) => classLabelOf(c, lang)
  const describe = (t: Tile) => {
    if (t.classIndex === null || !map) return m.mapTileMuted
    const c = map.classes[t.classIndex]
    return m.mapTile(`${m.mapClass(t.classIndex + 1, map.classes.length)}: ${c ? classLabel(c) : ''}`)
  }

  let state
  if (stats.isPending) state = <Skeleton height={860} />
  else if (stats.isError) state = <ErrorState error={stats.error} title={m.mapError} onRetry={() => void stats.refetch()} />
  else if (scope.coverage === 'none' || stats.data.total === 0) state = <EmptyState>{scope.emptyText(metricLabel)}</EmptyState>

  const tiles = map?.tiles ?? []
  // The one tile in the Tab order: the last one moved to, else the first in reading order.
  const [activeId, setActiveId] = useState<UnitId | null>(null)
  const active = tiles.find((t) => t.id === activeId) ?? readingOrder(tiles)[0]
  const listRef = useRef<HTMLUListElement>(null)
  const moveFocus = (event: KeyboardEvent<HTMLElement>, from: Tile) => {
    hideLabelOnEscape(event)
    if (!isTileKey(event.key) || event.altKey || event.ctrlKey || event.metaKey) return
    event.preventDefault()
    const next = nextTile(tiles, from, event.key)
    setActiveId(next.id)
    listRef.current?.querySelector<HTMLElement>(`[data-unit="${next.id}"]`)?.focus()
  }
  const download = useChartExport(m.mapTitle(metricLabel), metric)
  return (
    <ChartCard
      className="overview-map"
      title={m.mapTitle(metricLabel)}
      download={download}
      printTable
      subtitle={m.mapSubtitle}
      state={state}
      chart={
        map && (
          <div data-chart-slot="map" data-drawn={tiles.length > 0 ? 'true' : undefined}>
            <p className="tile-map__hint" id={`map-hint-${metric}`} data-export-skip="">
              {m.mapHint}
            </p>
            <ul
              ref={listRef}
              aria-describedby={`map-hint-${metric}`}
              className="tile-map"
              aria-label={m.mapChart(metricLabel)}
              style={{ '--tile-rows': map.rows, '--tile-cols': map.cols } as CSSProperties}
            >
              {tiles.map((t) => (
                <li
                  key={t.id}
                  className={`tile-map__cell${t.col < 2 ? ' tile-map__cell--west' : t.col > map.cols - 3 ? ' tile-map__cell--east' : ''}`}
                  style={{ gridRow: t.row + 1, gridColumn: t.col + 1 }}
                >
                  <Link
                    className={`tile${t.inFilter ? '' : ' tile--muted'}`}
                    to={{ pathname: `/units/${t.id}`, search }}
                    data-class={t.classIndex ?? 'muted'}
                    data-unit={t.id}
                    tabIndex={t.id === active?.id ? 0 : -1}
                    style={{ background: t.color, color: t.textColor }}
                    onKeyDown={(event) => moveFocus(event, t)}
                    onMouseEnter={showLabel}
                    onFocus={(event) => {
                      showLabel(event)
                      setActiveId(t.id)
                    }}
                  >
                    {/* The visible name and value start the accessible name (WCAG 2.5.3). */}
                    <span className="tile__name">{t.name}</span> <span className="tile__value num">{fmt(t.value)}</span>
                    {' '}
                    <span className="visually-hidden">{describe(t)}</span>
                    <span className="tile__tip" aria-hidden="true">
                      <strong>{t.name}</strong>
                      <br />
                      {metricLabel}: {fmt(t.value)}
                      {!t.inFilter && ` · ${m.mapMuted}`}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
            <div className="tile-legend">
              <p className="tile-legend__title" id={`legend-${metric}`}>
                {m.mapLegend} ({metricLabel})
              </p>
              <ul className="tile-legend__items" aria-labelledby={`legend-${metric}`}>
                {map.classes.map((c) => (
                  <li key={c.index}>
                    <span className="tile-legend__swatch" style={{ background: c.color }} aria-hidden="true" />
                    <span className="num">{classLabel(c)}</span>
                  </li>
                ))}
                {selected && (
                  <li>
                    <span className="tile-legend__swatch" style={{ background: MUTED_COLOR }} aria-hidden="true" />
                    {m.mapMuted}
                  </li>
                )}
              </ul>
            </div>
          </div>
        )
      }
      table={
        map && (
          <DataTable
            caption={m.mapChart(metricLabel)}
            rows={tiles.toSorted((a, b) => b.value - a.value || compareVi(a.name, b.name))}
            rowKey={(t) => t.id}
            columns={tileColumns(m, lang, search, map.classes)}
          />
        )
      }
    />
  )
}
