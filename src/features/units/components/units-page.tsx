/**
 * `/units`: every unit of the boundary view × every metric for the filtered period, with the
 * change against the same period last year and the rank; search, region filter and sort in
 * the URL (`q`, `region`, `sort`); totals that equal the national total; CSV export.
 */
import { Card } from '../../../components/card'
import { useId, useMemo } from 'react'
import { PageHeader } from '../../../components/page-header'
import { SearchField } from '../../../components/search-field'
import { EmptyState, ErrorState, Skeleton } from '../../../components/widget-state'
import { filterSearch } from '../../../filters/filters'
import { useFilters } from '../../../filters/filters-provider'
import { useScreenParams } from '../../../filters/use-screen-params'
import { REGIONS } from '../../../lib/api/schemas'
import { formatMonth, formatRange } from '../../../lib/format'
import { regionLabels } from '../../../lib/i18n/common-messages'
import { defineMessages, useLang, useMessages } from '../../../lib/i18n/i18n'
import { monthIndex } from '../../../lib/periods'
import { needsEra, unitLabel } from '../../../lib/units'
import { useUnitStats } from '../api/use-unit-stats'
import { FIRST_CURRENT_MONTH, LAST_FORMER_MONTH } from '../lib/unit-range'
import { buildUnitsTable, matchesRow, sortRows, totalsOf, type UnitRow } from '../lib/units-table'
import { nextSort, unitsParams, type SortColumn, type UnitsTableState } from '../lib/units-params'
import { UnitsExport } from './units-export'
import { UnitsTable, type TotalsLine } from './units-table'
// oxlint-disable-next-line import/no-unassigned-import -- the screen's own stylesheet, bundled by Vite
import '../units.css'

const messages = defineMessages({
  vi: {
    title: 'Đơn vị',
    description: (range: string, view: string) => `Số liệu từng đơn vị theo mọi chỉ số, ${range}, ${view}; so với cùng kỳ năm trước và xếp hạng.`,
    viewCurrent: 'theo địa giới hiện nay (34 tỉnh, thành phố)',
    viewReported: 'theo đơn vị báo cáo',
    search: 'Tìm đơn vị',
    searchPlaceholder: 'Ví dụ: quang ninh',
    region: 'Vùng',
    allRegions: 'Tất cả các vùng',
    caption: (range: string) => `Số liệu các đơn vị, ${range}`,
    national: 'Toàn quốc',
    shown: (n: number) => `Tổng ${n} đơn vị đang hiển thị`,
    tableTitle: 'Bảng số liệu theo đơn vị',
    count: (shown: number, total: number) => (shown === total ? `${total} đơn vị` : `${shown} / ${total} đơn vị`),
    noMatch: (what: string) => `Không có đơn vị nào khớp với ${what}.`,
    bySearch: (q: string) => `từ khóa “${q}”`,
    byRegion: (region: string) => `vùng ${region}`,
    byUnits: 'các đơn vị chọn ở bộ lọc',
    clearSearch: 'Xóa bộ lọc của bảng',
    noData: (last: string) => `Chưa có số liệu cho khoảng thời gian đã chọn: số liệu hiện có đến tháng ${last}.`,
    hiddenFormer: (n: number) =>
      `${n} đơn vị cấp tỉnh cũ không hiển thị: các đơn vị này đã hợp nhất từ ngày 01/07/2025, không có số liệu trong khoảng thời gian đã chọn.`,
    hiddenCurrent: (n: number) =>
      `${n} tỉnh, thành phố hiện nay không hiển thị: các đơn vị này được thành lập từ ngày 01/07/2025, sau khoảng thời gian đã chọn.`,
    spansReorganisation:
      'Khoảng thời gian đã chọn trải qua ngày 01/07/2025: đơn vị cũ có số liệu đến 30/06/2025, đơn vị mới từ 01/07/2025, không tính trùng. Xếp hạng so sánh trong từng nhóm.',
    comparisonNote:
      'So với cùng kỳ: cùng các tháng của năm trước, trên cùng địa bàn (tỉnh, thành phố hình thành sau hợp nhất được so với tổng của các tỉnh cũ). Xếp hạng: 1 là cao nhất; Trung ương không xếp hạng cùng các tỉnh.',
  },
  en: {
    title: 'Units',
    description: (range: string, view: string) => `Every unit by every metric, ${range}, ${view}; change against the same period last year and rank.`,
    viewCurrent: 'within current boundaries (34 provinces and cities)',
    viewReported: 'as reported',
    search: 'Find a unit',
    searchPlaceholder: 'e.g. quang ninh',
    region: 'Region',
    allRegions: 'All regions',
    caption: (range: string) => `Figures by unit, ${range}`,
    national: 'Nationwide',
    shown: (n: number) => `Total of the ${n} units shown`,
    tableTitle: 'Figures by unit',
    count: (shown: number, total: number) => (shown === total ? `${total} units` : `${shown} of ${total} units`),
    noMatch: (what: string) => `No unit matches ${what}.`,
    bySearch: (q: string) => `the search “${q}”`,
    byRegion: (region: string) => `the region ${region}`,
    byUnits: 'the units chosen in the filter bar',
    clearSearch: 'Clear the table filters',
    noData: (last: string) => `No figures yet for the chosen period: data runs to ${last}.`,
    hiddenFormer: (n: number) =>
      `${n} former provincial units are not shown: they were merged on 1 Jul 2025 and have no figures in the chosen period.`,
    hiddenCurrent: (n: number) =>
      `${n} current provinces and cities are not shown: they were formed on 1 Jul 2025, after the chosen period.`,
    spansReorganisation:
      'The chosen period spans 1 Jul 2025: former units have figures up to 30 Jun 2025, current units from 1 Jul 2025, never counted twice. Ranks compare units within each group.',
    comparisonNote:
      'Change: against the same months one year earlier, on the same territory (a province formed by the merger is compared with the sum of its former provinces). Rank: 1 is the highest; the central level is not ranked with the provinces.',
  },
})

