/**
 * The units table: one row per unit, three columns per metric (value, change against the same
 * period last year, rank), sortable by any column with the keyboard or the mouse. The first
 * column stays in view when the table scrolls sideways. A phone shows one metric's columns at a
 * time (`shown`): the others are left out (`compact`), or, where the page did not know it was
 * for a phone, marked `units-table__other` for its stylesheet to hide.
 */
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { METRICS } from '../../../lib/api/contract'
import type { Metric } from '../../../lib/api/schemas'
import { formatNumber } from '../../../lib/format'
import { metricLabels } from '../../../lib/i18n/common-messages'
import { defineMessages, useLang, useMessages } from '../../../lib/i18n/i18n'
import type { SortColumn, SortState } from '../lib/units-params'
import type { Totals, UnitRow } from '../lib/units-table'
import { CompactDelta } from './compact-delta'

const messages = defineMessages({
  vi: {
    unit: 'Đơn vị',
    value: 'Số lượng',
    change: 'So với cùng kỳ',
    rank: 'Hạng',
    national: 'Cơ quan Trung ương, không xếp hạng cùng các tỉnh',
    rankOf: (rank: number, of: number) => `hạng ${rank} trên ${of}`,
  },
  en: {
    unit: 'Unit',
    value: 'Value',
    change: 'vs last year',
    rank: 'Rank',
    national: 'Central bodies, not ranked with the provinces',
    rankOf: (rank: number, of: number) => `rank ${rank} of ${of}`,
  },
})

export interface TotalsLine {
  label: string
  totals: Record<Metric, Totals>
}

export interface UnitsTableProps {
  caption: string
  /** The national level's row, shown first and never sorted in with the provinces. */
  nationalRow: UnitRow | null
  rows: UnitRow[]
  sort: SortState
  onSort: (column: SortColumn) => void
  labelOf: (row: UnitRow) => string
  hrefOf: (row: UnitRow) => string
  footer: TotalsLine[]
  /**
   * "% kế hoạch" of a unit's metric (a fourth column per metric), or undefined for none: the
   * range spans two years. Not sortable.
   */
  planCell?: ((row: UnitRow, metric: Metric) => ReactNode) | undefined
  planHeader?: string
  /** The metric a narrow screen shows the columns of. */
  shown: Metric
  /** Only the columns of `shown` (a phone's table). */
  compact?: boolean
}

/** A cell's class, with the mark that hides it on a phone when it is not of the metric shown. */
function cellClass(className: string, metric: Metric, shown: Metric): string {
  return metric === shown ? className : `${className} units-table__other`
}

function ariaSort(sort: SortState, column: SortColumn): 'ascending' | 'descending' | undefined {
  if (sort.column !== column) return undefined
  return sort.direction === 'asc' ? 'ascending' : 'descending'
}

function SortHeader({
  column,
  sort,
  onSort,
  label,
  hiddenPrefix,
  className,
  rowSpan,
}: {
  column: SortColumn
  sort: SortState
  onSort: (column: SortColumn) => void
  label: string
  hiddenPrefix?: string
  className?: string
  rowSpan?: number
}) {
  const direction = ariaSort(sort, column)
  return (
    // The label again as an attribute: printed, the header shows it as text (Chromium does not paint buttons in the header rows it repeats on each page).
    <th scope="col" aria-sort={direction} className={className} rowSpan={rowSpan} data-print-label={label}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {hiddenPrefix && <span className="visually-hidden">{hiddenPrefix}:</span>} {label}
        <span className="sort-button__icon" aria-hidden="true">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  )
}

function MetricCells({ row, planCell, shown, metrics }: { row: UnitRow; planCell: UnitsTableProps['planCell']; shown: Metric; metrics: readonly Metric[] }) {
  const { lang } = useLang()
  const m = useMessages(messages)
  return (
    <>
      {metrics.map((metric) => {
        const cell = row.cells[metric]
        return [
          <td key={`${metric}-v`} className={cellClass('num metric-start', metric, shown)}>
            {formatNumber(cell.value, lang)}
          </td>,
          <td key={`${metric}-c`} className={cellClass('num', metric, shown)}>
            <CompactDelta delta={cell.delta} />
          </td>,
          <td key={`${metric}-r`} className={cellClass('num rank-cell', metric, shown)}>
            {cell.rank === null ? (
              <span aria-label={m.national} title={m.national}>
                —
              </span>
            ) : (
              <span title={m.rankOf(cell.rank, cell.rankOf)}>{cell.rank}</span>
            )}
          </td>,
          planCell && (
            <td key={`${metric}-p`} className={cellClass('num plan-cell', metric, shown)}>
              {planCell(row, metric)}
            </td>
          ),
        ]
      })}
    </>
  )
}

