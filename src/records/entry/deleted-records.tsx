/**
 * The deleted records (admin, `GET /activities/deleted`), newest deletion first, each with
 * who deleted it and when, and a "Khôi phục / Restore" that puts it back in the figures.
 * Loaded on demand, when an admin opens the view.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { ApiError } from '../../lib/api/client'
import { formatDate, formatNumber } from '../../lib/format'
import { metricLabels } from '../../lib/i18n/common-messages'
import { useLang, useMessages } from '../../lib/i18n/i18n'
import { unitLabel } from '../../lib/units'
import { EmptyState, ErrorState, Skeleton, useErrorMessage } from '../../components/widget-state'
import { useFilters } from '../../filters/filters-provider'
import { deletedRecordsQueries, invalidateRecordQueries, restoreActivity } from '../api/activity-writes'
import { entryMessages } from './entry-messages'
import { formatVnDateTime as formatTimestamp } from '../../lib/vn-time'
// oxlint-disable-next-line import/no-unassigned-import -- the view's stylesheet, loaded with it
import './entry.css'

export default function DeletedRecords({ headingId }: { headingId: string }) {
  const m = useMessages(entryMessages)
  const { lang } = useLang()
  const { unitsById } = useFilters()
  const queryClient = useQueryClient()
  const describe = useErrorMessage()
  const query = useQuery(deletedRecordsQueries.list())
  const [busy, setBusy] = useState<string | null>(null)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)

  const restore = async (id: string, version: number) => {
    setBusy(id)
    setMessage(null)
    try {
      await restoreActivity(id, version)
      await invalidateRecordQueries(queryClient)
      setMessage({ text: m.restored, error: false })
    } catch (e) {
      if (!(e instanceof ApiError)) throw e
      setMessage({ text: e.code === 'period_locked' ? e.message : e.status === 403 ? m.forbidden : describe(e).message, error: true })
    } finally {
      setBusy(null)
    }
  }

  let body
  if (query.isPending) body = <Skeleton height={160} />
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  else if (query.data.items.length === 0) body = <EmptyState>{m.deletedEmpty}</EmptyState>
  else
    body = (
      // A scrollable region must be reachable by keyboard to be scrolled (WCAG 2.1.1).
      // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      <section className="table-scroll" aria-labelledby={headingId} tabIndex={0}>
        <table className="data-table deleted__table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{m.date}</th>
              <th scope="col">{m.unit}</th>
              <th scope="col">{m.kind}</th>
              <th scope="col">{m.title}</th>
              <th scope="col">{m.deletedAt}</th>
              <th scope="col">{m.deletedBy}</th>
              <th scope="col">
                <span className="visually-hidden">{m.restore}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {query.data.items.map(({ activity: a, deletedAt, deletedBy }) => {
              const unit = unitsById.get(a.unit)
              return (
                <tr key={a.id}>
                  <td data-label={m.date}>{formatDate(a.date, lang)}</td>
                  <td data-label={m.unit}>{unit ? unitLabel(unit, lang, unit.era === 'former') : a.unit}</td>
                  <td data-label={m.kind}>
                    {metricLabels[lang][a.kind]}
                    {a.kind !== 'meetings' && a.kind !== 'trainings' ? ` · ${formatNumber(a.quantity, lang)}` : ''}
                  </td>
                  <td data-label={m.title}>{a.title}</td>
                  <td data-label={m.deletedAt}>{formatTimestamp(deletedAt, lang)}</td>
                  <td data-label={m.deletedBy}>{deletedBy}</td>
                  <td>
                    <button type="button" className="button button--secondary button--small" disabled={busy !== null} onClick={() => void restore(a.id, a.version)}>
                      {m.restore} <span className="visually-hidden">{`— ${m.rowName(formatDate(a.date, lang), a.title)}`}</span>
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </section>
    )

  return (
    <div className="deleted">
      <p className="card__subtitle">{m.deletedSubtitle}</p>
      <output className={message?.error ? 'entry-form__alert' : 'deleted__status'} role={message?.error ? 'alert' : undefined}>
        {message?.text}
      </output>
      {body}
    </div>
  )
}
