/**
 * A record's history (`GET /activities/{id}/history`), newest first: what was done, by whom,
 * when (Vietnam time), and for an edit each changed field as before → after, in the UI language.
 */
import { useQuery } from '@tanstack/react-query'
import { ErrorState, Skeleton } from '../../components/widget-state'
import type { Activity, HistoryEntry } from '../../lib/api/schemas'
import { formatNumber } from '../../lib/format'
import { formatVnDateTime as formatTimestamp } from '../../lib/vn-time'
import { useLang, useMessages, type Lang } from '../../lib/i18n/i18n'
import { recordHistoryQueries } from '../api/activity-writes'
import { displayValue } from './display-value'
import { entryMessages } from './entry-messages'
import { recordFieldLabel } from './field-labels'
import { formFields, valuesOf } from './form-values'

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
