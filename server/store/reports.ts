/**
 * The committees' work cycle in SQL: reporting periods and their deadlines, reports, plans,
 * their transitions, completeness, plan progress and the lock on records (issue 12; the rules
 * are the contract's, `src/lib/api/reports.ts`).
 *
 * Reports and plans share one workflow (`reports`/`plans` tables and their `*_transitions`):
 * a row exists once saved (not started: no row, version 0); every write names the version it
 * is based on and only matches that version, so of two writes based on the same version one
 * wins and the other learns the current state.
 */
import { sql, type Kysely, type Transaction } from 'kysely'
import { todayInVietnam } from '../../src/lib/api/activity-input'
import {
  ALLOWED_TRANSITIONS,
  REPORT_METRICS,
  defaultDeadline,
  percentOfPlan,
  periodMonths,
  type CompletenessEntry,
  type CompletenessResponse,
  type Narrative,
  type Period,
  type PlanProgressMetric,
  type PlanProgressResponse,
  type PlanTargets,
  type ReportFigure,
  type ReportPeriodId,
  type ReportStatus,
  type Transition,
  type TransitionEntry,
} from '../../src/lib/api/reports'
import { kindOfMetric, type Metric, type UnitId } from '../../src/lib/api/schemas'
import { monthIndex } from '../../src/lib/periods'
import type { Schema } from '../db/schema'
import { coveredPart, getCoverage, type StoreContext, type UnitInfo } from './context'

/** The first year of reporting periods (the data starts in January 2018). */
export const FIRST_REPORT_YEAR = 2018
/** The last period of the former units: it ends on 2025-06-30. */
const LAST_FORMER_PERIOD = '2025-H1'

type Db = Kysely<Schema> | Transaction<Schema>
export type Era = 'former' | 'current'
export type WorkflowStatus = Exclude<ReportStatus, 'not-started'>

// ---------------------------------------------------------------- periods

export function periodYear(id: string): number {
  return Number(id.slice(0, 4))
}

/** Whose reports: the former units for periods ending before 2025-07-01, the current ones after. */
export function periodEra(id: ReportPeriodId): Era {
  const year = periodYear(id)
  return year < 2025 || id === LAST_FORMER_PERIOD ? 'former' : 'current'
}

/** Whose plans for a year: the current units from 2025, the former ones before. */
export function yearEra(year: number): Era {
  return year >= 2025 ? 'current' : 'former'
}

/** The period's last day, `YYYY-MM-DD`. */
export function lastDay(id: ReportPeriodId): string {
  return id.endsWith('-H1') ? `${periodYear(id)}-06-30` : `${periodYear(id)}-12-31`
}

/** Whether `id` names a period that exists now: from 2018-H1 to those of the current year that have begun. */
export function periodExists(id: string, todayDate: string): boolean {
  if (!/^\d{4}(-H1)?$/.test(id)) return false
  const year = periodYear(id)
  return year >= FIRST_REPORT_YEAR && `${year}-01-01` <= todayDate
}

async function deadlineOverrides(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('report_periods').select(['id', sql<string>`to_char(deadline, 'YYYY-MM-DD')`.as('deadline')]).execute()
  return new Map(rows.map((r) => [r.id, r.deadline]))
}

function periodOf(id: ReportPeriodId, overrides: ReadonlyMap<string, string>, todayDate: string): Period {
  const custom = overrides.get(id)
  const months = periodMonths(id)
  return {
    id,
    kind: id.endsWith('-H1') ? 'half' : 'year',
    year: periodYear(id),
    from: months.from,
    to: months.to,
    deadline: custom ?? defaultDeadline(id),
    deadlineCustom: custom !== undefined,
    era: periodEra(id),
    ended: todayDate > lastDay(id),
  }
}

function today(ctx: Pick<StoreContext, 'now'>): string {
  return todayInVietnam(ctx.now())
}

/** Every period that has begun, newest first (the year before its half). */
export async function listPeriods(ctx: StoreContext): Promise<Period[]> {
  const overrides = await deadlineOverrides(ctx.db)
  const now = today(ctx)
  const items: Period[] = []
  for (let year = Number(now.slice(0, 4)); year >= FIRST_REPORT_YEAR; year--) {
    items.push(periodOf(String(year), overrides, now), periodOf(`${year}-H1`, overrides, now))
  }
  return items
}

