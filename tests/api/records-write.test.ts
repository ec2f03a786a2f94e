// @vitest-environment node
/**
 * Writing records through the API, over HTTP, on a database of this file's own
 * (`startIsolatedApi`: these tests write, so never on the shared test host whose figures other
 * tests compare with an oracle). Runs on PGlite, and on PostgreSQL with `DATABASE_URL`.
 *
 * Every expected status and figure is written by hand: the permission matrix (role × action ×
 * own/other unit), the If-Match rules, each validation rule's field, code and limit, and the
 * figures a write moves (before + its quantity).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { todayInVietnam } from '../../src/lib/api/activity-input'
import {
  activitiesResponseSchema,
  activitySchema,
  apiErrorBodySchema,
  deletedActivitiesResponseSchema,
  historyResponseSchema,
  statsResponseSchema,
  summaryResponseSchema,
  type Activity,
} from '../../src/lib/api/schemas'
import { startIsolatedApi } from '../support/isolated-api'
import { sessionFetch, signIn, type TestSession } from '../support/session'

type Account = 'admin' | 'viewer' | 'reporter-c37' | 'reporter-c22'

let api: Awaited<ReturnType<typeof startIsolatedApi>>
const sessions = new Map<Account, TestSession>()
/** Today on the isolated server's clock (the real one), in Vietnam. */
let today: string
let month: string

beforeAll(async () => {
  api = await startIsolatedApi()
  for (const account of ['admin', 'viewer', 'reporter-c37', 'reporter-c22'] as const) sessions.set(account, await signIn(api.origin, account))
  today = todayInVietnam()
  month = today.slice(0, 7)
}, 300_000)
afterAll(() => api?.close())

interface Answer {
  status: number
  headers: Headers
  body: unknown
}

interface CallOptions {
  body?: unknown
  /** A body sent as it is (not JSON-encoded). */
  raw?: string
  ifMatch?: string | number
  lang?: string
}

/** One request as `who` (null: no session), its status, headers and parsed body. */
async function call(who: Account | null, method: string, path: string, options: CallOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = {}
  if (options.body !== undefined || options.raw !== undefined) headers['Content-Type'] = 'application/json'
  if (options.ifMatch !== undefined) headers['If-Match'] = typeof options.ifMatch === 'number' ? `"${options.ifMatch}"` : options.ifMatch
  if (options.lang) headers['Accept-Language'] = options.lang
  const session = who === null ? null : (sessions.get(who) as TestSession)
  const response = await sessionFetch(api.origin, session)(`/api/v1${path}`, {
    method,
    headers,
    ...(options.raw !== undefined ? { body: options.raw } : options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  })
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: text === '' ? null : (JSON.parse(text) as unknown) }
}

function errorOf(answer: Answer) {
  return apiErrorBodySchema.parse(answer.body)
}

const meeting = (unit: string, extra: Record<string, unknown> = {}) => ({
  unit,
  kind: 'meetings',
  date: today,
  category: 'conference',
  title: `Hội nghị thông tin đối ngoại ${unit}`,
  participants: 80,
  format: 'in-person',
  ...extra,
})

/** A new record of `unit`, entered by the admin (201 expected). */
async function created(unit: string, extra: Record<string, unknown> = {}): Promise<Activity> {
  const answer = await call('admin', 'POST', '/activities', { body: meeting(unit, extra) })
  expect({ status: answer.status, body: answer.body }).toMatchObject({ status: 201 })
  return activitySchema.parse(answer.body)
}

/** The first record of the demo data reported by `unit` (an id anyone can read, so guess). */
async function pick(unit: string): Promise<Activity> {
  const page = activitiesResponseSchema.parse((await call('viewer', 'GET', `/activities?units=${unit}&boundary=reported&pageSize=1`)).body)
  return page.items[0] as Activity
}

