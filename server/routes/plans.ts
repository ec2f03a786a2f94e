/**
 * Annual plans (the contract: `src/lib/api/reports.ts`): `GET /plans?year=&unit=&status=`,
 * `GET /plans/{id}` (started or not), `PATCH /plans/{id}` (the targets; `If-Match: "0"` creates
 * the draft), `POST /plans/{id}/{submit|approve|return|reopen}`, and
 * `GET /plan-progress?from=&to=&units=`: a range's figures against the year's approved plans.
 * Registered before the response cache, like the reports.
 */
import type { Context } from 'hono'
import { Hono } from 'hono'
import { REPORT_STATUSES, planIdSchema, planUpdateSchema, type Plan, type PlanTargets, type TransitionEntry } from '../../src/lib/api/reports'
import { unitIdSchema } from '../../src/lib/api/schemas'
import { isMonth } from '../../src/lib/periods'
import { todayInVietnam } from '../../src/lib/api/activity-input'
import type { AppEnv } from '../app'
import { currentUser } from '../auth/guard'
import { ApiError } from '../errors'
import { languageOf, type Lang } from '../lang'
import { ParamError, rejectRepeated } from '../params'
import type { StoreContext } from '../store/context'
import { FIRST_REPORT_YEAR, getPlanProgress, listRows, readRow, readTransitions, saveBody, transition, yearEra, type WorkflowRow } from '../store/reports'
import { listParam } from './reports'
import { expectedVersion, isTransition, parseBody, planTitle, readJson, refused, requireOwnUnit, requireTransitionRole, requireWriter, transitionComment } from './workflow'

const NO_TARGETS: PlanTargets = { articles: null, meetings: null, awards: null, trainings: null, trainees: null }

function planOf(year: number, unit: string, row: WorkflowRow | null, transitions: TransitionEntry[]): Plan {
  const status = row?.status ?? 'not-started'
  return {
    id: `${year}.${unit}`,
    year,
    unit,
    status,
    version: row?.version ?? 0,
    targets: row ? { ...NO_TARGETS, ...(row.body as Partial<PlanTargets>) } : NO_TARGETS,
    returnComment: status === 'returned' ? (row?.returnComment ?? null) : null,
    transitions,
  }
}

/** The last year a plan can be made for: next year (plans are made ahead). */
function lastPlanYear(store: StoreContext): number {
  return Number(todayInVietnam(store.now()).slice(0, 4)) + 1
}

/** The year and unit of a plan id whose unit makes plans that year; 404 otherwise. */
async function planKey(c: Context<AppEnv>, id: string, lang: Lang): Promise<{ year: number; unit: string }> {
  const store = c.get('store')
  const notFound = () =>
    new ApiError(
      404,
      'not_found',
      lang === 'en' ? `No plan has the id ${id}: the unit does not make plans for that year, or the year is out of range.` : `Không có kế hoạch mã ${id}: đơn vị không lập kế hoạch cho năm này, hoặc năm nằm ngoài phạm vi.`,
    )
  if (!planIdSchema.safeParse(id).success) throw notFound()
  const [yearText, unit] = id.split('.') as [string, string]
  const year = Number(yearText)
  if (year < FIRST_REPORT_YEAR || year > lastPlanYear(store)) throw notFound()
  if ((await store.units()).get(unit)?.unit.era !== yearEra(year)) throw notFound()
  return { year, unit }
}

async function currentPlan(store: StoreContext, year: number, unit: string): Promise<Plan> {
  const row = await readRow(store.db, 'plan', year, unit)
  return planOf(year, unit, row, row ? await readTransitions(store.db, 'plan', year, unit) : [])
}

function withETag(c: Context, plan: Plan): Response {
  c.header('ETag', `"${plan.version}"`)
  return c.json(plan)
}

async function unitName(store: StoreContext, unit: string): Promise<string> {
  return (await store.units()).get(unit)?.unit.name ?? unit
}