/** One period, or null when it does not exist (yet). */
export async function getPeriod(ctx: StoreContext, id: string, db: Db = ctx.db): Promise<Period | null> {
  const now = today(ctx)
  if (!periodExists(id, now)) return null
  return periodOf(id, await deadlineOverrides(db), now)
}

export async function setDeadline(ctx: StoreContext, id: string, deadline: string): Promise<Period | null> {
  if (!periodExists(id, today(ctx))) return null
  await ctx.db
    .insertInto('report_periods')
    .values({ id, deadline })
    .onConflict((oc) => oc.column('id').doUpdateSet({ deadline }))
    .execute()
  return getPeriod(ctx, id)
}

/** The units of an era, in the API's unit order. */
export async function unitsOfEra(ctx: StoreContext, era: Era): Promise<UnitInfo[]> {
  return [...(await ctx.units()).values()].filter((u) => u.unit.era === era)
}

/** Whether the unit reports in the period (it belongs to the period's era). */
export async function reportsIn(ctx: StoreContext, period: ReportPeriodId, unit: string): Promise<boolean> {
  return (await ctx.units()).get(unit)?.unit.era === periodEra(period)
}

/** On time: first submitted on or before the deadline (Vietnam's date). */
export function onTimeOf(submittedAt: Date | null, deadline: string): boolean | null {
  return submittedAt === null ? null : todayInVietnam(submittedAt) <= deadline
}

// ---------------------------------------------------------------- figures

export type MetricValues = Record<Metric, number>

function emptyValues(): MetricValues {
  return { articles: 0, meetings: 0, awards: 0, trainings: 0, trainees: 0 }
}

/**
 * Each unit's totals over the months [from, to] (month indexes), grouped in one query: on
 * current boundaries (through the crosswalk) for the current era, as reported for the former.
 */
export async function unitSums(db: Db, era: Era, from: number, to: number, units?: readonly string[]): Promise<Map<string, MetricValues>> {
  const unit = era === 'current' ? sql<string>`cw.current_id` : sql<string>`a.unit_id`
  const filter = units ? sql`and ${unit} = any(${[...units]}::text[])` : sql``
  const rows = await sql<{ unit: string; kind: string; quantity: number; participants: number }>`
    select ${unit} as unit, a.kind, sum(a.quantity)::integer as quantity, sum(coalesce(a.participants, 0))::integer as participants
    from activity_month_totals a join crosswalk cw on cw.reported_id = a.unit_id
    where a.month between ${from} and ${to} ${filter}
    group by 1, 2`.execute(db)
  const out = new Map<string, MetricValues>()
  for (const r of rows.rows) {
    let values = out.get(r.unit)
    if (!values) out.set(r.unit, (values = emptyValues()))
    for (const metric of REPORT_METRICS) {
      if (kindOfMetric(metric) === r.kind) values[metric] = metric === 'trainees' ? r.participants : r.quantity
    }
  }
  return out
}

/** The targets of the approved plans of a year, by unit. */
async function approvedTargets(db: Db, year: number, units?: readonly string[]): Promise<Map<string, PlanTargets>> {
  let query = db.selectFrom('plans').select(['unit_id', 'targets']).where('year', '=', year).where('status', '=', 'approved')
  if (units) query = query.where('unit_id', 'in', units.length > 0 ? [...units] : [''])
  return new Map((await query.execute()).map((r) => [r.unit_id, r.targets as PlanTargets]))
}

/**
 * The figures of a period's reports for `units` (every unit of the period when undefined): the
 * covered months of the period, the same months a year earlier (null unless all known), and
 * the approved plan's targets. Two grouped queries whatever the number of units.
 */
export async function computeFigures(ctx: Pick<StoreContext, 'db' | 'now'>, period: ReportPeriodId, units: readonly string[], db: Db = ctx.db): Promise<Map<string, ReportFigure[]>> {
  const era = periodEra(period)
  const months = periodMonths(period)
  const coverage = await getCoverage({ db, now: ctx.now })
  const covered = coveredPart(coverage, months.from, months.to)
  const previousKnown = covered !== null && monthIndex(covered.from) - 12 >= monthIndex(coverage.from)
  const [now, before, targets] = await Promise.all([
    covered ? unitSums(db, era, monthIndex(covered.from), monthIndex(covered.to), units) : Promise.resolve(new Map<string, MetricValues>()),
    covered && previousKnown ? unitSums(db, era, monthIndex(covered.from) - 12, monthIndex(covered.to) - 12, units) : Promise.resolve(null),
    approvedTargets(db, periodYear(period), units),
  ])
  const out = new Map<string, ReportFigure[]>()
  for (const unit of units) {
    const values = now.get(unit) ?? emptyValues()
    const previous = before === null ? null : (before.get(unit) ?? emptyValues())
    const plan = targets.get(unit)
    out.set(
      unit,
      REPORT_METRICS.map((metric) => {
        const target = plan?.[metric] ?? null
        return { metric, value: values[metric], previous: previous === null ? null : previous[metric], target, percentOfPlan: percentOfPlan(values[metric], target) }
      }),
    )
  }
  return out
}