/** The unit's `metric` in `month` per /stats (by unit) and /summary, which must agree. */
async function figure(metric: 'meetings' | 'awards', unit: string, m: string): Promise<number> {
  const stats = statsResponseSchema.parse((await call('viewer', 'GET', `/stats?metric=${metric}&from=${m}&to=${m}&by=unit&units=${unit}`)).body)
  const summary = summaryResponseSchema.parse((await call('viewer', 'GET', `/summary?from=${m}&to=${m}&units=${unit}`)).body)
  const fromSummary = summary.metrics.find((x) => x.metric === metric)?.value
  expect(summary.covered, 'the current month is covered').toEqual({ from: m, to: m })
  expect(stats.total).toBe(fromSummary)
  return stats.total
}

describe('who may do what (role × action × own/other unit)', () => {
  it('without a session: 401 for every action', async () => {
    const record = await created('c37')
    const answers = [
      await call(null, 'POST', '/activities', { body: meeting('c37') }),
      await call(null, 'GET', `/activities/${record.id}`),
      await call(null, 'PATCH', `/activities/${record.id}`, { body: { participants: 5 }, ifMatch: 1 }),
      await call(null, 'DELETE', `/activities/${record.id}`, { ifMatch: 1 }),
      await call(null, 'GET', `/activities/${record.id}/history`),
      await call(null, 'POST', `/activities/${record.id}/restore`),
      await call(null, 'GET', '/activities/deleted'),
    ]
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 401, 401])
  })

  it('a viewer reads a record and its history; every write is 403', async () => {
    const record = await created('c37')
    const answers = {
      create: await call('viewer', 'POST', '/activities', { body: meeting('c37') }),
      read: await call('viewer', 'GET', `/activities/${record.id}`),
      update: await call('viewer', 'PATCH', `/activities/${record.id}`, { body: { participants: 5 }, ifMatch: 1 }),
      delete: await call('viewer', 'DELETE', `/activities/${record.id}`, { ifMatch: 1 }),
      history: await call('viewer', 'GET', `/activities/${record.id}/history`),
      restore: await call('viewer', 'POST', `/activities/${record.id}/restore`),
      deletedList: await call('viewer', 'GET', '/activities/deleted'),
    }
    expect(Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, a.status]))).toEqual({
      create: 403,
      read: 200,
      update: 403,
      delete: 403,
      history: 200,
      restore: 403,
      deletedList: 403,
    })
    expect(errorOf(answers.update).error.code).toBe('forbidden')
    // Nothing changed.
    expect(activitySchema.parse((await call('viewer', 'GET', `/activities/${record.id}`)).body).version).toBe(1)
  })

  it('a reporter writes its own unit’s records; restore and the deleted list are 403', async () => {
    const create = await call('reporter-c37', 'POST', '/activities', { body: meeting('c37') })
    expect(create.status).toBe(201)
    const own = activitySchema.parse(create.body)
    const read = await call('reporter-c37', 'GET', `/activities/${own.id}`)
    const update = await call('reporter-c37', 'PATCH', `/activities/${own.id}`, { body: { participants: 95 }, ifMatch: 1 })
    const history = await call('reporter-c37', 'GET', `/activities/${own.id}/history`)
    const del = await call('reporter-c37', 'DELETE', `/activities/${own.id}`, { ifMatch: 2 })
    const restore = await call('reporter-c37', 'POST', `/activities/${own.id}/restore`)
    const deletedList = await call('reporter-c37', 'GET', '/activities/deleted')
    expect([read.status, update.status, history.status, del.status, restore.status, deletedList.status]).toEqual([200, 200, 200, 204, 403, 403])
    expect(activitySchema.parse(update.body).participants).toBe(95)
  })

  it('a reporter gets 403 for another unit’s record: creating, changing, deleting; reading stays open', async () => {
    const other = await created('c22')
    const create = await call('reporter-c37', 'POST', '/activities', { body: meeting('c22') })
    const read = await call('reporter-c37', 'GET', `/activities/${other.id}`)
    const history = await call('reporter-c37', 'GET', `/activities/${other.id}/history`)
    const update = await call('reporter-c37', 'PATCH', `/activities/${other.id}`, { body: { participants: 5 }, ifMatch: 1 })
    const del = await call('reporter-c37', 'DELETE', `/activities/${other.id}`, { ifMatch: 1 })
    expect([create.status, read.status, history.status, update.status, del.status]).toEqual([403, 200, 200, 403, 403])
    for (const a of [create, update, del]) expect(errorOf(a).error.code).toBe('forbidden')
    // The other reporter may.
    expect((await call('reporter-c22', 'PATCH', `/activities/${other.id}`, { body: { participants: 5 }, ifMatch: 1 })).status).toBe(200)
  })

  it('a reporter gets 403 for guessed ids of other units’ existing records, its own unit’s former records included', async () => {
    // Ids of the demo data, found as anyone could: one record of Quảng Ninh, one of Ninh Bình before 2025-07-01 (f37).
    for (const record of [await pick('c22'), await pick('f37'), await pick('f22')]) {
      const patch = await call('reporter-c37', 'PATCH', `/activities/${record.id}`, { body: { title: 'x' }, ifMatch: record.version })
      const del = await call('reporter-c37', 'DELETE', `/activities/${record.id}`, { ifMatch: record.version })
      expect([record.unit, patch.status, del.status]).toEqual([record.unit, 403, 403])
    }
  })

  it('a reporter’s 403 comes before any word about the body (a record for another unit that breaks every rule)', async () => {
    const answer = await call('reporter-c37', 'POST', '/activities', { body: { unit: 'c22', kind: 'meetings', date: '2099-01-01', title: '' } })
    expect(answer.status).toBe(403)
    expect(errorOf(answer).error.fields).toBeUndefined()
  })

  it('the admin writes any unit’s records and restores them', async () => {
    const records = [await created('c22'), await created('c37'), await created('tw')]
    for (const record of records) {
      expect((await call('admin', 'PATCH', `/activities/${record.id}`, { body: { participants: 7 }, ifMatch: 1 })).status).toBe(200)
      expect((await call('admin', 'DELETE', `/activities/${record.id}`, { ifMatch: 2 })).status).toBe(204)
      expect((await call('admin', 'POST', `/activities/${record.id}/restore`)).status).toBe(200)
    }
    expect((await call('admin', 'GET', '/activities/deleted')).status).toBe(200)
    // A former unit's record, dated before the reorganisation: the demo's 2024-H1 report of
    // Hà Nam, like its 2024 one, is approved, which locks it (tests/api/reports.test.ts) until
    // the admin reopens both.
    expect((await call('admin', 'POST', '/activities', { body: meeting('f35', { date: '2024-05-20' }) })).status).toBe(409)
    for (const id of ['2024-H1.f35', '2024.f35']) {
      const report = (await call('admin', 'GET', `/reports/${id}`)).body as { version: number }
      expect((await call('admin', 'POST', `/reports/${id}/reopen`, { ifMatch: report.version })).status).toBe(200)
    }
    const former = await call('admin', 'POST', '/activities', { body: meeting('f35', { date: '2024-05-20' }) })
    expect(former.status).toBe(201)
  })
})

