/**
 * The API contract (v1) of the committees' work cycle: reporting periods, periodic reports
 * ("báo cáo định kỳ") with their workflow, completeness, and annual plans ("kế hoạch năm").
 * Shared by the app, the server and the tests; the server enforces every rule.
 *
 * Periods. A half-year `2026-H1` (January–June) and a year `2026`. Each has a deadline, by
 * default the 15th of the month after it ends (`2026-H1` → 2026-07-15, `2026` → 2027-01-15);
 * an admin can change it per period. A period's reports belong to the units that exist on its
 * last day: the 63 former units for periods ending before 2025-07-01 (up to `2025-H1`), the 34
 * current units from then on (`2025` included: its annual report is made by the current units,
 * on current boundaries, so their predecessors' first half counts). The national level (`tw`)
 * receives reports and makes none.
 *
 * Reports. One per unit and period, with a status:
 *   not-started → draft → submitted → approved
 *                           submitted → returned (with the admin's comment) → submitted …
 *   submitted | approved → (admin) reopen → draft
 * Every transition is recorded (who, when, comment). A report is created by its first save
 * (`PATCH` with `If-Match: "0"`). While not submitted its figures are computed live from the
 * records; submitting keeps them as submitted (a snapshot) even if records change later.
 * Submitting needs the period to have ended and the data to cover it.
 *
 * The lock. While a unit's report is submitted or approved, its records dated inside the
 * period cannot be created, changed, deleted or restored: the API answers 409 `period_locked`
 * naming the report. A former unit's records are also locked by its successor's report of a
 * period that spans them (the year 2025).
 *
 * "On time". A report is on time when it was first submitted on or before the deadline (a
 * return by the secretariat does not make it late); "overdue" is a report not submitted (not
 * started, draft or returned) after the deadline has passed.
 *
 * Plans. One per unit and year: a target per metric, entered by the unit's reporter and
 * approved by an admin with the same statuses and transitions as a report (no lock, no figures).
 * A percentage of plan is shown only against an approved plan, never invented.
 *
 * Writes: every `PATCH` and transition sends `If-Match: "<version>"` (428 without, 409
 * `conflict` with `current` when stale; a report or plan not started has version 0) and the
 * CSRF header. A reporter acts only on its own unit's reports and plans; viewers read only;
 * approve, return, reopen and deadlines are the admin's.
 *
 * Refusals (`error.code`): 403 `forbidden` (the role or unit); 404 `not_found`; 428
 * `precondition_required`; 409 `conflict` (with `current`, the report or plan as it is now),
 * `invalid_transition` (the status does not allow the action, a `PATCH` of a submitted or
 * approved one included), `period_not_ended`, `data_incomplete` (the data does not cover the
 * period); 400 `invalid_body` with `field`: `comment` (a return without one),
 * `narrative.results` (submitting without results), `targets.<metric>` (a plan submitted with a
 * target missing), or the body's field at fault. A record write in a locked period: 409
 * `period_locked` with `field: 'date'` and `report`, the id of the report that locks it.
 */
import * as z from 'zod/mini'
import { dateSchema, metricSchema, monthSchema, unitIdSchema, type Metric, type UnitId } from './schemas'

// ---------------------------------------------------------------- periods

/** A reporting period id: `2026-H1` (the first half-year) or `2026` (the year). */
export const reportPeriodIdSchema = z.string().check(z.regex(/^\d{4}(-H1)?$/))
export type ReportPeriodId = z.infer<typeof reportPeriodIdSchema>

export const REPORT_PERIOD_KINDS = ['half', 'year'] as const

export const periodSchema = z.object({
  id: reportPeriodIdSchema,
  kind: z.enum(REPORT_PERIOD_KINDS),
  year: z.number().check(z.int()),
  /** First and last month. */
  from: monthSchema,
  to: monthSchema,
  /** The last day a report is on time (Vietnam's date). */
  deadline: dateSchema,
  /** True when an admin set the deadline; false for the default. */
  deadlineCustom: z.boolean(),
  /** Whose reports: the 63 former units or the 34 current ones (see the top of this file). */
  era: z.enum(['former', 'current']),
  /** True once the period's last day has passed in Vietnam: only then can reports be submitted. */
  ended: z.boolean(),
})
export type Period = z.infer<typeof periodSchema>

/**
 * `GET /periods`: every period from `2018-H1` to those of the current year that have begun,
 * newest first (the year before its half: `2026`, `2026-H1`, `2025`, …).
 */
