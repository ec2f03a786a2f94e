/**
 * The form of a record, one for every kind, driven by the contract's `KIND_RULES`: a new
 * record of a unit, or an edit of an existing one as of the version it loaded. The form runs
 * the contract's validation before sending and shows the server's 400 the same way: each
 * error under its field, in the UI language, with the bound it crossed; focus goes to the
 * first field at fault. A 409 opens the conflict view; nothing typed is lost on any error.
 */
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState } from 'react'
import { ApiError } from '../../lib/api/client'
import { DATA_START_DATE, KIND_RULES, TITLE_MAX_LENGTH, fieldErrorText, todayInVietnam, validateActivityInput, type ActivityInput, type FieldError } from '../../lib/api/activity-input'
import { CATEGORIES, FORMATS, RECIPIENTS, REORGANISATION_DATE } from '../../lib/api/contract'
import type { Activity, ActivityKind, UnitId } from '../../lib/api/schemas'
import { categoryLabels, formatLabels, metricLabels, recipientLabels } from '../../lib/i18n/common-messages'
import { useLang, useMessages } from '../../lib/i18n/i18n'
import { formatDate, formatMonth, formatNumber } from '../../lib/format'
import { useErrorMessage } from '../../components/widget-state'
import { createActivity, invalidateRecordQueries, parseCurrent, updateActivity } from '../api/activity-writes'
import { ConflictView } from './conflict-view'
import { Dialog } from './dialog'
import { entryMessages } from './entry-messages'
import { recordFieldLabel as labelOf } from './field-labels'
import { EMPTY_VALUES, formFields, inputOf, valuesOf, type FormField, type FormValues } from './form-values'

export type RecordFormTarget = { mode: 'create'; kind: ActivityKind; unit: UnitId; unitName: string } | { mode: 'edit'; activity: Activity; unitName: string }


/** The choices of a select field, with their labels. */
function optionsOf(field: FormField, kind: ActivityKind, lang: 'vi' | 'en'): { value: string; label: string }[] {
  if (field === 'category') return CATEGORIES[kind].map((c) => ({ value: c, label: (categoryLabels[lang] as Record<string, string>)[c] ?? c }))
  if (field === 'format') return FORMATS.map((f) => ({ value: f, label: formatLabels[lang][f] }))
  if (field === 'recipient') return RECIPIENTS.map((r) => ({ value: r, label: recipientLabels[lang][r] }))
  return []
}

function boundsOf(field: FormField, kind: ActivityKind): { min: number; max: number } | null {
  const rules = KIND_RULES[kind]
  if (field === 'quantity' && 'max' in rules.quantity) return rules.quantity
  if (field === 'participants' && rules.participants) return rules.participants
  return null
}

