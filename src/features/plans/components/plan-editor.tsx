/**
 * One unit's plan for one year: its status, the return comment, a target per metric, and the
 * actions the account and the status allow (save, submit; an admin's approve, return with a
 * comment, reopen). What is typed stays in the form whatever the server answers: a field the
 * form or the server refuses says why beside it; a stale version (409) shows the server's plan
 * beside the user's numbers and lets the user choose.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useErrorMessage } from '../../../components/widget-state'
import { ApiError } from '../../../lib/api/client'
import { plansQueries } from '../../../lib/api/report-queries'
import { ALLOWED_TRANSITIONS, PLAN_TARGET_MAX, REPORT_METRICS, planId, type Plan, type Transition } from '../../../lib/api/reports'
import type { UnitId } from '../../../lib/api/schemas'
import { formatNumber } from '../../../lib/format'
import { metricLabels } from '../../../lib/i18n/common-messages'
import { useLang, useMessages } from '../../../lib/i18n/i18n'
import { formatVnDateTime } from '../../../lib/vn-time'
import { invalidatePlanQueries, parseCurrentPlan, savePlan, transitionPlan } from '../api/plan-writes'
import { checkPlanForm, formValuesOf, isDirty, type PlanFormErrors, type PlanFormValues, type PlanMetric } from '../lib/plan-form'
import { actionLabels, planStatusLabels, plansMessages } from './plans-messages'

const EDITABLE = new Set(['not-started', 'draft', 'returned'])

/** A plan not started yet, as the server would describe it (version 0, no targets). */
export function emptyPlan(year: number, unit: UnitId): Plan {
  return {
    id: planId(year, unit),
    year,
    unit,
    status: 'not-started',
    version: 0,
    targets: { articles: null, meetings: null, awards: null, trainings: null, trainees: null },
    returnComment: null,
    transitions: [],
  }
}

export function PlanEditor({
  year,
  unit,
  unitName,
  canEdit,
  isAdmin,
  focusOnOpen = false,
}: {
  year: number
  unit: UnitId
  unitName: string
  /** Move focus (and the view) to the plan when it opens: it was chosen further down the page. */
  focusOnOpen?: boolean
  /** The account may change this unit's plan (its reporter, or an admin). */
  canEdit: boolean
  isAdmin: boolean
}) {
  const m = useMessages(plansMessages)
  const query = useQuery(plansQueries.list({ year, unit }))
  if (query.isPending) return <div className="card plan-editor" aria-busy="true" />
  if (query.isError) {
    return (
      <div className="card plan-editor">
        <p role="alert">{m.loadError}</p>
      </div>
    )
  }
  const plan = query.data.items.find((p) => p.unit === unit && p.year === year) ?? emptyPlan(year, unit)
  return <PlanForm key={plan.id} plan={plan} unitName={unitName} canEdit={canEdit} isAdmin={isAdmin} focusOnOpen={focusOnOpen} />
}

type Outcome = { kind: 'ok'; text: string } | { kind: 'error'; text: string } | { kind: 'conflict'; current: Plan } | null

