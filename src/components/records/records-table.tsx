/**
 * The shared records table: the individual activities behind the figures, fetched a page at a
 * time from `GET /activities` (server-side filtering, sorting and paging), with sortable
 * headers, pagination with the total count, a page-size choice, and its own loading, error,
 * empty and "page past the end" states.
 *
 * Used by the activities explorer, a unit's page and the training screen's course list. The
 * caller owns the query (usually in the URL) and receives sort/page/page-size changes through
 * `onChange`; the table never keeps query data in state.
 */
import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useId } from 'react'
import { Link } from 'react-router'
import { activitiesQueries } from '../../lib/api/queries'
import type { Activity, ActivitySort, ActivitySortKey, OrgUnit, UnitId } from '../../lib/api/schemas'
import { categoryLabels, formatLabels, metricLabels, recipientLabels } from '../../lib/i18n/common-messages'
import { useLang, useMessages, type Lang } from '../../lib/i18n/i18n'
import { formatDate, formatNumber } from '../../lib/format'
import { unitLabel } from '../../lib/units'
import { useFilters } from '../../filters/filters-provider'
import { EmptyState, ErrorState, Skeleton } from '../widget-state'
import { RECORD_PAGE_SIZES, nextSort, type RecordsQuery } from './records-query'
import { recordsMessages } from './records-messages'
// oxlint-disable-next-line import/no-unassigned-import -- the component's own stylesheet, bundled by Vite
import './records.css'

/** The columns the table can show, in display order. */
export const RECORD_COLUMNS = ['date', 'unit', 'metric', 'category', 'title', 'quantity', 'participants', 'format', 'source'] as const
export type RecordColumnKey = (typeof RECORD_COLUMNS)[number]

/** A change the user asked for: the caller applies it (in one navigation) and passes new params. */
export interface RecordsTableChange {
  sort?: ActivitySort
  page?: number
  pageSize?: number
}

export interface RecordsTableProps {
  /** What to list: passed to `activitiesQueries.list` as is (so equal queries share the cache). */
  params: RecordsQuery
  /** Sorting, paging and page-size changes. A new sort or page size should send the list back to page 1. */
  onChange: (change: RecordsTableChange) => void
  /** Accessible name of the table (also its caption for screen readers). */
  caption: string
  /** Show every former unit with its era ("Ninh Bình (cũ)"), for the as-reported view; otherwise only former units carry theirs. */
  withEra: boolean
  /** Which columns to show (default: all of `RECORD_COLUMNS`). */
  columns?: readonly RecordColumnKey[]
  /** What the empty state says: name the filter that emptied the list. */
  emptyMessage?: ReactNode
  /** The count line ("1.234 hoạt động"); default counts activities. Receives the formatted total. */
  countLabel?: (formattedTotal: string, total: number) => string
  /** The address of a page (keeping the rest of the URL), so page links work as links. Optional. */
  pageHref?: (page: number) => string
  /** Page sizes on offer; the current one is added when missing. */
  pageSizes?: readonly number[]
  /** Column headings in the caller's words (a course list says "Đối tượng" for the category). */
  headers?: Partial<Record<RecordColumnKey, string>>
}

/** Sort keys per column; columns without one (format, source) are not sortable. */
const SORT_KEY_OF: Partial<Record<RecordColumnKey, ActivitySortKey>> = {
  date: 'date',
  unit: 'unit',
  metric: 'metric',
  category: 'category',
  title: 'title',
  quantity: 'quantity',
  participants: 'participants',
}

/** Only http(s) links leave the app: a `javascript:` URL in data must never become a link. */
function safeUrl(url: string | null): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null
  } catch {
    return null
  }
}

type Messages = (typeof recordsMessages)['vi']

function UnitCell({ activity, unitsById, lang, withEra, m }: { activity: Activity; unitsById: ReadonlyMap<UnitId, OrgUnit> | undefined; lang: Lang; withEra: boolean; m: Messages }) {
  const unit = unitsById?.get(activity.unit)
  if (!unit) return <>{activity.unit}</>
  if (withEra) return <>{unitLabel(unit, lang, true)}</>
  // Within current boundaries a former unit's record still names the unit that reported it,
  // with its era and the unit it now counts under (why Hà Nam shows up under Ninh Bình).
  const successor = unit.era === 'former' && unit.successorId ? unitsById?.get(unit.successorId) : undefined
  if (unit.era !== 'former') return <>{unitLabel(unit, lang, false)}</>
  return (
    <>
      {unit.name}
      <span className="records__sub">{m.formerEra}</span>
      {successor && <span className="records__sub">{m.nowPartOf(successor.name)}</span>}
    </>
  )
}

