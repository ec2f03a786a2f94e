// @vitest-environment node
/**
 * Periods, reports, completeness, plans and the lock on records (issue 12), over HTTP on a
 * database of this file's own (`startIsolatedApi`) with a clock the tests move. Runs on PGlite,
 * and on PostgreSQL with `DATABASE_URL`.
 *
 * Expected values are written by hand: the demo seed's 2026-H1 mix (20 approved, 5 submitted
 * on time, 3 late, 2 returned, 2 drafts, c37 and c22 not started), every status and error code
 * of the workflow, and the percentages of a plan whose targets and records the test makes.
 * Counts are also checked against the items (counted here, independently of the server's counts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  completenessResponseSchema,
  periodSchema,
  periodsResponseSchema,
  planProgressResponseSchema,
  planSchema,
  plansResponseSchema,
  reportSchema,
  reportsResponseSchema,
  type CompletenessResponse,
  type Report,
} from '../../src/lib/api/reports'
import { activitySchema, apiErrorBodySchema, type Activity } from '../../src/lib/api/schemas'
import { startIsolatedApi } from '../support/isolated-api'
import { sessionFetch, signIn, type TestSession } from '../support/session'

type Account = 'admin' | 'viewer' | 'reporter-c37' | 'reporter-c22'

let api: Awaited<ReturnType<typeof startIsolatedApi>>
const sessions = new Map<Account, TestSession>()
/** The server's clock, moved by the tests. */
let clock = Date.parse('2026-11-20T03:00:00Z')
async function signInAll(): Promise<void> {
  for (const account of ['admin', 'viewer', 'reporter-c37', 'reporter-c22'] as const) sessions.set(account, await signIn(api.origin, account))
}
/** Moves the clock, and signs in again (sessions expire when idle on the server's clock). */
async function setClock(iso: string): Promise<void> {
  clock = Date.parse(iso)
  await signInAll()
}

beforeAll(async () => {
  api = await startIsolatedApi({ now: () => clock })
  await signInAll()
}, 300_000)
afterAll(() => api?.close())

interface Answer {
  status: number
  headers: Headers
  body: unknown
}

async function call(who: Account | null, method: string, path: string, options: { body?: unknown; ifMatch?: number | string; lang?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = {}
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (options.ifMatch !== undefined) headers['If-Match'] = typeof options.ifMatch === 'number' ? `"${options.ifMatch}"` : options.ifMatch
  if (options.lang) headers['Accept-Language'] = options.lang
  const session = who === null ? null : (sessions.get(who) as TestSession)
  const response = await sessionFetch(api.origin, session)(`/api/v1${path}`, {
    method,
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  })
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: text === '' ? null : (JSON.parse(text) as unknown) }
}

function errorOf(answer: Answer) {
  return apiErrorBodySchema.parse(answer.body).error
}

async function report(id: string, who: Account = 'viewer'): Promise<Report> {
  const answer = await call(who, 'GET', `/reports/${id}`)
  expect(answer.status, `${JSON.stringify(answer.body).slice(0, 300)}`).toBe(200)
  return reportSchema.parse(answer.body)
}

async function completeness(period: string): Promise<CompletenessResponse> {
  const answer = await call('viewer', 'GET', `/completeness?period=${period}`)
  expect(answer.status, `${JSON.stringify(answer.body).slice(0, 300)}`).toBe(200)
  return completenessResponseSchema.parse(answer.body)
}

/** A transition as `who`, expecting `status`; returns the report (on 200) or the answer. */
async function act(who: Account, id: string, action: string, version: number, status: number, comment?: string): Promise<Answer> {
  const answer = await call(who, 'POST', `/reports/${id}/${action}`, { ifMatch: version, ...(comment === undefined ? {} : { body: { comment } }) })
  expect(answer.status, `${who} ${action} ${id}: ${JSON.stringify(answer.body).slice(0, 300)}`).toBe(status)
  return answer
}

const narrative = (results: string) => ({ results, shortcomings: 'Còn chậm.', proposals: 'Đề nghị hỗ trợ.' })

async function save(who: Account, id: string, version: number, results: string, status = 200): Promise<Answer> {
  const answer = await call(who, 'PATCH', `/reports/${id}`, { ifMatch: version, body: { narrative: narrative(results) } })
  expect(answer.status, `${who} saves ${id}: ${JSON.stringify(answer.body).slice(0, 300)}`).toBe(status)
  return answer
}

