/**
 * The records table without data fetching: one page of records, the sort menu (narrow screens),
 * the count line, sortable headers and the table itself. `RecordsTable` feeds it from the API;
 * anything else holding records can render them the same way.
 */
import { useId, type ReactNode } from 'react'
import type { Activity, ActivitySort, OrgUnit, UnitId } from '../../lib/api/schemas'
import { formatNumber } from '../../lib/format'
import { useLang, useMessages } from '../../lib/i18n/i18n'
import { nextSort } from '../lib/records-query'
import { cellOf, NUMERIC_COLUMNS, SORT_KEY_OF, type RecordColumnKey } from './record-cells'
import { recordsMessages } from './records-messages'

export interface RecordsTableViewProps {
  items: readonly Activity[]
  /** The count line ("1.234 hoạt động"), already worded. */
  count: string
  /** Rows shown: first and last (1-based) of `total`. */
  first: number
  total: number
  sort: ActivitySort
  onSort: (sort: ActivitySort) => void
  caption: string
  columns: readonly RecordColumnKey[]
  headers?: Partial<Record<RecordColumnKey, string>> | undefined
  withEra: boolean
  unitsById: ReadonlyMap<UnitId, OrgUnit> | undefined
  /** Showing the previous query's page while the next one loads. */
  stale?: boolean
  /** A last column of controls per row (history, edit, delete), headed `actionsLabel`. */
  rowActions?: ((activity: Activity) => ReactNode) | undefined
  actionsLabel?: string | undefined
}

export function RecordsTableView({ items, count, first, total, sort, onSort, caption, columns, headers, withEra, unitsById, stale = false, rowActions, actionsLabel }: RecordsTableViewProps) {
  const m = useMessages(recordsMessages)
  const { lang } = useLang()
  const captionId = useId()
  const sortKey = sort.startsWith('-') ? sort.slice(1) : sort
  const descending = sort.startsWith('-')
  const lastRow = first + items.length - 1
  const ctx = { lang, m, withEra, unitsById }
  const headerOf = (key: RecordColumnKey) => headers?.[key] ?? m[key]

  return (
    <>
      <div className="records__summary">
        <div className="field field--inline records__sort-select">
          <label className="field__label" htmlFor={`${captionId}-sort`}>
            {m.sortBy}
          </label>
          <select id={`${captionId}-sort`} className="select" value={sort} onChange={(e) => onSort(e.target.value as ActivitySort)}>
            {columns.flatMap((key) => {
              const sortable = SORT_KEY_OF[key]
              if (!sortable) return []
              return [`-${sortable}`, sortable].map((value) => (
                <option key={value} value={value}>
                  {m.sortOption(headerOf(key), value.startsWith('-'))}
                </option>
              ))
            })}
          </select>
        </div>
        <output className="records__count">
          <strong>{count}</strong>
          <span className="records__showing">{m.showing(formatNumber(first, lang), formatNumber(lastRow, lang), formatNumber(total, lang))}</span>
          {stale && <span className="records__updating">{m.updating}</span>}
        </output>
      </div>
      {/* A scrollable region must be reachable by keyboard to be scrolled (WCAG 2.1.1). */}
      {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <section className="table-scroll records__scroll" aria-labelledby={captionId} tabIndex={0}>
        <table className={`data-table records__table${stale ? ' records__table--stale' : ''}`}>
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
                  <th
                    key={key}
                    scope="col"
                    className={`records__col records__col--${key}${NUMERIC_COLUMNS.has(key) ? ' num' : ''}`}
                    aria-sort={ariaSort}
                    // Printed, the header shows this as text (Chromium does not paint buttons in repeated header rows).
                    data-print-label={sortable ? headerOf(key) : undefined}
                  >
                    {sortable ? (
                      <button type="button" className="records__sort" onClick={() => onSort(nextSort(sort, sortable))}>
                        {headerOf(key)}
                        <span className={`records__sort-icon${active ? ' records__sort-icon--active' : ''}`} aria-hidden="true">
                          {active ? (descending ? '▼' : '▲') : '⇅'}
                        </span>
                      </button>
                    ) : (
                      headerOf(key)
                    )}
                  </th>
                )
              })}
              {rowActions && (
                <th scope="col" className="records__col records__col--actions">
                  {actionsLabel}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {items.map((activity) => (
              <tr key={activity.id} className={activity.source ? 'records__row--sourced' : undefined}>
                {columns.map((key) => {
                  const content = cellOf(key, activity, ctx)
                  return (
                    <td
                      key={key}
                      className={`records__col records__col--${key}${NUMERIC_COLUMNS.has(key) ? ' num' : ''}${content === null ? ' records__col--empty' : ''}`}
                      // The stacked layout of narrow screens hides the header row and shows this label instead.
                      data-label={headerOf(key)}
                    >
                      {content}
                    </td>
                  )
                })}
                {rowActions && (
                  <td className="records__col records__col--actions" data-label={actionsLabel}>
                    {rowActions(activity)}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  )
}
