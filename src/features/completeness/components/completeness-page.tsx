/**
 * Completeness ("Tình hình báo cáo"): for one reporting period, who has reported, on time or
 * late, who is overdue. The period comes from the URL (`?period=2026-H1`; by default the latest
 * period that has ended); counts at the top in the committees' own words ("28/34 đã gửi, 3 quá
 * hạn"), the tile map of the 34 current units coloured by status (none for a period of the 63
 * former units: see `mapHidden`), the sortable table with each unit's report, the overdue list
 * and the CSV. An admin changes the period's deadline here. Read-only for everyone else; the
 * server decides who may read.
 */
import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { Link } from 'react-router'
import { ExportCsvButton } from '../../../components/export-csv-button'
import { PageHeader } from '../../../components/page-header'
import { EmptyState, ErrorState, Skeleton } from '../../../components/widget-state'
import { useFilters } from '../../../filters/filters-provider'
import { useScreenParams } from '../../../filters/use-screen-params'
import { completenessQueries, periodsQueries } from '../../../lib/api/report-queries'
import type { CompletenessEntry, CompletenessResponse, Period } from '../../../lib/api/reports'
import { useMe } from '../../../lib/api/session'
import { toCsv } from '../../../lib/csv'
import { formatDate, formatNumber } from '../../../lib/format'
import { useLang, useMessages, type Lang } from '../../../lib/i18n/i18n'
import { unitLabel } from '../../../lib/units'
import { completenessCsvRows, daysPast, sortEntries, STATUS_ORDER, STATUS_STYLE } from '../lib/completeness'
import { completenessParams, formatSort, parseSort, type CompletenessSort, type CompletenessSortKey } from '../lib/completeness-params'
import { todayInVietnam } from '../../../lib/api/activity-input'
import { formatVnDateTime } from '../../../lib/vn-time'
import { completenessMessages, countLabels, csvHeaders, statusLabels } from './completeness-messages'
import { DeadlineForm } from './deadline-form'
import { StatusTileMap } from './status-tile-map'
import '../completeness.css'

type Messages = (typeof completenessMessages)['vi']

export function periodLabel(period: Pick<Period, 'kind' | 'year'>, m: Messages): string {
  return period.kind === 'year' ? m.periodYear(period.year) : m.periodHalf(period.year)
}

/** The period the URL names, else the latest that has ended (the list is newest first). */
function choosePeriod(periods: readonly Period[], wanted: string | null): { period: Period | undefined; unknown: boolean } {
  const named = wanted === null ? undefined : periods.find((p) => p.id === wanted)
  if (named) return { period: named, unknown: false }
  return { period: periods.find((p) => p.ended) ?? periods[0], unknown: wanted !== null }
}

export function CompletenessPage() {
  const m = useMessages(completenessMessages)
  const { lang } = useLang()
  const [state, setState] = useScreenParams(completenessParams)
  // The URL's values as typed: the screen says itself what it cannot use (the route table only
  // names its parameters).
  const { searchParams } = useFilters()
  const rawPeriod = searchParams.get('period')
  const rawSort = searchParams.get('sort')
  const periods = useQuery(periodsQueries.list())
  const { period, unknown } = periods.data ? choosePeriod(periods.data.items, rawPeriod) : { period: undefined, unknown: false }
  const completeness = useQuery({ ...completenessQueries.detail(period?.id ?? ''), enabled: period !== undefined })
  const { data: me } = useMe()
  const selectId = useId()

  let body
  if (periods.isPending) body = <Skeleton height={480} />
  else if (periods.isError) body = <ErrorState error={periods.error} title={m.periodsError} onRetry={() => void periods.refetch()} />
  else if (!period) body = <EmptyState>{m.periodsError}</EmptyState>
  else if (completeness.isPending) body = <Skeleton height={480} label={periodLabel(period, m)} />
  else if (completeness.isError)
    body = <ErrorState error={completeness.error} title={m.completenessError} onRetry={() => void completeness.refetch()} />
  else body = <CompletenessBody data={completeness.data} sort={parseSort(state.sort)} onSort={(sort) => setState({ sort: formatSort(sort) })} lang={lang} />

  return (
    <div className="completeness-page">
      <PageHeader title={m.title} description={<p>{m.description}</p>} />
      {unknown && rawPeriod !== null && (
        <p className="completeness-unknown" role="note">
          {m.unknownPeriod(rawPeriod)}
        </p>
      )}
      {rawSort !== null && state.sort === null && (
        <p className="completeness-unknown" role="note">
          {m.unknownSort(rawSort)}
        </p>
      )}
      <div className="completeness-controls">
        <div className="completeness-period">
          <label htmlFor={selectId}>{m.period}</label>
          <select
            id={selectId}
            className="select"
            value={period?.id ?? ''}
            disabled={!periods.data}
            onChange={(e) => setState({ period: e.target.value })}
          >
            {periods.data?.items.map((p) => (
              <option key={p.id} value={p.id}>
                {periodLabel(p, m)}
                {p.ended ? '' : ` (${m.notEnded})`}
              </option>
            ))}
          </select>
        </div>
        {period && (
          <p className="completeness-deadline">
            {m.deadlineLine(formatDate(period.deadline, lang), period.deadlineCustom)}
            <br />
            {period.era === 'former' ? m.eraFormer : m.eraCurrent(completeness.data?.counts.units ?? 34)}
          </p>
        )}
      </div>
      {/* Rarely used, so folded away: the counts come first, on a phone too. */}
      {period && me?.role === 'admin' && (
        <details className="deadline-details">
          <summary>{m.deadlineTitle}</summary>
          <DeadlineForm key={period.id} period={period} />
        </details>
      )}
      {body}
    </div>
  )
}