/** A record of `unit` entered by the admin (`expected` status). */
async function enter(unit: string, date: string, extra: Record<string, unknown> = {}, expected = 201, lang?: string): Promise<Answer> {
  const body = { unit, kind: 'articles', date, category: 'online', title: `Tin bài ${unit} ${date}`, quantity: 5, ...extra }
  const answer = await call('admin', 'POST', '/activities', { body, ...(lang ? { lang } : {}) })
  expect(answer.status, `${JSON.stringify(answer.body).slice(0, 400)}`).toBe(expected)
  return answer
}

const figure = (r: Report, metric: string) => r.figures.find((f) => f.metric === metric)

describe('the demo seed (on 2026-11-20)', () => {
  it('lists the periods from 2026 down to 2018-H1, with eras and deadlines', async () => {
    const { items } = periodsResponseSchema.parse((await call('viewer', 'GET', '/periods')).body)
    expect(items).toHaveLength(18)
    expect(items.slice(0, 4).map((p) => p.id)).toEqual(['2026', '2026-H1', '2025', '2025-H1'])
    expect(items.at(-1)?.id).toBe('2018-H1')
    expect(items[0]).toEqual({ id: '2026', kind: 'year', year: 2026, from: '2026-01', to: '2026-12', deadline: '2027-01-15', deadlineCustom: false, era: 'current', ended: false })
    expect(items[1]).toMatchObject({ id: '2026-H1', deadline: '2026-07-15', era: 'current', ended: true })
    expect(items[2]).toMatchObject({ id: '2025', era: 'current', ended: true })
    expect(items[3]).toMatchObject({ id: '2025-H1', era: 'former', ended: true })
  })

  it('has the 2026-H1 mix, counted by hand and from the items', async () => {
    const c = await completeness('2026-H1')
    const status = (s: string) => c.items.filter((e) => e.status === s).map((e) => e.unit).toSorted()
    expect(status('not-started')).toEqual(['c22', 'c37'])
    expect(status('draft')).toEqual(['c04', 'c12'])
    expect(status('returned')).toEqual(['c15', 'c44'])
    expect(status('submitted-late')).toEqual(['c20', 'c52', 'c86'])
    expect(status('submitted-on-time')).toEqual(['c08', 'c25', 'c46', 'c68', 'c92'])
    expect(status('approved')).toHaveLength(20)
    expect(c.items.filter((e) => e.status === 'approved' && e.onTime === false).map((e) => e.unit).toSorted()).toEqual(['c80', 'c96'])
    expect(c.counts).toEqual({ units: 34, submitted: 30, approved: 20, onTime: 25, late: 5, draft: 2, returned: 2, notStarted: 2, overdue: 6 })
    // The same counts from the items, counted here.
    const arrived = c.items.filter((e) => ['approved', 'submitted-on-time', 'submitted-late', 'returned'].includes(e.status))
    expect(c.counts.submitted).toBe(arrived.length)
    expect(c.counts.onTime).toBe(arrived.filter((e) => e.onTime === true).length)
    expect(c.counts.overdue).toBe(c.items.filter((e) => e.overdue).length)
    expect(c.items.find((e) => e.unit === 'c37')).toEqual({ unit: 'c37', status: 'not-started', overdue: true, onTime: null, submittedAt: null, approvedAt: null, reportId: '2026-H1.c37' })
  })

  it('splits completeness 63/34 around 01/07/2025', async () => {
    const h1 = await completeness('2025-H1')
    expect(h1.items).toHaveLength(63)
    expect(h1.items.every((e) => /^f\d\d$/.test(e.unit))).toBe(true)
    expect(h1.counts).toMatchObject({ units: 63, approved: 63, notStarted: 0, overdue: 0 })
    const year = await completeness('2025')
    expect(year.items).toHaveLength(34)
    expect(year.items.every((e) => /^c\d\d$/.test(e.unit))).toBe(true)
    expect(year.counts).toMatchObject({ units: 34, approved: 34 })
    const next = await completeness('2026')
    expect(next.counts).toMatchObject({ units: 34, notStarted: 34, overdue: 0 })
  })

  it('answers 404 for a unit that does not report in a period, and for unknown or future periods', async () => {
    for (const id of ['2025-H1.c37', '2026-H1.f35', '2025.f35', '2027-H1.c37', '2017.f01', '2026-H1.c99', 'nonsense']) {
      const answer = await call('viewer', 'GET', `/reports/${id}`)
      expect({ id, status: answer.status }).toEqual({ id, status: 404 })
    }
    expect((await call('viewer', 'GET', '/completeness?period=2027-H1')).status).toBe(404)
    expect(errorOf(await call('viewer', 'GET', '/completeness?period=2026-H2'))).toMatchObject({ code: 'invalid_parameter', field: 'period' })
    expect(errorOf(await call('viewer', 'GET', '/completeness'))).toMatchObject({ code: 'invalid_parameter', field: 'period' })
  })

  it('gives a not-started report with live figures, and a seeded one with its snapshot', async () => {
    const c37 = await report('2026-H1.c37')
    expect(c37).toMatchObject({ status: 'not-started', version: 0, snapshot: false, submittedAt: null, onTime: null, locked: false, transitions: [], planStatus: 'approved', deadline: '2026-07-15' })
    expect(c37.figures.map((f) => f.metric)).toEqual(['articles', 'meetings', 'awards', 'trainings', 'trainees'])
    expect(figure(c37, 'articles')?.value).toBeGreaterThan(0)
    expect(figure(c37, 'articles')?.target).not.toBeNull()
    const approved = await report('2025-H1.f35')
    expect(approved).toMatchObject({ status: 'approved', snapshot: true, locked: true, onTime: expect.any(Boolean) })
    expect(approved.transitions.map((t) => t.action)).toEqual(['created', 'submit', 'approve'])
    expect(approved.figures.every((f) => f.target === null && f.percentOfPlan === null)).toBe(true)
    const returned = await report('2026-H1.c15')
    expect(returned).toMatchObject({ status: 'returned', snapshot: false, locked: false })
    expect(returned.returnComment).toMatch(/biên giới/)
  })

  it('lists the reports that exist, newest period first, filtered', async () => {
    const all = reportsResponseSchema.parse((await call('viewer', 'GET', '/reports')).body).items
    expect(all[0]?.period).toBe('2026-H1')
    expect(all).toHaveLength(63 * 15 + 34 + 32)
    const some = reportsResponseSchema.parse((await call('viewer', 'GET', '/reports?period=2026-H1&status=draft,returned')).body).items
    expect(some.map((r) => r.id)).toEqual(['2026-H1.c04', '2026-H1.c12', '2026-H1.c15', '2026-H1.c44'])
    expect(errorOf(await call('viewer', 'GET', '/reports?status=lost'))).toMatchObject({ code: 'invalid_parameter', field: 'status' })
  })
})