describe('one record: ids, ETag, Location', () => {
  it('POST gives 201, the record at version 1, its ETag and Location; the id is random', async () => {
    const first = await call('admin', 'POST', '/activities', { body: meeting('c37') })
    const second = await call('admin', 'POST', '/activities', { body: meeting('c37') })
    const a = activitySchema.parse(first.body)
    const b = activitySchema.parse(second.body)
    expect(first.status).toBe(201)
    expect(a).toEqual({ ...meeting('c37'), id: a.id, quantity: 1, recipient: null, source: null, version: 1 })
    expect(first.headers.get('ETag')).toBe('"1"')
    expect(first.headers.get('Location')).toBe(`/api/v1/activities/${a.id}`)
    expect(a.id).toMatch(/^r-[A-Za-z0-9_-]{16}$/)
    expect(b.id).not.toBe(a.id)
    const read = await call('viewer', 'GET', `/activities/${a.id}`)
    expect(read.status).toBe(200)
    expect(read.body).toEqual(a)
    expect(read.headers.get('ETag')).toBe('"1"')
  })

  it('an unknown id is 404 not_found; a deleted one 404 deleted', async () => {
    const unknown = await call('viewer', 'GET', '/activities/r-doesnotexist0000')
    expect([unknown.status, errorOf(unknown).error.code]).toEqual([404, 'not_found'])
    const record = await created('c37')
    await call('admin', 'DELETE', `/activities/${record.id}`, { ifMatch: 1 })
    const gone = await call('viewer', 'GET', `/activities/${record.id}`)
    expect([gone.status, errorOf(gone).error.code]).toEqual([404, 'deleted'])
    const patch = await call('admin', 'PATCH', `/activities/${record.id}`, { body: { participants: 3 }, ifMatch: 2 })
    expect([patch.status, errorOf(patch).error.code]).toEqual([404, 'deleted'])
  })
})

