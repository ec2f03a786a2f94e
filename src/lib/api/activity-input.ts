/**
 * The contract of a record written through the API (`POST /activities`, `PATCH
 * /activities/{id}`): what each kind of record carries, its limits, and one validation shared
 * by the entry forms and the server, so that a form and a 400 always say the same thing.
 *
 * What each kind records:
 * - articles: a month (sent as its first day), the channel, the number of items, a title or note;
 * - meetings: a date, the kind of meeting, a title, the format, the attendees (quantity 1);
 * - awards: a date, the level, the recipient, the number of awards, a title;
 * - trainings: a date, the audience, a title, the format, the trainees (quantity 1).
 */
import { CATEGORIES, FORMATS, RECIPIENTS, ACTIVITY_KINDS, REORGANISATION_DATE } from './contract'
import type { ActivityKind, Format, UnitId } from './schemas'

/** The first day the data covers: no record is dated earlier. */
export const DATA_START_DATE = '2018-01-01'
export const TITLE_MAX_LENGTH = 300
/** Upper bounds: beyond them a figure is a typing mistake, not a record. */
export const LIMITS = {
  articleItems: 10_000,
  awards: 1_000,
  attendees: 100_000,
  trainees: 10_000,
} as const

/** The fields a client writes. `source` is set only by imports; `id` and `version` by the server. */
export interface ActivityInput {
  unit: UnitId
  kind: ActivityKind
  date: string
  category: string
  title: string
  quantity: number
  participants: number | null
  format: Format | null
  recipient: 'collective' | 'individual' | null
}
export type ActivityField = keyof ActivityInput
export const ACTIVITY_FIELDS = ['unit', 'kind', 'date', 'category', 'title', 'quantity', 'participants', 'format', 'recipient'] as const satisfies readonly ActivityField[]
/** Fields `PATCH` may change: a record's unit and kind are fixed once created. */
export const EDITABLE_FIELDS = ['date', 'category', 'title', 'quantity', 'participants', 'format', 'recipient'] as const satisfies readonly ActivityField[]

export type FieldErrorCode =
  | 'required'
  | 'invalid'
  | 'not_integer'
  | 'too_small'
  | 'too_large'
  | 'too_long'
  | 'future'
  | 'before_start'
  | 'not_applicable'
  | 'immutable'
  | 'unknown_field'
  | 'unit_not_in_period'

/** One field's problem; `limit` is the bound that was crossed (a number or a date). */
export interface FieldError {
  field: string
  code: FieldErrorCode
  limit?: number | string
}

/** Which fields a kind uses, and the bounds of its numbers. */
export interface KindRules {
  quantity: { fixed: 1 } | { min: 1; max: number }
  participants: { min: number; max: number } | null
  format: boolean
  recipient: boolean
  /** Articles are recorded per month (the first day of the month). */
  monthly: boolean
}

export const KIND_RULES: Record<ActivityKind, KindRules> = {
  articles: { quantity: { min: 1, max: LIMITS.articleItems }, participants: null, format: false, recipient: false, monthly: true },
  meetings: { quantity: { fixed: 1 }, participants: { min: 1, max: LIMITS.attendees }, format: true, recipient: false, monthly: false },
  awards: { quantity: { min: 1, max: LIMITS.awards }, participants: null, format: false, recipient: true, monthly: false },
  trainings: { quantity: { fixed: 1 }, participants: { min: 1, max: LIMITS.trainees }, format: true, recipient: false, monthly: false },
}

/** Vietnam's offset from UTC (Asia/Ho_Chi_Minh: UTC+7 all year, no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

/**
 * Today's date in Vietnam, `YYYY-MM-DD`: the "today" of the future-date rule, the same for the
 * form (whatever the browser's time zone) and the server. `now` is injectable for tests.
 */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)
}

/**
 * Whether a unit id belongs to the era of a date: before the reorganisation (2025-07-01) records
 * belong to former units (`fNN`), from then to current units (`cNN`); the national level (`tw`)
 * always. Whether the unit exists at all is the server's check (it knows the units).
 */
