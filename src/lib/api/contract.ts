/**
 * The API contract's fixed lists and rules, without a schema library: what the screens need to
 * draw the first view (metric names, categories, regions, the form of a unit id). The runtime
 * schemas in `schemas.ts` are built on these and re-export them; they load with the first
 * response the app reads, not before the first view.
 */

/** Metrics a committee reports. `trainees` counts people on the same records as `trainings`. */
export const METRICS = ['articles', 'meetings', 'awards', 'trainings', 'trainees'] as const

/** The kinds of record behind the metrics (trainees are carried on training records). */
export const ACTIVITY_KINDS = ['articles', 'meetings', 'awards', 'trainings'] as const

/** The breakdown categories of each kind of record. */
export const CATEGORIES = {
  articles: ['print', 'online', 'broadcast', 'social', 'foreign-language'],
  meetings: ['conference', 'seminar', 'roundtable', 'press-briefing'],
  awards: ['national', 'provincial'],
  trainings: ['spokespersons', 'officials', 'commune-border', 'journalists', 'reporters-lecturers'],
} as const satisfies Record<ActivityKind, readonly string[]>
export const ALL_CATEGORIES = [...new Set(Object.values(CATEGORIES).flat())] as const
export type Category = (typeof CATEGORIES)[ActivityKind][number]

/** The record kind a metric is counted on. */
export function kindOfMetric(metric: Metric): ActivityKind {
  return metric === 'trainees' ? 'trainings' : metric
}

export const FORMATS = ['in-person', 'online', 'hybrid'] as const

export const RECIPIENTS = ['collective', 'individual'] as const

export const GRANULARITIES = ['year', 'half', 'quarter', 'month'] as const

/**
 * `current`: every figure rolled up through the 2025 crosswalk to the 34 current units.
 * `reported`: figures under the unit that reported them (63 former units until 2025-06-30,
 * 34 current units from 2025-07-01).
 */
export const BOUNDARIES = ['current', 'reported'] as const

/** The date the reorganisation of Resolution 202/2025/QH15 took effect. */
export const REORGANISATION_DATE = '2025-07-01'

export const REGIONS = [
  'northern-midlands-mountains',
  'red-river-delta',
  'north-central-coast',
  'central-highlands',
  'southeast',
  'mekong-delta',
] as const

export const ERAS = ['former', 'current', 'national'] as const

export const STATS_DIMENSIONS = ['period', 'unit', 'category'] as const
/** `compare=previous-year`: each row also carries the same months one year earlier. */
export const STATS_COMPARISONS = ['previous-year'] as const
export const ACTIVITY_SORT_KEYS = ['date', 'unit', 'metric', 'category', 'title', 'quantity', 'participants'] as const
export const MAX_PAGE_SIZE = 500
export const HISTORY_ACTIONS = ['created', 'updated', 'deleted', 'restored'] as const

export type Metric = (typeof METRICS)[number]
export type ActivityKind = (typeof ACTIVITY_KINDS)[number]
export type Region = (typeof REGIONS)[number]

/**
 * A unit id: `tw` (the national level), `f` and two digits (a former unit), `c` and two digits
 * (a current unit). See `unitIdSchema`.
 */
export const UNIT_ID_PATTERN = /^(tw|[fc]\d{2})$/

/** Whether `id` has the form of a unit id (it may still name no unit). */
export function isUnitId(id: string): boolean {
  return UNIT_ID_PATTERN.test(id)
}