/** Whether the data covers every month of the period (submitting needs it). */
export async function coversPeriod(ctx: Pick<StoreContext, 'db' | 'now'>, period: ReportPeriodId, db: Db = ctx.db): Promise<boolean> {
  const months = periodMonths(period)
  const covered = coveredPart(await getCoverage({ db, now: ctx.now }), months.from, months.to)
  return covered !== null && covered.from === months.from && covered.to === months.to
}

// ---------------------------------------------------------------- the workflow (reports and plans)

/** Which workflow: reports (keyed by period) or plans (keyed by year). */
export type Kind = 'report' | 'plan'

const TABLES = {
  report: { table: 'reports', transitions: 'report_transitions', key: 'period_id', body: 'narrative' },
  plan: { table: 'plans', transitions: 'plan_transitions', key: 'year', body: 'targets' },
} as const

export interface WorkflowRow {
  key: string | number
  unit: string
  status: WorkflowStatus
  version: number
  body: unknown
  figures: ReportFigure[] | null
  figuresAt: Date | null
  submittedAt: Date | null
  approvedAt: Date | null
  returnComment: string | null
}

interface RawRow {
  key: string | number
  unit_id: string
  status: WorkflowStatus
  version: number
  body: unknown
  figures: unknown
  figures_at: Date | string | null
  submitted_at: Date | string | null
  approved_at: Date | string | null
  return_comment: string | null
}

const asDate = (v: Date | string | null): Date | null => (v === null ? null : new Date(v))

function rowOf(r: RawRow): WorkflowRow {
  return {
    key: r.key,
    unit: r.unit_id,
    status: r.status,
    version: r.version,
    body: r.body,
    figures: (r.figures as ReportFigure[] | null) ?? null,
    figuresAt: asDate(r.figures_at),
    submittedAt: asDate(r.submitted_at),
    approvedAt: asDate(r.approved_at),
    returnComment: r.return_comment,
  }
}

function columns(kind: Kind) {
  const t = TABLES[kind]
  return kind === 'report'
    ? sql`${sql.ref(t.key)} as key, unit_id, status, version, ${sql.ref(t.body)} as body, figures, figures_at, submitted_at, approved_at, return_comment`
    : sql`${sql.ref(t.key)} as key, unit_id, status, version, ${sql.ref(t.body)} as body, null::jsonb as figures, null::timestamptz as figures_at, null::timestamptz as submitted_at, null::timestamptz as approved_at, return_comment`
}

export interface RowFilter {
  key?: string | number | undefined
  units?: readonly string[] | undefined
  statuses?: readonly string[] | undefined
}

/** Saved reports or plans, newest period (year) first, then by unit order. */
export async function listRows(db: Db, kind: Kind, filter: RowFilter = {}): Promise<WorkflowRow[]> {
  const t = TABLES[kind]
  const where = [sql`true`]
  if (filter.key !== undefined) where.push(sql`${sql.ref(t.key)} = ${filter.key}`)
  if (filter.units) where.push(sql`unit_id = any(${[...filter.units]}::text[])`)
  if (filter.statuses) where.push(sql`status = any(${[...filter.statuses]}::text[])`)
  const rows = await sql<RawRow>`
    select ${columns(kind)} from ${sql.table(t.table)} r join org_units u on u.id = r.unit_id
    where ${sql.join(where, sql` and `)}
    order by ${kind === 'report' ? sql`left(period_id, 4) desc, length(period_id)` : sql`year desc`}, u.sort_order`.execute(db)
  return rows.rows.map(rowOf)
}

