/**
 * Annual plans ("Kế hoạch năm"), `/plans?year=2026`. A reporter sees and edits its own unit's
 * plan. An admin and a viewer see every unit's plan for the year in a table (status, targets);
 * choosing a unit (`&unit=c37`) opens its plan, where an admin approves, returns or reopens it
 * (and may edit it). Plans up to 2024 belong to the 63 former units, from 2025 to the 34
 * current ones. The server checks every permission; the screen only offers what can work.
 */
import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { Link, useNavigationType } from 'react-router'
import { PageHeader } from '../../../components/page-header'
import { ErrorState, Skeleton } from '../../../components/widget-state'
import { useFilters } from '../../../filters/filters-provider'
import { useScreenParams } from '../../../filters/use-screen-params'
import { plansQueries } from '../../../lib/api/report-queries'
import { REPORT_METRICS, type Plan } from '../../../lib/api/reports'
import type { OrgUnit, UnitId } from '../../../lib/api/schemas'
import { useMe } from '../../../lib/api/session'
import { today } from '../../../lib/clock'
import { formatNumber } from '../../../lib/format'
import { metricLabels } from '../../../lib/i18n/common-messages'
import { useLang, useMessages } from '../../../lib/i18n/i18n'
import { unitLabel } from '../../../lib/units'
import { plansParams } from '../lib/plans-params'
import { emptyPlan, PlanEditor } from './plan-editor'
import { planStatusLabels, plansMessages } from './plans-messages'
import '../plans.css'

/** The first year of data, and the plans offered: up to next year (plans are made ahead). */
const FIRST_YEAR = 2018

export function PlansPage() {
  const m = useMessages(plansMessages)
  const { lang } = useLang()
  const [state, setState] = useScreenParams(plansParams)
  const { data: me } = useMe()
  const { unitsById, searchParams } = useFilters()
  const thisYear = today().getFullYear()
  const years = Array.from({ length: thisYear + 1 - FIRST_YEAR + 1 }, (_, i) => thisYear + 1 - i)
  // The URL's values as typed: the screen says itself what it cannot use (the route table only
  // names its parameters). A year outside the plans (not a year, before the data, beyond next
  // year): this year, with a notice.
  const asked = searchParams.get('year')
  const rawUnit = searchParams.get('unit')
  const outOfRange = asked !== null && (state.year === null || !years.includes(Number(state.year)))
  const year = state.year === null || outOfRange ? thisYear : Number(state.year)
  const yearId = useId()
  // A plan opened from the table (a navigation) takes focus; a page opened on it (a load, back) does not.
  const navigation = useNavigationType()
  const era = year >= 2025 ? 'current' : 'former'
  const units = [...unitsById.values()].filter((u) => u.era === era)
  const isReporter = me?.role === 'reporter'
  const isAdmin = me?.role === 'admin'
  const nameOf = (id: UnitId) => {
    const unit = unitsById.get(id)
    return unit ? unitLabel(unit, lang, era === 'former') : id
  }

  let body
  if (!me) body = <Skeleton height={320} />
  else if (isReporter) {
    if (!me.unit) body = <p className="plan-note">{m.noUnit}</p>
    else if (era === 'former') body = <p className="plan-note">{m.formerYear(year)}</p>
    else body = <PlanEditor key={`${year}.${me.unit}`} year={year} unit={me.unit} unitName={nameOf(me.unit)} canEdit isAdmin={false} />
  } else {
    const chosen = state.unit && unitsById.get(state.unit)?.era === era ? state.unit : null
    body = (
      <>
        {era === 'former' && <p className="plan-note">{m.formerYear(year)}</p>}
        {chosen && <PlanEditor key={`${year}.${chosen}`} year={year} unit={chosen} unitName={nameOf(chosen)} canEdit={isAdmin} isAdmin={isAdmin} focusOnOpen={navigation !== 'POP'} />}
        <PlansTable year={year} units={units} nameOf={nameOf} chosen={chosen} isAdmin={isAdmin} />
      </>
    )
  }

  return (
    <div className="plans-page">
      <PageHeader title={m.title} description={<p>{isReporter ? m.descriptionReporter : m.descriptionAll}</p>} />
      <div className="plans-controls">
        <label htmlFor={yearId}>{m.year}</label>
        <select id={yearId} className="select" value={year} onChange={(e) => setState({ year: Number(e.target.value) === thisYear ? null : e.target.value, unit: null })}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      {outOfRange && (
        <p className="plan-note" role="note">
          {m.yearOutOfRange(String(asked), FIRST_YEAR, thisYear + 1, thisYear)}
        </p>
      )}
      {rawUnit !== null && !isReporter && !(state.unit && unitsById.get(state.unit)?.era === era) && (
        <p className="plan-note" role="note">
          {m.unknownUnit(rawUnit, year)}
        </p>
      )}
      {body}
    </div>
  )
}

function PlansTable({
  year,
  units,
  nameOf,
  chosen,
  isAdmin,
}: {
  year: number
  units: OrgUnit[]
  nameOf: (id: UnitId) => string
  chosen: UnitId | null
  isAdmin: boolean
}) {
  const m = useMessages(plansMessages)
  const { lang } = useLang()
  const plans = useQuery(plansQueries.list({ year }))
  if (plans.isPending) return <Skeleton height={480} />
  if (plans.isError) return <ErrorState error={plans.error} title={m.loadError} onRetry={() => void plans.refetch()} />
  const byUnit = new Map<UnitId, Plan>(plans.data.items.filter((p) => p.year === year).map((p) => [p.unit, p]))
  const rows = units.map((u) => byUnit.get(u.id) ?? emptyPlan(year, u.id))
  const approved = rows.filter((p) => p.status === 'approved').length
  const submitted = rows.filter((p) => p.status === 'submitted').length
  const statuses = planStatusLabels[lang]
  const caption = m.tableTitle(year)
  return (
    <section className="card plans-table-card" aria-labelledby="plans-table-title">
      <h2 id="plans-table-title" className="card__title">
        {caption}
      </h2>
      <p className="plans-summary">{m.tableSummary(approved, rows.length, submitted)}</p>
      {submitted > 0 && (
        <p className="plans-pending">
          {m.pendingList}{' '}
          {rows
            .filter((p) => p.status === 'submitted')
            .map((p, i) => (
              <span key={p.unit}>
                {i > 0 && ', '}
                <Link to={{ search: `?year=${year}&unit=${p.unit}` }}>{nameOf(p.unit)}</Link>
              </span>
            ))}
        </p>
      )}
      {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="table-scroll" tabIndex={0} aria-label={caption}>
        <table className="data-table plans-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.unit}</th>
              <th scope="col">{m.status}</th>
              {REPORT_METRICS.map((metric) => (
                <th key={metric} scope="col" className="num">
                  {metricLabels[lang][metric]}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{m.open}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.unit} aria-current={p.unit === chosen ? 'true' : undefined} className={p.unit === chosen ? 'plans-table__chosen' : undefined}>
                <th scope="row">{nameOf(p.unit)}</th>
                <td data-status={p.status}>{statuses[p.status]}</td>
                {REPORT_METRICS.map((metric) => (
                  <td key={metric} className="num">
                    {p.targets[metric] === null ? m.none : formatNumber(p.targets[metric], lang)}
                  </td>
                ))}
                <td>
                  <Link to={{ search: `?year=${year}&unit=${p.unit}` }} aria-label={`${isAdmin && p.status === 'submitted' ? m.review : m.open}: ${nameOf(p.unit)}`}>
                    {isAdmin && p.status === 'submitted' ? m.review : m.open}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  )
}
