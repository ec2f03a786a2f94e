/**
 * `/units/:unitId`: one unit's KPIs with changes, its rank for each metric, the trend and the
 * breakdown of a chosen metric, its 2025 history and its records.
 *
 * Which figures: a former unit's own figures exist only as reported and only up to 30/06/2025
 * (in the current view they roll up into its successor), so its page always shows them as
 * reported and limits the range; a current unit is shown within current boundaries (before
 * 01/07/2025 that is the sum of its former units), limited to months from 01/07/2025 when the
 * user chose the as-reported view. The page says so whenever it applies.
 */
import { Fragment, type ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import { MetricSelect } from '../../../components/metric-select'
import { NotFound } from '../../../components/not-found'
import { PageHeader } from '../../../components/page-header'
import { EmptyState } from '../../../components/widget-state'
import { filterSearch } from '../../../filters/filters'
import { useFilters } from '../../../filters/filters-provider'
import { useScreenParams } from '../../../filters/use-screen-params'
import { isUnitId } from '../../../lib/api/contract'
import type { OrgUnit } from '../../../lib/api/schemas'
import { formatRange } from '../../../lib/format'
import { regionLabels } from '../../../lib/i18n/common-messages'
import { useLang, useMessages } from '../../../lib/i18n/i18n'
import { monthIndex } from '../../../lib/periods'
import { unitLabel, needsEra } from '../../../lib/units'
import { ownPeriod } from '../lib/own-period'
import { unitHistory } from '../lib/unit-history'
import { unitPageParams } from '../lib/units-params'
import { FIRST_CURRENT_MONTH, figureBoundary, unitMonths, type MonthRange } from '../lib/unit-range'
import { RecordEditingProvider } from '../../../records/entry/record-editing'
import { unitMessages } from './unit-messages'
import { UnitBreakdown, UnitKpis, UnitRecords, UnitTrend } from './unit-widgets'
// oxlint-disable-next-line import/no-unassigned-import -- the screen's own stylesheet, bundled by Vite
import '../units.css'

export function UnitPage() {
  const { unitId = '' } = useParams()
  const { unitsById } = useFilters()
  const unit = isUnitId(unitId) ? unitsById.get(unitId) : undefined
  if (!unit) return <UnitNotFound id={unitId} />
  // A new unit starts with fresh widget state (chart/table switches).
  return (
    <RecordEditingProvider>
      <UnitDetail key={unit.id} unit={unit} />
    </RecordEditingProvider>
  )
}

function UnitNotFound({ id }: { id: string }) {
  const m = useMessages(unitMessages)
  const { filters, unitsById } = useFilters()
  const search = filterSearch(filters)
  // A current-unit id whose code only a former unit had (c35: Hà Nam, now part of Ninh Bình).
  const former = /^c\d{2}$/.test(id) ? unitsById.get(`f${id.slice(1)}`) : undefined
  const successor = former?.successorId ? unitsById.get(former.successorId) : undefined
  const body =
    former && successor ? (
      <>
        {m.notFoundFormerCode(id, former.code)} <Link to={`/units/${former.id}${search}`}>{m.notFoundFormerName(former.name)}</Link>
        {m.notFoundPartOf} <Link to={`/units/${successor.id}${search}`}>{successor.name}</Link>.
      </>
    ) : (
      m.notFoundBody(id)
    )
  return <NotFound title={m.notFoundTitle} body={body} back={{ to: `/units${search}`, label: m.backToUnits }} />
}

/** "A, B và C" / "A, B and C" with each name a link. */
function LinkList({ units, search, and }: { units: OrgUnit[]; search: string; and: string }) {
  return (
    <>
      {units.map((u, i) => (
        <Fragment key={u.id}>
          {i > 0 && (i === units.length - 1 ? ` ${and} ` : ', ')}
          <Link to={`/units/${u.id}${search}`}>{u.name}</Link>
        </Fragment>
      ))}
    </>
  )
}

function HistoryNotice({ unit, search }: { unit: OrgUnit; search: string }) {
  const m = useMessages(unitMessages)
  const { unitsById } = useFilters()
  const history = unitHistory(unit, unitsById)
  if (!history || history.kind === 'continues-as') return null
  return (
    <aside className="unit-history" aria-label={m.historyTitle}>
      <span className="unit-history__icon" aria-hidden="true">
        i
      </span>
      <p>
        {history.kind === 'formed' ? (
          <>
            {m.formed} <LinkList units={history.predecessors} search={search} and={m.and} />.
          </>
        ) : (
          <>
            {m.mergedInto} <Link to={`/units/${history.successor.id}${search}`}>{history.successor.name}</Link> {m.mergedOn}.
          </>
        )}
      </p>
    </aside>
  )
}

/** Which months and which figures the page shows, when that is not simply the filter's range. */
function ScopeNote({ unit, months, search }: { unit: OrgUnit; months: MonthRange | null; search: string }) {
  const m = useMessages(unitMessages)
  const { lang } = useLang()
  const { filters, unitsById, update } = useFilters()
  const range = formatRange(filters.from, filters.to, lang)
  const clamped = months !== null && (months.from !== filters.from || months.to !== filters.to)
  const monthsText = months ? formatRange(months.from, months.to, lang) : ''
  const lines: ReactNode[] = []
  const link = (u: OrgUnit) => <Link to={`/units/${u.id}${search}`}>{unitLabel(u, lang, true)}</Link>

  if (unit.era === 'former') {
    const successor = unit.successorId ? unitsById.get(unit.successorId) : undefined
    if (!months) {
      lines.push(
        <>
          {m.scopeFormerNone(range)} {successor && link(successor)}.
        </>,
      )
    } else {
      lines.push(
        <>
          {m.scopeFormer(unit.name)} {clamped && m.scopeClamped(range, monthsText)}
        </>,
      )
      if (filters.boundary === 'current' && successor) {
        lines.push(
          <>
            {m.scopeFormerInCurrent} {link(successor)}.
          </>,
        )
      }
    }
    const history = unitHistory(unit, unitsById)
    if (history?.kind === 'continues-as') {
      lines.push(
        <>
          {m.continuesAs} {link(history.successor)}.
        </>,
      )
    }
  } else if (unit.era === 'current') {
    const predecessors = unit.predecessorIds.flatMap((id) => unitsById.get(id) ?? [])
    if (filters.boundary === 'reported') {
      lines.push(months ? m.scopeReported(monthsText) : m.scopeReportedNone(range))
      if (predecessors.length > 0 && monthsText !== range) {
        lines.push(
          <>
            {m.scopeEarlier}{' '}
            {predecessors.map((p, i) => (
              <Fragment key={p.id}>
                {i > 0 && ', '}
                {link(p)}
              </Fragment>
            ))}
            .{' '}
            <button type="button" className="button button--ghost button--inline" onClick={() => update({ filters: { boundary: 'current' } })}>
              {m.switchToCurrent}
            </button>
          </>,
        )
      }
    } else if (unit.status === 'merged' && monthIndex(filters.from) < monthIndex(FIRST_CURRENT_MONTH)) {
      lines.push(m.scopeMergedCurrent)
    }
  }
  if (lines.length === 0) return null
  return (
    <div className="unit-scope-box">
      {lines.map((line, i) => (
        <p key={i} className="unit-scope">
          {line}
        </p>
      ))}
    </div>
  )
}

/** The page's range misses the unit's months: say so, and offer its own period in one click. */
function OwnPeriodOffer({ unit }: { unit: OrgUnit }) {
  const m = useMessages(unitMessages)
  const { lang } = useLang()
  const { filters, coverage, update } = useFilters()
  const period = ownPeriod(unit, filters.boundary, coverage)
  return (
    <EmptyState>
      <p>{m.kpiEmpty(formatRange(filters.from, filters.to, lang))}</p>
      {period && (
        <button type="button" className="button" onClick={() => update({ filters: { preset: 'custom', ...period } })}>
          {m.viewOwnPeriod(formatRange(period.from, period.to, lang))}
        </button>
      )}
    </EmptyState>
  )
}

function UnitDetail({ unit }: { unit: OrgUnit }) {
  const m = useMessages(unitMessages)
  const { lang } = useLang()
  const { filters } = useFilters()
  const [{ metric }, setParams] = useScreenParams(unitPageParams)
  const search = filterSearch(filters)
  const boundary = figureBoundary(unit)
  const months = unitMonths(unit, filters.boundary, { from: filters.from, to: filters.to })
  const title = unitLabel(unit, lang, unit.era === 'former' || needsEra(filters.boundary))
  const meta = [
    unit.era === 'former' ? m.eraFormer : unit.era === 'current' ? m.eraCurrent : m.eraNational,
    unit.kind === 'city' ? m.kindCity : unit.kind === 'province' ? m.kindProvince : null,
    unit.region ? regionLabels[lang][unit.region] : null,
  ].filter((x): x is string => x !== null)

  return (
    <>
      <nav aria-label={m.breadcrumb} className="breadcrumb">
        <Link to={`/units${search}`}>
          <span aria-hidden="true">← </span>
          {m.backToUnits}
        </Link>
      </nav>
      <PageHeader
        title={title}
        description={
          <>
            {unit.fullName}
            <ul className="unit-meta">
              {meta.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </>
        }
      />
      <HistoryNotice unit={unit} search={search} />
      {unit.era === 'national' && <p className="unit-scope">{m.nationalNote}</p>}
      <ScopeNote unit={unit} months={months} search={search} />
      {months ? (
        <>
          <UnitKpis unit={unit} boundary={boundary} months={months} />
          <div className="unit-metric-bar">
            <MetricSelect value={metric} onChange={(next) => setParams({ metric: next })} />
          </div>
          <div className="grid grid--2">
            <UnitTrend unit={unit} boundary={boundary} months={months} metric={metric} />
            <UnitBreakdown unit={unit} boundary={boundary} months={months} metric={metric} />
          </div>
          <UnitRecords unit={unit} boundary={boundary} months={months} />
        </>
      ) : (
        <section className="card">
          <OwnPeriodOffer unit={unit} />
        </section>
      )}
    </>
  )
}