export function UnitsPage() {
  const { lang } = useLang()
  const m = useMessages(messages)
  const { filters, units, coverage } = useFilters()
  const regionId = useId()

  const range = { from: filters.from, to: filters.to }
  const withEra = needsEra(filters.boundary)
  const [{ sort, q, region }, setParams] = useScreenParams(unitsParams)

  const stats = useUnitStats(filters.boundary, range, coverage)
  const table = useMemo(
    () =>
      stats.data
        ? buildUnitsTable({ units, boundary: filters.boundary, range: { from: filters.from, to: filters.to }, coverage, values: stats.data.values, previous: stats.data.previous })
        : null,
    [stats.data, units, filters.boundary, filters.from, filters.to, coverage],
  )

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

  let body
  if (noData) body = <EmptyState>{m.noData(formatMonth(coverage.to, lang))}</EmptyState>
  else if (stats.error) body = <ErrorState error={stats.error} onRetry={stats.retry} />
  else if (!table) body = <Skeleton height={480} />
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
        <UnitsTable caption={m.caption(rangeText)} nationalRow={national} rows={sorted} sort={sort} onSort={onSort} labelOf={labelOf} hrefOf={hrefOf} footer={footer} />
      </div>
    )

  return (
    <>
      <PageHeader
        title={m.title}
        description={m.description(rangeText, viewText)}
        actions={table && !noData && <UnitsExport rows={national ? [national, ...sorted] : sorted} footer={footer} labelOf={labelOf} range={range} boundary={filters.boundary} />}
      />
      <Card
        title={m.tableTitle}
        subtitle={table ? m.count(visible.length, table.rows.length) : undefined}
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
          </>
        }
      >
        {table && (hiddenFormer > 0 || hiddenCurrent > 0 || spans) && (
          <ul className="units-notes">
            {hiddenFormer > 0 && <li>{m.hiddenFormer(hiddenFormer)}</li>}
            {hiddenCurrent > 0 && <li>{m.hiddenCurrent(hiddenCurrent)}</li>}
            {spans && <li>{m.spansReorganisation}</li>}
          </ul>
        )}
        <div className="card__body">{body}</div>
        {table && visible.length > 0 && <p className="units-footnote">{m.comparisonNote}</p>}
      </Card>
      <p className="visually-hidden" aria-live="polite">
        {table ? m.count(visible.length, table.rows.length) : ''}
      </p>
    </>
  )
}
