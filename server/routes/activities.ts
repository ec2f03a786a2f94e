/**
 * The records: `GET /activities` (the list; a page past the end is not an error: it comes back
 * empty with the real total and page count, so the UI can say so) and one record's life:
 *
 * - `GET /activities/{id}`: the record with `ETag: "<version>"`; 404 `not_found`, or 404
 *   `deleted` for a deleted record (an admin can restore it; it is not gone for good, so not 410).
 * - `POST /activities`: 201 with the record, `ETag` and `Location`; the server makes the id.
 * - `PATCH /activities/{id}` and `DELETE /activities/{id}` need `If-Match: "<version>"` (428
 *   without; 409 `conflict` with `current`, the record as it is now, when it is stale).
 * - `GET /activities/{id}/history`: every change, oldest first (any signed-in user).
 * - `POST /activities/{id}/restore`, `GET /activities/deleted`: admins only.
 *
 * Permissions come first, before anything about the body is said: a viewer may not write; a
 * reporter only writes records of its own (current) unit, anything else is 403, not 400.
 */
import type { Context } from 'hono'
import type { Transaction } from 'kysely'
import { Hono } from 'hono'
import {
  ACTIVITY_FIELDS,
  EDITABLE_FIELDS,
  fieldErrorText,
  todayInVietnam,
  validateActivityInput,
  type ActivityInput,
  type FieldError,
} from '../../src/lib/api/activity-input'
import type { Activity, ApiErrorBody, HistoryResponse } from '../../src/lib/api/schemas'
import type { AppEnv } from '../app'
import { currentUser, requireRole, type SessionUser } from '../auth/guard'
import { API_BASE_PATH } from '../config'
import type { Schema } from '../db/schema'
import { ApiError } from '../errors'
import { languageOf, type Lang } from '../lang'
import { parseActivitiesParams } from '../params'
import { getActivities } from '../store/activities'
import type { StoreContext } from '../store/context'
import {
  createRecord,
  deleteRecord,
  getHistory,
  getRecord,
  listDeleted,
  restoreRecord,
  updateRecord,
  type ChangeResult,
} from '../store/writes'
import { findLock } from '../store/reports'
import { queryOf } from './query'
import { expectedVersion, reportTitle } from './workflow'

function withETag(c: Context, activity: Activity, status: 200 | 201 = 200): Response {
  c.header('ETag', `"${activity.version}"`)
  return c.json(activity, status)
}

/** The 400 of a record that breaks the rules: every field's problem, the first named as `field`. */
function invalidRecord(lang: Lang, errors: FieldError[]): Response {
  const first = errors[0] as FieldError
  const message = errors.map((e) => `${e.field}: ${fieldErrorText(e, lang)}`).join(' ')
  const body: ApiErrorBody = {
    error: {
      code: 'invalid_record',
      message,
      field: first.field,
      fields: errors.map((e) => (e.limit === undefined ? { field: e.field, code: e.code } : { field: e.field, code: e.code, limit: e.limit })),
    },
  }
  return Response.json(body, { status: 400 })
}

function notFound(id: string, deleted: boolean, lang: Lang): ApiError {
  if (deleted) {
    return new ApiError(
      404,
      'deleted',
      lang === 'en' ? `Record ${id} has been deleted (an administrator can restore it).` : `Hồ sơ ${id} đã bị xóa (quản trị viên có thể khôi phục).`,
    )
  }
  return new ApiError(404, 'not_found', lang === 'en' ? `No record has the id ${id}.` : `Không có hồ sơ mã ${id}.`)
}

function forbidden(lang: Lang, message: { vi: string; en: string }): ApiError {
  return new ApiError(403, 'forbidden', message[lang])
}

/** The user, if allowed to write records at all (admins and reporters; viewers only read). */
function requireWriter(c: Context, lang: Lang): SessionUser {
  const user = currentUser(c)
  if (user.role !== 'admin' && user.role !== 'reporter') {
    throw forbidden(lang, { vi: 'Tài khoản chỉ được xem, không được nhập hoặc sửa số liệu.', en: 'This account may read but not enter or change records.' })
  }
  return user
}

/** 403 unless the user may write records of `unit` (a reporter: only its own current unit). */
function requireUnit(user: SessionUser, unit: unknown, lang: Lang): void {
  if (user.role === 'admin') return
  if (user.unit === null || unit !== user.unit) {
    throw forbidden(lang, {
      vi: 'Chỉ được nhập và sửa hồ sơ của đơn vị mình.',
      en: 'You may only enter and change records of your own unit.',
    })
  }
}