function PlanForm({ plan, unitName, canEdit, isAdmin, focusOnOpen }: { plan: Plan; unitName: string; canEdit: boolean; isAdmin: boolean; focusOnOpen: boolean }) {
  const m = useMessages(plansMessages)
  const { lang } = useLang()
  const describe = useErrorMessage()
  const queryClient = useQueryClient()
  const id = useId()
  const [base, setBase] = useState<Plan>(plan)
  const [values, setValues] = useState<PlanFormValues>(() => formValuesOf(plan.targets))
  const [errors, setErrors] = useState<PlanFormErrors>({})
  const [outcome, setOutcome] = useState<Outcome>(null)
  const [busy, setBusy] = useState<null | 'save' | Transition>(null)
  const [returning, setReturning] = useState(false)
  const [comment, setComment] = useState('')
  const [commentError, setCommentError] = useState<string | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (focusOnOpen) heading.current?.focus()
    // oxlint-disable-next-line react/exhaustive-deps -- only when the plan opens
  }, [])

  // A newer plan from the server (another tab, a refetch) replaces the form only while the user
  // has not typed anything of their own.
  if (plan.version !== base.version && plan.version > base.version && !isDirty(values, base.targets)) {
    setBase(plan)
    setValues(formValuesOf(plan.targets))
  }

  const editable = canEdit && EDITABLE.has(base.status)
  const allowed = ALLOWED_TRANSITIONS[base.status]
  const statuses = planStatusLabels[lang]
  const checkMessages = { required: m.required, notWhole: m.notWhole, tooLarge: m.tooLarge }

  const fail = (error: unknown) => {
    if (error instanceof ApiError && error.status === 409) {
      const current = parseCurrentPlan(error.current)
      if (current) return setOutcome({ kind: 'conflict', current })
    }
    if (error instanceof ApiError && error.status === 400) {
      const named = [...error.fields.map((f) => f.field), ...(error.field ? [error.field] : [])]
      const fieldErrors: PlanFormErrors = {}
      for (const name of named) {
        const metric = REPORT_METRICS.find((x) => name === x || name.endsWith(`.${x}`))
        if (metric) fieldErrors[metric] = lang === 'vi' ? error.message : values[metric].trim() === '' ? m.required : m.notWhole
      }
      if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors)
    }
    // The server words its refusals in Vietnamese (the app does not send its language): in
    // English, ours by status.
    let text = describe(error).message
    if (error instanceof ApiError && error.kind === 'http' && error.status !== null && error.status < 500) {
      text = lang === 'vi' ? error.message : error.status === 403 ? m.refusedForbidden : error.status === 409 ? m.refusedState : error.status === 404 ? m.refusedNotFound : m.refusedInvalid
    }
    setOutcome({ kind: 'error', text: `${m.refused} ${text}` })
  }

  const done = async (next: Plan, text: string) => {
    setBase(next)
    setValues(formValuesOf(next.targets))
    setErrors({})
    setOutcome({ kind: 'ok', text })
    await invalidatePlanQueries(queryClient)
  }

  /** Saves the form when it differs from the plan (or to create it); the plan as it then is. */
  const saveIfNeeded = async (forSubmit: boolean, against: Plan = base): Promise<Plan | null> => {
    const checked = checkPlanForm(values, forSubmit, checkMessages)
    setErrors(checked.errors)
    if (Object.keys(checked.errors).length > 0) {
      setOutcome({ kind: 'error', text: m.fixFields })
      document.getElementById(`${id}-${Object.keys(checked.errors)[0]}`)?.focus()
      return null
    }
    if (against.version > 0 && !isDirty(values, against.targets)) return against
    return savePlan(against.id, checked.targets, against.version)
  }

  const run = async (kind: 'save' | Transition, action: () => Promise<void>) => {
    setBusy(kind)
    setOutcome(null)
    try {
      await action()
    } catch (error) {
      fail(error)
    } finally {
      setBusy(null)
    }
  }

  const onSave = (event: FormEvent, against: Plan = base) => {
    event.preventDefault()
    void run('save', async () => {
      const saved = await saveIfNeeded(false, against)
      if (saved) await done(saved, m.saved)
    })
  }
  const onSubmitPlan = () =>
    void run('submit', async () => {
      const saved = await saveIfNeeded(true)
      if (!saved) return
      await done(await transitionPlan(saved.id, 'submit', saved.version), m.submitted)
    })
  const onTransition = (action: 'approve' | 'reopen') =>
    void run(action, async () => {
      await done(await transitionPlan(base.id, action, base.version), action === 'approve' ? m.approved : m.reopened)
    })
  const onReturn = (event: FormEvent) => {
    event.preventDefault()
    if (!comment.trim()) {
      setCommentError(m.returnCommentRequired)
      return
    }
    void run('return', async () => {
      await done(await transitionPlan(base.id, 'return', base.version, comment.trim()), m.returned)
      setReturning(false)
      setComment('')
    })
  }

  const conflict = outcome?.kind === 'conflict' ? outcome.current : null

  return (
    <section className="card plan-editor" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title" ref={heading} tabIndex={-1}>
        {m.planOf(unitName, base.year)}
      </h2>
      <p className="plan-status">
        {m.status}: <strong data-status={base.status}>{statuses[base.status]}</strong>
        {base.version > 0 && <span className="plan-status__version"> ({m.version(base.version)})</span>}
      </p>
      {base.status === 'returned' && base.returnComment && (
        <div className="plan-return-comment" role="note">
          <p className="plan-return-comment__title">{m.returnedBy}</p>
          <p className="plan-return-comment__text">{base.returnComment}</p>
        </div>
      )}
      {!canEdit && <p className="plan-note">{m.readOnly}</p>}
      {canEdit && !editable && (
        <p className="plan-note">{isAdmin ? (base.status === 'approved' ? m.adminApproved : m.adminReview) : base.status === 'approved' ? m.lockedApproved : m.lockedSubmitted}</p>
      )}

      <form className="plan-form" onSubmit={onSave} noValidate>
        <div className="plan-form__fields">
          {REPORT_METRICS.map((metric) => (
            <TargetField
              key={metric}
              id={`${id}-${metric}`}
              metric={metric}
              value={values[metric]}
              error={errors[metric]}
              readOnly={!editable}
              onChange={(text) => {
                setValues((v) => ({ ...v, [metric]: text }))
                setErrors((e) => {
                  const next = { ...e }
                  delete next[metric]
                  return next
                })
              }}
            />
          ))}
        </div>
        {editable && (
          <div className="plan-form__actions">
            <button type="submit" className="button button--secondary" disabled={busy !== null}>
              {busy === 'save' ? m.saving : m.save}
            </button>
            {(base.status === 'not-started' || allowed.includes('submit')) && (
              <button type="button" className="button" disabled={busy !== null} onClick={onSubmitPlan}>
                {busy === 'submit' ? m.submitting : m.submit}
              </button>
            )}
          </div>
        )}
      </form>

      {isAdmin && (allowed.includes('approve') || allowed.includes('reopen')) && (
        <div className="plan-admin-actions">
          {allowed.includes('approve') && (
            <button type="button" className="button" disabled={busy !== null} onClick={() => onTransition('approve')}>
              {m.approve}
            </button>
          )}
          {allowed.includes('return') && !returning && (
            <button type="button" className="button button--secondary" disabled={busy !== null} onClick={() => setReturning(true)}>
              {m.return}
            </button>
          )}
          {allowed.includes('reopen') && (
            <button type="button" className="button button--secondary" disabled={busy !== null} onClick={() => onTransition('reopen')}>
              {m.reopen}
            </button>
          )}
        </div>
      )}
      {returning && (
        <form className="plan-return-form" onSubmit={onReturn} noValidate>
          <label htmlFor={`${id}-comment`}>{m.returnComment}</label>
          <textarea
            id={`${id}-comment`}
            className="input"
            rows={3}
            maxLength={2000}
            value={comment}
            aria-invalid={commentError ? true : undefined}
            aria-describedby={commentError ? `${id}-comment-error` : undefined}
            onChange={(e) => {
              setComment(e.target.value)
              setCommentError(null)
            }}
          />
          {commentError && (
            <p id={`${id}-comment-error`} className="field-error">
              {commentError}
            </p>
          )}
          <div className="plan-form__actions">
            <button type="submit" className="button" disabled={busy !== null}>
              {m.returnConfirm}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setReturning(false)}>
              {m.cancel}
            </button>
          </div>
        </form>
      )}

      {outcome && outcome.kind !== 'conflict' && (
        outcome.kind === 'ok' ? <output className="plan-outcome">{outcome.text}</output> : <p className="form-error" role="alert">{outcome.text}</p>
      )}
      {conflict && (
        <div className="plan-conflict" role="alert">
          <p className="plan-conflict__title">{m.conflictTitle}</p>
          <p>{m.conflictBody(conflict.version, statuses[conflict.status])}</p>
          <table className="data-table plan-conflict__table">
            <caption className="visually-hidden">{m.conflictServer}</caption>
            <thead>
              <tr>
                <th scope="col">{m.target}</th>
                <th scope="col" className="num">
                  {m.conflictServer}
                </th>
              </tr>
            </thead>
            <tbody>
              {REPORT_METRICS.map((metric) => (
                <tr key={metric}>
                  <th scope="row">{metricLabels[lang][metric]}</th>
                  <td className="num">{conflict.targets[metric] === null ? m.none : formatNumber(conflict.targets[metric], lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="plan-form__actions">
            {canEdit && EDITABLE.has(conflict.status) && (
              <button
                type="button"
                className="button"
                onClick={(event) => {
                  setBase(conflict)
                  onSave(event, conflict)
                }}
              >
                {m.keepMine}
              </button>
            )}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setBase(conflict)
                setValues(formValuesOf(conflict.targets))
                setErrors({})
                setOutcome(null)
              }}
            >
              {m.useServer}
            </button>
          </div>
        </div>
      )}

      {base.transitions.length > 0 && (
        <details className="plan-history">
          <summary>{m.history}</summary>
          <ol>
            {base.transitions.map((t) => (
              <li key={`${t.at}-${t.action}`}>
                {m.historyEntry(actionLabels[lang][t.action], t.username, formatVnDateTime(t.at, lang))}
                {t.comment ? ` – “${t.comment}”` : ''}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  )
}

function TargetField({
  id,
  metric,
  value,
  error,
  readOnly,
  onChange,
}: {
  id: string
  metric: PlanMetric
  value: string
  error: string | undefined
  readOnly: boolean
  onChange: (text: string) => void
}) {
  const m = useMessages(plansMessages)
  const { lang } = useLang()
  return (
    <div className="plan-field">
      <label htmlFor={id}>{metricLabels[lang][metric]}</label>
      <input
        id={id}
        name={metric}
        className="input num"
        inputMode="numeric"
        autoComplete="off"
        // Read only, a number reads as numbers do elsewhere (5.970); typed text stays as typed.
        value={readOnly && /^\d+$/.test(value) ? formatNumber(Number(value), lang) : value}
        readOnly={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : readOnly ? undefined : `${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : readOnly ? null : (
        <p id={`${id}-hint`} className="plan-field__hint">
          {m.targetHint(formatNumber(PLAN_TARGET_MAX, lang))}
        </p>
      )}
    </div>
  )
}
