/**
 * `/units`: every unit of the boundary view × every metric for the filtered period, with the
 * change against the same period last year and the rank; search, region filter and sort in
 * the URL (`q`, `region`, `sort`), and on a phone the metric whose columns it shows (`metric`);
 * totals that equal the national total; CSV export.
 */
import { Card } from '../../../components/card'
import { useQuery } from '@tanstack/react-query'
import { useId, useMemo } from 'react'
import { ComparisonNote } from '../../../components/comparison-note'
import { MetricSelect } from '../../../components/metric-select'
import { useNarrow } from '../../../components/use-narrow'
import { usePrinting } from '../../../components/use-printing'
import { PageHeader } from '../../../components/page-header'
import { SearchField } from '../../../components/search-field'
import { EmptyState, ErrorState, Skeleton } from '../../../components/widget-state'
import { formatPlanPercent, unitPlanMetric } from '../../../components/plan-progress/plan-progress'
import { planProgressMessages } from '../../../components/plan-progress/plan-progress-messages'
import { planProgressParams } from '../../../filters/api-params'
import { filterSearch } from '../../../filters/filters'
import { useFilters } from '../../../filters/filters-provider'
import { useScreenParams } from '../../../filters/use-screen-params'
import { planProgressQueries } from '../../../lib/api/report-queries'
import { METRICS, REGIONS } from '../../../lib/api/contract'
import type { Metric } from '../../../lib/api/schemas'
import { comparisonOfRange } from '../../../lib/comparison'
import { formatMonth, formatRange } from '../../../lib/format'
import { regionLabels } from '../../../lib/i18n/common-messages'
import { useLang, useMessages } from '../../../lib/i18n/i18n'
import { monthIndex } from '../../../lib/periods'
import { needsEra, unitLabel } from '../../../lib/units'
import { useUnitStats } from '../api/use-unit-stats'
import { FIRST_CURRENT_MONTH, LAST_FORMER_MONTH } from '../lib/unit-range'
import { buildUnitsTable, matchesRow, sortRows, totalsOf, type UnitRow } from '../lib/units-table'
import { nextSort, shownMetric, unitsParams, type SortColumn, type UnitsTableState } from '../lib/units-params'
import { UnitsExport } from './units-export'
import { UnitsTable, type TotalsLine } from './units-table'
import { unitsMessages } from './units-messages'
// oxlint-disable-next-line import/no-unassigned-import -- the screen's own stylesheet, bundled by Vite
import '../units.css'

