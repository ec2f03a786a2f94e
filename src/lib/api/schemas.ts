/**
 * The API contract (v1), as runtime schemas with their inferred types.
 *
 * Shared by the app (every response is parsed with these) and by the mock handlers in
 * `mocks/` (which build their responses as these types), so a change to the contract breaks
 * the build or a test on both sides. A backend team can implement the API from this file. The
 * fixed lists they are built on are in `contract.ts`, which the screens import instead: the app
 * loads the schemas with the first response it reads (`response-schemas.ts`), not before its
 * first view.
 */
// zod/mini: the same schemas at about a quarter of the size of classic zod.
import * as z from 'zod/mini'
import {
  METRICS,
  ACTIVITY_KINDS,
  kindOfMetric,
  FORMATS,
  RECIPIENTS,
  GRANULARITIES,
  BOUNDARIES,
  REGIONS,
  ERAS,
  STATS_DIMENSIONS,
  STATS_COMPARISONS,
  ACTIVITY_SORT_KEYS,
  HISTORY_ACTIONS,
  UNIT_ID_PATTERN,
} from './contract'

export {
  METRICS,
  ACTIVITY_KINDS,
  CATEGORIES,
  ALL_CATEGORIES,
  kindOfMetric,
  FORMATS,
  RECIPIENTS,
  GRANULARITIES,
  BOUNDARIES,
  REORGANISATION_DATE,
  REGIONS,
  ERAS,
  STATS_DIMENSIONS,
  STATS_COMPARISONS,
  ACTIVITY_SORT_KEYS,
  MAX_PAGE_SIZE,
  HISTORY_ACTIONS,
  UNIT_ID_PATTERN,
  isUnitId,
} from './contract'
export type { Category } from './contract'

export const metricSchema = z.enum(METRICS)
export type Metric = z.infer<typeof metricSchema>

export const activityKindSchema = z.enum(ACTIVITY_KINDS)
export type ActivityKind = z.infer<typeof activityKindSchema>

export const formatSchema = z.enum(FORMATS)
export type Format = z.infer<typeof formatSchema>

export const recipientSchema = z.enum(RECIPIENTS)

export const granularitySchema = z.enum(GRANULARITIES)
export type Granularity = z.infer<typeof granularitySchema>

export const boundarySchema = z.enum(BOUNDARIES)
export type Boundary = z.infer<typeof boundarySchema>