/** The JSON object of a write's body; 400 for anything else. */
async function jsonObject(c: Context, lang: Lang): Promise<Record<string, unknown>> {
  let body: unknown
  try {
    body = JSON.parse(await c.req.text())
  } catch {
    throw new ApiError(400, 'invalid_body', lang === 'en' ? 'The request body is not valid JSON.' : 'Nội dung yêu cầu không phải JSON hợp lệ.')
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ApiError(400, 'invalid_body', lang === 'en' ? 'The request body must be a JSON object (a record).' : 'Nội dung yêu cầu phải là một đối tượng JSON (một hồ sơ).')
  }
  return body as Record<string, unknown>
}

/**
 * The record's rules the contract cannot check alone: the unit exists, and existed on the date
 * (a former unit until it was replaced, a current one from when it was formed).
 */
async function unitErrors(store: StoreContext, input: ActivityInput): Promise<FieldError[]> {
  const info = (await store.units()).get(input.unit)
  if (!info) return [{ field: 'unit', code: 'invalid' }]
  const { validFrom, validTo } = info.unit
  if (validFrom !== null && input.date < validFrom) return [{ field: 'unit', code: 'unit_not_in_period', limit: validFrom }]
  if (validTo !== null && input.date > validTo) return [{ field: 'unit', code: 'unit_not_in_period', limit: validTo }]
  return []
}

async function validate(c: Context<AppEnv>, input: Record<string, unknown>, lang: Lang, stored?: Activity): Promise<ActivityInput | Response> {
  const store = c.get('store')
  const result = validateActivityInput(input, todayInVietnam(store.now()), stored ? { storedDate: stored.date } : {})
  if (!result.ok) return invalidRecord(lang, result.errors)
  const errors = await unitErrors(store, result.value)
  return errors.length > 0 ? invalidRecord(lang, errors) : result.value
}

/** The answer to a change that found nothing to change. */
function failed(c: Context, id: string, result: Exclude<ChangeResult, { ok: true }>, lang: Lang): Response {
  if (result.reason !== 'conflict') throw notFound(id, result.reason === 'deleted', lang)
  const body: ApiErrorBody = {
    error: {
      code: 'conflict',
      message:
        lang === 'en'
          ? `Someone else changed this record (it is now at version ${result.current.version}): compare, then save again from the current version.`
          : `Người khác đã thay đổi hồ sơ này (nay là phiên bản ${result.current.version}): hãy so sánh rồi lưu lại từ phiên bản hiện tại.`,
    },
    current: result.current,
  }
  c.header('ETag', `"${result.current.version}"`)
  return c.json(body, 409)
}

/** The stored record a change applies to, once the user may change it; 404 otherwise. */
async function recordToChange(c: Context<AppEnv>, id: string, user: SessionUser, lang: Lang): Promise<Activity> {
  const record = await getRecord(c.get('store'), id)
  if (record === null || record === 'deleted') {
    // A reporter learns nothing about records it could not change anyway.
    throw notFound(id, record === 'deleted', lang)
  }
  requireUnit(user, record.unit, lang)
  return record
}

/**
 * 409 `period_locked` when a submitted or approved report covers the record's date for its unit
 * (or, for a former unit's record, its successor's report of the year 2025): the message names
 * the report, `report` gives its id.
 */
async function requireUnlocked(db: Transaction<Schema>, unit: string, date: string, lang: Lang): Promise<void> {
  const lock = await findLock(db, unit, date)
  if (!lock) return
  // Read in the transaction: on PGlite's one connection, a read beside it would wait for it.
  const name = (await db.selectFrom('org_units').select('name').where('id', '=', lock.unit).executeTakeFirst())?.name ?? lock.unit
  const title = reportTitle(lock.period, name)
  const approved = lock.status === 'approved'
  const message =
    lang === 'en'
      ? `${title.en} has been ${approved ? 'approved' : 'submitted'}, so records in that period cannot be added, changed or deleted. An administrator can reopen the report.`
      : `${title.vi} đã ${approved ? 'được duyệt' : 'gửi'} nên không thể thêm, sửa hoặc xóa hồ sơ trong kỳ này. Quản trị viên có thể mở lại báo cáo.`
  throw new LockedError(message, `${lock.period}.${lock.unit}`)
}

/** The refusal of a write inside a locked period (answered by `app.onError` like any `ApiError`, with the report's id). */
export class LockedError extends ApiError {
  readonly report: string
  constructor(message: string, report: string) {
    super(409, 'period_locked', message, 'date')
    this.report = report
  }
}