describe('deadlines and "on time" on a pinned clock (2026-H1, July 2026)', () => {
  it('is on time up to the deadline, late after it, and follows a deadline the admin moves', async () => {
    await setClock('2026-07-10T02:00:00Z')
    await save('reporter-c22', '2026-H1.c22', 0, 'Kết quả 6 tháng đầu năm của Quảng Ninh.')
    const submitted = reportSchema.parse((await act('reporter-c22', '2026-H1.c22', 'submit', 1, 200)).body)
    expect(submitted).toMatchObject({ status: 'submitted', version: 2, snapshot: true, onTime: true, submittedAt: '2026-07-10T02:00:00.000Z', figuresAt: '2026-07-10T02:00:00.000Z', locked: true })
    expect(errorOf(await enter('c22', '2026-02-01', {}, 409))).toEqual({
      code: 'period_locked',
      field: 'date',
      report: '2026-H1.c22',
      message: 'Báo cáo 6 tháng đầu năm 2026 của Quảng Ninh đã gửi nên không thể thêm, sửa hoặc xóa hồ sơ trong kỳ này. Quản trị viên có thể mở lại báo cáo.',
    })
    expect(errorOf(await enter('c22', '2026-02-01', {}, 409, 'en-GB,en;q=0.9')).message).toBe(
      'The 2026 first half-year report of Quảng Ninh has been submitted, so records in that period cannot be added, changed or deleted. An administrator can reopen the report.',
    )
    let c = await completeness('2026-H1')
    expect(c.items.find((e) => e.unit === 'c22')).toMatchObject({ status: 'submitted-on-time', overdue: false, onTime: true })
    expect(c.counts.overdue).toBe(0)

    // c04 (a seeded draft, version 1): the admin writes and submits it after the deadline.
    await setClock('2026-07-20T10:00:00Z')
    await save('admin', '2026-H1.c04', 1, 'Kết quả của Cao Bằng.')
    const late = reportSchema.parse((await act('admin', '2026-H1.c04', 'submit', 2, 200)).body)
    expect(late).toMatchObject({ status: 'submitted', onTime: false, deadline: '2026-07-15' })
    c = await completeness('2026-H1')
    expect(c.items.find((e) => e.unit === 'c04')).toMatchObject({ status: 'submitted-late', onTime: false })
    // Not submitted after the deadline: c12 (draft), c15 and c44 (returned), c37 (not started).
    expect(c.items.filter((e) => e.overdue).map((e) => e.unit).toSorted()).toEqual(['c12', 'c15', 'c37', 'c44'])
    expect(c.counts.overdue).toBe(4)

    expect((await call('reporter-c37', 'PATCH', '/periods/2026-H1', { body: { deadline: '2026-07-25' } })).status).toBe(403)
    expect((await call('viewer', 'PATCH', '/periods/2026-H1', { body: { deadline: '2026-07-25' } })).status).toBe(403)
    expect(errorOf(await call('admin', 'PATCH', '/periods/2026-H1', { body: { deadline: '2026-02-30' } }))).toMatchObject({ code: 'invalid_body', field: 'deadline' })
    expect((await call('admin', 'PATCH', '/periods/2031', { body: { deadline: '2032-01-31' } })).status).toBe(404)
    // A report cannot be due before its period has ended: the last day itself is refused, the next accepted below.
    const early = await call('admin', 'PATCH', '/periods/2026-H1', { body: { deadline: '2026-06-30' }, lang: 'en' })
    expect(early.status).toBe(400)
    expect(errorOf(early)).toMatchObject({ code: 'invalid_body', field: 'deadline', message: "The deadline must come after the period's last day (2026-06-30)." })
    expect(errorOf(await call('admin', 'PATCH', '/periods/2026', { body: { deadline: '2026-12-31' } }))).toMatchObject({
      field: 'deadline',
      message: 'Hạn gửi phải sau ngày cuối của kỳ báo cáo (31/12/2026).',
    })
    const moved = await call('admin', 'PATCH', '/periods/2026-H1', { body: { deadline: '2026-07-25' } })
    expect(moved.status).toBe(200)
    expect(periodSchema.parse(moved.body)).toMatchObject({ id: '2026-H1', deadline: '2026-07-25', deadlineCustom: true })
    expect(await report('2026-H1.c04')).toMatchObject({ onTime: true, deadline: '2026-07-25' })
    c = await completeness('2026-H1')
    expect(c.period.deadline).toBe('2026-07-25')
    expect(c.items.find((e) => e.unit === 'c04')).toMatchObject({ status: 'submitted-on-time', onTime: true })
    expect(c.counts.overdue).toBe(0)
  })

  it('refuses to submit before the period has ended (409 period_not_ended)', async () => {
    await save('reporter-c22', '2026.c22', 0, 'Kết quả năm.')
    expect(errorOf(await act('reporter-c22', '2026.c22', 'submit', 1, 409))).toMatchObject({ code: 'period_not_ended' })
    expect(await report('2026.c22')).toMatchObject({ status: 'draft', version: 1 })
  })
})