export function UnitsPage() {
  const { lang } = useLang()
  const m = useMessages(unitsMessages)
  const { filters, units, coverage } = useFilters()
  const regionId = useId()

  const range = { from: filters.from, to: filters.to }
  const withEra = needsEra(filters.boundary)
  const [{ sort, q, region, metric: chosenMetric }, setParams] = useScreenParams(unitsParams)
  const shown = shownMetric({ sort, metric: chosenMetric })
  // A phone's table has one metric's columns; printed, it has them all.
  const narrow = useNarrow()
  const printing = usePrinting()
  const compact = narrow && !printing

  const stats = useUnitStats(filters, filters.boundary, range)
  const table = useMemo(
    () =>
      stats.data
        ? buildUnitsTable({ units, boundary: filters.boundary, range: { from: filters.from, to: filters.to }, coverage, values: stats.data.values, previous: stats.data.previous })
        : null,
    [stats.data, units, filters.boundary, filters.from, filters.to, coverage],
  )

  // "% kế hoạch" of every unit at once, after the figures (a query of its own), within one year.
  const pm = useMessages(planProgressMessages)
  const planParams = planProgressParams(filters, { units: [] })
  const plan = useQuery({ ...planProgressQueries.detail(planParams ?? { from: filters.from, to: filters.to, units: [] }), enabled: planParams !== null && stats.data !== undefined })
  const planCell = (row: UnitRow, metric: Metric) => {
    if (plan.isPending) return '…'
    if (plan.isError) return '—'
    const cell = unitPlanMetric(plan.data, row.unit.id, metric)
    if (!cell) return '—'
    if (cell.percentOfPlan === null)
      return (
        <span className="plan-cell__none" title={pm.noPlanOne}>
          {cell.target === null ? pm.noPlanShort : '—'}
        </span>
      )
    return formatPlanPercent(cell.percentOfPlan, lang)
  }

  const labelOf = (row: UnitRow) => unitLabel(row.unit, lang, withEra)
  const search = filterSearch(filters)
  const hrefOf = (row: UnitRow) => `/units/${row.unit.id}${search}`
  const onSort = (column: SortColumn) => setParams((current) => ({ sort: nextSort(current.sort, column) }))

  const rangeText = formatRange(filters.from, filters.to, lang)
  const viewText = filters.boundary === 'current' ? m.viewCurrent : m.viewReported
  const spans = filters.boundary === 'reported' && monthIndex(filters.from) <= monthIndex(LAST_FORMER_MONTH) && monthIndex(filters.to) >= monthIndex(FIRST_CURRENT_MONTH)
  const noData = monthIndex(filters.from) > monthIndex(coverage.to)

  const rowFilter = { q, region, units: filters.units }
  const narrowed = rowFilter.q !== '' || region !== null || filters.units.length > 0
  const visible = table ? table.rows.filter((row) => matchesRow(row, rowFilter, labelOf(row))) : []
  const national = visible.find((row) => row.unit.era === 'national') ?? null
  const sorted = sortRows(
    visible.filter((row) => row.unit.era !== 'national'),
    sort,
    labelOf,
    lang === 'vi' ? 'vi' : 'en',
  )
  const footer: TotalsLine[] = []
  if (table) {
    if (narrowed && visible.length > 0) footer.push({ label: m.shown(visible.length), totals: totalsOf(visible) })
    footer.push({ label: m.national, totals: totalsOf(table.rows) })
  }
  const hiddenFormer = table?.hidden.filter((u) => u.era === 'former').length ?? 0
  const hiddenCurrent = table?.hidden.filter((u) => u.era === 'current').length ?? 0

  const emptyReasons = [
    rowFilter.q ? m.bySearch(q) : null,
    region ? m.byRegion(regionLabels[lang][region]) : null,
    filters.units.length > 0 ? m.byUnits : null,
  ].filter((r): r is string => r !== null)

  // Nothing recorded anywhere in the view: one sentence naming the filter, not rows of zeros
  // ranked 1 (and nothing to export).
  const noFigures = table !== null && METRICS.every((metric) => table.rows.every((row) => row.cells[metric].value === 0))
  const all = table
    ? m.composition(
        table.rows.filter((r) => r.unit.era === 'current').length,
        table.rows.filter((r) => r.unit.era === 'former').length,
        table.rows.some((r) => r.unit.era === 'national'),
      )
    : ''
  const countText = table ? m.count(visible.length, all, visible.length !== table.rows.length) : ''

  let body
  if (noData) body = <EmptyState>{m.noData(formatMonth(coverage.to, lang))}</EmptyState>
  else if (stats.error) body = <ErrorState error={stats.error} onRetry={stats.retry} />
  else if (!table) body = <Skeleton height={480} />
  else if (noFigures) body = <EmptyState>{m.noFigures(rangeText, viewText)}</EmptyState>
  else if (visible.length === 0)
    body = (
      <EmptyState>
        <p>{m.noMatch(emptyReasons.join(', '))}</p>
        {(q || region) && (
          <button type="button" className="button button--secondary" onClick={() => setParams({ q: '', region: null })}>
            {m.clearSearch}
          </button>
        )}
      </EmptyState>
    )
  else
    body = (
      <div className={stats.isPlaceholder ? 'is-stale' : undefined} aria-busy={stats.isPlaceholder || undefined}>
        <UnitsTable
          caption={m.caption(rangeText)}
          nationalRow={national}
          rows={sorted}
          sort={sort}
          onSort={onSort}
          labelOf={labelOf}
          hrefOf={hrefOf}
          footer={footer}
          planCell={planParams ? planCell : undefined}
          planHeader={pm.column}
          shown={shown}
          compact={compact}
        />
      </div>
    )

  return (
    <>
      <PageHeader
        title={m.title}
        description={m.description(rangeText, viewText)}
        actions={
          table &&
          !noData &&
          !noFigures && (
            <UnitsExport
              rows={national ? [national, ...sorted] : sorted}
              footer={footer}
              labelOf={labelOf}
              range={range}
              boundary={filters.boundary}
              planPercent={planParams && plan.data ? (row, metric) => unitPlanMetric(plan.data, row.unit.id, metric)?.percentOfPlan ?? null : undefined}
            />
          )
        }
      />
      <Card
        title={m.tableTitle}
        subtitle={table && !noFigures ? countText : undefined}
        className="units-card"
        actionsClassName="units-toolbar"
        actions={
          <>
            <SearchField
              className="units-search"
              label={m.search}
              placeholder={m.searchPlaceholder}
              value={q}
              onCommit={(text, options) => setParams({ q: text }, options)}
            />
            <div className="field">
              <label className="field__label" htmlFor={regionId}>
                {m.region}
              </label>
              <select id={regionId} className="select" value={region ?? ''} onChange={(e) => setParams({ region: (e.target.value || null) as UnitsTableState['region'] })}>
                <option value="">{m.allRegions}</option>
                {REGIONS.map((r) => (
                  <option key={r} value={r}>
                    {regionLabels[lang][r]}
                  </option>
                ))}
              </select>
            </div>
            {/* A phone shows one metric's columns at a time: this picks which (wider screens show all). */}
            <MetricSelect className="units-metric-field" inline={false} value={shown} onChange={(next) => setParams({ metric: next })} />
          </>
        }
      >
        {table && !noFigures && (hiddenFormer > 0 || hiddenCurrent > 0 || spans) && (
          <ul className="units-notes">
            {hiddenFormer > 0 && <li>{m.hiddenFormer(hiddenFormer)}</li>}
            {hiddenCurrent > 0 && <li>{m.hiddenCurrent(hiddenCurrent)}</li>}
            {spans && <li>{m.spansReorganisation}</li>}
          </ul>
        )}
        {/* Which months the changes compare (like for like), or why there is none: above the table, read first. */}
        {table && visible.length > 0 && <ComparisonNote comparison={comparisonOfRange(range, coverage)} coverage={coverage} className="units-footnote units-comparison" />}
        <div className="card__body">{body}</div>
        {table && !noFigures && visible.length > 0 && <p className="units-footnote">{m.comparisonNote}</p>}
        {table && !noFigures && visible.length > 0 && planParams && (
          <p className="units-footnote">
            {pm.tableNote}
            {plan.isError ? ` ${pm.error}.` : ''}
          </p>
        )}
      </Card>
      <p className="visually-hidden" aria-live="polite">
        {noFigures ? '' : countText}
      </p>
    </>
  )
}
