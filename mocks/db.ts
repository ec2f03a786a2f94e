/**
 * The query engine of the mock API: pure functions over the generated records, with indexes
 * built once so that every request over the whole data set stays within a few milliseconds.
 * The handlers validate the parameters; this module trusts them.
 */
import {
  ACTIVITY_KINDS,
  ALL_CATEGORIES,
  CATEGORIES,
  METRICS,
  kindOfMetric,
  metricValue,
  type Activity,
  type ActivitiesResponse,
  type ActivityKind,
  type ActivitySort,
  type Boundary,
  type Granularity,
  type Metric,
  type MonthRange,
  type StatsParams,
  type StatsResponse,
  type StatsRow,
  type SummaryParams,
  type SummaryResponse,
  type UnitId,
} from '../src/lib/api/schemas'
import { addMonths, monthFromIndex, monthIndex, periodBounds, periodOf } from '../src/lib/periods'
import { foldText } from '../src/lib/text'
import { DATA_COVERAGE } from './data/calendar'
import { generateActivities } from './data/generate'
import { allUnits, currentUnitOf, unitsById } from '../server/reference/org-units'

/** `GET /activities` parameters once validated and defaulted. */
export interface ActivitiesQuery {
  metric?: Metric | undefined
  units?: UnitId[] | undefined
  from?: string | undefined
  to?: string | undefined
  category?: string | undefined
  q?: string | undefined
  sort: ActivitySort
  page: number
  pageSize: number
  boundary: Boundary
}

export interface MockDb {
  /** Every record, in generation order. */
  readonly records: readonly Activity[]
  stats(params: StatsParams): StatsResponse
  summary(params: SummaryParams): SummaryResponse
  activities(query: ActivitiesQuery): ActivitiesResponse
}

// ---------------------------------------------------------------------------------------------
// Indexes

interface Row {
  readonly activity: Activity
  readonly month: number
  /** `YYYYMMDD` as a number, for sorting by date. */
  readonly day: number
  readonly reported: UnitId
  readonly current: UnitId
  /**
   * The unit whose territory this record belongs to one year later, as reported: a former
   * unit's record from 2024-07 on counts, a year later, under the unit it became part of.
   */
  readonly reportedNextYear: UnitId
  readonly kindRank: number
  readonly categoryRank: number
  /** Position of the unit's name in Vietnamese alphabetical order. */
  readonly unitRank: number
  /** Position of the id in id order: the tie-breaker of every sort, so paging is stable. */
  idRank: number
  /** Folded title, unit name and category; built on the first search. */
  search: string
  /** Position in title order, computed on the first sort by title. */
  titleRank: number
}

/** Units in the order the API lists them: national, former by code, current by code. */
const UNIT_ORDER = new Map(allUnits.map((u, i) => [u.id, i]))
const UNIT_NAME_RANK = (() => {
  const collator = new Intl.Collator('vi')
  const sorted = allUnits.toSorted((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id))
  return new Map(sorted.map((u, i) => [u.id, i]))
})()
const CATEGORY_RANK = new Map<string, number>(ALL_CATEGORIES.map((c, i) => [c, i]))
const KIND_RANK = new Map<string, number>(ACTIVITY_KINDS.map((k, i) => [k, i]))

function buildRow(activity: Activity): Row {
  const unit = unitsById.get(activity.unit)
  if (!unit) throw new Error(`Record ${activity.id} has an unknown unit: ${activity.unit}`)
  const month = monthIndex(activity.date.slice(0, 7))
  const lastMonth = unit.validTo === null ? Infinity : monthIndex(unit.validTo.slice(0, 7))
  return {
    activity,
    month,
    day: Number(activity.date.slice(0, 4) + activity.date.slice(5, 7) + activity.date.slice(8, 10)),
    reported: activity.unit,
    current: currentUnitOf(activity.unit),
    reportedNextYear: month + 12 > lastMonth ? currentUnitOf(activity.unit) : activity.unit,
    kindRank: KIND_RANK.get(activity.kind) ?? 0,
    categoryRank: CATEGORY_RANK.get(activity.category) ?? ALL_CATEGORIES.length,
    unitRank: UNIT_NAME_RANK.get(activity.unit) ?? 0,
    idRank: 0,
    search: '',
    titleRank: 0,
  }
}

function lowerBound(rows: readonly Row[], month: number): number {
  let lo = 0
  let hi = rows.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((rows[mid] as Row).month < month) lo = mid + 1
    else hi = mid
  }
  return lo
}