describe('requests without a session or without the CSRF token', () => {
  it('answers 401 to every work-cycle resource without a session, and 403 to a write without its token or from another site', async () => {
    for (const path of ['/periods', '/completeness?period=2026-H1', '/reports?period=2026-H1', '/reports/2026-H1.c22', '/plans?year=2026', '/plans/2026.c22', '/plan-progress?from=2026-01&to=2026-06']) {
      expect({ path, status: (await call(null, 'GET', path)).status }).toEqual({ path, status: 401 })
    }
    expect((await call(null, 'PATCH', '/reports/2026-H1.c22', { body: { narrative: { results: 'x', shortcomings: '', proposals: '' } }, ifMatch: 0 })).status).toBe(401)

    const before = await report('2026-H1.c22')
    const c22 = sessionFetch(api.origin, sessions.get('reporter-c22') as TestSession)
    const body = JSON.stringify({ narrative: { results: 'Kết quả', shortcomings: '', proposals: '' } })
    const json = { 'Content-Type': 'application/json', 'If-Match': '"0"' } as const
    expect((await c22('/api/v1/reports/2026-H1.c22', { method: 'PATCH', headers: { ...json, 'X-CSRF-Token': 'not-the-token' }, body })).status).toBe(403)
    expect((await c22('/api/v1/plans/2026.c22/submit', { method: 'POST', headers: { ...json, 'X-CSRF-Token': 'not-the-token' }, body: '{}' })).status).toBe(403)
    expect((await c22('/api/v1/reports/2026-H1.c22', { method: 'PATCH', headers: { ...json, Origin: 'https://elsewhere.example' }, body })).status).toBe(403)
    // Nothing was written.
    expect(await report('2026-H1.c22')).toMatchObject({ status: before.status, version: before.version })
  })
})