export function unitFitsDate(unit: string, date: string): boolean {
  if (unit === 'tw') return true
  return date < REORGANISATION_DATE ? unit.startsWith('f') : unit.startsWith('c')
}

function isValidDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value
}

/**
 * Checks a whole record (after a `PATCH` is merged onto the stored one). `today` is the server's
 * (or the browser's) date, `YYYY-MM-DD`. Returns the normalised record (title trimmed, fields a
 * kind does not use set to null, fixed quantities set) or every field's problem.
 */
export function validateActivityInput(
  input: Record<string, unknown>,
  today: string,
  options: {
    /**
     * The stored record's date, when checking an edit: kept as it is, it passes the monthly
     * rule whatever its day (generated and imported articles carry their month's last day).
     */
    storedDate?: string
  } = {},
): { ok: true; value: ActivityInput } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = []
  const known = new Set<string>(ACTIVITY_FIELDS)
  for (const key of Object.keys(input)) if (!known.has(key)) errors.push({ field: key, code: 'unknown_field' })

  const unit = input.unit
  if (unit === undefined || unit === null || unit === '') errors.push({ field: 'unit', code: 'required' })
  else if (typeof unit !== 'string' || !/^(tw|[fc]\d{2})$/.test(unit)) errors.push({ field: 'unit', code: 'invalid' })

  const kind = input.kind
  const kindOk = typeof kind === 'string' && (ACTIVITY_KINDS as readonly string[]).includes(kind)
  if (kind === undefined || kind === null || kind === '') errors.push({ field: 'kind', code: 'required' })
  else if (!kindOk) errors.push({ field: 'kind', code: 'invalid' })

  const date = input.date
  if (date === undefined || date === null || date === '') errors.push({ field: 'date', code: 'required' })
  else if (typeof date !== 'string' || !isValidDate(date)) errors.push({ field: 'date', code: 'invalid' })
  else if (date > today) errors.push({ field: 'date', code: 'future', limit: today })
  else if (date < DATA_START_DATE) errors.push({ field: 'date', code: 'before_start', limit: DATA_START_DATE })

  if (
    typeof unit === 'string' &&
    /^(tw|[fc]\d{2})$/.test(unit) &&
    typeof date === 'string' &&
    isValidDate(date) &&
    !unitFitsDate(unit, date)
  ) {
    errors.push({ field: 'unit', code: 'unit_not_in_period', limit: REORGANISATION_DATE })
  }

  const title = typeof input.title === 'string' ? input.title.trim() : input.title
  if (title === undefined || title === null || title === '') errors.push({ field: 'title', code: 'required' })
  else if (typeof title !== 'string') errors.push({ field: 'title', code: 'invalid' })
  else if ([...title].length > TITLE_MAX_LENGTH) errors.push({ field: 'title', code: 'too_long', limit: TITLE_MAX_LENGTH })

  if (!kindOk) {
    return { ok: false, errors }
  }
  const k = kind as ActivityKind
  const rules = KIND_RULES[k]

  const category = input.category
  if (category === undefined || category === null || category === '') errors.push({ field: 'category', code: 'required' })
  else if (typeof category !== 'string' || !(CATEGORIES[k] as readonly string[]).includes(category)) errors.push({ field: 'category', code: 'invalid' })

  if (rules.monthly && typeof date === 'string' && isValidDate(date) && !date.endsWith('-01') && date !== options.storedDate) {
    errors.push({ field: 'date', code: 'invalid' })
  }

  let quantity = 1
  if ('fixed' in rules.quantity) {
    if (input.quantity !== undefined && input.quantity !== null && input.quantity !== 1) errors.push({ field: 'quantity', code: 'invalid' })
  } else {
    const q = checkInteger('quantity', input.quantity, rules.quantity.min, rules.quantity.max, errors)
    if (q !== null) quantity = q
  }

  let participants: number | null = null
  if (rules.participants) {
    participants = checkInteger('participants', input.participants, rules.participants.min, rules.participants.max, errors)
  } else if (input.participants !== undefined && input.participants !== null) {
    errors.push({ field: 'participants', code: 'not_applicable' })
  }

  let format: Format | null = null
  if (rules.format) {
    const f = input.format
    if (f === undefined || f === null || f === '') errors.push({ field: 'format', code: 'required' })
    else if (typeof f !== 'string' || !(FORMATS as readonly string[]).includes(f)) errors.push({ field: 'format', code: 'invalid' })
    else format = f as Format
  } else if (input.format !== undefined && input.format !== null) {
    errors.push({ field: 'format', code: 'not_applicable' })
  }

  let recipient: ActivityInput['recipient'] = null
  if (rules.recipient) {
    const r = input.recipient
    if (r === undefined || r === null || r === '') errors.push({ field: 'recipient', code: 'required' })
    else if (typeof r !== 'string' || !(RECIPIENTS as readonly string[]).includes(r)) errors.push({ field: 'recipient', code: 'invalid' })
    else recipient = r as ActivityInput['recipient']
  } else if (input.recipient !== undefined && input.recipient !== null) {
    errors.push({ field: 'recipient', code: 'not_applicable' })
  }

  if (errors.length > 0) return { ok: false, errors }
  return {
    ok: true,
    value: {
      unit: unit as UnitId,
      kind: k,
      date: date as string,
      category: category as string,
      title: title as string,
      quantity,
      participants,
      format,
      recipient,
    },
  }
}