function SourceCell({ activity, m }: { activity: Activity; m: Messages }) {
  const source = activity.source
  if (!source) return null
  const url = safeUrl(source.url)
  return url ? (
    <a href={url} target="_blank" rel="noopener noreferrer" className="records__source" title={m.openSource}>
      {source.title}
      <span className="visually-hidden"> ({m.openSource})</span>
    </a>
  ) : (
    <span className="records__source">{source.title}</span>
  )
}

function cellOf(key: RecordColumnKey, a: Activity, ctx: { lang: Lang; m: Messages; withEra: boolean; unitsById: ReadonlyMap<UnitId, OrgUnit> | undefined }): ReactNode {
  const { lang, m } = ctx
  switch (key) {
    case 'date':
      return <time dateTime={a.date}>{formatDate(a.date, lang)}</time>
    case 'unit':
      return <UnitCell activity={a} unitsById={ctx.unitsById} lang={lang} withEra={ctx.withEra} m={m} />
    case 'metric':
      return metricLabels[lang][a.kind]
    case 'category': {
      const label = (categoryLabels[lang] as Record<string, string>)[a.category] ?? a.category
      return a.recipient ? (
        <>
          {label}
          <span className="records__sub">{recipientLabels[lang][a.recipient]}</span>
        </>
      ) : (
        label
      )
    }
    case 'title':
      return a.title
    case 'quantity':
      return formatNumber(a.quantity, lang)
    case 'participants':
      return a.participants === null ? <span aria-label="—">–</span> : formatNumber(a.participants, lang)
    case 'format':
      return a.format ? formatLabels[lang][a.format] : null
    case 'source':
      return a.source ? <SourceCell activity={a} m={m} /> : null
  }
}

const NUMERIC = new Set<RecordColumnKey>(['quantity', 'participants'])

function Pagination({
  page,
  pageCount,
  pageSize,
  pageSizes,
  onChange,
  pageHref,
}: {
  page: number
  pageCount: number
  pageSize: number
  pageSizes: readonly number[]
  onChange: RecordsTableProps['onChange']
  pageHref: RecordsTableProps['pageHref']
}) {
  const m = useMessages(recordsMessages)
  const { lang } = useLang()
  const sizeId = useId()
  const sizes = [...new Set([...pageSizes, pageSize])].toSorted((a, b) => a - b)
  const go = (target: number, label: string, text: string) => {
    const disabled = target < 1 || target > pageCount || target === page
    if (pageHref && !disabled) {
      return (
        <Link className="button button--secondary records__page-button" to={pageHref(target)} aria-label={label} title={label}>
          <span aria-hidden="true">{text}</span>
        </Link>
      )
    }
    return (
      <button
        type="button"
        className="button button--secondary records__page-button"
        disabled={disabled}
        aria-label={label}
        title={label}
        onClick={() => onChange({ page: target })}
      >
        <span aria-hidden="true">{text}</span>
      </button>
    )
  }
  return (
    <nav className="records__pagination" aria-label={m.pagination}>
      <div className="records__pages">
        {go(1, m.first, '«')}
        {go(page - 1, m.previous, '‹')}
        <span className="records__page-of">{m.pageOf(formatNumber(page, lang), formatNumber(Math.max(pageCount, 1), lang))}</span>
        {go(page + 1, m.next, '›')}
        {go(pageCount, m.last, '»')}
      </div>
      <div className="field field--inline">
        <label className="field__label" htmlFor={sizeId}>
          {m.pageSize}
        </label>
        <select id={sizeId} className="select" value={pageSize} onChange={(e) => onChange({ pageSize: Number(e.target.value), page: 1 })}>
          {sizes.map((size) => (
            <option key={size} value={size}>
              {formatNumber(size, lang)}
            </option>
          ))}
        </select>
      </div>
    </nav>
  )
}