describe('the workflow of 2026-H1.c37, role by role (on 2026-11-20)', () => {
  const id = '2026-H1.c37'
  it('refuses writes by role, without If-Match and from a stale version', async () => {
    await setClock('2026-11-20T03:00:00Z')
    expect((await call('viewer', 'PATCH', `/reports/${id}`, { ifMatch: 0, body: { narrative: narrative('x') } })).status).toBe(403)
    expect((await call('reporter-c22', 'PATCH', `/reports/${id}`, { ifMatch: 0, body: { narrative: narrative('x') } })).status).toBe(403)
    expect(errorOf(await call('reporter-c37', 'PATCH', `/reports/${id}`, { body: { narrative: narrative('x') } }))).toMatchObject({ code: 'precondition_required' })
    expect((await call('reporter-c37', 'PATCH', `/reports/${id}`, { body: { narrative: narrative('x') } })).status).toBe(428)
    const stale = await save('reporter-c37', id, 1, 'x', 409)
    expect(errorOf(stale).code).toBe('conflict')
    expect(reportSchema.parse((stale.body as { current: unknown }).current)).toMatchObject({ status: 'not-started', version: 0 })
    expect(errorOf(await call('reporter-c37', 'PATCH', `/reports/${id}`, { ifMatch: 0, body: { narrative: { results: 1 } } }))).toMatchObject({ code: 'invalid_body', field: 'narrative.results' })
    expect((await call('reporter-c37', 'POST', `/reports/${id}/submit`)).status).toBe(428)

    const created = reportSchema.parse((await save('reporter-c37', id, 0, '')).body)
    expect(created).toMatchObject({ status: 'draft', version: 1, snapshot: false })
    expect(created.transitions).toEqual([{ action: 'created', at: '2026-11-20T03:00:00.000Z', username: 'reporter-c37', from: 'not-started', to: 'draft', comment: null }])
    expect(errorOf(await act('reporter-c37', id, 'submit', 1, 400))).toMatchObject({ code: 'invalid_body', field: 'narrative.results' })
    for (const action of ['approve', 'return', 'reopen']) expect(errorOf(await act('reporter-c37', id, action, 1, 403)).code).toBe('forbidden')
    await act('reporter-c22', id, 'submit', 1, 403)
    await act('viewer', id, 'submit', 1, 403)
    expect(errorOf(await act('admin', id, 'approve', 1, 409))).toMatchObject({ code: 'invalid_transition' })
    expect(errorOf(await act('admin', id, 'reopen', 1, 409))).toMatchObject({ code: 'invalid_transition' })
    expect((await call('admin', 'POST', `/reports/${id}/publish`, { ifMatch: 1 })).status).toBe(404)
  })

  it('submits, is returned with a comment, is submitted again and approved; the history says who did what', async () => {
    await save('reporter-c37', id, 1, 'Kết quả công tác thông tin đối ngoại của Ninh Bình.')
    const submitted = reportSchema.parse((await act('reporter-c37', id, 'submit', 2, 200)).body)
    expect(submitted).toMatchObject({ status: 'submitted', version: 3, snapshot: true, onTime: false, submittedAt: '2026-11-20T03:00:00.000Z', locked: true })
    expect(errorOf(await save('reporter-c37', id, 3, 'Sửa sau khi gửi', 409))).toMatchObject({ code: 'invalid_transition' })
    expect(errorOf(await act('admin', id, 'return', 3, 400))).toMatchObject({ field: 'comment' })
    expect(errorOf(await act('admin', id, 'return', 3, 400, '   '))).toMatchObject({ field: 'comment' })
    expect(errorOf(await act('admin', id, 'return', 2, 409, 'Bổ sung.'))).toMatchObject({ code: 'conflict' })
    const returned = reportSchema.parse((await act('admin', id, 'return', 3, 200, 'Đề nghị bổ sung phần hạn chế.')).body)
    expect(returned).toMatchObject({ status: 'returned', version: 4, returnComment: 'Đề nghị bổ sung phần hạn chế.', snapshot: false, locked: false })
    const fixed = reportSchema.parse((await save('reporter-c37', id, 4, 'Kết quả, đã bổ sung.')).body)
    expect(fixed).toMatchObject({ status: 'returned', version: 5 })
    await setClock('2026-11-21T03:00:00Z')
    const again = reportSchema.parse((await act('reporter-c37', id, 'submit', 5, 200)).body)
    expect(again).toMatchObject({ status: 'submitted', version: 6, submittedAt: '2026-11-20T03:00:00.000Z', figuresAt: '2026-11-21T03:00:00.000Z', returnComment: null })
    const approved = reportSchema.parse((await act('admin', id, 'approve', 6, 200)).body)
    expect(approved).toMatchObject({ status: 'approved', version: 7, approvedAt: '2026-11-21T03:00:00.000Z', locked: true })
    expect(approved.transitions.map((t) => [t.action, t.username, t.from, t.to, t.comment])).toEqual([
      ['created', 'reporter-c37', 'not-started', 'draft', null],
      ['submit', 'reporter-c37', 'draft', 'submitted', null],
      ['return', 'admin', 'submitted', 'returned', 'Đề nghị bổ sung phần hạn chế.'],
      ['submit', 'reporter-c37', 'returned', 'submitted', null],
      ['approve', 'admin', 'submitted', 'approved', null],
    ])
    expect((await completeness('2026-H1')).items.find((e) => e.unit === 'c37')).toMatchObject({ status: 'approved', onTime: false, overdue: false })
  })
})