/** The parameters of `GET /plan-progress`: two months of one year, and optionally units. */
async function progressParams(store: StoreContext, search: URLSearchParams): Promise<{ from: string; to: string; units: string[] | undefined }> {
  rejectRepeated(search)
  const month = (name: string) => {
    const value = search.get(name)
    if (!value) throw new ParamError(name, `Parameter "${name}" is required: a month, YYYY-MM.`)
    if (!isMonth(value)) throw new ParamError(name, `Parameter "${name}" has an invalid value "${value}": expected a month, YYYY-MM.`)
    return value
  }
  const from = month('from')
  const to = month('to')
  if (to < from) throw new ParamError('to', `Parameter "to" (${to}) is before "from" (${from}).`)
  if (from.slice(0, 4) !== to.slice(0, 4)) throw new ParamError('to', `Parameters "from" and "to" must be in one year (plans are annual): ${from} and ${to} are not.`)
  const all = await store.units()
  return { from, to, units: listParam(search, 'units', (v) => unitIdSchema.safeParse(v).success && all.has(v), 'known unit ids such as c37') }
}

export const plansRoutes = new Hono<AppEnv>()
  .get('/plans', async (c) => {
    currentUser(c)
    const search = new URL(c.req.url).searchParams
    rejectRepeated(search)
    const yearText = search.get('year') || undefined
    if (yearText !== undefined && !/^\d{4}$/.test(yearText)) throw new ParamError('year', `Parameter "year" has an invalid value "${yearText}": expected a year such as 2026.`)
    const units = listParam(search, 'unit', (v) => unitIdSchema.safeParse(v).success, 'unit ids such as c37')
    const statuses = listParam(search, 'status', (v) => (REPORT_STATUSES as readonly string[]).includes(v), REPORT_STATUSES.join(', '))
    const store = c.get('store')
    const rows = await listRows(store.db, 'plan', { key: yearText === undefined ? undefined : Number(yearText), units, statuses })
    const items = await Promise.all(rows.map(async (r) => planOf(Number(r.key), r.unit, r, await readTransitions(store.db, 'plan', Number(r.key), r.unit))))
    return c.json({ items })
  })
  .get('/plans/:id', async (c) => {
    currentUser(c)
    const { year, unit } = await planKey(c, c.req.param('id'), languageOf(c))
    return withETag(c, await currentPlan(c.get('store'), year, unit))
  })
  .patch('/plans/:id', async (c) => {
    const lang = languageOf(c)
    const user = requireWriter(c, lang)
    const { year, unit } = await planKey(c, c.req.param('id'), lang)
    requireOwnUnit(user, unit, lang)
    const version = expectedVersion(c, lang)
    const body = parseBody(planUpdateSchema, await readJson(c, lang), lang)
    const store = c.get('store')
    const result = await saveBody(store, 'plan', year, unit, version, body.targets, user)
    const plan = await currentPlan(store, year, unit)
    if (!result.ok) return refused(c, result, 'save', planTitle(year, await unitName(store, unit)), plan, lang)
    return withETag(c, plan)
  })
  .post('/plans/:id/:action', async (c) => {
    const lang = languageOf(c)
    const action = c.req.param('action')
    if (!isTransition(action)) throw new ApiError(404, 'not_found', lang === 'en' ? `No API resource at ${c.req.path}.` : `Không có tài nguyên API tại ${c.req.path}.`)
    const user = requireWriter(c, lang)
    const { year, unit } = await planKey(c, c.req.param('id'), lang)
    requireOwnUnit(user, unit, lang)
    requireTransitionRole(user, action, lang)
    const version = expectedVersion(c, lang)
    const comment = transitionComment(action, await readJson(c, lang), lang)
    const store = c.get('store')
    const result = await transition(store, 'plan', year, unit, version, action, comment, user)
    const plan = await currentPlan(store, year, unit)
    if (!result.ok) return refused(c, result, action, planTitle(year, await unitName(store, unit)), plan, lang)
    return withETag(c, plan)
  })
  .get('/plan-progress', async (c) => {
    currentUser(c)
    const store = c.get('store')
    return c.json(await getPlanProgress(store, await progressParams(store, new URL(c.req.url).searchParams)))
  })
