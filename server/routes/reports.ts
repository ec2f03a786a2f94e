/**
 * Reporting periods, reports and completeness (the contract: `src/lib/api/reports.ts`):
 *
 * - `GET /periods`, `PATCH /periods/{id}` (admins: the deadline);
 * - `GET /reports?period=&unit=&status=`, `GET /reports/{id}` (any unit and period that
 *   reports in it, started or not; 404 for a unit that does not report in that period);
 * - `PATCH /reports/{id}` (the narrative; `If-Match: "0"` creates the draft) and
 *   `POST /reports/{id}/{submit|approve|return|reopen}`;
 * - `GET /completeness?period=`.
 *
 * Registered before the response cache: these answers change with every report write, which
 * the records' data version does not follow.
 */
import type { Context } from 'hono'
import { Hono } from 'hono'
import {
  REPORT_STATUSES,
  deadlineProblem,
  narrativeSchema,
  periodLastDay,
  periodUpdateSchema,
  reportIdSchema,
  reportPeriodIdSchema,
  reportUpdateSchema,
  type Narrative,
  type Period,
  type Report,
  type ReportListItem,
  type ReportPeriodId,
} from '../../src/lib/api/reports'
import { unitIdSchema } from '../../src/lib/api/schemas'
import type { AppEnv } from '../app'
import { currentUser } from '../auth/guard'
import { ApiError } from '../errors'
import { languageOf, type Lang } from '../lang'
import { ParamError, rejectRepeated } from '../params'
import {
  computeFigures,
  getCompleteness,
  getPeriod,
  listPeriods,
  listRows,
  onTimeOf,
  planStatuses,
  readRow,
  readTransitions,
  reportsIn,
  saveBody,
  setDeadline,
  transition,
  type WorkflowRow,
} from '../store/reports'
import type { StoreContext } from '../store/context'
import {
  expectedVersion,
  isTransition,
  parseBody,
  readJson,
  refused,
  reportTitle,
  requireAdmin,
  requireOwnUnit,
  requireTransitionRole,
  requireWriter,
  transitionComment,
} from './workflow'

const EMPTY_NARRATIVE: Narrative = { results: '', shortcomings: '', proposals: '' }

/** A report as the contract gives it: stored (snapshot) or live figures, its deadline and standing. */
export async function buildReport(store: StoreContext, period: Period, unit: string, row: WorkflowRow | null): Promise<Report> {
  const id = `${period.id}.${unit}`
  const status = row?.status ?? 'not-started'
  const snapshot = row?.figures != null && row.figuresAt !== null
  const [figures, transitions, plans] = await Promise.all([
    snapshot ? Promise.resolve(row.figures ?? []) : computeFigures(store, period.id, [unit]).then((m) => m.get(unit) ?? []),
    row ? readTransitions(store.db, 'report', period.id, unit) : Promise.resolve([]),
    planStatuses(store.db, period.year),
  ])
  const narrative = row ? { ...EMPTY_NARRATIVE, ...(row.body as Partial<Narrative>) } : EMPTY_NARRATIVE
  return {
    id,
    period: period.id,
    unit,
    status,
    version: row?.version ?? 0,
    narrative,
    figures,
    snapshot,
    figuresAt: (snapshot && row.figuresAt ? row.figuresAt : store.now()).toISOString(),
    planStatus: plans.get(unit) ?? 'not-started',
    deadline: period.deadline,
    submittedAt: row?.submittedAt?.toISOString() ?? null,
    onTime: onTimeOf(row?.submittedAt ?? null, period.deadline),
    approvedAt: row?.approvedAt?.toISOString() ?? null,
    returnComment: status === 'returned' ? (row?.returnComment ?? null) : null,
    locked: status === 'submitted' || status === 'approved',
    transitions,
  }
}

function notFound(id: string, lang: Lang): ApiError {
  return new ApiError(
    404,
    'not_found',
    lang === 'en'
      ? `No report has the id ${id}: the unit does not report in that period, or the period has not begun.`
      : `Không có báo cáo mã ${id}: đơn vị không báo cáo trong kỳ này, hoặc kỳ chưa bắt đầu.`,
  )
}

/** The period and unit of a report id that exists (started or not); 404 otherwise. */
async function reportKey(c: Context<AppEnv>, id: string, lang: Lang): Promise<{ period: Period; unit: string }> {
  if (!reportIdSchema.safeParse(id).success) throw notFound(id, lang)
  const [periodId, unit] = id.split('.') as [ReportPeriodId, string]
  const store = c.get('store')
  const period = await getPeriod(store, periodId)
  if (!period || !(await reportsIn(store, periodId, unit))) throw notFound(id, lang)
  return { period, unit }
}

async function unitName(store: StoreContext, unit: string): Promise<string> {
  return (await store.units()).get(unit)?.unit.name ?? unit
}

function withETag(c: Context, report: Report): Response {
  c.header('ETag', `"${report.version}"`)
  return c.json(report)
}

async function currentReport(c: Context<AppEnv>, period: Period, unit: string): Promise<Report> {
  const store = c.get('store')
  return buildReport(store, period, unit, await readRow(store.db, 'report', period.id, unit))
}

/** A comma-separated list parameter, each value checked. */
export function listParam(search: URLSearchParams, name: string, valid: (v: string) => boolean, what: string): string[] | undefined {
  const raw = search.get(name)
  if (raw === null || raw === '') return undefined
  const values = raw.split(',').map((v) => v.trim())
  const bad = values.find((v) => !valid(v))
  if (bad !== undefined) throw new ParamError(name, `Parameter "${name}" has an invalid value "${bad}": expected ${what}.`)
  return values
}

