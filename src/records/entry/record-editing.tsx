/**
 * Data entry on a screen: `RecordEditingProvider` holds which dialog is open and loads the
 * dialogs' code the first time one opens (the forms stay out of the screens' first load);
 * `RecordRowActions` puts history, edit and delete on a row of a records table, and
 * `AddRecordControl` adds a record of a chosen kind to a unit.
 *
 * What a user may do mirrors the server (`canEditUnit`): a viewer sees no edit controls, a
 * reporter only on its own unit's records, an admin everywhere. The server enforces it.
 */
import { createContext, lazy, Suspense, useCallback, useContext, useId, useMemo, useState, type ReactNode } from 'react'
import { canEditUnit, useMe } from '../../lib/api/session'
import { ACTIVITY_KINDS } from '../../lib/api/contract'
import type { Activity, ActivityKind, OrgUnit } from '../../lib/api/schemas'
import { formatDate } from '../../lib/format'
import { metricLabels } from '../../lib/i18n/common-messages'
import { useLang, useMessages } from '../../lib/i18n/i18n'
import { unitLabel } from '../../lib/units'
import { useFilters } from '../../filters/filters-provider'
import { entryMessages } from './entry-messages'
import type { RecordDialogRequest } from './record-dialogs'

const RecordDialogs = lazy(() => import('./record-dialogs'))

interface RecordEditing {
  open: (request: RecordDialogRequest) => void
}

const RecordEditingContext = createContext<RecordEditing | null>(null)

export function RecordEditingProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<RecordDialogRequest | null>(null)
  const [status, setStatus] = useState('')
  const open = useCallback((next: RecordDialogRequest) => {
    setStatus('')
    setRequest(next)
  }, [])
  const value = useMemo(() => ({ open }), [open])
  return (
    <RecordEditingContext.Provider value={value}>
      {children}
      <output className="visually-hidden" aria-live="polite">
        {status}
      </output>
      {request && (
        <Suspense fallback={null}>
          <RecordDialogs
            request={request}
            onClose={() => setRequest(null)}
            onDone={(message) => {
              setRequest(null)
              setStatus(message)
            }}
          />
        </Suspense>
      )}
    </RecordEditingContext.Provider>
  )
}

function useRecordEditing(): RecordEditing {
  const ctx = useContext(RecordEditingContext)
  if (!ctx) throw new Error('useRecordEditing must be used inside <RecordEditingProvider>')
  return ctx
}

/** The unit's name as the record's row shows it ("Hà Nam (cũ)" for a former unit). */
function useUnitName(): (id: string) => string {
  const { unitsById } = useFilters()
  const { lang } = useLang()
  return (id) => {
    const unit = unitsById.get(id)
    return unit ? unitLabel(unit, lang, unit.era === 'former') : id
  }
}

/** Whether the signed-in user gets a records table's actions column at all. */
export function useShowsRecordActions(): boolean {
  return useMe().isSuccess
}

/** History for everyone signed in; edit and delete where the user may write the record's unit. */
export function RecordRowActions({ activity }: { activity: Activity }) {
  const m = useMessages(entryMessages)
  const { lang } = useLang()
  const { open } = useRecordEditing()
  const { data: me } = useMe()
  const unitName = useUnitName()(activity.unit)
  const editable = canEditUnit(me, activity.unit)
  // The visible word, then what it acts on for assistive tech ("Sửa — hồ sơ ngày …").
  const name = <span className="visually-hidden">{`— ${m.rowName(formatDate(activity.date, lang), activity.title)}`}</span>
  return (
    <div className="record-actions">
      <button type="button" className="button button--ghost button--small" onClick={() => open({ mode: 'history', activity, unitName })}>
        {m.history} {name}
      </button>
      {editable && (
        <>
          <button type="button" className="button button--ghost button--small" onClick={() => open({ mode: 'edit', activity, unitName })}>
            {m.edit} {name}
          </button>
          <button type="button" className="button button--ghost button--small record-actions__delete" onClick={() => open({ mode: 'delete', activity, unitName })}>
            {m.delete} {name}
          </button>
        </>
      )}
    </div>
  )
}

/** The `rowActions` of a records table. */
export function recordRowActions(activity: Activity): ReactNode {
  return <RecordRowActions activity={activity} />
}

/** "Thêm hoạt động" with the kind chosen, for a unit the user may write (a current unit, or the central level). */
export function AddRecordControl({ unit }: { unit: OrgUnit }) {
  const m = useMessages(entryMessages)
  const { lang } = useLang()
  const { open } = useRecordEditing()
  const { data: me } = useMe()
  const id = useId()
  const [kind, setKind] = useState<ActivityKind>('meetings')
  if (unit.era === 'former' || !canEditUnit(me, unit.id)) return null
  return (
    <div className="add-record">
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {m.addKind}
        </label>
        <select id={id} className="select" value={kind} onChange={(e) => setKind(e.target.value as ActivityKind)}>
          {ACTIVITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {metricLabels[lang][k]}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button" onClick={() => open({ mode: 'create', kind, unit: unit.id, unitName: unitLabel(unit, lang, false) })}>
        <span aria-hidden="true">+ </span>
        {m.add}
      </button>
    </div>
  )
}
