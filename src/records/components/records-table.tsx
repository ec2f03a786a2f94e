/**
 * The shared records table: the individual activities behind the figures, fetched a page at a
 * time from `GET /activities` (server-side filtering, sorting and paging), with sortable
 * headers, pagination with the total count, a page-size choice, and its own loading, error,
 * empty and "page past the end" states.
 *
 * Used by the activities explorer, a unit's page and the training screen's course list. The
 * caller owns the query (usually in the URL) and receives sort/page/page-size changes through
 * `onChange`; the table never keeps query data in state. The drawing is `RecordsTableView`
 * (data-free) and `Pagination`.
 */
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { Activity, ActivitySort } from '../../lib/api/schemas'
import { formatNumber } from '../../lib/format'
import { useLang, useMessages } from '../../lib/i18n/i18n'
import { useFilters } from '../../filters/filters-provider'
import { EmptyState, ErrorState, Skeleton } from '../../components/widget-state'
import { useRecords } from '../api/use-records'
import { RECORD_PAGE_SIZES, type RecordsQuery } from '../lib/records-query'
import { Pagination } from './pagination'
import { RECORD_COLUMNS, type RecordColumnKey } from './record-cells'
import { recordsMessages } from './records-messages'
import { RecordsTableView } from './records-table-view'
// oxlint-disable-next-line import/no-unassigned-import -- the component's own stylesheet, bundled by Vite
import './records.css'

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
  /** Mark former units "(cũ)" in the as-reported view; otherwise only where a former unit is shown at all. */
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
  /** A last column of controls per row (data entry's history, edit, delete), headed `actionsLabel`. */
  rowActions?: (activity: Activity) => ReactNode
  actionsLabel?: string
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
  rowActions,
  actionsLabel,
}: RecordsTableProps) {
  const m = useMessages(recordsMessages)
  const { lang } = useLang()
  const query = useRecords(params)
  // Every unit, former and current, as the filter bar loaded them (no second lookup table).
  const { unitsById } = useFilters()

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

  return (
    <div className="records" aria-busy={query.isPlaceholderData || query.isFetching}>
      <RecordsTableView
        items={data.items}
        count={count}
        first={(data.page - 1) * data.pageSize + 1}
        total={data.total}
        sort={params.sort}
        onSort={(sort) => onChange({ sort, page: 1 })}
        caption={caption}
        columns={columns}
        headers={headers}
        withEra={withEra}
        unitsById={unitsById}
        stale={query.isPlaceholderData}
        rowActions={rowActions}
        actionsLabel={actionsLabel}
      />
      <Pagination page={params.page} pageCount={data.pageCount} pageSize={params.pageSize} pageSizes={pageSizes} onChange={onChange} pageHref={pageHref} />
    </div>
  )
}