export const reportsRoutes = new Hono<AppEnv>()
  .get('/periods', async (c) => {
    currentUser(c)
    return c.json({ items: await listPeriods(c.get('store')) })
  })
  .patch('/periods/:id', async (c) => {
    const lang = languageOf(c)
    requireAdmin(c, lang)
    const id = c.req.param('id')
    const body = parseBody(periodUpdateSchema, await readJson(c, lang), lang)
    const known = reportPeriodIdSchema.safeParse(id).success
    const problem = known ? deadlineProblem(id, body.deadline) : null
    if (problem === 'invalid') {
      throw new ApiError(400, 'invalid_body', lang === 'en' ? `${body.deadline} is not a date.` : `${body.deadline} không phải là ngày hợp lệ.`, 'deadline')
    }
    if (problem === 'not_after_period') {
      const last = periodLastDay(id)
      throw new ApiError(
        400,
        'invalid_body',
        lang === 'en'
          ? `The deadline must come after the period's last day (${last}).`
          : `Hạn gửi phải sau ngày cuối của kỳ báo cáo (${last.split('-').toReversed().join('/')}).`,
        'deadline',
      )
    }
    const period = known ? await setDeadline(c.get('store'), id, body.deadline) : null
    if (!period) throw new ApiError(404, 'not_found', lang === 'en' ? `No reporting period ${id}.` : `Không có kỳ báo cáo ${id}.`)
    return c.json(period)
  })
  .get('/reports', async (c) => {
    currentUser(c)
    const search = new URL(c.req.url).searchParams
    rejectRepeated(search)
    const period = search.get('period') || undefined
    if (period !== undefined && !reportPeriodIdSchema.safeParse(period).success) {
      throw new ParamError('period', `Parameter "period" has an invalid value "${period}": expected a period such as 2026-H1 or 2026.`)
    }
    const units = listParam(search, 'unit', (v) => unitIdSchema.safeParse(v).success, 'unit ids such as c37')
    const statuses = listParam(search, 'status', (v) => (REPORT_STATUSES as readonly string[]).includes(v), REPORT_STATUSES.join(', '))
    const store = c.get('store')
    const rows = await listRows(store.db, 'report', { key: period, units, statuses })
    const periods = new Map<string, Period | null>()
    const items: ReportListItem[] = []
    for (const row of rows) {
      const key = String(row.key)
      if (!periods.has(key)) periods.set(key, await getPeriod(store, key))
      const info = periods.get(key)
      if (!info) continue
      items.push({
        id: `${key}.${row.unit}`,
        period: key,
        unit: row.unit,
        status: row.status,
        version: row.version,
        submittedAt: row.submittedAt?.toISOString() ?? null,
        onTime: onTimeOf(row.submittedAt, info.deadline),
        approvedAt: row.approvedAt?.toISOString() ?? null,
        locked: row.status === 'submitted' || row.status === 'approved',
      })
    }
    return c.json({ items })
  })
  .get('/reports/:id', async (c) => {
    currentUser(c)
    const lang = languageOf(c)
    const { period, unit } = await reportKey(c, c.req.param('id'), lang)
    return withETag(c, await currentReport(c, period, unit))
  })
  .patch('/reports/:id', async (c) => {
    const lang = languageOf(c)
    const user = requireWriter(c, lang)
    const { period, unit } = await reportKey(c, c.req.param('id'), lang)
    requireOwnUnit(user, unit, lang)
    const version = expectedVersion(c, lang)
    const body = parseBody(reportUpdateSchema, await readJson(c, lang), lang)
    const store = c.get('store')
    const result = await saveBody(store, 'report', period.id, unit, version, narrativeSchema.parse(body.narrative), user)
    const report = await currentReport(c, period, unit)
    if (!result.ok) return refused(c, result, 'save', reportTitle(period.id, await unitName(store, unit)), report, lang)
    return withETag(c, report)
  })
  .post('/reports/:id/:action', async (c) => {
    const lang = languageOf(c)
    const action = c.req.param('action')
    if (!isTransition(action)) throw new ApiError(404, 'not_found', lang === 'en' ? `No API resource at ${c.req.path}.` : `Không có tài nguyên API tại ${c.req.path}.`)
    const user = requireWriter(c, lang)
    const { period, unit } = await reportKey(c, c.req.param('id'), lang)
    requireOwnUnit(user, unit, lang)
    requireTransitionRole(user, action, lang)
    const version = expectedVersion(c, lang)
    const comment = transitionComment(action, await readJson(c, lang), lang)
    const store = c.get('store')
    const result = await transition(store, 'report', period.id, unit, version, action, comment, user)
    const report = await currentReport(c, period, unit)
    if (!result.ok) return refused(c, result, action, reportTitle(period.id, await unitName(store, unit)), report, lang)
    return withETag(c, report)
  })
  .get('/completeness', async (c) => {
    currentUser(c)
    const lang = languageOf(c)
    const search = new URL(c.req.url).searchParams
    rejectRepeated(search)
    const id = search.get('period')
    if (!id) throw new ParamError('period', 'Parameter "period" is required: a period such as 2026-H1 or 2026.')
    if (!reportPeriodIdSchema.safeParse(id).success) throw new ParamError('period', `Parameter "period" has an invalid value "${id}": expected a period such as 2026-H1 or 2026.`)
    const store = c.get('store')
    const period = await getPeriod(store, id)
    if (!period) throw new ApiError(404, 'not_found', lang === 'en' ? `No reporting period ${id} (yet).` : `Chưa có kỳ báo cáo ${id}.`)
    return c.json(await getCompleteness(store, period))
  })