function unitMatcher(units: readonly UnitId[] | undefined, boundary: Boundary): ((row: Row) => boolean) | null {
  if (!units || units.length === 0) return null
  const wanted = new Set(units)
  // A record matches on the unit that reported it, and in the current view also on the unit
  // it rolls up to (asking for Ninh Bình includes Hà Nam's 2019 records).
  return boundary === 'current'
    ? (row) => wanted.has(row.reported) || wanted.has(row.current)
    : (row) => wanted.has(row.reported)
}

/**
 * The matcher of last year's records for a comparison on the same territory: in the current
 * view as for this year; as reported, by the unit the record's territory belongs to a year
 * later (asking for Ninh Bình from 2025-07 compares with Hà Nam, Nam Định and Ninh Bình a year
 * earlier; asking for Hà Nam in 2025-01..06 compares with Hà Nam alone).
 */
function previousYearMatcher(units: readonly UnitId[] | undefined, boundary: Boundary): ((row: Row) => boolean) | null {
  if (boundary === 'current') return unitMatcher(units, boundary)
  if (!units || units.length === 0) return null
  const wanted = new Set(units)
  return (row) => wanted.has(row.reportedNextYear)
}

const COVERAGE_FROM = monthIndex(DATA_COVERAGE.from)
const COVERAGE_TO = monthIndex(DATA_COVERAGE.to)

/** The months of [from, to] inside the data coverage, or null when none is. */
function coveredPart(from: string, to: string): MonthRange | null {
  const f = Math.max(monthIndex(from), COVERAGE_FROM)
  const t = Math.min(monthIndex(to), COVERAGE_TO)
  return f <= t ? { from: monthFromIndex(f), to: monthFromIndex(t) } : null
}

/**
 * The months in which a unit's own figures exist in a view: a former unit until it was
 * replaced; a current unit from when it was formed as reported, always in the current view
 * (its former units roll up into it); the national level always.
 */
function ownMonths(unit: UnitId, boundary: Boundary): { from: number; to: number } {
  const u = unitsById.get(unit)
  if (!u) return { from: -Infinity, to: Infinity }
  const rolledUp = boundary === 'current' && u.era === 'current'
  return {
    from: u.validFrom === null || rolledUp ? -Infinity : monthIndex(u.validFrom.slice(0, 7)),
    to: u.validTo === null ? Infinity : monthIndex(u.validTo.slice(0, 7)),
  }
}

function groupKey(period: string | undefined, unit: UnitId | undefined, category: string | undefined): string {
  return `${period ?? ''}|${unit ?? ''}|${category ?? ''}`
}

function periodKeyCache(): (month: number, granularity: Granularity) => string {
  const cache = new Map<number, string>()
  return (month, granularity) => {
    const key = month * 4 + (granularity === 'year' ? 0 : granularity === 'half' ? 1 : granularity === 'quarter' ? 2 : 3)
    let value = cache.get(key)
    if (value === undefined) {
      const y = Math.floor(month / 12)
      const m = (month % 12) + 1
      value = periodOf(`${y}-${m < 10 ? '0' : ''}${m}`, granularity)
      cache.set(key, value)
    }
    return value
  }
}

const SORT_KEYS: Record<string, (row: Row) => number | null> = {
  date: (row) => row.day,
  unit: (row) => row.unitRank,
  metric: (row) => row.kindRank,
  category: (row) => row.categoryRank,
  title: (row) => row.titleRank,
  quantity: (row) => row.activity.quantity,
  participants: (row) => row.activity.participants,
}