describe('nothing is overwritten silently (If-Match)', () => {
  it('PATCH and DELETE without If-Match: 428 precondition_required', async () => {
    const record = await created('c37')
    const patch = await call('admin', 'PATCH', `/activities/${record.id}`, { body: { participants: 5 } })
    const del = await call('admin', 'DELETE', `/activities/${record.id}`)
    expect([patch.status, errorOf(patch).error.code, del.status, errorOf(del).error.code]).toEqual([428, 'precondition_required', 428, 'precondition_required'])
  })

  it('a stale version: 409 conflict with the record as it is now', async () => {
    const record = await created('c37')
    const first = await call('admin', 'PATCH', `/activities/${record.id}`, { body: { participants: 90 }, ifMatch: 1 })
    expect([first.status, first.headers.get('ETag')]).toEqual([200, '"2"'])
    const stale = await call('reporter-c37', 'PATCH', `/activities/${record.id}`, { body: { participants: 70 }, ifMatch: 1 })
    expect(stale.status).toBe(409)
    const body = errorOf(stale)
    expect(body.error.code).toBe('conflict')
    expect(activitySchema.parse(body.current)).toEqual({ ...record, participants: 90, version: 2 })
    const staleDelete = await call('admin', 'DELETE', `/activities/${record.id}`, { ifMatch: 1 })
    expect(staleDelete.status).toBe(409)
    expect(activitySchema.parse(errorOf(staleDelete).current).version).toBe(2)
    // Still there, unchanged by the refused writes.
    expect(activitySchema.parse((await call('viewer', 'GET', `/activities/${record.id}`)).body).participants).toBe(90)
  })

  it('two PATCHes at once with the same version: exactly one wins, the other gets 409', async () => {
    const record = await created('c37')
    const answers = await Promise.all(
      [111, 222].map((participants) => call('admin', 'PATCH', `/activities/${record.id}`, { body: { participants }, ifMatch: 1 })),
    )
    expect(answers.map((a) => a.status).toSorted()).toEqual([200, 409])
    const winner = activitySchema.parse(answers.find((a) => a.status === 200)?.body)
    const now = activitySchema.parse((await call('viewer', 'GET', `/activities/${record.id}`)).body)
    expect(now).toEqual(winner)
    expect(now.version).toBe(2)
    const history = historyResponseSchema.parse((await call('viewer', 'GET', `/activities/${record.id}/history`)).body)
    expect(history.items.map((i) => i.action)).toEqual(['created', 'updated'])
  })
})

/** The day after `today`. */
function tomorrow(): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
}