export const periodsResponseSchema = z.object({ items: z.array(periodSchema) })

/** `PATCH /periods/{id}` (admin): the new deadline. */
export const periodUpdateSchema = z.object({ deadline: dateSchema })

/** The default deadline: the 15th of the month after the period ends. */
export function defaultDeadline(period: ReportPeriodId): string {
  const year = Number(period.slice(0, 4))
  return period.endsWith('-H1') ? `${year}-07-15` : `${year + 1}-01-15`
}

/** The months of a period. */
export function periodMonths(period: ReportPeriodId): { from: string; to: string } {
  const year = period.slice(0, 4)
  return { from: `${year}-01`, to: period.endsWith('-H1') ? `${year}-06` : `${year}-12` }
}

/** The last day of a period (`2026-H1` → `2026-06-30`, `2026` → `2026-12-31`). */
export function periodLastDay(period: ReportPeriodId): string {
  return period.endsWith('-H1') ? `${period.slice(0, 4)}-06-30` : `${period.slice(0, 4)}-12-31`
}

/**
 * What is wrong with a deadline an admin sets, or null: it must be a real date after the
 * period's last day (a report cannot be due before the period it reports on has ended).
 */
export function deadlineProblem(period: ReportPeriodId, deadline: string): 'invalid' | 'not_after_period' | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(deadline)) return 'invalid'
  const at = new Date(`${deadline}T00:00:00Z`)
  if (Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== deadline) return 'invalid'
  return deadline <= periodLastDay(period) ? 'not_after_period' : null
}

// ---------------------------------------------------------------- workflow

export const REPORT_STATUSES = ['not-started', 'draft', 'submitted', 'returned', 'approved'] as const
export const reportStatusSchema = z.enum(REPORT_STATUSES)
export type ReportStatus = z.infer<typeof reportStatusSchema>

/** The transitions, each an explicit action: `POST /reports/{id}/{action}` (and `/plans/{id}/{action}`). */
export const TRANSITIONS = ['submit', 'approve', 'return', 'reopen'] as const
export type Transition = (typeof TRANSITIONS)[number]

/**
 * Which transitions each status allows, and who may take them. The server enforces this; the
 * app mirrors it to show only the buttons that can work. `return` needs a comment.
 */
export const ALLOWED_TRANSITIONS: Record<ReportStatus, readonly Transition[]> = {
  'not-started': [],
  draft: ['submit'],
  returned: ['submit'],
  submitted: ['approve', 'return', 'reopen'],
  approved: ['reopen'],
}
export const ADMIN_ONLY_TRANSITIONS: readonly Transition[] = ['approve', 'return', 'reopen']

/** The body of a transition. `comment` is required for `return` (1–2000 characters), optional otherwise. */
export const COMMENT_MAX_LENGTH = 2000
export const transitionRequestSchema = z.object({
  comment: z.optional(z.nullable(z.string().check(z.maxLength(COMMENT_MAX_LENGTH)))),
})

/** One transition or save of a report or plan, oldest first. */
export const transitionEntrySchema = z.object({
  action: z.enum(['created', ...TRANSITIONS]),
  /** ISO 8601 timestamp. */
  at: z.string(),
  username: z.string(),
  from: reportStatusSchema,
  to: reportStatusSchema,
  comment: z.nullable(z.string()),
})
export type TransitionEntry = z.infer<typeof transitionEntrySchema>

// ---------------------------------------------------------------- reports

/** A report id: the period, a dot, the unit: `2026-H1.c37`, `2025-H1.f35`, `2025.c37`. */
export const reportIdSchema = z.string().check(z.regex(/^\d{4}(-H1)?\.[fc]\d{2}$/))
export function reportId(period: ReportPeriodId, unit: UnitId): string {
  return `${period}.${unit}`
}

/** The metrics of a report and of a plan, in the order a report lists them. */
export const REPORT_METRICS = ['articles', 'meetings', 'awards', 'trainings', 'trainees'] as const satisfies readonly Metric[]

export const NARRATIVE_PARTS = ['results', 'shortcomings', 'proposals'] as const
export const NARRATIVE_MAX_LENGTH = 20_000
/** "Kết quả, hạn chế, đề xuất". Submitting needs `results`; the others may be empty. */
export const narrativeSchema = z.object({
  results: z.string().check(z.maxLength(NARRATIVE_MAX_LENGTH)),
  shortcomings: z.string().check(z.maxLength(NARRATIVE_MAX_LENGTH)),
  proposals: z.string().check(z.maxLength(NARRATIVE_MAX_LENGTH)),
})
export type Narrative = z.infer<typeof narrativeSchema>