describe('the lock on records', () => {
  const id = '2026-H1.c37'
  let outside: Activity
  it('refuses a write inside an approved period (409 period_locked, naming the report) and accepts one outside', async () => {
    const vi = errorOf(await enter('c37', '2026-03-01', {}, 409))
    expect(vi).toEqual({
      code: 'period_locked',
      field: 'date',
      report: id,
      message: 'Báo cáo 6 tháng đầu năm 2026 của Ninh Bình đã được duyệt nên không thể thêm, sửa hoặc xóa hồ sơ trong kỳ này. Quản trị viên có thể mở lại báo cáo.',
    })
    const en = errorOf(await enter('c37', '2026-03-01', {}, 409, 'en'))
    expect(en.message).toBe('The 2026 first half-year report of Ninh Bình has been approved, so records in that period cannot be added, changed or deleted. An administrator can reopen the report.')
    const reporter = await call('reporter-c37', 'POST', '/activities', { body: { unit: 'c37', kind: 'articles', date: '2026-02-01', category: 'online', title: 'Tin', quantity: 1 } })
    expect(reporter.status).toBe(409)
    outside = activitySchema.parse((await enter('c37', '2026-08-01')).body)
    // Moving it into the period: refused.
    expect(errorOf(await call('admin', 'PATCH', `/activities/${outside.id}`, { ifMatch: 1, body: { date: '2026-03-01' } }))).toMatchObject({ code: 'period_locked', report: id })
    // A record already inside: neither changed nor deleted.
    const page = (await call('viewer', 'GET', '/activities?units=c37&from=2026-01&to=2026-06&boundary=reported&pageSize=1')).body as { items: Activity[] }
    const inside = page.items[0] as Activity
    expect(errorOf(await call('admin', 'PATCH', `/activities/${inside.id}`, { ifMatch: inside.version, body: { title: 'Đổi tên' } })).code).toBe('period_locked')
    expect(errorOf(await call('admin', 'DELETE', `/activities/${inside.id}`, { ifMatch: inside.version })).code).toBe('period_locked')
    // Other units' records of the period are not locked by c37's report.
    await enter('c12', '2026-03-01')
  })

  it('unlocks on reopen (by the admin only), and locks a restore once submitted again', async () => {
    expect((await act('reporter-c37', id, 'reopen', 7, 403)).status).toBe(403)
    const reopened = reportSchema.parse((await act('admin', id, 'reopen', 7, 200)).body)
    expect(reopened).toMatchObject({ status: 'draft', version: 8, locked: false, snapshot: false, approvedAt: null, submittedAt: '2026-11-20T03:00:00.000Z' })
    const inside = activitySchema.parse((await enter('c37', '2026-03-01')).body)
    expect((await call('admin', 'DELETE', `/activities/${inside.id}`, { ifMatch: 1 })).status).toBe(204)
    await act('reporter-c37', id, 'submit', 8, 200)
    expect(errorOf(await call('admin', 'POST', `/activities/${inside.id}/restore`))).toMatchObject({ code: 'period_locked', report: id })
  })

  it('locks a former unit’s 2025-H1 record by its successor’s 2025 report', async () => {
    const h1 = await report('2025-H1.f37')
    await act('admin', '2025-H1.f37', 'reopen', h1.version, 200)
    expect(errorOf(await enter('f37', '2025-03-01', {}, 409))).toMatchObject({ code: 'period_locked', report: '2025.c37' })
    const year = await report('2025.c37')
    await act('admin', '2025.c37', 'reopen', year.version, 200)
    await enter('f37', '2025-03-01', { quantity: 7 })
  })
})

