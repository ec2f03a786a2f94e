/**
 * The explorer's own URL parameters (metric, category, q, sort, page, pageSize): parsed into a
 * typed state with defaults, every unusable value replaced and reported (never thrown, never
 * sent to the API as it is), and turned into the `GET /activities` query with the filters.
 */
import { CATEGORIES, METRICS, kindOfMetric } from '../../../lib/api/contract'
import type { Metric } from '../../../lib/api/schemas'
import type { FilterIssue, Filters } from '../../../filters/filters'
import { combineScreenParams, listedParam, type ScreenParams } from '../../../filters/screen-params'
import { recordsListParams, recordsQuery, type RecordsListState, type RecordsQuery } from '../../../records/lib/records-query'

export interface ExplorerState extends RecordsListState {
  /** One metric, or null for every kind of record. */
  metric: Metric | null
  /** A category of the chosen metric's records, or null for all. */
  category: string | null
}

/** The categories of a metric's records (trainees are counted on training records). */
export function categoriesOfMetric(metric: Metric): readonly string[] {
  return CATEGORIES[kindOfMetric(metric)]
}

/** `metric` (null: every metric) and `category` (a category of the chosen metric). */
const metricAndCategory: ScreenParams<{ metric: Metric | null; category: string | null }> = {
  keys: ['metric', 'category'],
  parse: (params) => {
    const issues: FilterIssue[] = []
    const metric = listedParam(params, 'metric', METRICS, issues)
    let category: string | null = null
    const raw = params.get('category')
    if (raw !== null && raw !== '') {
      if (metric === null) issues.push({ param: 'category', value: raw, reason: 'category-needs-metric' })
      else if (categoriesOfMetric(metric).includes(raw)) category = raw
      else issues.push({ param: 'category', value: raw, reason: 'unknown-category' })
    }
    return { state: { metric, category }, issues }
  },
  patch: (change) => {
    const patch: Record<string, string | null> = {}
    if ('metric' in change) patch.metric = change.metric ?? null
    if ('category' in change) patch.category = change.category ?? null
    return patch
  },
}

/** The explorer's parameters. */
export const explorerParams: ScreenParams<ExplorerState> = combineScreenParams(metricAndCategory, recordsListParams())

/** The `GET /activities` query of the explorer: its own state within the global filters. */
export function explorerQuery(state: ExplorerState, filters: Pick<Filters, 'from' | 'to' | 'units' | 'boundary'>): RecordsQuery {
  const query = recordsQuery(filters, state)
  if (state.metric) query.metric = state.metric
  if (state.category) query.category = state.category
  return query
}
