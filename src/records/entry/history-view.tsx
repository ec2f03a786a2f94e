/**
 * A record's history (`GET /activities/{id}/history`), newest first: what was done, by whom,
 * when (Vietnam time), and for an edit each changed field as before → after, in the UI language.
 */
import { useQuery } from '@tanstack/react-query'
import { ErrorState, Skeleton } from '../../components/widget-state'
import type { Activity, HistoryEntry } from '../../lib/api/schemas'
import { formatDate, formatNumber } from '../../lib/format'
import { useLang, useMessages, type Lang } from '../../lib/i18n/i18n'
import { recordHistoryQueries } from '../api/activity-writes'
import { displayValue } from './display-value'
import { entryMessages } from './entry-messages'
import { recordFieldLabel } from './field-labels'
import { formFields, valuesOf } from './form-values'

/** "27/11/2026 14:05" (vi) / "27 Nov 2026, 14:05" (en), in Vietnam's time. */
export function formatTimestamp(iso: string, lang: Lang): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  )
  const date = formatDate(`${parts.year}-${parts.month}-${parts.day}`, lang)
  return lang === 'vi' ? `${date} ${parts.hour}:${parts.minute}` : `${date}, ${parts.hour}:${parts.minute}`
}

export function HistoryView({ activity }: { activity: Activity }) {
  const m = useMessages(entryMessages)
  const { lang } = useLang()
  const query = useQuery(recordHistoryQueries.detail(activity.id))
  if (query.isPending) return <Skeleton height={160} />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const items = query.data.items.toReversed()
  return (
    <div className="history">
      {query.data.deleted && <p className="history__deleted">{m.historyDeletedNow}</p>}
      {items.length === 0 ? (
        <p>{m.historyEmpty}</p>
      ) : (
        <ol className="history__list">
          {items.map((entry) => (
            <HistoryItem key={`${entry.version}-${entry.at}`} entry={entry} kind={activity.kind} lang={lang} m={m} />
          ))}
        </ol>
      )}
    </div>
  )
}

function HistoryItem({ entry, kind, lang, m }: { entry: HistoryEntry; kind: Activity['kind']; lang: Lang; m: (typeof entryMessages)['vi'] }) {
  const before = entry.before ? valuesOf(entry.before) : null
  const after = entry.after ? valuesOf(entry.after) : null
  const fields = formFields(kind)
  const changes =
    entry.action === 'updated' && before && after
      ? fields.filter((f) => before[f] !== after[f]).map((f) => ({ field: f, from: before[f], to: after[f] }))
      : entry.action === 'created' && after
        ? fields.map((f) => ({ field: f, from: null, to: after[f] }))
        : []
  const show = (field: (typeof fields)[number], value: string) => displayValue(field, value, kind, lang, m.empty)
  return (
    <li className="history__item">
      <p className="history__head">
        <strong>{m[`action_${entry.action}`]}</strong>{' '}
        <span className="history__meta">
          {m.historyBy(entry.username, formatTimestamp(entry.at, lang))} · {m.historyVersion(formatNumber(entry.version, lang))}
        </span>
      </p>
      {changes.length > 0 && (
        <dl className="history__changes">
          {changes.map((c) => (
            <div key={c.field} className="history__change">
              <dt>{recordFieldLabel(c.field, kind, m)}</dt>
              <dd>
                {c.from !== null && (
                  <>
                    <del>{show(c.field, c.from)}</del>
                    <span> → </span>
                  </>
                )}
                <ins>{show(c.field, c.to)}</ins>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  )
}