describe('validation: a 400 naming the field, in the request’s language', () => {
  const cases: Array<{ name: string; body: () => Record<string, unknown>; field: string; code: string; limit?: number | string | (() => string) }> = [
    { name: 'a required field missing', body: () => meeting('c37', { title: undefined }), field: 'title', code: 'required' },
    { name: 'a blank title', body: () => meeting('c37', { title: '   ' }), field: 'title', code: 'required' },
    { name: 'a date in the future', body: () => meeting('c37', { date: tomorrow() }), field: 'date', code: 'future', limit: () => today },
    { name: 'a date before the data starts', body: () => meeting('f37', { date: '2017-12-31' }), field: 'date', code: 'before_start', limit: '2018-01-01' },
    { name: 'not a date', body: () => meeting('c37', { date: '2026-02-30' }), field: 'date', code: 'invalid' },
    { name: 'attendees over the bound', body: () => meeting('c37', { participants: 100_001 }), field: 'participants', code: 'too_large', limit: 100_000 },
    { name: 'no attendees', body: () => meeting('c37', { participants: 0 }), field: 'participants', code: 'too_small', limit: 1 },
    { name: 'attendees not whole', body: () => meeting('c37', { participants: 2.5 }), field: 'participants', code: 'not_integer' },
    {
      name: 'trainees over the bound',
      body: () => ({ unit: 'c37', kind: 'trainings', date: today, category: 'officials', title: 'Lớp tập huấn', participants: 10_001, format: 'online' }),
      field: 'participants',
      code: 'too_large',
      limit: 10_000,
    },
    {
      name: 'awards over the bound',
      body: () => ({ unit: 'c37', kind: 'awards', date: today, category: 'provincial', title: 'Khen thưởng', quantity: 1001, recipient: 'collective' }),
      field: 'quantity',
      code: 'too_large',
      limit: 1000,
    },
    {
      name: 'article items over the bound',
      body: () => ({ unit: 'c37', kind: 'articles', date: `${month}-01`, category: 'online', title: 'Tin bài', quantity: 10_001 }),
      field: 'quantity',
      code: 'too_large',
      limit: 10_000,
    },
    {
      name: 'articles dated other than the first of the month',
      body: () => ({ unit: 'c37', kind: 'articles', date: '2026-03-15', category: 'online', title: 'Tin bài', quantity: 3 }),
      field: 'date',
      code: 'invalid',
    },
    { name: 'a title over 300 characters', body: () => meeting('c37', { title: 'ả'.repeat(301) }), field: 'title', code: 'too_long', limit: 300 },
    { name: 'a category of another kind', body: () => meeting('c37', { category: 'print' }), field: 'category', code: 'invalid' },
    { name: 'a field meetings do not use', body: () => meeting('c37', { recipient: 'collective' }), field: 'recipient', code: 'not_applicable' },
    {
      name: 'a field articles do not use',
      body: () => ({ unit: 'c37', kind: 'articles', date: `${month}-01`, category: 'online', title: 'Tin bài', quantity: 3, participants: 4 }),
      field: 'participants',
      code: 'not_applicable',
    },
    { name: 'a current unit before the reorganisation', body: () => meeting('c37', { date: '2025-06-30' }), field: 'unit', code: 'unit_not_in_period', limit: '2025-07-01' },
    { name: 'a former unit after it', body: () => meeting('f37', { date: '2025-07-01' }), field: 'unit', code: 'unit_not_in_period', limit: '2025-07-01' },
    { name: 'a unit that does not exist', body: () => meeting('c99'), field: 'unit', code: 'invalid' },
    { name: 'an unknown field', body: () => meeting('c37', { version: 7 }), field: 'version', code: 'unknown_field' },
  ]

  it.each(cases)('$name → $field $code', async ({ body, field, code, limit }) => {
    const answer = await call('admin', 'POST', '/activities', { body: body() })
    expect({ status: answer.status, body: answer.body }).toMatchObject({ status: 400 })
    const { error } = errorOf(answer)
    expect(error.code).toBe('invalid_record')
    expect(error.field).toBe(field)
    const bound = typeof limit === 'function' ? limit() : limit
    expect(error.fields?.[0]).toEqual(bound === undefined ? { field, code } : { field, code, limit: bound })
  })

  it('the boundaries themselves are accepted: 300 characters, 100 000 attendees, today', async () => {
    const answer = await call('admin', 'POST', '/activities', { body: meeting('c37', { title: 'ả'.repeat(300), participants: 100_000, date: today }) })
    expect(answer.status).toBe(201)
  })

  it('lists every field at fault; the message is Vietnamese by default, English when asked', async () => {
    const bad = meeting('c37', { title: '', participants: -1, category: 'national' })
    const vi = errorOf(await call('admin', 'POST', '/activities', { body: bad }))
    const en = errorOf(await call('admin', 'POST', '/activities', { body: bad, lang: 'en-GB,en;q=0.9' }))
    expect(vi.error.fields).toEqual([
      { field: 'title', code: 'required' },
      { field: 'category', code: 'invalid' },
      { field: 'participants', code: 'too_small', limit: 1 },
    ])
    expect(vi.error.message).toContain('title: Trường này là bắt buộc.')
    expect(vi.error.message).toContain('participants: Không được nhỏ hơn 1.')
    expect(en.error.message).toContain('title: This field is required.')
    expect(en.error.message).toContain('participants: Must be at least 1.')
  })

  it('a body that is not a JSON object is 400 invalid_body', async () => {
    for (const raw of ['{"unit":', '[]', 'null', '"c37"', '42']) {
      const answer = await call('admin', 'POST', '/activities', { raw })
      expect([raw, answer.status, errorOf(answer).error.code]).toEqual([raw, 400, 'invalid_body'])
    }
  })

  it('PATCH: the unit and kind cannot change; other changes are validated on the whole record', async () => {
    const record = await created('c37')
    const unit = await call('admin', 'PATCH', `/activities/${record.id}`, { body: { unit: 'c22' }, ifMatch: 1 })
    const kind = await call('admin', 'PATCH', `/activities/${record.id}`, { body: { kind: 'trainings' }, ifMatch: 1 })
    expect([unit.status, errorOf(unit).error.fields, kind.status, errorOf(kind).error.fields]).toEqual([
      400,
      [{ field: 'unit', code: 'immutable' }],
      400,
      [{ field: 'kind', code: 'immutable' }],
    ])
    // Sent unchanged, they are fine (a form sending the whole record).
    const same = await call('admin', 'PATCH', `/activities/${record.id}`, { body: { unit: 'c37', kind: 'meetings', title: 'Đổi tên' }, ifMatch: 1 })
    expect(same.status).toBe(200)
    // Moving the date before the reorganisation makes the (current) unit wrong for it.
    const early = await call('admin', 'PATCH', `/activities/${record.id}`, { body: { date: '2024-01-10' }, ifMatch: 2 })
    expect([early.status, errorOf(early).error.field]).toEqual([400, 'unit'])
    const cleared = await call('admin', 'PATCH', `/activities/${record.id}`, { body: { participants: null }, ifMatch: 2 })
    expect([cleared.status, errorOf(cleared).error.fields]).toEqual([400, [{ field: 'participants', code: 'required' }]])
  })
})