function checkInteger(field: string, value: unknown, min: number, max: number, errors: FieldError[]): number | null {
  if (value === undefined || value === null || value === '') {
    errors.push({ field, code: 'required' })
    return null
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.push({ field, code: 'invalid' })
    return null
  }
  if (!Number.isInteger(value)) {
    errors.push({ field, code: 'not_integer' })
    return null
  }
  if (value < min) {
    errors.push({ field, code: 'too_small', limit: min })
    return null
  }
  if (value > max) {
    errors.push({ field, code: 'too_large', limit: max })
    return null
  }
  return value
}

/** A field error as a sentence, in Vietnamese or English (the form and the server's 400 both use it). */
export function fieldErrorText(error: FieldError, lang: 'vi' | 'en'): string {
  const limit = typeof error.limit === 'number' ? error.limit.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB') : formatLimitDate(error.limit, lang)
  const vi: Record<FieldErrorCode, string> = {
    required: 'Trường này là bắt buộc.',
    invalid: 'Giá trị không hợp lệ.',
    not_integer: 'Phải là số nguyên.',
    too_small: `Không được nhỏ hơn ${limit}.`,
    too_large: `Không được lớn hơn ${limit}.`,
    too_long: `Tối đa ${limit} ký tự.`,
    future: `Không được sau ngày hôm nay (${limit}).`,
    before_start: `Không được trước ngày bắt đầu số liệu (${limit}).`,
    not_applicable: 'Loại hồ sơ này không có trường này.',
    immutable: 'Không thể thay đổi sau khi đã tạo.',
    unknown_field: 'Trường không có trong hồ sơ.',
    unit_not_in_period: `Đơn vị không tồn tại vào ngày này: trước ${limit} hồ sơ thuộc đơn vị cũ (trước sắp xếp), từ ngày đó thuộc đơn vị sau sắp xếp.`,
  }
  const en: Record<FieldErrorCode, string> = {
    required: 'This field is required.',
    invalid: 'This value is not valid.',
    not_integer: 'Must be a whole number.',
    too_small: `Must be at least ${limit}.`,
    too_large: `Must be at most ${limit}.`,
    too_long: `At most ${limit} characters.`,
    future: `Cannot be later than today (${limit}).`,
    before_start: `Cannot be earlier than the start of the data (${limit}).`,
    not_applicable: 'This kind of record has no such field.',
    immutable: 'Cannot be changed once the record exists.',
    unknown_field: 'No such field on a record.',
    unit_not_in_period: `The unit did not exist on this date: before ${limit} records belong to the former units, from that day to the current ones.`,
  }
  return (lang === 'vi' ? vi : en)[error.code]
}

function formatLimitDate(value: string | undefined, lang: 'vi' | 'en'): string {
  if (!value) return ''
  const [y, m, d] = value.split('-')
  return lang === 'vi' ? `${d}/${m}/${y}` : `${d}/${m}/${y}`
}