export async function readRow(db: Db, kind: Kind, key: string | number, unit: string, forUpdate = false): Promise<WorkflowRow | null> {
  const t = TABLES[kind]
  const rows = await sql<RawRow>`
    select ${columns(kind)} from ${sql.table(t.table)}
    where ${sql.ref(t.key)} = ${key} and unit_id = ${unit}${forUpdate ? sql` for update` : sql``}`.execute(db)
  const row = rows.rows[0]
  return row ? rowOf(row) : null
}

export async function readTransitions(db: Db, kind: Kind, key: string | number, unit: string): Promise<TransitionEntry[]> {
  const t = TABLES[kind]
  const rows = await sql<{ action: TransitionEntry['action']; at: Date | string; username: string; from_status: ReportStatus; to_status: ReportStatus; comment: string | null }>`
    select action, at, username, from_status, to_status, comment from ${sql.table(t.transitions)}
    where ${sql.ref(t.key)} = ${key} and unit_id = ${unit} order by version`.execute(db)
  return rows.rows.map((r) => ({ action: r.action, at: new Date(r.at).toISOString(), username: r.username, from: r.from_status, to: r.to_status, comment: r.comment }))
}

export interface Actor {
  readonly id: number
  readonly username: string
}

export type WriteResult =
  | { ok: true }
  | { ok: false; reason: 'conflict' }
  | { ok: false; reason: 'invalid_transition'; status: ReportStatus }
  | { ok: false; reason: 'period_not_ended' }
  | { ok: false; reason: 'data_incomplete' }
  | { ok: false; reason: 'missing'; field: string }

async function recordTransition(trx: Transaction<Schema>, kind: Kind, key: string | number, unit: string, version: number, action: TransitionEntry['action'], from: ReportStatus, to: ReportStatus, actor: Actor, at: string, comment: string | null): Promise<void> {
  const t = TABLES[kind]
  await sql`
    insert into ${sql.table(t.transitions)} (${sql.ref(t.key)}, unit_id, version, action, at, user_id, username, from_status, to_status, comment)
    values (${key}, ${unit}, ${version}, ${action}, ${at}, ${actor.id}, ${actor.username}, ${from}, ${to}, ${comment})`.execute(trx)
}

/**
 * Saves the body (narrative or targets) if the report or plan is still at `version` and may be
 * edited (not started, draft or returned); version 0 creates the draft.
 */
export async function saveBody(ctx: StoreContext, kind: Kind, key: string | number, unit: string, version: number, body: Narrative | PlanTargets, actor: Actor): Promise<WriteResult> {
  const t = TABLES[kind]
  const at = ctx.now().toISOString()
  const json = JSON.stringify(body)
  return ctx.db.transaction().execute(async (trx) => {
    const row = await readRow(trx, kind, key, unit, true)
    if (!row) {
      if (version !== 0) return { ok: false, reason: 'conflict' }
      const inserted = await sql`
        insert into ${sql.table(t.table)} (${sql.ref(t.key)}, unit_id, status, version, ${sql.ref(t.body)})
        values (${key}, ${unit}, 'draft', 1, ${json}::jsonb)
        on conflict do nothing returning unit_id`.execute(trx)
      if (inserted.rows.length === 0) return { ok: false, reason: 'conflict' }
      await recordTransition(trx, kind, key, unit, 1, 'created', 'not-started', 'draft', actor, at, null)
      return { ok: true }
    }
    if (row.version !== version) return { ok: false, reason: 'conflict' }
    if (row.status !== 'draft' && row.status !== 'returned') return { ok: false, reason: 'invalid_transition', status: row.status }
    const updated = await sql`
      update ${sql.table(t.table)} set ${sql.ref(t.body)} = ${json}::jsonb, version = version + 1
      where ${sql.ref(t.key)} = ${key} and unit_id = ${unit} and version = ${version} returning unit_id`.execute(trx)
    return updated.rows.length === 0 ? { ok: false, reason: 'conflict' } : { ok: true }
  })
}

const TARGET_OF: Record<Transition, WorkflowStatus> = { submit: 'submitted', approve: 'approved', return: 'returned', reopen: 'draft' }

/**
 * Takes a transition if the report or plan is still at `version` and its status allows it.
 * Submitting a report needs the period ended, the data covering it and a narrative of results,
 * and keeps its figures (the snapshot); a plan needs every target.
 */