describe('editing the demo data', () => {
  it('a generated article (dated its month’s last day) can be edited without moving its date', async () => {
    const page = activitiesResponseSchema.parse((await call('viewer', 'GET', '/activities?units=c37&metric=articles&boundary=reported&pageSize=1')).body)
    const article = page.items[0] as Activity
    expect(article.date.endsWith('-01')).toBe(false)
    const edit = await call('reporter-c37', 'PATCH', `/activities/${article.id}`, { body: { quantity: article.quantity + 1 }, ifMatch: article.version })
    expect(edit.status).toBe(200)
    expect(activitySchema.parse(edit.body)).toEqual({ ...article, quantity: article.quantity + 1, version: article.version + 1 })
  })
})

describe('text is stored as text', () => {
  it('an XSS payload in a title is stored and returned byte for byte', async () => {
    const title = '<img src=x onerror=alert(1)><script>alert("x")</script>'
    const record = await created('c37', { title })
    expect(record.title).toBe(title)
    const read = await call('viewer', 'GET', `/activities/${record.id}`)
    expect(read.headers.get('Content-Type')).toMatch(/^application\/json/)
    expect(activitySchema.parse(read.body).title).toBe(title)
  })

  it('SQL meta characters are stored verbatim and found by search', async () => {
    const title = `zqx7 '; drop table activities; -- 100% a_b c\\d "quoted" ’curly’`
    const record = await created('c37', { title })
    expect(record.title).toBe(title)
    for (const q of ["'; drop table activities; --", '-- 100%', 'a_b', 'c\\d', '"quoted"', 'zqx7']) {
      const found = activitiesResponseSchema.parse((await call('viewer', 'GET', `/activities?q=${encodeURIComponent(q)}&pageSize=500`)).body)
      expect({ q, found: found.items.some((i) => i.id === record.id) }).toEqual({ q, found: true })
    }
    // `%` and `_` are not wildcards: whatever matches contains them literally.
    for (const q of ['a_b', '100%']) {
      const found = activitiesResponseSchema.parse((await call('viewer', 'GET', `/activities?q=${encodeURIComponent(q)}&pageSize=500`)).body)
      expect(found.items.filter((i) => !i.title.toLowerCase().includes(q))).toEqual([])
    }
    // In the fields that are not free text they are refused, and the table is still there.
    for (const field of ['category', 'format', 'unit', 'kind', 'date']) {
      const answer = await call('admin', 'POST', '/activities', { body: meeting('c37', { [field]: "x'; drop table activities; --" }) })
      expect([field, answer.status]).toEqual([field, 400])
    }
    expect((await call('viewer', 'GET', `/activities/${record.id}`)).status).toBe(200)
    const odd = await call('viewer', 'GET', `/activities/${encodeURIComponent("x'; drop table activities; --")}`)
    expect(odd.status).toBe(404)
  })
})