function TotalsCells({ totals, plan, shown, metrics }: { totals: Record<Metric, Totals>; plan: boolean; shown: Metric; metrics: readonly Metric[] }) {
  const { lang } = useLang()
  return (
    <>
      {metrics.map((metric) => [
        <td key={`${metric}-v`} className={cellClass('num metric-start', metric, shown)}>
          {formatNumber(totals[metric].value, lang)}
        </td>,
        <td key={`${metric}-c`} className={cellClass('num', metric, shown)}>
          <CompactDelta delta={totals[metric].delta} />
        </td>,
        <td key={`${metric}-r`} className={cellClass('num rank-cell', metric, shown)}>
          –
        </td>,
        plan && (
          <td key={`${metric}-p`} className={cellClass('num plan-cell', metric, shown)}>
            –
          </td>
        ),
      ])}
    </>
  )
}

export function UnitsTable({ caption, nationalRow, rows, sort, onSort, labelOf, hrefOf, footer, planCell, planHeader, shown, compact = false }: UnitsTableProps) {
  const metrics = compact ? [shown] : METRICS
  const { lang } = useLang()
  const m = useMessages(messages)
  const labels = metricLabels[lang]
  const bodyRow = (row: UnitRow, national = false) => (
    <tr key={row.unit.id} className={national ? 'units-table__national' : undefined}>
      <th scope="row" className="sticky-col">
        <Link to={hrefOf(row)}>{labelOf(row)}</Link>
        {national && <span className="units-table__note">{m.national}</span>}
      </th>
      <MetricCells row={row} planCell={planCell} shown={shown} metrics={metrics} />
    </tr>
  )
  return (
    // A scrollable region must be reachable by keyboard to be scrolled (WCAG 2.1.1).
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <section className="table-scroll units-table-scroll" tabIndex={0} aria-label={caption}>
      <table className="data-table units-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <SortHeader column="name" sort={sort} onSort={onSort} label={m.unit} rowSpan={2} className="sticky-col" />
            {metrics.map((metric) => (
              <th key={metric} scope="colgroup" colSpan={planCell ? 4 : 3} className={cellClass('metric-start metric-group', metric, shown)}>
                {labels[metric]}
              </th>
            ))}
          </tr>
          <tr>
            {metrics.map((metric) => [
              <SortHeader key={`${metric}-v`} column={metric} sort={sort} onSort={onSort} label={m.value} hiddenPrefix={labels[metric]} className={cellClass('num metric-start', metric, shown)} />,
              <SortHeader key={`${metric}-c`} column={`${metric}-change`} sort={sort} onSort={onSort} label={m.change} hiddenPrefix={labels[metric]} className={cellClass('num', metric, shown)} />,
              <SortHeader key={`${metric}-r`} column={`${metric}-rank`} sort={sort} onSort={onSort} label={m.rank} hiddenPrefix={labels[metric]} className={cellClass('num', metric, shown)} />,
              planCell && (
                <th key={`${metric}-p`} scope="col" className={cellClass('num plan-cell', metric, shown)} data-print-label={planHeader}>
                  <span className="visually-hidden">{labels[metric]}: </span>
                  {planHeader}
                </th>
              ),
            ])}
          </tr>
        </thead>
        <tbody>
          {nationalRow && bodyRow(nationalRow, true)}
          {rows.map((row) => bodyRow(row))}
        </tbody>
        <tfoot>
          {footer.map((line) => (
            <tr key={line.label}>
              <th scope="row" className="sticky-col">
                {line.label}
              </th>
              <TotalsCells totals={line.totals} plan={planCell !== undefined} shown={shown} metrics={metrics} />
            </tr>
          ))}
        </tfoot>
      </table>
    </section>
  )
}