export async function transition(ctx: StoreContext, kind: Kind, key: string | number, unit: string, version: number, action: Transition, comment: string | null, actor: Actor): Promise<WriteResult> {
  const t = TABLES[kind]
  const at = ctx.now().toISOString()
  return ctx.db.transaction().execute(async (trx) => {
    const row = await readRow(trx, kind, key, unit, true)
    const status: ReportStatus = row?.status ?? 'not-started'
    if ((row?.version ?? 0) !== version) return { ok: false, reason: 'conflict' }
    if (!row || !ALLOWED_TRANSITIONS[status].includes(action)) return { ok: false, reason: 'invalid_transition', status }
    const to = TARGET_OF[action]
    const set = [sql`status = ${to}`, sql`version = version + 1`]
    if (action === 'return') set.push(sql`return_comment = ${comment}`)
    else set.push(sql`return_comment = null`)
    if (kind === 'report') {
      const period = String(key) as ReportPeriodId
      if (action === 'submit') {
        if (today(ctx) <= lastDay(period)) return { ok: false, reason: 'period_not_ended' }
        const narrative = row.body as Narrative
        if (narrative.results.trim() === '') return { ok: false, reason: 'missing', field: 'narrative.results' }
        if (!(await coversPeriod(ctx, period, trx))) return { ok: false, reason: 'data_incomplete' }
        const figures = (await computeFigures(ctx, period, [unit], trx)).get(unit) ?? []
        set.push(sql`figures = ${JSON.stringify(figures)}::jsonb`, sql`figures_at = ${at}`, sql`submitted_at = coalesce(submitted_at, ${at}::timestamptz)`)
      } else if (action === 'approve') {
        set.push(sql`approved_at = ${at}`)
      } else {
        // Back to the unit (returned) or reopened: the figures are live again until the next submission.
        set.push(sql`figures = null`, sql`figures_at = null`, sql`approved_at = null`)
      }
    } else if (action === 'submit') {
      const targets = row.body as PlanTargets
      const missing = REPORT_METRICS.find((m) => targets[m] === null || targets[m] === undefined)
      if (missing) return { ok: false, reason: 'missing', field: `targets.${missing}` }
    }
    const updated = await sql`
      update ${sql.table(t.table)} set ${sql.join(set)}
      where ${sql.ref(t.key)} = ${key} and unit_id = ${unit} and version = ${version} returning unit_id`.execute(trx)
    if (updated.rows.length === 0) return { ok: false, reason: 'conflict' }
    await recordTransition(trx, kind, key, unit, version + 1, action, status, to, actor, at, comment)
    return { ok: true }
  })
}

/** The status of each unit's plan for a year (units without one: none in the map). */
export async function planStatuses(db: Db, year: number): Promise<Map<string, WorkflowStatus>> {
  const rows = await db.selectFrom('plans').select(['unit_id', 'status']).where('year', '=', year).execute()
  return new Map(rows.map((r) => [r.unit_id, r.status]))
}

// ---------------------------------------------------------------- completeness

/** A report that arrived: submitted (on time or late), approved, or returned after a submission. */
function arrived(e: CompletenessEntry): boolean {
  return e.status === 'approved' || e.status === 'submitted-on-time' || e.status === 'submitted-late' || e.status === 'returned'
}

export async function getCompleteness(ctx: StoreContext, period: Period): Promise<CompletenessResponse> {
  const [units, rows] = await Promise.all([unitsOfEra(ctx, period.era), listRows(ctx.db, 'report', { key: period.id })])
  const byUnit = new Map(rows.map((r) => [r.unit, r]))
  const pastDeadline = today(ctx) > period.deadline
  const items: CompletenessEntry[] = units.map(({ unit }) => {
    const row = byUnit.get(unit.id)
    const onTime = onTimeOf(row?.submittedAt ?? null, period.deadline)
    const status: CompletenessEntry['status'] =
      !row ? 'not-started' : row.status === 'submitted' ? (onTime ? 'submitted-on-time' : 'submitted-late') : row.status
    const waiting = status === 'not-started' || status === 'draft' || status === 'returned'
    return {
      unit: unit.id,
      status,
      overdue: waiting && pastDeadline,
      onTime,
      submittedAt: row?.submittedAt?.toISOString() ?? null,
      approvedAt: row?.approvedAt?.toISOString() ?? null,
      reportId: `${period.id}.${unit.id}`,
    }
  })
  const count = (test: (e: CompletenessEntry) => boolean) => items.filter(test).length
  return {
    period,
    counts: {
      units: items.length,
      submitted: count(arrived),
      approved: count((e) => e.status === 'approved'),
      onTime: count((e) => arrived(e) && e.onTime === true),
      late: count((e) => arrived(e) && e.onTime === false),
      draft: count((e) => e.status === 'draft'),
      returned: count((e) => e.status === 'returned'),
      notStarted: count((e) => e.status === 'not-started'),
      overdue: count((e) => e.overdue),
    },
    items,
  }
}