/** One line of a report's table of figures. */
export const reportFigureSchema = z.object({
  metric: metricSchema,
  /** The unit's total for the period (current boundaries for current units). */
  value: z.number().check(z.nonnegative()),
  /** The same period one year earlier, on the same territory; null outside the data. */
  previous: z.nullable(z.number().check(z.nonnegative())),
  /** The year's target from the unit's approved plan; null without one (in a snapshot: as at the submission). */
  target: z.nullable(z.number().check(z.nonnegative())),
  /** `value / target × 100`, unrounded; null without an approved plan or with a zero target. */
  percentOfPlan: z.nullable(z.number().check(z.nonnegative())),
})
export type ReportFigure = z.infer<typeof reportFigureSchema>

export const reportSchema = z.object({
  id: reportIdSchema,
  period: reportPeriodIdSchema,
  unit: unitIdSchema,
  status: reportStatusSchema,
  /** 0 while not started; bumped by every save and transition. Sent as `ETag`. */
  version: z.number().check(z.int(), z.nonnegative()),
  narrative: narrativeSchema,
  /** One per metric of `REPORT_METRICS`, in that order. */
  figures: z.array(reportFigureSchema),
  /** False: computed now from the records (a preview); true: kept as submitted. */
  snapshot: z.boolean(),
  /** When the figures were computed (ISO 8601). */
  figuresAt: z.string(),
  /** The status of the unit's plan for the period's year (`not-started` without one). */
  planStatus: reportStatusSchema,
  deadline: dateSchema,
  /** First submission (ISO 8601), or null. */
  submittedAt: z.nullable(z.string()),
  /** Null until submitted; then whether the first submission was on or before the deadline. */
  onTime: z.nullable(z.boolean()),
  approvedAt: z.nullable(z.string()),
  /** The comment of the last return, while the report is returned; null otherwise. */
  returnComment: z.nullable(z.string()),
  /** True while the unit's records in the period are locked (submitted or approved). */
  locked: z.boolean(),
  /** Every save that created it and every transition, oldest first. */
  transitions: z.array(transitionEntrySchema),
})
export type Report = z.infer<typeof reportSchema>

/**
 * `GET /reports?period=&unit=&status=` (all optional; `unit` and `status` may be lists,
 * comma-separated): the reports that exist (not the not-started ones), newest period first,
 * then by unit. Items leave out the figures and transitions: `GET /reports/{id}` has them.
 */
export const reportListItemSchema = z.object({
  id: reportIdSchema,
  period: reportPeriodIdSchema,
  unit: unitIdSchema,
  status: reportStatusSchema,
  version: z.number().check(z.int(), z.nonnegative()),
  submittedAt: z.nullable(z.string()),
  onTime: z.nullable(z.boolean()),
  approvedAt: z.nullable(z.string()),
  locked: z.boolean(),
})
export type ReportListItem = z.infer<typeof reportListItemSchema>
export const reportsResponseSchema = z.object({ items: z.array(reportListItemSchema) })

/**
 * `PATCH /reports/{id}` (the unit's reporter or an admin, while not-started, draft or
 * returned): saves the narrative. With `If-Match: "0"` it creates the draft.
 */
export const reportUpdateSchema = z.object({ narrative: narrativeSchema })

// ---------------------------------------------------------------- completeness

/**
 * A unit's standing for a period, for the completeness screen. `submitted-on-time` and
 * `submitted-late` are submitted reports awaiting approval; `returned` ones wait for the unit.
 */
export const COMPLETENESS_STATUSES = ['approved', 'submitted-on-time', 'submitted-late', 'returned', 'draft', 'not-started'] as const
export const completenessStatusSchema = z.enum(COMPLETENESS_STATUSES)
export type CompletenessStatus = z.infer<typeof completenessStatusSchema>

export const completenessEntrySchema = z.object({
  unit: unitIdSchema,
  status: completenessStatusSchema,
  /** Not submitted (not started, draft or returned) and past the deadline. */
  overdue: z.boolean(),
  /** Null until submitted; then whether the first submission was on time. */
  onTime: z.nullable(z.boolean()),
  submittedAt: z.nullable(z.string()),
  approvedAt: z.nullable(z.string()),
  /** The report (`GET /reports/{id}`), existing or not yet started. */
  reportId: reportIdSchema,
})
export type CompletenessEntry = z.infer<typeof completenessEntrySchema>