export const activitiesRoutes = new Hono<AppEnv>()
  .get('/activities', async (c) => c.json(await getActivities(c.get('store'), queryOf(c.req.raw, parseActivitiesParams))))
  // Before `/activities/:id`, which would take "deleted" for an id.
  .get('/activities/deleted', async (c) => {
    const lang = languageOf(c)
    const user = currentUser(c)
    if (user.role !== 'admin') throw forbidden(lang, { vi: 'Chỉ quản trị viên xem được hồ sơ đã xóa.', en: 'Only administrators can see deleted records.' })
    return c.json({ items: await listDeleted(c.get('store')) })
  })
  .get('/activities/:id', async (c) => {
    currentUser(c)
    const id = c.req.param('id')
    const record = await getRecord(c.get('store'), id)
    if (record === null || record === 'deleted') throw notFound(id, record === 'deleted', languageOf(c))
    return withETag(c, record)
  })
  .get('/activities/:id/history', async (c) => {
    currentUser(c)
    const id = c.req.param('id')
    const history: HistoryResponse | null = await getHistory(c.get('store'), id)
    if (!history) throw notFound(id, false, languageOf(c))
    return c.json(history)
  })
  .post('/activities', async (c) => {
    const lang = languageOf(c)
    const user = requireWriter(c, lang)
    const body = await jsonObject(c, lang)
    requireUnit(user, body.unit, lang)
    const input = await validate(c, body, lang)
    if (input instanceof Response) return input
    const store = c.get('store')
    const activity = await createRecord(store, input, user, (trx) => requireUnlocked(trx, input.unit, input.date, lang))
    c.header('Location', `${API_BASE_PATH}/activities/${encodeURIComponent(activity.id)}`)
    return withETag(c, activity, 201)
  })
  .patch('/activities/:id', async (c) => {
    const lang = languageOf(c)
    const user = requireWriter(c, lang)
    const id = c.req.param('id')
    const stored = await recordToChange(c, id, user, lang)
    const version = expectedVersion(c, lang, 'record')
    const body = await jsonObject(c, lang)
    if (version !== stored.version) return failed(c, id, { ok: false, reason: 'conflict', current: stored }, lang)

    const errors: FieldError[] = []
    const editable = new Set<string>(EDITABLE_FIELDS)
    const known = new Set<string>(ACTIVITY_FIELDS)
    for (const [key, value] of Object.entries(body)) {
      if (editable.has(key)) continue
      if (known.has(key)) {
        // The unit and kind may be sent as they are (a form sending the whole record), not changed.
        if (value !== stored[key as 'unit' | 'kind']) errors.push({ field: key, code: 'immutable' })
      } else errors.push({ field: key, code: 'unknown_field' })
    }
    if (errors.length > 0) return invalidRecord(lang, errors)
    const merged: Record<string, unknown> = { ...inputOf(stored), ...body }
    const input = await validate(c, merged, lang, stored)
    if (input instanceof Response) return input
    const store = c.get('store')
    const result = await updateRecord(store, id, version, input, user, async (trx) => {
      // Neither out of a locked period nor into one.
      await requireUnlocked(trx, stored.unit, stored.date, lang)
      if (input.date !== stored.date) await requireUnlocked(trx, input.unit, input.date, lang)
    })
    return result.ok ? withETag(c, result.activity) : failed(c, id, result, lang)
  })
  .delete('/activities/:id', async (c) => {
    const lang = languageOf(c)
    const user = requireWriter(c, lang)
    const id = c.req.param('id')
    const stored = await recordToChange(c, id, user, lang)
    const version = expectedVersion(c, lang, 'record')
    if (version !== stored.version) return failed(c, id, { ok: false, reason: 'conflict', current: stored }, lang)
    const store = c.get('store')
    const result = await deleteRecord(store, id, version, user, (trx) => requireUnlocked(trx, stored.unit, stored.date, lang))
    return result.ok ? c.body(null, 204) : failed(c, id, result, lang)
  })
  .post('/activities/:id/restore', async (c) => {
    const lang = languageOf(c)
    const user = requireRole(c, 'admin')
    const id = c.req.param('id')
    const store = c.get('store')
    const deleted = (await getHistory(store, id))?.items.at(-1)
    const before = deleted?.action === 'deleted' ? deleted.before : null
    const result = await restoreRecord(store, id, user, async (trx) => {
      if (before) await requireUnlocked(trx, before.unit, before.date, lang)
    })
    if (result.ok) return withETag(c, result.activity)
    if (result.reason === 'conflict') {
      // Not deleted (any more): nothing to restore.
      const body: ApiErrorBody = {
        error: {
          code: 'conflict',
          message: lang === 'en' ? `Record ${id} is not deleted: there is nothing to restore.` : `Hồ sơ ${id} không bị xóa: không có gì để khôi phục.`,
        },
        current: result.current,
      }
      return c.json(body, 409)
    }
    throw notFound(id, false, lang)
  })

/** The written fields of a stored record (what a `PATCH` is merged onto). */
function inputOf(record: Activity): ActivityInput {
  const { unit, kind, date, category, title, quantity, participants, format, recipient } = record
  return { unit: unit as ActivityInput['unit'], kind, date, category, title, quantity, participants, format, recipient }
}
