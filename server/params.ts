/**
 * Parsing and validation of the API's query parameters. Every refusal names the
 * parameter and the bad value in plain English, so a developer (or the UI's error state)
 * can tell what to fix.
 */
import {
  ACTIVITY_SORT_KEYS,
  ALL_CATEGORIES,
  CATEGORIES,
  BOUNDARIES,
  GRANULARITIES,
  MAX_PAGE_SIZE,
  METRICS,
  STATS_COMPARISONS,
  STATS_DIMENSIONS,
  type ActivitySort,
  type Boundary,
  type Granularity,
  type Metric,
  type StatsComparison,
  type StatsDimension,
  type StatsParams,
  type SummaryParams,
  type UnitId,
  kindOfMetric,
} from '../src/lib/api/schemas'
import { isMonth, monthIndex } from '../src/lib/periods'
import { unitsById } from './reference/org-units'
import type { ActivitiesQuery } from './store/activities'

/** A parameter the API refuses; answered with 400 `invalid_parameter`. */
export class ParamError extends Error {
  readonly field: string
  constructor(field: string, message: string) {
    super(message)
    this.name = 'ParamError'
    this.field = field
  }
}

const DEFAULT_PAGE_SIZE = 50

/**
 * Refuses a parameter given more than once (`units=c37&units=c44`): answering with the first
 * one would give a client that sends arrays as repeated keys wrong figures without a word.
 * Lists are one parameter, comma-separated.
 */
export function rejectRepeated(search: URLSearchParams): void {
  const seen = new Set<string>()
  for (const name of search.keys()) {
    if (seen.has(name)) {
      const count = search.getAll(name).length
      throw new ParamError(
        name,
        `Parameter "${name}" is given ${count} times; give it once (a list is one value, comma-separated: ${name}=a,b).`,
      )
    }
    seen.add(name)
  }
}

/** The value of a parameter, with an empty value treated as absent (`?units=` means none). */
function optional(search: URLSearchParams, name: string): string | undefined {
  const value = search.get(name)?.trim()
  return value ? value : undefined
}

function required(search: URLSearchParams, name: string): string {
  const value = optional(search, name)
  if (value === undefined) throw new ParamError(name, `Missing required parameter "${name}".`)
  return value
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], what = name): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new ParamError(name, `Unknown ${what} "${value}" in "${name}": expected one of ${allowed.join(', ')}.`)
}

function month(name: string, value: string): string {
  if (!isMonth(value)) throw new ParamError(name, `Parameter "${name}" must be a month written YYYY-MM (e.g. 2024-07), got "${value}".`)
  return value
}

function monthRange(from: string | undefined, to: string | undefined): void {
  if (from && to && monthIndex(from) > monthIndex(to)) {
    throw new ParamError('from', `Parameter "from" (${from}) is after "to" (${to}).`)
  }
}

function boundary(search: URLSearchParams): Boundary {
  const value = optional(search, 'boundary')
  return value === undefined ? 'current' : oneOf('boundary', value, BOUNDARIES)
}

function units(search: URLSearchParams): UnitId[] | undefined {
  const value = optional(search, 'units')
  if (value === undefined) return undefined
  const ids = [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))]
  for (const id of ids) {
    if (!unitsById.has(id)) {
      const hint = /^\d{2}$/.test(id) ? ` Unit ids carry their era: f${id} (former unit) or c${id} (current unit).` : ' Use ids such as f22, c37 or tw.'
      throw new ParamError('units', `Unknown unit "${id}" in "units".${hint}`)
    }
  }
  return ids.length > 0 ? ids : undefined
}

function positiveInteger(name: string, value: string | undefined, fallback: number, max?: number): number {
  if (value === undefined) return fallback
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isSafeInteger(n) || n < 1 || (max !== undefined && n > max)) {
    const range = max === undefined ? 'a whole number of at least 1' : `a whole number from 1 to ${max}`
    throw new ParamError(name, `Parameter "${name}" must be ${range}, got "${value}".`)
  }
  return n
}

/** `GET /stats`: metric, from and to are required; granularity `year`, by `period`, boundary `current` by default. */
export function parseStatsParams(search: URLSearchParams): StatsParams {
  const metric = oneOf<Metric>('metric', required(search, 'metric'), METRICS)
  const from = month('from', required(search, 'from'))
  const to = month('to', required(search, 'to'))
  monthRange(from, to)
  const granularityValue = optional(search, 'granularity')
  const granularity: Granularity = granularityValue === undefined ? 'year' : oneOf('granularity', granularityValue, GRANULARITIES)
  const byValue = optional(search, 'by')
  const by: StatsDimension[] = byValue === undefined
    ? ['period']
    : [...new Set(byValue.split(',').map((s) => s.trim()).filter(Boolean))].map((d) => oneOf('by', d, STATS_DIMENSIONS, 'dimension'))
  if (by.length === 0) by.push('period')
  const unitIds = units(search)
  const compareValue = optional(search, 'compare')
  const compare = compareValue === undefined ? undefined : oneOf<StatsComparison>('compare', compareValue, STATS_COMPARISONS, 'comparison')
  return {
    metric,
    from,
    to,
    granularity,
    by,
    boundary: boundary(search),
    ...(unitIds ? { units: unitIds } : {}),
    ...(compare ? { compare } : {}),
  }
}

/** `GET /summary`: from and to are required. */
export function parseSummaryParams(search: URLSearchParams): SummaryParams {
  const from = month('from', required(search, 'from'))
  const to = month('to', required(search, 'to'))
  monthRange(from, to)
  const unitIds = units(search)
  return { from, to, boundary: boundary(search), ...(unitIds ? { units: unitIds } : {}) }
}

/** `GET /activities`: every parameter optional; newest first, 50 a page by default. */
export function parseActivitiesParams(search: URLSearchParams): ActivitiesQuery {
  const metricValue = optional(search, 'metric')
  const metric = metricValue === undefined ? undefined : oneOf<Metric>('metric', metricValue, METRICS)
  const fromValue = optional(search, 'from')
  const toValue = optional(search, 'to')
  const from = fromValue === undefined ? undefined : month('from', fromValue)
  const to = toValue === undefined ? undefined : month('to', toValue)
  monthRange(from, to)
  const category = optional(search, 'category')
  if (category !== undefined) {
    const allowed: readonly string[] = metric ? CATEGORIES[kindOfMetric(metric)] : ALL_CATEGORIES
    if (!allowed.includes(category)) {
      const scope = metric ? ` for metric "${metric}"` : ''
      throw new ParamError('category', `Unknown category "${category}"${scope}: expected one of ${allowed.join(', ')}.`)
    }
  }
  const sortValue = optional(search, 'sort')
  let sort: ActivitySort = '-date'
  if (sortValue !== undefined) {
    const key = sortValue.startsWith('-') ? sortValue.slice(1) : sortValue
    if (!(ACTIVITY_SORT_KEYS as readonly string[]).includes(key)) {
      throw new ParamError('sort', `Unknown sort "${sortValue}": expected one of ${ACTIVITY_SORT_KEYS.join(', ')}, with "-" in front for descending.`)
    }
    sort = sortValue as ActivitySort
  }
  return {
    metric,
    units: units(search),
    from,
    to,
    category,
    q: optional(search, 'q'),
    sort,
    page: positiveInteger('page', optional(search, 'page'), 1),
    pageSize: positiveInteger('pageSize', optional(search, 'pageSize'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    boundary: boundary(search),
  }
}

/** `GET /org-units`: the boundary view, `current` by default. */
export function parseOrgUnitsParams(search: URLSearchParams): { boundary: Boundary } {
  return { boundary: boundary(search) }
}