describe('snapshots', () => {
  it('keeps a submitted report’s figures when records change later, while a draft’s live figures move', async () => {
    // 2026-H1.c37 is submitted (above); its "same period last year" counts f37's 2025-H1 records.
    const before = await report('2026-H1.c37')
    expect(before).toMatchObject({ status: 'submitted', snapshot: true })
    const live = await report('2025.c37')
    expect(live).toMatchObject({ status: 'draft', snapshot: false, figuresAt: '2026-11-21T03:00:00.000Z' })
    await enter('f37', '2025-04-01', { quantity: 11 })
    const after = await report('2026-H1.c37')
    expect(after.figures).toEqual(before.figures)
    expect(after.figuresAt).toBe(before.figuresAt)
    const liveAfter = await report('2025.c37')
    expect(figure(liveAfter, 'articles')?.value).toBe((figure(live, 'articles')?.value ?? 0) + 11)
    // Reopened: live again, with both records entered since the submission (7 and 11 items) in last year's figure.
    await act('admin', '2026-H1.c37', 'reopen', after.version, 200)
    const reopened = await report('2026-H1.c37')
    expect(reopened.snapshot).toBe(false)
    expect(figure(reopened, 'articles')?.previous).toBe((figure(before, 'articles')?.previous ?? 0) + 7 + 11)
  })
})

describe('a submission and a record write at the same moment', () => {
  it('either counts the record in the snapshot, or refuses it: never a locked period with an uncounted record', async () => {
    const live = await report('2026-H1.c37')
    expect(live.status).toBe('draft')
    const body = { unit: 'c37', kind: 'articles', date: '2026-05-01', category: 'online', title: 'Tin bài cùng lúc', quantity: 13 }
    const [submitted, written] = await Promise.all([
      call('reporter-c37', 'POST', '/reports/2026-H1.c37/submit', { ifMatch: live.version }),
      call('admin', 'POST', '/activities', { body }),
    ])
    expect(submitted.status).toBe(200)
    const snapshot = reportSchema.parse(submitted.body)
    const before = figure(live, 'articles')?.value ?? 0
    const outcome = {
      record: written.status === 201 ? 'created' : apiErrorBodySchema.parse(written.body).error.code,
      articles: figure(snapshot, 'articles')?.value,
    }
    // The two consistent outcomes, by hand.
    expect([
      { record: 'created', articles: before + 13 },
      { record: 'period_locked', articles: before },
    ]).toContainEqual(outcome)
  })
})

