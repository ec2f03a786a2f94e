/**
 * An admin's change of a period's deadline (`PATCH /periods/{id}`): a date, checked before it
 * is sent (a real date, after the period's last day, different from now), the server's refusal
 * shown in words beside the field, and the periods and counts refetched after a save (a new
 * deadline can turn "overdue" on or off).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { useErrorMessage } from '../../../components/widget-state'
import { ApiError, apiSend } from '../../../lib/api/client'
import { completenessQueries, periodsQueries } from '../../../lib/api/report-queries'
import { deadlineProblem, defaultDeadline, periodLastDay, periodSchema, type Period } from '../../../lib/api/reports'
import { formatDate } from '../../../lib/format'
import { useLang, useMessages } from '../../../lib/i18n/i18n'
import { completenessMessages } from './completeness-messages'

export function DeadlineForm({ period }: { period: Period }) {
  const m = useMessages(completenessMessages)
  const { lang } = useLang()
  const describe = useErrorMessage()
  const queryClient = useQueryClient()
  const id = useId()
  const [value, setValue] = useState(period.deadline)
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const save = useMutation({
    mutationFn: async (deadline: string) =>
      (await apiSend('PATCH', `/periods/${encodeURIComponent(period.id)}`, { body: { deadline }, schema: periodSchema })).data,
    onSuccess: async (updated) => {
      setSaved(m.deadlineSaved(formatDate(updated.deadline, lang)))
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: periodsQueries.all() }),
        queryClient.invalidateQueries({ queryKey: completenessQueries.all() }),
      ])
    },
    onError: (failure) => {
      // The server's own words (in the UI's language) say what it refused.
      const http = failure instanceof ApiError && failure.kind === 'http' && failure.status !== null && failure.status < 500
      const text = http ? failure.message : describe(failure).message
      setError(`${m.deadlineRefused} ${text}`)
    },
  })
  const submit = (deadline: string) => {
    setSaved(null)
    const rule = deadline ? deadlineProblem(period.id, deadline) : null
    let problem: string | null = null
    if (!deadline) problem = m.deadlineRequired
    else if (rule === 'invalid') problem = m.deadlineInvalid
    else if (rule === 'not_after_period') problem = m.deadlineBeforeEnd(formatDate(periodLastDay(period.id), lang))
    else if (deadline === period.deadline) problem = m.deadlineUnchanged
    setError(problem)
    if (!problem) save.mutate(deadline)
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    submit(value)
  }
  const fallback = defaultDeadline(period.id)
  return (
    <form className="card deadline-form" onSubmit={onSubmit} noValidate>
      <div className="deadline-form__field">
        <label htmlFor={id}>{m.deadlineTitle}</label>
        <input
          id={id}
          className="input"
          type="date"
          name="deadline"
          value={value}
          onChange={(e) => {
            setValue(e.target.value)
            setError(null)
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
        />
        {error ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        ) : (
          <p id={`${id}-hint`} className="deadline-form__hint">
            {m.deadlineHint}
          </p>
        )}
      </div>
      <div className="deadline-form__actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? m.deadlineSaving : m.deadlineSave}
        </button>
        {period.deadlineCustom && (
          <button
            type="button"
            className="button button--secondary"
            disabled={save.isPending}
            onClick={() => {
              setValue(fallback)
              submit(fallback)
            }}
          >
            {m.deadlineReset(formatDate(fallback, lang))}
          </button>
        )}
      </div>
      <output className="deadline-form__hint" aria-live="polite">
        {saved}
      </output>
    </form>
  )
}