describe('history, soft delete and restore', () => {
  it('the history says who did what when, with the record before and after', async () => {
    const started = Date.now()
    const record = (await call('reporter-c37', 'POST', '/activities', { body: meeting('c37', { participants: 10 }) })).body as Activity
    await call('admin', 'PATCH', `/activities/${record.id}`, { body: { participants: 20 }, ifMatch: 1 })
    await call('reporter-c37', 'DELETE', `/activities/${record.id}`, { ifMatch: 2 })
    const deleted = historyResponseSchema.parse((await call('viewer', 'GET', `/activities/${record.id}/history`)).body)
    expect(deleted.deleted).toBe(true)
    await call('admin', 'POST', `/activities/${record.id}/restore`)
    const history = historyResponseSchema.parse((await call('reporter-c22', 'GET', `/activities/${record.id}/history`)).body)
    const v1 = { ...record, participants: 10, version: 1 }
    const v2 = { ...record, participants: 20, version: 2 }
    expect(history.deleted).toBe(false)
    expect(history.items.map(({ at: _at, ...rest }) => rest)).toEqual([
      { action: 'created', username: 'reporter-c37', version: 1, before: null, after: v1 },
      { action: 'updated', username: 'admin', version: 2, before: v1, after: v2 },
      { action: 'deleted', username: 'reporter-c37', version: 3, before: v2, after: null },
      { action: 'restored', username: 'admin', version: 4, before: null, after: { ...v2, version: 4 } },
    ])
    for (const item of history.items) {
      expect(Date.parse(item.at)).toBeGreaterThanOrEqual(started - 5_000)
      expect(Date.parse(item.at)).toBeLessThanOrEqual(Date.now() + 5_000)
    }
    expect(history.items.map((i) => i.at)).toEqual(history.items.map((i) => i.at).toSorted())
  })

  it('a deleted record is listed for the admin until restored; restoring twice is 409', async () => {
    const record = await created('c22')
    expect((await call('reporter-c22', 'DELETE', `/activities/${record.id}`, { ifMatch: 1 })).status).toBe(204)
    const listed = deletedActivitiesResponseSchema.parse((await call('admin', 'GET', '/activities/deleted')).body)
    const entry = listed.items.find((i) => i.activity.id === record.id)
    expect(entry?.activity).toEqual(record)
    expect(entry?.deletedBy).toBe('reporter-c22')
    // Newest deletion first.
    expect(listed.items.map((i) => i.deletedAt)).toEqual(listed.items.map((i) => i.deletedAt).toSorted().toReversed())
    const restored = await call('admin', 'POST', `/activities/${record.id}/restore`)
    expect([restored.status, restored.headers.get('ETag')]).toEqual([200, '"3"'])
    expect(activitySchema.parse(restored.body)).toEqual({ ...record, version: 3 })
    const again = await call('admin', 'POST', `/activities/${record.id}/restore`)
    expect([again.status, errorOf(again).error.code]).toEqual([409, 'conflict'])
    const after = deletedActivitiesResponseSchema.parse((await call('admin', 'GET', '/activities/deleted')).body)
    expect(after.items.map((i) => i.activity.id)).not.toContain(record.id)
    expect((await call('admin', 'POST', '/activities/r-neverexisted0000/restore')).status).toBe(404)
  })
})

