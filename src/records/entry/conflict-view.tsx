/**
 * A stale save (409): the user's version and the record as it is now, field by field, the
 * differing fields marked in words (not only colour), and three ways on: keep mine (save it
 * over the current version, knowingly), use the current one (drop mine), or edit again.
 */
import { useEffect, useRef } from 'react'
import type { ActivityInput } from '../../lib/api/activity-input'
import type { Activity, ActivityKind } from '../../lib/api/schemas'
import { useLang, useMessages } from '../../lib/i18n/i18n'
import { entryMessages } from './entry-messages'
import { displayValue } from './display-value'
import { formFields, valuesOf, valuesOfInput } from './form-values'
import { recordFieldLabel } from './field-labels'

export function ConflictView({
  kind,
  mine,
  current,
  saving,
  onKeepMine,
  onTakeCurrent,
  onEditAgain,
  onClose,
}: {
  kind: ActivityKind
  mine: ActivityInput
  current: Activity | null
  saving: boolean
  onKeepMine: () => void
  onTakeCurrent: () => void
  onEditAgain: () => void
  onClose: () => void
}) {
  const m = useMessages(entryMessages)
  const { lang } = useLang()
  const messageRef = useRef<HTMLParagraphElement>(null)
  // The form under focus is gone: focus the message, which a screen reader reads first.
  useEffect(() => messageRef.current?.focus(), [])
  if (!current) {
    return (
      <div className="conflict">
        <p role="alert" ref={messageRef} tabIndex={-1}>
          {m.conflictGone}
        </p>
        <div className="entry-form__actions">
          <button type="button" className="button" onClick={onClose}>
            {m.close}
          </button>
        </div>
      </div>
    )
  }
  const mineValues = valuesOfInput(mine)
  const currentValues = valuesOf(current)
  return (
    <div className="conflict">
      <p role="alert" ref={messageRef} tabIndex={-1} className="conflict__message">
        {m.conflictBody}
      </p>
      <div className="table-scroll">
        <table className="data-table conflict__table">
          <caption className="visually-hidden">{m.conflictTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{m.conflictField}</th>
              <th scope="col">{m.conflictMine}</th>
              <th scope="col">{m.conflictCurrent}</th>
            </tr>
          </thead>
          <tbody>
            {formFields(kind).map((field) => {
              const differs = mineValues[field] !== currentValues[field]
              return (
                <tr key={field} className={differs ? 'conflict__row--differs' : undefined}>
                  <th scope="row">
                    {recordFieldLabel(field, kind, m)}
                    {differs && <span className="conflict__differs"> ({m.conflictDiffers})</span>}
                  </th>
                  <td data-label={m.conflictMine}>{displayValue(field, mineValues[field], kind, lang, m.empty)}</td>
                  <td data-label={m.conflictCurrent}>{displayValue(field, currentValues[field], kind, lang, m.empty)}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <div className="entry-form__actions conflict__actions">
        <button type="button" className="button button--secondary" onClick={onEditAgain} disabled={saving}>
          {m.editAgain}
        </button>
        <button type="button" className="button button--secondary" onClick={onTakeCurrent} disabled={saving}>
          {m.takeCurrent}
        </button>
        <button type="button" className="button" onClick={onKeepMine} disabled={saving}>
          {saving ? m.saving : m.keepMine}
        </button>
      </div>
    </div>
  )
}
