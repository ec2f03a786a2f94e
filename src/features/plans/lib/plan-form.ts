/**
 * The plan form as data: the typed text of each target, checked the way the server checks it
 * (a whole number from 0 to `PLAN_TARGET_MAX`; all five needed to submit, any may be empty in
 * a draft), and turned into the contract's targets. Pure; messages come in as arguments.
 */
import { PLAN_TARGET_MAX, REPORT_METRICS, type PlanTargets } from '../../../lib/api/reports'

export type PlanMetric = (typeof REPORT_METRICS)[number]
/** What the user typed, per metric (kept as text, so nothing typed is lost or reformatted). */
export type PlanFormValues = Record<PlanMetric, string>
export type PlanFormErrors = Partial<Record<PlanMetric, string>>

export interface PlanFormMessages {
  required: string
  notWhole: string
  tooLarge: (max: number) => string
}

export function formValuesOf(targets: PlanTargets): PlanFormValues {
  const out = {} as PlanFormValues
  for (const metric of REPORT_METRICS) out[metric] = targets[metric] === null ? '' : String(targets[metric])
  return out
}

/** "1.200", "1,200" and "1 200" are how people type thousands: read them as 1200. */
function parseTarget(text: string): number | null | 'invalid' {
  const trimmed = text.trim().replace(/[.,\s\u00a0](?=\d{3}(?:\D|$))/g, '')
  if (trimmed === '') return null
  if (!/^\d+$/.test(trimmed)) return 'invalid'
  return Number(trimmed)
}

/**
 * The targets of the form, or the errors by field. `forSubmit`: every target is needed (the
 * server refuses to submit a plan with one missing).
 */
export function checkPlanForm(
  values: PlanFormValues,
  forSubmit: boolean,
  m: PlanFormMessages,
): { targets: PlanTargets; errors: PlanFormErrors } {
  const targets = {} as Record<PlanMetric, number | null>
  const errors: PlanFormErrors = {}
  for (const metric of REPORT_METRICS) {
    const parsed = parseTarget(values[metric])
    if (parsed === 'invalid') errors[metric] = m.notWhole
    else if (parsed === null && forSubmit) errors[metric] = m.required
    else if (parsed !== null && parsed > PLAN_TARGET_MAX) errors[metric] = m.tooLarge(PLAN_TARGET_MAX)
    targets[metric] = parsed === 'invalid' ? null : parsed
  }
  return { targets, errors }
}

/** Whether the form differs from the saved targets. */
export function isDirty(values: PlanFormValues, saved: PlanTargets): boolean {
  const fresh = formValuesOf(saved)
  return REPORT_METRICS.some((metric) => values[metric].trim() !== fresh[metric])
}