export function RecordForm({ target, onClose, onDone }: { target: RecordFormTarget; onClose: () => void; onDone: (message: string) => void }) {
  const m = useMessages(entryMessages)
  const { lang } = useLang()
  const queryClient = useQueryClient()
  const describe = useErrorMessage()
  const formId = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const kind = target.mode === 'create' ? target.kind : target.activity.kind
  const unit = target.mode === 'create' ? target.unit : target.activity.unit
  const fields = formFields(kind)
  const [values, setValues] = useState<FormValues>(() => (target.mode === 'edit' ? valuesOf(target.activity) : EMPTY_VALUES))
  const [version, setVersion] = useState<number | null>(target.mode === 'edit' ? target.activity.version : null)
  const [rebased, setRebased] = useState(false)
  const [errors, setErrors] = useState<FieldError[]>([])
  const [formError, setFormError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [conflict, setConflict] = useState<{ mine: ActivityInput; current: Activity | null } | null>(null)
  /** What to focus once the next render is on screen (the first invalid field, the alert, the first field). */
  const pendingFocus = useRef<string | null>(null)
  useEffect(() => {
    if (!pendingFocus.current) return
    formRef.current?.querySelector<HTMLElement>(pendingFocus.current)?.focus()
    pendingFocus.current = null
  })
  const today = todayInVietnam()
  const monthly = KIND_RULES[kind].monthly
  // A record belongs to the unit of its date's era: a current unit's from 01/07/2025, a former
  // unit's until 30/06/2025 (the contract's unitFitsDate); the input offers only those days.
  const minDate = unit.startsWith('c') ? REORGANISATION_DATE : DATA_START_DATE
  const maxDate = unit.startsWith('f') ? '2025-06-30' : today

  const kindName = metricLabels[lang][kind]
  const title = target.mode === 'create' ? m.createTitle(kindName, target.unitName) : m.editTitle(kindName, target.unitName)

  /** Shows errors under their fields and moves focus to the first one (in the form's order). */
  const showErrors = (raw: FieldError[]) => {
    // A date outside the unit's era is fixed on the date: say it there.
    const list = raw.map((e) => (e.code === 'unit_not_in_period' ? { ...e, field: 'date' } : e))
    setErrors(list)
    const firstField = fields.find((f) => list.some((e) => e.field === f))
    // The fields re-render with aria-invalid first; then focus (below).
    pendingFocus.current = firstField ? `[name="${firstField}"]` : '.entry-form__alert'
  }

  const send = async (input: ActivityInput, baseVersion: number | null) => {
    setSaving(true)
    setFormError(null)
    try {
      if (target.mode === 'edit' && baseVersion !== null) await updateActivity(target.activity.id, input, baseVersion)
      else await createActivity(input)
      // Close as soon as the server has it; the figures and lists refresh behind (a busy server
      // can take seconds to answer every refetch, and the dialog has nothing left to show).
      void invalidateRecordQueries(queryClient)
      onDone(target.mode === 'edit' ? m.saved : m.created)
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      if (error.status === 409 && error.code === 'period_locked') {
        // The period's report is submitted or approved: say which, in the UI's language.
        setFormError(error.message)
        pendingFocus.current = '.entry-form__alert'
      } else if (error.status === 409 && target.mode === 'edit') {
        setConflict({ mine: input, current: parseCurrent(error.current) })
      } else if (error.status === 400 && error.fields.length > 0) {
        showErrors(error.fields.map((f) => ({ field: f.field, code: f.code as FieldError['code'], ...(f.limit !== undefined ? { limit: f.limit } : {}) })))
      } else if (error.status === 400 && error.field) {
        showErrors([{ field: error.field, code: 'invalid' }])
      } else {
        const text =
          error.status === 403
            ? m.forbidden
            : error.status === 401
              ? m.signedOut
              : error.status === 404
                ? m.notFound
                : // Other refusals (413, 428…) are not about filters, whatever the generic wording says.
                  m.failed(error.kind === 'http' && error.status !== null && error.status < 500 ? m.refused : describe(error).message)
        setFormError(text)
        pendingFocus.current = '.entry-form__alert'
      }
    } finally {
      setSaving(false)
    }
  }

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault()
    if (saving) return
    const input = inputOf(values, kind, unit)
    const stored = target.mode === 'edit' ? target.activity.date : undefined
    // An article's month left as it was keeps its stored day (generated and imported ones carry the month's last day).
    if (stored && monthly && values.date === stored.slice(0, 7)) input.date = stored
    const result = validateActivityInput(input, today, stored ? { storedDate: stored } : {})
    if (!result.ok) {
      setFormError(null)
      showErrors(result.errors)
      return
    }
    setErrors([])
    void send(result.value, version)
  }

  const set = (field: FormField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }))
    // A corrected field loses its error; the others keep theirs until the next submit.
    setErrors((list) => list.filter((e) => e.field !== field))
  }

  if (conflict && target.mode === 'edit') {
    return (
      <Dialog title={m.conflictTitle} onClose={onClose} closeLabel={m.close} wide>
        <ConflictView
          kind={kind}
          mine={conflict.mine}
          current={conflict.current}
          saving={saving}
          onKeepMine={() => {
            if (!conflict.current) return
            const next = conflict.current.version
            setVersion(next)
            setConflict(null)
            void send(conflict.mine, next)
          }}
          onTakeCurrent={() => {
            void invalidateRecordQueries(queryClient)
            onClose()
          }}
          onEditAgain={() => {
            if (conflict.current) {
              setVersion(conflict.current.version)
              setRebased(true)
            }
            setConflict(null)
            // Back in the form: focus its first field.
            pendingFocus.current = '[name]'
          }}
          onClose={onClose}
        />
      </Dialog>
    )
  }

  const errorsOf = (field: string) => errors.filter((e) => e.field === field)
  const stray = errors.filter((e) => !(fields as string[]).includes(e.field))

  return (
    <Dialog title={title} onClose={onClose} closeLabel={m.close}>
      <form ref={formRef} className="entry-form" noValidate onSubmit={onSubmit} aria-describedby={formError || errors.length > 0 ? `${formId}-alert` : undefined}>
        {(formError || errors.length > 0) && (
          <div id={`${formId}-alert`} className="entry-form__alert" role="alert" tabIndex={-1}>
            <p>{formError ?? m.fixErrors(errors.length)}</p>
            {stray.length > 0 && (
              <ul>
                {stray.map((e, i) => (
                  <li key={i}>
                    {e.field === 'unit' ? m.unit : e.field === 'kind' ? m.kind : e.field}: {fieldErrorText(e, lang)}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {rebased && version !== null && <p className="entry-form__note">{m.versionNote(formatNumber(version, lang))}</p>}
        {fields.map((field) => {
          const id = `${formId}-${field}`
          const fieldErrors = errorsOf(field)
          const invalid = fieldErrors.length > 0
          const hintId = `${id}-hint`
          const errorId = `${id}-error`
          const bounds = boundsOf(field, kind)
          const hint =
            field === 'date'
              ? monthly
                ? m.dateRange(formatMonth(minDate.slice(0, 7), lang), formatMonth(maxDate.slice(0, 7), lang), maxDate === today)
                : m.dateRange(formatDate(minDate, lang), formatDate(maxDate, lang), maxDate === today)
              : field === 'title'
                ? m.titleHint(formatNumber(TITLE_MAX_LENGTH, lang))
                : bounds
                  ? m.between(formatNumber(bounds.min, lang), formatNumber(bounds.max, lang))
                  : null
          const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(' ') || undefined
          const common = {
            id,
            name: field,
            'aria-invalid': invalid || undefined,
            'aria-describedby': describedBy,
            'aria-required': true,
            value: values[field],
          } as const
          let control
          if (field === 'category' || field === 'format' || field === 'recipient') {
            control = (
              <select {...common} className="select" onChange={(e) => set(field, e.target.value)}>
                <option value="">{m.choose}</option>
                {optionsOf(field, kind, lang).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )
          } else if (field === 'title') {
            control = <textarea {...common} className="input entry-form__title" rows={2} onChange={(e) => set(field, e.target.value)} />
          } else if (field === 'date') {
            control = monthly ? (
              <input {...common} type="month" className="input" min={minDate.slice(0, 7)} max={maxDate.slice(0, 7)} onChange={(e) => set(field, e.target.value)} />
            ) : (
              <input {...common} type="date" className="input" min={minDate} max={maxDate} onChange={(e) => set(field, e.target.value)} />
            )
          } else {
            control = (
              <input
                {...common}
                type="number"
                inputMode="numeric"
                step={1}
                min={bounds?.min}
                max={bounds?.max}
                className="input entry-form__number"
                onChange={(e) => set(field, e.target.value)}
              />
            )
          }
          return (
            <div key={field} className={`field entry-form__field entry-form__field--${field}${invalid ? ' entry-form__field--invalid' : ''}`}>
              <label className="field__label" htmlFor={id}>
                {labelOf(field, kind, m)} <span className="entry-form__required">({m.required})</span>
              </label>
              {control}
              {hint && (
                <p id={hintId} className="entry-form__hint">
                  {hint}
                </p>
              )}
              {invalid && (
                <p id={errorId} className="entry-form__error">
                  {fieldErrors.map((e) => fieldErrorText(e, lang)).join(' ')}
                </p>
              )}
            </div>
          )
        })}
        <div className="entry-form__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {m.cancel}
          </button>
          <button type="submit" className="button" aria-disabled={saving || undefined}>
            {saving ? m.saving : m.save}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
