/**
 * `/reports`: a reporter sees their unit's reports by period, newest first (status, deadline,
 * submitted on time or late, overdue), each with a link; admins and leaders pick a period and
 * a unit to open any report, see the reports that exist for the period, or go to the
 * completeness screen.
 */
import { useQuery } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { Link, useNavigate } from 'react-router'
import { PageHeader } from '../../../components/page-header'
import { EmptyState, ErrorState, Skeleton } from '../../../components/widget-state'
import { useFilters } from '../../../filters/filters-provider'
import { periodsQueries, reportsQueries } from '../../../lib/api/report-queries'
import { reportId, type Period, type ReportListItem } from '../../../lib/api/reports'
import type { OrgUnit } from '../../../lib/api/schemas'
import { useMe } from '../../../lib/api/session'
import { formatDate, upperFirst } from '../../../lib/format'
import { useLang, useMessages } from '../../../lib/i18n/i18n'
import { compareVi } from '../../../lib/text'
import { reportPeriodText, reportTiming } from '../lib/report-document'
import { todayInVietnam } from '../../../lib/api/activity-input'
import { formatVnDateTime as formatTimestamp } from '../../../lib/vn-time'
import { reportsMessages } from '../lib/reports-messages'
import { ReportStatusBadge } from './report-status'
import '../reports.css'

export function ReportsPage() {
  const m = useMessages(reportsMessages)
  const { data: me } = useMe()
  const { unitsById } = useFilters()
  if (me?.role === 'reporter') {
    const unit = me.unit ? unitsById.get(me.unit) : undefined
    return (
      <div className="reports-page">
        <PageHeader title={m.listTitle} description={me.unit ? m.listDescriptionReporter(unit?.name ?? me.unit) : undefined} printable={false} />
        {me.unit && unit ? <UnitReports unit={unit} /> : <EmptyState>{m.reporterWithoutUnit}</EmptyState>}
      </div>
    )
  }
  return (
    <div className="reports-page">
      <PageHeader title={m.listTitle} description={m.listDescriptionReader} printable={false} />
      <ReportPicker />
    </div>
  )
}

/** The unit's reports, one row per period the unit reports in (a period without a report: not started). */
function UnitReports({ unit }: { unit: OrgUnit }) {
  const m = useMessages(reportsMessages)
  const periods = useQuery(periodsQueries.list())
  const reports = useQuery(reportsQueries.list({ units: [unit.id] }))
  if (periods.isPending || reports.isPending) return <Skeleton height={240} />
  if (periods.isError) return <ErrorState error={periods.error} onRetry={() => void periods.refetch()} title={m.periodsError} />
  if (reports.isError) return <ErrorState error={reports.error} onRetry={() => void reports.refetch()} title={m.listError} />
  const era = unit.era === 'former' ? 'former' : 'current'
  const mine = periods.data.items.filter((p) => p.era === era)
  if (mine.length === 0) return <EmptyState>{m.noPeriods}</EmptyState>
  const byPeriod = new Map(reports.data.items.map((r) => [r.period, r]))
  return <ReportsTable rows={mine.map((p) => ({ period: p, unit, report: byPeriod.get(p.id) ?? null }))} caption={m.reportsTable} showUnit={false} />
}

interface Row {
  period: Period
  unit: OrgUnit
  report: ReportListItem | null
}

function ReportsTable({ rows, caption, showUnit }: { rows: Row[]; caption: string; showUnit: boolean }) {
  const m = useMessages(reportsMessages)
  const { lang } = useLang()
  const today = todayInVietnam()
  return (
    <section className="card">
      <div className="table-scroll">
        <table className="data-table reports-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{showUnit ? m.unit : m.period}</th>
              <th scope="col">{m.status}</th>
              <th scope="col" className="num">
                {m.deadline}
              </th>
              <th scope="col" className="num">
                {m.submittedAt}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ period, unit, report }) => {
              const status = report?.status ?? 'not-started'
              const timing = period.ended ? reportTiming({ status, onTime: report?.onTime ?? null, deadline: period.deadline }, today) : null
              const label = upperFirst(reportPeriodText(period.id, lang))
              return (
                <tr key={`${period.id}.${unit.id}`}>
                  <th scope="row">
                    <Link to={`/reports/${reportId(period.id, unit.id)}`}>{showUnit ? unit.name : label}</Link>
                  </th>
                  <td data-label={m.status}>
                    <span>
                      <ReportStatusBadge status={status} timing={timing} />
                      {!period.ended && <span className="muted reports-table__hint"> {m.notEnded}</span>}
                    </span>
                  </td>
                  <td className="num" data-label={m.deadline}>
                    {formatDate(period.deadline, lang)}
                  </td>
                  <td className="num" data-label={m.submittedAt}>
                    {report?.submittedAt ? formatTimestamp(report.submittedAt, lang) : '—'}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}

/** For admins and leaders: any unit's report of any period. */
function ReportPicker() {
  const m = useMessages(reportsMessages)
  const { lang } = useLang()
  const { units } = useFilters()
  const navigate = useNavigate()
  const periods = useQuery(periodsQueries.list())
  const [periodId, setPeriodId] = useState<string | null>(null)
  const [unitId, setUnitId] = useState<string>('')
  const periodField = useId()
  const unitField = useId()
  const chosen = periods.data?.items.find((p) => p.id === periodId) ?? periods.data?.items.find((p) => p.ended) ?? periods.data?.items[0]
  const reports = useQuery({ ...reportsQueries.list(chosen ? { period: chosen.id } : {}), enabled: chosen !== undefined })
  if (periods.isPending) return <Skeleton height={160} />
  if (periods.isError) return <ErrorState error={periods.error} onRetry={() => void periods.refetch()} title={m.periodsError} />
  if (!chosen) return <EmptyState>{m.noPeriods}</EmptyState>
  const reporting = units.filter((u) => u.era === chosen.era).toSorted((a, b) => compareVi(a.name, b.name))
  const unit = reporting.find((u) => u.id === unitId) ?? reporting[0]
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (unit) void navigate(`/reports/${reportId(chosen.id, unit.id)}`)
  }
  const byId = new Map(units.map((u) => [u.id, u]))
  const rows = (reports.data?.items ?? []).flatMap((r) => {
    const u = byId.get(r.unit)
    return u ? [{ period: chosen, unit: u, report: r }] : []
  })
  return (
    <>
      <section className="card">
        <form className="reports-picker" onSubmit={onSubmit}>
          <div className="field">
            <label className="field__label" htmlFor={periodField}>
              {m.period}
            </label>
            <select id={periodField} className="select" value={chosen.id} onChange={(e) => setPeriodId(e.target.value)}>
              {periods.data.items.map((p) => (
                <option key={p.id} value={p.id}>
                  {upperFirst(reportPeriodText(p.id, lang))}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={unitField}>
              {m.unit}
            </label>
            <select id={unitField} className="select" value={unit?.id ?? ''} onChange={(e) => setUnitId(e.target.value)}>
              {reporting.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            {m.open}
          </button>
          <Link className="reports-picker__completeness" to={`/completeness?period=${chosen.id}`}>
            {m.completenessLink}
          </Link>
        </form>
      </section>
      {reports.isError ? (
        <ErrorState error={reports.error} onRetry={() => void reports.refetch()} title={m.listError} />
      ) : reports.isPending ? (
        <Skeleton height={240} />
      ) : rows.length > 0 ? (
        <ReportsTable rows={rows} caption={`${m.listTitle} — ${reportPeriodText(chosen.id, lang)}`} showUnit />
      ) : null}
    </>
  )
}