describe('the figures follow the writes at once', () => {
  it('a record dated today moves /stats and /summary for its unit and month by its quantity; edit, delete and restore too', async () => {
    const before = await figure('awards', 'c37', month)
    const otherBefore = await figure('awards', 'c22', month)
    const create = await call('reporter-c37', 'POST', '/activities', {
      body: { unit: 'c37', kind: 'awards', date: today, category: 'provincial', title: 'Bằng khen tập thể', quantity: 7, recipient: 'collective' },
    })
    expect(create.status).toBe(201)
    const record = activitySchema.parse(create.body)
    expect(await figure('awards', 'c37', month)).toBe(before + 7)
    expect(await figure('awards', 'c22', month)).toBe(otherBefore)

    expect((await call('reporter-c37', 'PATCH', `/activities/${record.id}`, { body: { quantity: 9 }, ifMatch: 1 })).status).toBe(200)
    expect(await figure('awards', 'c37', month)).toBe(before + 9)

    expect((await call('reporter-c37', 'DELETE', `/activities/${record.id}`, { ifMatch: 2 })).status).toBe(204)
    expect(await figure('awards', 'c37', month)).toBe(before)

    expect((await call('admin', 'POST', `/activities/${record.id}/restore`)).status).toBe(200)
    expect(await figure('awards', 'c37', month)).toBe(before + 9)
  })

  it('a meeting dated today counts one more meeting for the unit this month', async () => {
    const before = await figure('meetings', 'c37', month)
    await created('c37')
    expect(await figure('meetings', 'c37', month)).toBe(before + 1)
  })

  it('the coverage runs up to the current month: the org units say so', async () => {
    const body = (await call('viewer', 'GET', '/org-units')).body as { coverage: { from: string; to: string } }
    expect(body.coverage).toEqual({ from: '2018-01', to: month > '2026-10' ? month : '2026-10' })
  })
})

describe('limits', () => {
  it('a body far larger than a record is 413', async () => {
    const answer = await call('admin', 'POST', '/activities', { body: meeting('c37', { title: 'x'.repeat(200_000) }) })
    expect(answer.status).toBe(413)
  })

  it('other methods on the collection are 405 with Allow', async () => {
    const answer = await call('admin', 'PUT', '/activities', { body: meeting('c37') })
    expect([answer.status, answer.headers.get('Allow')]).toEqual([405, 'GET, POST'])
  })
})