function CompletenessBody({
  data,
  sort,
  onSort,
  lang,
}: {
  data: CompletenessResponse
  sort: CompletenessSort | null
  onSort: (sort: CompletenessSort | null) => void
  lang: Lang
}) {
  const m = useMessages(completenessMessages)
  const { unitsById } = useFilters()
  const nameOf = (e: CompletenessEntry) => {
    const unit = unitsById.get(e.unit)
    return unit ? unitLabel(unit, lang, data.period.era === 'former') : e.unit
  }
  const rows = sortEntries(data.items, sort, nameOf, lang)
  const label = periodLabel(data.period, m)
  const overdue = data.items.filter((e) => e.overdue)
  const c = data.counts
  const counts = countLabels[lang]
  const today = todayInVietnam()
  const build = async () => {
    const csvRows = completenessCsvRows(rows, nameOf, { headers: csvHeaders[lang], status: (s) => statusLabels[lang][s], yes: m.yes, no: m.no })
    return { filename: m.csvFile(data.period.id), content: toCsv(csvHeaders[lang], csvRows), rows: csvRows.length }
  }
  return (
    <>
      <section className="card completeness-counts" aria-labelledby="completeness-headline">
        <p id="completeness-headline" className="completeness-headline">
          {m.headline(c.submitted, c.units, c.overdue)}
        </p>
        <h2 className="visually-hidden">{m.countsTitle}</h2>
        {/* The statuses part the units (they add up to the total); timeliness is another cut. */}
        <dl className="completeness-chips">
          {STATUS_ORDER.toReversed().map((status) => (
            <div key={status} className="completeness-chip">
              <dt>
                <span className="status-swatch" style={{ background: STATUS_STYLE[status].color, color: STATUS_STYLE[status].text }} aria-hidden="true">
                  {STATUS_STYLE[status].symbol}
                </span>
                {statusLabels[lang][status]}
              </dt>
              <dd className="num">{formatNumber(data.items.filter((e) => e.status === status).length, lang)}</dd>
            </div>
          ))}
          <div className="completeness-chip completeness-chip--overdue">
            <dt>
              <span className="status-swatch status-swatch--overdue" aria-hidden="true">
                !
              </span>
              {counts.overdue}
            </dt>
            <dd className="num">{formatNumber(c.overdue, lang)}</dd>
          </div>
        </dl>
        <p className="completeness-timeliness">{m.timelinessLine(formatNumber(c.submitted, lang), formatNumber(c.onTime, lang), formatNumber(c.late, lang))}</p>
        <p className="completeness-note">{m.countsNote}</p>
      </section>

      <div className="completeness-grid">
        <section className="card completeness-map" aria-labelledby="completeness-map-title">
          <h2 id="completeness-map-title" className="card__title">
            {m.mapTitle}
          </h2>
          {data.period.era === 'former' ? (
            <p className="completeness-map__hidden">{m.mapHidden}</p>
          ) : (
            <StatusTileMap entries={data.items} label={m.mapLabel(label)} />
          )}
        </section>

        <section className="card completeness-overdue" aria-labelledby="completeness-overdue-title">
          <h2 id="completeness-overdue-title" className="card__title">
            {m.overdueTitle} ({formatNumber(overdue.length, lang)})
          </h2>
          {overdue.length === 0 ? (
            <p>{data.period.deadline >= today ? m.overdueNotYet(formatDate(data.period.deadline, lang)) : m.overdueNone}</p>
          ) : (
            <ul className="completeness-overdue__list">
              {overdue.map((e) => (
                <li key={e.unit}>
                  <Link to={`/reports/${e.reportId}`}>{nameOf(e)}</Link>
                  {' — '}
                  {m.overdueItem(statusLabels[lang][e.status], daysPast(data.period.deadline, today))}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section className="card completeness-table-card" aria-labelledby="completeness-table-title">
        <div className="card__header">
          <h2 id="completeness-table-title" className="card__title">
            {m.tableTitle} ({formatNumber(data.items.length, lang)})
          </h2>
          <div className="card__actions">
            <ExportCsvButton build={build} label={m.csvLabel} disabled={rows.length === 0} />
          </div>
        </div>
        <CompletenessTable rows={rows} sort={sort} onSort={onSort} nameOf={nameOf} caption={m.tableCaption(label)} />
        <p className="completeness-note">{m.timesNote}</p>
      </section>
    </>
  )
}

function SortHeader({
  column,
  label,
  sort,
  onSort,
}: {
  column: CompletenessSortKey
  label: string
  sort: CompletenessSort | null
  onSort: (sort: CompletenessSort | null) => void
}) {
  const active = sort?.key === column
  const direction = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined
  // First click ascending, second descending, third back to the units' order.
  const next = (): CompletenessSort | null => (!active ? { key: column, direction: 'asc' } : sort.direction === 'asc' ? { key: column, direction: 'desc' } : null)
  return (
    <th scope="col" aria-sort={direction} data-print-label={label}>
      <button type="button" className="sort-button" onClick={() => onSort(next())}>
        {label}
        <span className="sort-button__icon" aria-hidden="true">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  )
}

function CompletenessTable({
  rows,
  sort,
  onSort,
  nameOf,
  caption,
}: {
  rows: CompletenessEntry[]
  sort: CompletenessSort | null
  onSort: (sort: CompletenessSort | null) => void
  nameOf: (e: CompletenessEntry) => string
  caption: string
}) {
  const m = useMessages(completenessMessages)
  const { lang } = useLang()
  const statuses = statusLabels[lang]
  const header = (column: CompletenessSortKey, label: string) => <SortHeader column={column} label={label} sort={sort} onSort={onSort} />
  return (
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-scroll" tabIndex={0} aria-label={caption}>
      <table className="data-table completeness-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {header('unit', m.unit)}
            {header('status', m.statusColumn)}
            {header('submitted', m.submittedAt)}
            {header('on-time', m.timeliness)}
            {header('approved', m.approvedAt)}
            {header('overdue', m.overdue)}
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.unit} className={e.overdue ? 'completeness-row--overdue' : undefined}>
              <th scope="row">
                <Link to={`/reports/${e.reportId}`}>{nameOf(e)}</Link>
              </th>
              <td>
                <span className="status-swatch" style={{ background: STATUS_STYLE[e.status].color, color: STATUS_STYLE[e.status].text }} aria-hidden="true">
                  {STATUS_STYLE[e.status].symbol}
                </span>{' '}
                {statuses[e.status]}
              </td>
              <td>{e.submittedAt ? formatVnDateTime(e.submittedAt, lang) : '—'}</td>
              <td>{e.onTime === null ? '—' : e.onTime ? m.onTime : m.late}</td>
              <td>{e.approvedAt ? formatVnDateTime(e.approvedAt, lang) : '—'}</td>
              <td>{e.overdue ? <strong className="completeness-overdue-mark">! {m.overdue}</strong> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
