/**
 * The dialogs of data entry (loaded on demand, the first time one opens): the record form
 * (add or edit), the delete confirmation, and a record's history.
 */
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { ApiError } from '../../lib/api/client'
import type { Activity } from '../../lib/api/schemas'
import { formatDate } from '../../lib/format'
import { metricLabels } from '../../lib/i18n/common-messages'
import { useLang, useMessages } from '../../lib/i18n/i18n'
import { useErrorMessage } from '../../components/widget-state'
import { deleteActivity, invalidateRecordQueries, parseCurrent } from '../api/activity-writes'
import { Dialog } from './dialog'
import { entryMessages } from './entry-messages'
import { HistoryView } from './history-view'
import { RecordForm, type RecordFormTarget } from './record-form'
// oxlint-disable-next-line import/no-unassigned-import -- the dialogs' stylesheet, loaded with them
import './entry.css'

export type RecordDialogRequest =
  | RecordFormTarget
  | { mode: 'delete'; activity: Activity; unitName: string }
  | { mode: 'history'; activity: Activity; unitName: string }

export default function RecordDialogs({ request, onClose, onDone }: { request: RecordDialogRequest; onClose: () => void; onDone: (message: string) => void }) {
  const m = useMessages(entryMessages)
  const { lang } = useLang()
  if (request.mode === 'create' || request.mode === 'edit') return <RecordForm target={request} onClose={onClose} onDone={onDone} />
  if (request.mode === 'delete') return <DeleteDialog activity={request.activity} unitName={request.unitName} onClose={onClose} onDone={onDone} />
  const a = request.activity
  return (
    <Dialog title={`${m.historyTitle} — ${metricLabels[lang][a.kind]}, ${formatDate(a.date, lang)}`} onClose={onClose} closeLabel={m.close} wide>
      <p className="history__record">
        {request.unitName}: {a.title}
      </p>
      <HistoryView activity={a} />
    </Dialog>
  )
}

function DeleteDialog({ activity, unitName, onClose, onDone }: { activity: Activity; unitName: string; onClose: () => void; onDone: (message: string) => void }) {
  const m = useMessages(entryMessages)
  const { lang } = useLang()
  const queryClient = useQueryClient()
  const describe = useErrorMessage()
  const [target, setTarget] = useState<Activity>(activity)
  const [changed, setChanged] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const confirm = async () => {
    setBusy(true)
    setError(null)
    try {
      await deleteActivity(target.id, target.version)
      // As after a save: close at once, refresh behind.
      void invalidateRecordQueries(queryClient)
      onDone(m.deleted)
    } catch (e) {
      if (!(e instanceof ApiError)) throw e
      const current = e.status === 409 && e.code !== 'period_locked' ? parseCurrent(e.current) : null
      if (current) {
        setTarget(current)
        setChanged(true)
      } else {
        setError(e.code === 'period_locked' ? e.message : e.status === 403 ? m.forbidden : e.status === 404 ? m.notFound : e.status === 401 ? m.signedOut : describe(e).message)
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog title={m.deleteTitle} onClose={onClose} closeLabel={m.close} initialFocus=".delete-dialog__cancel">
      <p className="delete-dialog__record">
        <strong>
          {metricLabels[lang][target.kind]} · {formatDate(target.date, lang)} · {unitName}
        </strong>
        <br />
        {target.title}
      </p>
      <p>{m.deleteBody}</p>
      {changed && (
        <p className="entry-form__alert" role="alert">
          {m.deleteConflict}
        </p>
      )}
      {error && (
        <p className="entry-form__alert" role="alert">
          {error}
        </p>
      )}
      <div className="entry-form__actions">
        <button type="button" className="button button--secondary delete-dialog__cancel" onClick={onClose}>
          {m.cancel}
        </button>
        <button type="button" className="button button--danger" onClick={() => void confirm()} disabled={busy}>
          {changed ? m.deleteAnyway : m.deleteConfirm}
        </button>
      </div>
    </Dialog>
  )
}