/** `GET /completeness?period=2026-H1`: one entry per unit reporting in the period, by unit order. */
export const completenessResponseSchema = z.object({
  period: periodSchema,
  counts: z.object({
    /** The units that report in the period (63 or 34). */
    units: z.number().check(z.int()),
    /** Submitted, approved or returned after a submission: the reports that arrived. */
    submitted: z.number().check(z.int()),
    approved: z.number().check(z.int()),
    /** Of the reports that arrived (`submitted`), those first submitted on time, and late: `onTime + late = submitted`. */
    onTime: z.number().check(z.int()),
    late: z.number().check(z.int()),
    draft: z.number().check(z.int()),
    returned: z.number().check(z.int()),
    notStarted: z.number().check(z.int()),
    overdue: z.number().check(z.int()),
  }),
  items: z.array(completenessEntrySchema),
})
export type CompletenessResponse = z.infer<typeof completenessResponseSchema>

// ---------------------------------------------------------------- plans

/** A plan id: the year, a dot, the unit: `2026.c37`. */
export const planIdSchema = z.string().check(z.regex(/^\d{4}\.[fc]\d{2}$/))
export function planId(year: number, unit: UnitId): string {
  return `${year}.${unit}`
}

/** The largest target a plan accepts per metric (beyond: a typing mistake). */
export const PLAN_TARGET_MAX = 1_000_000
const targetSchema = z.nullable(z.number().check(z.int(), z.nonnegative(), z.lte(PLAN_TARGET_MAX)))
/** A target per metric; null where none is set yet (a plan cannot be submitted with one missing). */
export const planTargetsSchema = z.object({
  articles: targetSchema,
  meetings: targetSchema,
  awards: targetSchema,
  trainings: targetSchema,
  trainees: targetSchema,
})
export type PlanTargets = z.infer<typeof planTargetsSchema>

export const planSchema = z.object({
  id: planIdSchema,
  year: z.number().check(z.int()),
  unit: unitIdSchema,
  status: reportStatusSchema,
  version: z.number().check(z.int(), z.nonnegative()),
  targets: planTargetsSchema,
  returnComment: z.nullable(z.string()),
  transitions: z.array(transitionEntrySchema),
})
export type Plan = z.infer<typeof planSchema>

/** `GET /plans?year=&unit=&status=`: the plans that exist, by year (newest first) then unit. */
export const plansResponseSchema = z.object({ items: z.array(planSchema) })

/** `PATCH /plans/{id}` (the unit's reporter or an admin, while not-started, draft or returned). */
export const planUpdateSchema = z.object({ targets: planTargetsSchema })

/**
 * `GET /plan-progress?from=YYYY-MM&to=YYYY-MM&units=` (`from` and `to` in one year; 400
 * otherwise): the figures of the range against the year's approved plans, for the units that
 * make that year's plans (the 34 current units from 2025, the 63 former before), or those of
 * `units` among them. Values count the covered months of the range, on current boundaries for
 * current units.
 */
export const planProgressMetricSchema = z.object({
  metric: metricSchema,
  value: z.number().check(z.nonnegative()),
  /** Null without an approved plan (for the total: unless every unit in scope has one). */
  target: z.nullable(z.number().check(z.nonnegative())),
  percentOfPlan: z.nullable(z.number().check(z.nonnegative())),
})
export type PlanProgressMetric = z.infer<typeof planProgressMetricSchema>

export const planProgressResponseSchema = z.object({
  year: z.number().check(z.int()),
  from: monthSchema,
  to: monthSchema,
  /** The months of the range the data covers (what the values count); null when none. */
  covered: z.nullable(z.object({ from: monthSchema, to: monthSchema })),
  complete: z.boolean(),
  /** Per unit in scope, by unit order. */
  units: z.array(
    z.object({
      unit: unitIdSchema,
      planStatus: reportStatusSchema,
      metrics: z.array(planProgressMetricSchema),
    }),
  ),
  /** All units in scope together: a target only when every one has an approved plan. */
  total: z.array(planProgressMetricSchema),
  /** Units in scope without an approved plan for the year. */
  unitsWithoutPlan: z.array(unitIdSchema),
})
export type PlanProgressResponse = z.infer<typeof planProgressResponseSchema>

/** The percentage of plan, or null when there is no target to measure against. */
export function percentOfPlan(value: number, target: number | null): number | null {
  if (target === null || target <= 0) return null
  return (value / target) * 100
}
