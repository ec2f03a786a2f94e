/**
 * What a record form holds (the strings the user typed) and how it becomes a record input:
 * which fields each kind of record shows, in order, from the contract's `KIND_RULES`.
 * Pure: the form and its tests share it; validation is the contract's `validateActivityInput`.
 */
import { KIND_RULES, type ActivityField, type ActivityInput } from '../../lib/api/activity-input'
import type { Activity, ActivityKind, UnitId } from '../../lib/api/schemas'

/** The fields a form shows. `date` is a month (`YYYY-MM`) for articles, a day otherwise. */
export type FormField = 'date' | 'category' | 'recipient' | 'quantity' | 'title' | 'format' | 'participants'

export interface FormValues {
  date: string
  category: string
  title: string
  quantity: string
  participants: string
  format: string
  recipient: string
}

export const EMPTY_VALUES: FormValues = { date: '', category: '', title: '', quantity: '', participants: '', format: '', recipient: '' }

/** Which fields the form of a kind shows, in the order the issue lists them. */
export function formFields(kind: ActivityKind): FormField[] {
  switch (kind) {
    case 'articles':
      return ['date', 'category', 'quantity', 'title']
    case 'meetings':
      return ['date', 'category', 'title', 'format', 'participants']
    case 'awards':
      return ['date', 'category', 'recipient', 'quantity', 'title']
    case 'trainings':
      return ['date', 'category', 'title', 'format', 'participants']
  }
}

/** A record's values in the form. */
export function valuesOf(activity: Activity): FormValues {
  return {
    date: KIND_RULES[activity.kind].monthly ? activity.date.slice(0, 7) : activity.date,
    category: activity.category,
    title: activity.title,
    quantity: String(activity.quantity),
    participants: activity.participants === null ? '' : String(activity.participants),
    format: activity.format ?? '',
    recipient: activity.recipient ?? '',
  }
}

/** '' → null (required); a number → that number; anything else → NaN (not valid). */
function numberOf(text: string): number | null {
  const t = text.trim()
  if (t === '') return null
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t) ? Number(t) : Number.NaN
}

/** The record input the form describes, for `validateActivityInput` and the API. */
export function inputOf(values: FormValues, kind: ActivityKind, unit: UnitId): Record<ActivityField, unknown> {
  const rules = KIND_RULES[kind]
  const date = rules.monthly ? (values.date === '' ? '' : /^\d{4}-\d{2}$/.test(values.date) ? `${values.date}-01` : values.date) : values.date
  return {
    unit,
    kind,
    date,
    category: values.category,
    title: values.title,
    quantity: 'fixed' in rules.quantity ? 1 : numberOf(values.quantity),
    participants: rules.participants ? numberOf(values.participants) : null,
    format: rules.format ? values.format || null : null,
    recipient: rules.recipient ? values.recipient || null : null,
  }
}

/** The fields of a record the conflict view compares, for a kind. */
export function comparedFields(kind: ActivityKind): FormField[] {
  return formFields(kind)
}

/** A validated input as the values a form would show (to compare with a record). */
export function valuesOfInput(input: ActivityInput): FormValues {
  return valuesOf({ ...input, id: '', source: null, version: 1 })
}
