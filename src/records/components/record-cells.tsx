/**
 * What each column of the records table shows for one record: dates and numbers in the
 * locale's format, a former unit with its era and the unit it now counts under, the source
 * (under the title, only where a record has one), participants only for the kinds of record
 * that have them (meetings and courses).
 */
import type { ReactNode } from 'react'
import type { Activity, ActivityKind, ActivitySortKey, OrgUnit, UnitId } from '../../lib/api/schemas'
import { categoryLabels, formatLabels, metricLabels, recipientLabels } from '../../lib/i18n/common-messages'
import type { Lang } from '../../lib/i18n/i18n'
import { formatDate, formatNumber } from '../../lib/format'
import { unitLabel } from '../../lib/units'
import type { recordsMessages } from './records-messages'

/** The columns the table can show, in display order. */
export const RECORD_COLUMNS = ['date', 'unit', 'metric', 'category', 'title', 'quantity', 'participants', 'format'] as const
export type RecordColumnKey = (typeof RECORD_COLUMNS)[number]

/** Sort keys per column; columns without one (format) are not sortable. */
export const SORT_KEY_OF: Partial<Record<RecordColumnKey, ActivitySortKey>> = {
  date: 'date',
  unit: 'unit',
  metric: 'metric',
  category: 'category',
  title: 'title',
  quantity: 'quantity',
  participants: 'participants',
}

export const NUMERIC_COLUMNS: ReadonlySet<RecordColumnKey> = new Set<RecordColumnKey>(['quantity', 'participants'])

/** Kinds of record that count people: an article or an award has no participants to show. */
const WITH_PARTICIPANTS: ReadonlySet<ActivityKind> = new Set<ActivityKind>(['meetings', 'trainings'])

export type RecordsMessages = (typeof recordsMessages)['vi']

export interface CellContext {
  lang: Lang
  m: RecordsMessages
  withEra: boolean
  unitsById: ReadonlyMap<UnitId, OrgUnit> | undefined
}

/** Only http(s) links leave the app: a `javascript:` URL in data must never become a link. */
function safeUrl(url: string | null): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null
  } catch {
    return null
  }
}

function UnitCell({ activity, ctx }: { activity: Activity; ctx: CellContext }) {
  const { unitsById, lang, withEra, m } = ctx
  const unit = unitsById?.get(activity.unit)
  if (!unit) return <>{activity.unit}</>
  if (withEra) return <>{unitLabel(unit, lang, true)}</>
  // Within current boundaries a former unit's record still names the unit that reported it,
  // with its era and the unit it now counts under (why Hà Nam shows up under Ninh Bình).
  const successor = unit.era === 'former' && unit.successorId ? unitsById?.get(unit.successorId) : undefined
  if (unit.era !== 'former') return <>{unitLabel(unit, lang, false)}</>
  return (
    <>
      {unit.name}
      <span className="records__sub">{m.formerEra}</span>
      {successor && <span className="records__sub">{m.nowPartOf(successor.name)}</span>}
    </>
  )
}

function SourceLine({ source, m }: { source: NonNullable<Activity['source']>; m: RecordsMessages }) {
  const url = safeUrl(source.url)
  return (
    <span className="records__sub records__source">
      {m.source}:{' '}
      {url ? (
        <a href={url} target="_blank" rel="noopener noreferrer" title={m.openSource}>
          {source.title}
          <span className="visually-hidden"> ({m.openSource})</span>
        </a>
      ) : (
        source.title
      )}
    </span>
  )
}

/** The content of one cell; null when the record has nothing for that column (the cell stays empty). */
export function cellOf(key: RecordColumnKey, a: Activity, ctx: CellContext): ReactNode {
  const { lang, m } = ctx
  switch (key) {
    case 'date':
      return <time dateTime={a.date}>{formatDate(a.date, lang)}</time>
    case 'unit':
      return <UnitCell activity={a} ctx={ctx} />
    case 'metric':
      return metricLabels[lang][a.kind]
    case 'category': {
      const label = (categoryLabels[lang] as Record<string, string>)[a.category] ?? a.category
      return a.recipient ? (
        <>
          {label}
          <span className="records__sub">{recipientLabels[lang][a.recipient]}</span>
        </>
      ) : (
        label
      )
    }
    case 'title':
      return a.source ? (
        <>
          {a.title}
          <SourceLine source={a.source} m={m} />
        </>
      ) : (
        a.title
      )
    case 'quantity':
      return formatNumber(a.quantity, lang)
    case 'participants':
      if (!WITH_PARTICIPANTS.has(a.kind)) return null
      return a.participants === null ? <span aria-label={m.notRecorded}>–</span> : formatNumber(a.participants, lang)
    case 'format':
      return a.format ? formatLabels[lang][a.format] : null
  }
}