export function RecordsTable({
  params,
  onChange,
  caption,
  withEra,
  columns = RECORD_COLUMNS,
  emptyMessage,
  countLabel,
  pageHref,
  pageSizes = RECORD_PAGE_SIZES,
  headers,
}: RecordsTableProps) {
  const m = useMessages(recordsMessages)
  const { lang } = useLang()
  const query = useQuery(activitiesQueries.list(params))
  // Every unit, former and current, as the filter bar loaded them (no second lookup table).
  const { unitsById } = useFilters()
  const captionId = useId()

  if (query.isPending) return <Skeleton height={420} />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />

  const data = query.data
  const count = (countLabel ?? ((formatted) => m.count(formatted)))(formatNumber(data.total, lang), data.total)

  if (data.total === 0) {
    return (
      <div className="records">
        <output className="records__count">{count}</output>
        <EmptyState>{emptyMessage ?? m.empty}</EmptyState>
      </div>
    )
  }

  if (params.page > data.pageCount) {
    const last = data.pageCount
    const lastLabel = m.goToLast(formatNumber(last, lang))
    return (
      <div className="records">
        <output className="records__count">{count}</output>
        <div className="widget-empty records__past-end" role="alert">
          <p>{m.pastEnd(formatNumber(params.page, lang), formatNumber(last, lang))}</p>
          {pageHref ? (
            <Link to={pageHref(last)}>{lastLabel}</Link>
          ) : (
            <button type="button" className="button button--secondary" onClick={() => onChange({ page: last })}>
              {lastLabel}
            </button>
          )}
        </div>
      </div>
    )
  }

  const sortKey = params.sort.startsWith('-') ? params.sort.slice(1) : params.sort
  const descending = params.sort.startsWith('-')
  const first = (data.page - 1) * data.pageSize + 1
  const lastRow = first + data.items.length - 1
  const ctx = { lang, m, withEra, unitsById }

  return (
    <div className="records" aria-busy={query.isPlaceholderData || query.isFetching}>
      <div className="records__summary">
        <div className="field field--inline records__sort-select">
          <label className="field__label" htmlFor={`${captionId}-sort`}>
            {m.sortBy}
          </label>
          <select id={`${captionId}-sort`} className="select" value={params.sort} onChange={(e) => onChange({ sort: e.target.value as ActivitySort, page: 1 })}>
            {columns.flatMap((key) => {
              const sortable = SORT_KEY_OF[key]
              if (!sortable) return []
              return [`-${sortable}`, sortable].map((value) => (
                <option key={value} value={value}>
                  {m.sortOption(m[key], value.startsWith('-'))}
                </option>
              ))
            })}
          </select>
        </div>
        <output className="records__count">
          <strong>{count}</strong>
          <span className="records__showing">
            {m.showing(formatNumber(first, lang), formatNumber(lastRow, lang), formatNumber(data.total, lang))}
          </span>
          {query.isPlaceholderData && <span className="records__updating">{m.updating}</span>}
        </output>
      </div>
      {/* A scrollable region must be reachable by keyboard to be scrolled (WCAG 2.1.1). */}
      {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <section className="table-scroll records__scroll" aria-labelledby={captionId} tabIndex={0}>
        <table className={`data-table records__table${query.isPlaceholderData ? ' records__table--stale' : ''}`}>
          <caption id={captionId} className="visually-hidden">
            {caption}. {m.sortHint}
          </caption>
          <thead>
            <tr>
              {columns.map((key) => {
                const sortable = SORT_KEY_OF[key]
                const active = sortable !== undefined && sortable === sortKey
                const ariaSort = active ? (descending ? 'descending' : 'ascending') : undefined
                return (
                  <th key={key} scope="col" className={`records__col records__col--${key}${NUMERIC.has(key) ? ' num' : ''}`} aria-sort={ariaSort}>
                    {sortable ? (
                      <button type="button" className="records__sort" onClick={() => onChange({ sort: nextSort(params.sort, sortable), page: 1 })}>
                        {headers?.[key] ?? m[key]}
                        <span className={`records__sort-icon${active ? ' records__sort-icon--active' : ''}`} aria-hidden="true">
                          {active ? (descending ? '▼' : '▲') : '⇅'}
                        </span>
                      </button>
                    ) : (
                      (headers?.[key] ?? m[key])
                    )}
                  </th>
                )
              })}
            </tr>
          </thead>
          <tbody>
            {data.items.map((activity) => (
              <tr key={activity.id} className={activity.source ? 'records__row--sourced' : undefined}>
                {columns.map((key) => {
                  const content = cellOf(key, activity, ctx)
                  return (
                    <td
                      key={key}
                      className={`records__col records__col--${key}${NUMERIC.has(key) ? ' num' : ''}${content === null ? ' records__col--empty' : ''}`}
                      // The stacked layout of narrow screens hides the header row and shows this label instead.
                      data-label={headers?.[key] ?? m[key]}
                    >
                      {content}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <Pagination page={params.page} pageCount={data.pageCount} pageSize={params.pageSize} pageSizes={pageSizes} onChange={onChange} pageHref={pageHref} />
    </div>
  )
}