/** Builds the engine over a set of records (the generated ones, or none for the empty scenario). */
export function createDb(records: readonly Activity[]): MockDb {
  const rows = records.map(buildRow)
  const idOrder = rows.toSorted((a, b) => (a.activity.id < b.activity.id ? -1 : a.activity.id > b.activity.id ? 1 : 0))
  idOrder.forEach((row, i) => (row.idRank = i))

  // Bucket the rows by day, in id order within a day: date order in linear time, where
  // comparison sorts of every row cost most of the start-up.
  const buckets = new Map<number, Row[]>()
  for (const row of idOrder) {
    const bucket = buckets.get(row.day)
    if (bucket) bucket.push(row)
    else buckets.set(row.day, [row])
  }
  const days = [...buckets.keys()].toSorted((a, b) => a - b)
  // Newest first and oldest first, both with ties by id, so date sorts need no sorting.
  const byDateAsc: Row[] = []
  for (const day of days) for (const row of buckets.get(day) ?? []) byDateAsc.push(row)
  const byDateDesc: Row[] = []
  for (let i = days.length - 1; i >= 0; i--) for (const row of buckets.get(days[i] ?? 0) ?? []) byDateDesc.push(row)
  // Date order is month order too: range queries are a binary search away.
  const byMonth = byDateAsc
  const byKind = new Map<ActivityKind, Row[]>(ACTIVITY_KINDS.map((k) => [k, []]))
  for (const row of byMonth) byKind.get(row.activity.kind)?.push(row)
  let searchReady = false
  let titleRanksReady = false
  const periodKey = periodKeyCache()

  function rangeOf(kind: ActivityKind | null, from: string | undefined, to: string | undefined): Row[] {
    const source = kind ? (byKind.get(kind) ?? []) : byMonth
    const lo = from ? lowerBound(source, monthIndex(from)) : 0
    const hi = to ? lowerBound(source, monthIndex(to) + 1) : source.length
    return source.slice(lo, hi)
  }

  function sumOf(metric: Metric, from: string, to: string, units: UnitId[] | undefined, boundary: Boundary): number {
    const matches = unitMatcher(units, boundary)
    let total = 0
    for (const row of rangeOf(kindOfMetric(metric), from, to)) {
      if (matches && !matches(row)) continue
      total += metricValue(row.activity, metric)
    }
    return total
  }

  function stats(params: StatsParams): StatsResponse {
    const { metric, from, to, by, boundary, compare } = params
    const granularity: Granularity = params.granularity ?? 'year'
    const matches = unitMatcher(params.units, boundary)
    const withPeriod = by.includes('period')
    const withUnit = by.includes('unit')
    const withCategory = by.includes('category')
    const covered = coveredPart(from, to)
    const groups = new Map<string, StatsRow>()
    const groupOf = (period: string | undefined, unit: UnitId | undefined, category: string | undefined): StatsRow => {
      const key = groupKey(period, unit, category)
      let group = groups.get(key)
      if (!group) {
        group = { value: 0 }
        if (period !== undefined) group.period = period
        if (unit !== undefined) group.unit = unit
        if (category !== undefined) group.category = category
        groups.set(key, group)
      }
      return group
    }
    let total = 0
    for (const row of rangeOf(kindOfMetric(metric), from, to)) {
      if (matches && !matches(row)) continue
      const value = metricValue(row.activity, metric)
      if (value === 0) continue
      total += value
      const group = groupOf(
        withPeriod ? periodKey(row.month, granularity) : undefined,
        withUnit ? (boundary === 'current' ? row.current : row.reported) : undefined,
        withCategory ? row.activity.category : undefined,
      )
      group.value += value
    }
    if (compare === 'previous-year' && covered) {
      // Last year's records of the covered months, grouped under this year's keys.
      const previousMatches = previousYearMatcher(params.units, boundary)
      const sums = new Map<string, number>()
      for (const row of rangeOf(kindOfMetric(metric), addMonths(covered.from, -12), addMonths(covered.to, -12))) {
        if (previousMatches && !previousMatches(row)) continue
        const value = metricValue(row.activity, metric)
        if (value === 0) continue
        const period = withPeriod ? periodKey(row.month + 12, granularity) : undefined
        const unit = withUnit ? (boundary === 'current' ? row.current : row.reportedNextYear) : undefined
        const category = withCategory ? row.activity.category : undefined
        groupOf(period, unit, category)
        const key = groupKey(period, unit, category)
        sums.set(key, (sums.get(key) ?? 0) + value)
      }
      for (const [key, group] of groups) {
        // The months this row compares: the covered months of its period and of its unit's existence.
        let first = monthIndex(covered.from)
        let last = monthIndex(covered.to)
        if (group.period !== undefined) {
          const bounds = periodBounds(group.period)
          first = Math.max(first, monthIndex(bounds.from))
          last = Math.min(last, monthIndex(bounds.to))
        }
        if (group.unit !== undefined) {
          const own = ownMonths(group.unit, boundary)
          first = Math.max(first, own.from)
          last = Math.min(last, own.to)
        }
        group.previous = first <= last && first - 12 >= COVERAGE_FROM ? (sums.get(key) ?? 0) : null
      }
    }
    const rowsOut = [...groups.values()].toSorted(
      (a, b) =>
        (a.period ?? '').localeCompare(b.period ?? '') ||
        (UNIT_ORDER.get(a.unit ?? '') ?? -1) - (UNIT_ORDER.get(b.unit ?? '') ?? -1) ||
        (CATEGORY_RANK.get(a.category ?? '') ?? -1) - (CATEGORY_RANK.get(b.category ?? '') ?? -1),
    )
    return {
      metric,
      from,
      to,
      granularity,
      by,
      boundary,
      ...(compare ? { compare } : {}),
      coverage: { ...DATA_COVERAGE },
      covered,
      complete: covered !== null && covered.from === from && covered.to === to,
      rows: rowsOut,
      total,
    } satisfies StatsResponse
  }

  function summary(params: SummaryParams): SummaryResponse {
    const { from, to, units, boundary } = params
    const covered = coveredPart(from, to)
    const previousFrom = covered ? addMonths(covered.from, -12) : null
    const previousTo = covered ? addMonths(covered.to, -12) : null
    // Like for like: a comparison only where last year's months are all known.
    const previousKnown = previousFrom !== null && monthIndex(previousFrom) >= COVERAGE_FROM
    const previousMatches = previousYearMatcher(units, boundary)
    const previousOf = (metric: Metric): number | null => {
      if (!previousKnown || previousFrom === null || previousTo === null) return null
      let sum = 0
      for (const row of rangeOf(kindOfMetric(metric), previousFrom, previousTo)) {
        if (previousMatches && !previousMatches(row)) continue
        sum += metricValue(row.activity, metric)
      }
      return sum
    }
    return {
      from,
      to,
      coverage: { ...DATA_COVERAGE },
      covered,
      previousFrom,
      previousTo,
      complete: covered !== null && covered.from === from && covered.to === to,
      metrics: METRICS.map((metric) => ({
        metric,
        value: covered ? sumOf(metric, covered.from, covered.to, units, boundary) : 0,
        previous: previousOf(metric),
      })),
    } satisfies SummaryResponse
  }

  function activities(query: ActivitiesQuery): ActivitiesResponse {
    const descending = query.sort.startsWith('-')
    const sortKey = descending ? query.sort.slice(1) : query.sort
    const kind = query.metric ? kindOfMetric(query.metric) : null
    const fromMonth = query.from ? monthIndex(query.from) : -Infinity
    const toMonth = query.to ? monthIndex(query.to) : Infinity
    const matches = unitMatcher(query.units, query.boundary)
    const needle = query.q ? foldText(query.q) : ''
    if (needle && !searchReady) {
      // Folding every record costs tens of milliseconds: paid by the first search, not at start.
      for (const row of rows) {
        const unitName = unitsById.get(row.reported)?.name ?? ''
        row.search = foldText(`${row.activity.title} ${unitName} ${row.activity.category}`)
      }
      searchReady = true
    }
    const byDate = sortKey === 'date'
    // Date sorts walk a presorted index; other sorts filter the month range, then sort.
    const source = byDate ? (descending ? byDateDesc : byDateAsc) : rangeOf(kind, query.from, query.to)
    const found: Row[] = []
    for (const row of source) {
      if (kind && row.activity.kind !== kind) continue
      if (row.month < fromMonth || row.month > toMonth) continue
      if (query.category && row.activity.category !== query.category) continue
      if (matches && !matches(row)) continue
      if (needle && !row.search.includes(needle)) continue
      found.push(row)
    }
    if (!byDate) {
      if (sortKey === 'title' && !titleRanksReady) {
        // Folded titles sort close to Vietnamese order at a fraction of a collator's cost;
        // ranking them once makes every later title sort a numeric one.
        const keyed = rows.map((row) => ({ row, key: foldText(row.activity.title) }))
        keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.row.idRank - b.row.idRank))
        keyed.forEach(({ row }, i) => (row.titleRank = i))
        titleRanksReady = true
      }
      const keyOf = SORT_KEYS[sortKey] ?? ((row: Row) => row.day)
      const sign = descending ? -1 : 1
      found.sort((a, b) => {
        const ka = keyOf(a)
        const kb = keyOf(b)
        // Missing values (participants not recorded) go last whichever the direction.
        if (ka === null || kb === null) return ka === kb ? a.idRank - b.idRank : ka === null ? 1 : -1
        if (ka !== kb) return (ka < kb ? -1 : 1) * sign
        return a.idRank - b.idRank
      })
    }
    const total = found.length
    const start = (query.page - 1) * query.pageSize
    return {
      items: found.slice(start, start + query.pageSize).map((row) => row.activity),
      total,
      page: query.page,
      pageSize: query.pageSize,
      pageCount: Math.ceil(total / query.pageSize),
    } satisfies ActivitiesResponse
  }

  return { records, stats, summary, activities }
}

let sharedDb: MockDb | undefined

/**
 * The engine over the generated data, built on first use so that importing the handlers
 * costs nothing until a request arrives.
 */
export function getDb(): MockDb {
  sharedDb ??= createDb(generateActivities())
  return sharedDb
}

let emptyDb: MockDb | undefined

/** An engine with no records, for the `empty` scenario. */
export function getEmptyDb(): MockDb {
  emptyDb ??= createDb([])
  return emptyDb
}

/** Categories a metric's records can carry (for validating `category`). */
export function categoriesOf(metric: Metric): readonly string[] {
  return CATEGORIES[kindOfMetric(metric)]
}