describe('plans and percentages of plan', () => {
  it('answers plans started or not, 404 outside the units and years that make them', async () => {
    expect(planSchema.parse((await call('viewer', 'GET', '/plans/2026.c37')).body)).toMatchObject({ status: 'approved', version: 3 })
    expect(planSchema.parse((await call('viewer', 'GET', '/plans/2026.c12')).body)).toMatchObject({
      status: 'not-started',
      version: 0,
      targets: { articles: null, meetings: null, awards: null, trainings: null, trainees: null },
      transitions: [],
    })
    expect((await call('viewer', 'GET', '/plans/2027.c37')).status).toBe(200)
    for (const planId of ['2025.f35', '2024.c37', '2028.c37', '2017.f01', '2026.c99']) expect({ planId, status: (await call('viewer', 'GET', `/plans/${planId}`)).status }).toEqual({ planId, status: 404 })
    const list = plansResponseSchema.parse((await call('viewer', 'GET', '/plans?year=2026&status=draft,submitted')).body).items
    expect(list.map((p) => `${p.unit}:${p.status}`)).toEqual(['c04:draft', 'c15:submitted', 'c20:draft', 'c52:submitted'])
  })

  it('follows the workflow by role, and needs every target to submit', async () => {
    const targets = { articles: 40, meetings: 4, awards: 2, trainings: 3, trainees: 200 }
    expect((await call('viewer', 'PATCH', '/plans/2026.c37', { ifMatch: 3, body: { targets } })).status).toBe(403)
    expect((await call('reporter-c22', 'PATCH', '/plans/2026.c37', { ifMatch: 3, body: { targets } })).status).toBe(403)
    expect((await call('reporter-c37', 'POST', '/plans/2026.c37/reopen', { ifMatch: 3 })).status).toBe(403)
    expect((await call('reporter-c37', 'PATCH', '/plans/2026.c37', { body: { targets } })).status).toBe(428)
    expect(errorOf(await call('reporter-c37', 'PATCH', '/plans/2026.c37', { ifMatch: 3, body: { targets } })).code).toBe('invalid_transition')
    expect((await call('admin', 'POST', '/plans/2026.c37/reopen', { ifMatch: 3 })).status).toBe(200)
    expect((await call('reporter-c37', 'PATCH', '/plans/2026.c37', { ifMatch: 4, body: { targets } })).status).toBe(200)
    expect((await call('reporter-c37', 'POST', '/plans/2026.c37/submit', { ifMatch: 5 })).status).toBe(200)
    expect((await call('reporter-c37', 'POST', '/plans/2026.c37/approve', { ifMatch: 6 })).status).toBe(403)
    const approved = planSchema.parse((await call('admin', 'POST', '/plans/2026.c37/approve', { ifMatch: 6 })).body)
    expect(approved).toMatchObject({ status: 'approved', version: 7, targets })

    const partial = await call('admin', 'PATCH', '/plans/2026.c12', { ifMatch: 0, body: { targets: { ...targets, awards: null } } })
    expect(planSchema.parse(partial.body)).toMatchObject({ status: 'draft', version: 1 })
    expect(errorOf(await call('admin', 'POST', '/plans/2026.c12/submit', { ifMatch: 1 }))).toMatchObject({ code: 'invalid_body', field: 'targets.awards' })
    expect(errorOf(await call('admin', 'PATCH', '/plans/2026.c12', { ifMatch: 1, body: { targets: { ...targets, awards: -1 } } }))).toMatchObject({ field: 'targets.awards' })
  })

  it('measures a range against the approved plan: hand-computed percentages', async () => {
    // November 2026 has no demo records: only these.
    await enter('c37', '2026-11-01', { quantity: 10 })
    await enter('c37', '2026-11-05', { kind: 'meetings', category: 'conference', title: 'Hội nghị', quantity: undefined, participants: 30, format: 'in-person' })
    await enter('c37', '2026-11-06', { kind: 'trainings', category: 'officials', title: 'Lớp tập huấn', quantity: undefined, participants: 50, format: 'online' })
    const answer = await call('viewer', 'GET', '/plan-progress?from=2026-11&to=2026-11&units=c37')
    expect(answer.status, `${JSON.stringify(answer.body).slice(0, 300)}`).toBe(200)
    const progress = planProgressResponseSchema.parse(answer.body)
    expect(progress).toMatchObject({ year: 2026, from: '2026-11', to: '2026-11', covered: { from: '2026-11', to: '2026-11' }, complete: true, unitsWithoutPlan: [] })
    const expected = [
      { metric: 'articles', value: 10, target: 40, percentOfPlan: 25 },
      { metric: 'meetings', value: 1, target: 4, percentOfPlan: 25 },
      { metric: 'awards', value: 0, target: 2, percentOfPlan: 0 },
      { metric: 'trainings', value: 1, target: 3, percentOfPlan: (1 / 3) * 100 },
      { metric: 'trainees', value: 50, target: 200, percentOfPlan: 25 },
    ]
    expect(progress.units).toEqual([{ unit: 'c37', planStatus: 'approved', metrics: expected }])
    expect(progress.total).toEqual(expected)
    const two = planProgressResponseSchema.parse((await call('viewer', 'GET', '/plan-progress?from=2026-11&to=2026-11&units=c37,c12')).body)
    expect(two.unitsWithoutPlan).toEqual(['c12'])
    expect(two.units.map((u) => [u.unit, u.planStatus])).toEqual([['c12', 'draft'], ['c37', 'approved']])
    expect(two.total.every((m) => m.target === null && m.percentOfPlan === null)).toBe(true)
    const everyone = planProgressResponseSchema.parse((await call('viewer', 'GET', '/plan-progress?from=2024-01&to=2024-06')).body)
    expect(everyone.units).toHaveLength(63)
    expect(errorOf(await call('viewer', 'GET', '/plan-progress?from=2026-11&to=2027-01'))).toMatchObject({ code: 'invalid_parameter', field: 'to' })
    // The year's report shows the same target and percentage (value / 40 × 100).
    const year = await report('2026.c37')
    const articles = figure(year, 'articles')
    expect(articles?.target).toBe(40)
    expect(articles?.percentOfPlan).toBeCloseTo(((articles?.value ?? 0) / 40) * 100, 10)
  })
})