/** A calendar month, `YYYY-MM`. */
export const monthSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/))
/** A calendar date, `YYYY-MM-DD`. */
export const dateSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/))
/** A period key: `2024`, `2024-H1`, `2024-Q3` or `2024-07`. */
export const periodKeySchema = z.string().check(z.regex(/^\d{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?$/))

export const regionSchema = z.enum(REGIONS)
export type Region = z.infer<typeof regionSchema>

/**
 * Unit identity includes the era, because a bare code is ambiguous (44 is Quảng Bình before
 * 2025-07-01 and Quảng Trị after): `f44` is the former unit, `c44` the current one, and `tw`
 * the national level (central bodies, "Trung ương").
 */
export const unitIdSchema = z.string().check(z.regex(UNIT_ID_PATTERN))
export type UnitId = z.infer<typeof unitIdSchema>

export const eraSchema = z.enum(ERAS)
export type Era = z.infer<typeof eraSchema>

export const orgUnitSchema = z.object({
  id: unitIdSchema,
  /** The official numeric code (QĐ 124/2004 for former units, QĐ 19/2025 for current ones). */
  code: z.string(),
  era: eraSchema,
  name: z.string(),
  nameAscii: z.string(),
  fullName: z.string(),
  kind: z.enum(['city', 'province', 'national']),
  region: z.nullable(regionSchema),
  /** `unchanged` and `merged` apply to current units; `former` units were replaced on 2025-07-01. */
  status: z.enum(['unchanged', 'merged', 'former', 'national']),
  /** First day the unit exists as such (null: before the data starts). */
  validFrom: z.nullable(dateSchema),
  /** Last day the unit exists as such (null: still exists). */
  validTo: z.nullable(dateSchema),
  /** For a former unit: the current unit it became part of. */
  successorId: z.nullable(unitIdSchema),
  /** For a current unit: the former units it was formed from (itself, for unchanged units). */
  predecessorIds: z.array(unitIdSchema),
  /** Tile-grid position of a current unit (row 0 = north, col 0 = west). */
  tile: z.nullable(z.object({ row: z.number().check(z.int()), col: z.number().check(z.int()) })),
  population: z.nullable(z.number()),
  areaKm2: z.nullable(z.number()),
  /**
   * A change of name while the unit existed (Thừa Thiên Huế became Thành phố Huế on
   * 2025-01-01): `name`/`fullName` above are the names before `date`. Absent when none.
   */
  renamed: z.optional(
    z.object({ date: dateSchema, name: z.string(), fullName: z.string(), kind: z.enum(['city', 'province']) }),
  ),
})
export type OrgUnit = z.infer<typeof orgUnitSchema>

export const orgUnitsResponseSchema = z.object({
  boundary: boundarySchema,
  /** The months covered by data: figures outside it are unknown, not zero. */
  coverage: z.object({ from: monthSchema, to: monthSchema }),
  units: z.array(orgUnitSchema),
})
export type OrgUnitsResponse = z.infer<typeof orgUnitsResponseSchema>

export const statsDimensionSchema = z.enum(STATS_DIMENSIONS)
export type StatsDimension = z.infer<typeof statsDimensionSchema>

export const statsComparisonSchema = z.enum(STATS_COMPARISONS)
export type StatsComparison = z.infer<typeof statsComparisonSchema>

/**
 * Query of `GET /stats`. `by` is one or more dimensions, comma-separated in the URL.
 * `granularity` only matters when `by` includes `period` (the API defaults it to `year`).
 */
export interface StatsParams {
  metric: Metric
  from: string
  to: string
  granularity?: Granularity
  by: StatsDimension[]
  units?: UnitId[]
  boundary: Boundary
  compare?: StatsComparison
}

/** A range of months, `from` and `to` included. */
export const monthRangeSchema = z.object({ from: monthSchema, to: monthSchema })
export type MonthRange = z.infer<typeof monthRangeSchema>

export const statsRowSchema = z.object({
  period: z.optional(periodKeySchema),
  unit: z.optional(unitIdSchema),
  category: z.optional(z.string()),
  value: z.number().check(z.nonnegative()),
  /**
   * With `compare=previous-year`: the same months one year earlier on the same territory (a
   * unit formed on 2025-07-01 is compared with the former units it was formed from; a former
   * unit's months stop at 2025-06). Only the months of the row that lie inside the coverage
   * are compared; null where one of their months a year earlier lies outside the coverage.
   */
  previous: z.optional(z.nullable(z.number().check(z.nonnegative()))),
})
export type StatsRow = z.infer<typeof statsRowSchema>

export const statsResponseSchema = z.object({
  metric: metricSchema,
  from: monthSchema,
  to: monthSchema,
  granularity: granularitySchema,
  by: z.array(statsDimensionSchema),
  boundary: boundarySchema,
  compare: z.optional(statsComparisonSchema),
  /** The months covered by data: figures outside it are unknown, not zero. */
  coverage: monthRangeSchema,
  /** The months of the range inside the coverage; null when none is. */
  covered: z.nullable(monthRangeSchema),
  /** False where any month of the range lies outside the coverage (the total counts only `covered`). */
  complete: z.boolean(),
  /**
   * Rows with a non-zero value (with `compare`: a non-zero value or previous value), sorted by
   * period, then unit, then category. Periods outside the coverage have no row: unknown, not zero.
   */
  rows: z.array(statsRowSchema),
  total: z.number().check(z.nonnegative()),
})
export type StatsResponse = z.infer<typeof statsResponseSchema>

export interface SummaryParams {
  from: string
  to: string
  units?: UnitId[]
  boundary: Boundary
}

export const summaryMetricSchema = z.object({
  metric: metricSchema,
  /** The total of the covered months of the range. */
  value: z.number().check(z.nonnegative()),
  /**
   * The covered months one year earlier (`previousFrom`..`previousTo`); null unless those
   * months lie wholly inside the coverage, so a change is always like for like.
   */
  previous: z.nullable(z.number().check(z.nonnegative())),
})
export type SummaryMetric = z.infer<typeof summaryMetricSchema>

export const summaryResponseSchema = z.object({
  from: monthSchema,
  to: monthSchema,
  /** The months covered by data. */
  coverage: monthRangeSchema,
  /** The months of the range inside the coverage: what `value` counts. Null when none is. */
  covered: z.nullable(monthRangeSchema),
  /** `covered` one year earlier: what `previous` counts. Null when `covered` is. */
  previousFrom: z.nullable(monthSchema),
  previousTo: z.nullable(monthSchema),
  /** False where any month of the range lies outside the data coverage. */
  complete: z.boolean(),
  metrics: z.array(summaryMetricSchema),
})
export type SummaryResponse = z.infer<typeof summaryResponseSchema>

export const activitySortKeySchema = z.enum(ACTIVITY_SORT_KEYS)
export type ActivitySortKey = z.infer<typeof activitySortKeySchema>
/** A sort: a key, `-` in front for descending (`-date`). */
export type ActivitySort = ActivitySortKey | `-${ActivitySortKey}`

export interface ActivitiesParams {
  metric?: Metric
  units?: UnitId[]
  from?: string
  to?: string
  category?: string
  q?: string
  sort?: ActivitySort
  page?: number
  pageSize?: number
  boundary?: Boundary
}

export const activitySchema = z.object({
  id: z.string(),
  date: dateSchema,
  /** The unit as reported (a former unit before 2025-07-01). */
  unit: unitIdSchema,
  kind: activityKindSchema,
  category: z.string(),
  title: z.string(),
  /** Articles: items published; meetings, trainings: 1; awards: awards given. */
  quantity: z.number().check(z.int(), z.nonnegative()),
  /** Meetings: attendees; trainings: trainees; null where not recorded. */
  participants: z.nullable(z.number().check(z.int(), z.nonnegative())),
  format: z.nullable(formatSchema),
  recipient: z.nullable(recipientSchema),
  /** Where a real, dated event comes from (a published report). */
  source: z.nullable(z.object({ title: z.string(), url: z.nullable(z.string()) })),
  /**
   * Bumped by every change. Responses for one record carry it as `ETag: "<version>"`; `PATCH`
   * and `DELETE` must send it back in `If-Match` (428 without, 409 with the current record when
   * it is stale), so nothing is overwritten silently.
   */
  version: z.number().check(z.int(), z.positive()),
})
export type Activity = z.infer<typeof activitySchema>

/** One change of a record (`GET /activities/{id}/history`, oldest first): who, when, before and after. */
export const historyEntrySchema = z.object({
  action: z.enum(HISTORY_ACTIONS),
  /** ISO 8601 timestamp. */
  at: z.string(),
  username: z.string(),
  /** The version the change produced. */
  version: z.number().check(z.int(), z.positive()),
  before: z.nullable(activitySchema),
  after: z.nullable(activitySchema),
})
export type HistoryEntry = z.infer<typeof historyEntrySchema>
export const historyResponseSchema = z.object({
  id: z.string(),
  /** True while the record is deleted (an admin can restore it: `POST /activities/{id}/restore`). */
  deleted: z.boolean(),
  items: z.array(historyEntrySchema),
})
export type HistoryResponse = z.infer<typeof historyResponseSchema>

/** `GET /activities/deleted` (admin): records deleted and not restored, newest deletion first. */
export const deletedActivitiesResponseSchema = z.object({
  items: z.array(z.object({ activity: activitySchema, deletedAt: z.string(), deletedBy: z.string() })),
})

export const activitiesResponseSchema = z.object({
  items: z.array(activitySchema),
  total: z.number().check(z.int(), z.nonnegative()),
  page: z.number().check(z.int(), z.positive()),
  pageSize: z.number().check(z.int(), z.positive()),
  pageCount: z.number().check(z.int(), z.nonnegative()),
})
export type ActivitiesResponse = z.infer<typeof activitiesResponseSchema>

export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** The (first) field at fault. */
    field: z.optional(z.string()),
    /** Every field at fault, on a 400 for a record (codes of `activity-input.ts`). */
    fields: z.optional(
      z.array(z.object({ field: z.string(), code: z.string(), limit: z.optional(z.union([z.number(), z.string()])) })),
    ),
    /** On a 409 `period_locked`: the id of the submitted or approved report that locks the period (`2026-H1.c37`). */
    report: z.optional(z.string()),
  }),
  /** On a 409: the record as it is now. */
  current: z.optional(z.unknown()),
})
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>

/** What one record contributes to a metric (records of another kind contribute nothing). */
export function metricValue(activity: Pick<Activity, 'kind' | 'quantity' | 'participants'>, metric: Metric): number {
  if (activity.kind !== kindOfMetric(metric)) return 0
  return metric === 'trainees' ? (activity.participants ?? 0) : activity.quantity
}

/** A record as data is generated or imported, before the database gives it a version. */
export type ActivityData = Omit<Activity, 'version'>