// ---------------------------------------------------------------- the lock

export interface Lock {
  period: ReportPeriodId
  unit: UnitId
  status: 'submitted' | 'approved'
}

/**
 * The submitted or approved report that locks a record of `unit` dated `date`, if any: the
 * unit's own report of a period containing the date, or (a former unit's record) its
 * successor's report of such a period (the year 2025). Inside a write's transaction, the
 * reports that could lock it are held (`for share`, whatever their status) until the write
 * commits: a submission of one of them waits for the write (and counts it), or the write waits
 * for the submission (and is refused).
 */
export async function findLock(db: Db, unit: string, date: string): Promise<Lock | null> {
  const year = date.slice(0, 4)
  const firstHalf = date.slice(5, 7) <= '06'
  const periods = firstHalf ? [year, `${year}-H1`] : [year]
  const rows = await sql<{ period_id: string; unit_id: string; status: WorkflowStatus }>`
    select r.period_id, r.unit_id, r.status from reports r
    where r.period_id = any(${periods}::text[])
      and (r.unit_id = ${unit} or r.unit_id = (select cw.current_id from crosswalk cw where cw.reported_id = ${unit}))
    order by (r.unit_id = ${unit}) desc, length(r.period_id) desc
    for share`.execute(db)
  const row = rows.rows.find((r) => r.status === 'submitted' || r.status === 'approved')
  return row ? { period: row.period_id as ReportPeriodId, unit: row.unit_id as UnitId, status: row.status as Lock['status'] } : null
}

// ---------------------------------------------------------------- plan progress

const NO_TARGETS: PlanTargets = { articles: null, meetings: null, awards: null, trainings: null, trainees: null }

function progressLine(metric: (typeof REPORT_METRICS)[number], value: number, target: number | null): PlanProgressMetric {
  return { metric, value, target, percentOfPlan: percentOfPlan(value, target) }
}

/**
 * A range's figures (its covered months, current boundaries for current units) against the
 * year's approved plans, for the units that make that year's plans (or those of `units`).
 */
export async function getPlanProgress(store: StoreContext, { from, to, units: asked }: { from: string; to: string; units?: readonly string[] | undefined }): Promise<PlanProgressResponse> {
  const year = Number(from.slice(0, 4))
  const era = yearEra(year)
  const scope = (await unitsOfEra(store, era)).map((u) => u.unit.id).filter((u) => !asked || asked.includes(u))
  const covered = coveredPart(await getCoverage(store), from, to)
  const [sums, rows] = await Promise.all([
    covered ? unitSums(store.db, era, monthIndex(covered.from), monthIndex(covered.to), scope) : Promise.resolve(new Map<string, MetricValues>()),
    listRows(store.db, 'plan', { key: year, units: scope }),
  ])
  const plans = new Map(rows.map((r) => [r.unit, r]))
  const approved = (unit: string) => {
    const row = plans.get(unit)
    return row?.status === 'approved' ? { ...NO_TARGETS, ...(row.body as Partial<PlanTargets>) } : null
  }
  const units = scope.map((unit) => {
    const targets = approved(unit)
    const values = sums.get(unit)
    return {
      unit,
      planStatus: plans.get(unit)?.status ?? ('not-started' as const),
      metrics: REPORT_METRICS.map((m) => progressLine(m, values?.[m] ?? 0, targets?.[m] ?? null)),
    }
  })
  const unitsWithoutPlan = scope.filter((u) => approved(u) === null)
  const total = REPORT_METRICS.map((m, i) => {
    const value = units.reduce((sum, u) => sum + (u.metrics[i]?.value ?? 0), 0)
    const targets = units.map((u) => u.metrics[i]?.target ?? null)
    const target = scope.length > 0 && unitsWithoutPlan.length === 0 && targets.every((t) => t !== null) ? targets.reduce<number>((s, t) => s + (t ?? 0), 0) : null
    return progressLine(m, value, target)
  })
  return { year, from, to, covered, complete: covered !== null && covered.from === from && covered.to === to, units, total, unitsWithoutPlan }
}

