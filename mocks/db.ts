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
  type StatsParams,
  type StatsResponse,
  type StatsRow,
  type SummaryParams,
  type SummaryResponse,
  type UnitId,
} from '../src/lib/api/schemas'
import { addMonths, monthIndex, periodOf } from '../src/lib/periods'
import { DATA_COVERAGE, generateActivities } from './data/generate'
import { allUnits, currentUnitOf, unitsById } from './data/org-units'

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
// Search folding

const foldedChars = new Map<number, string>()

function foldChar(code: number): string {
  let folded = foldedChars.get(code)
  if (folded === undefined) {
    folded = String.fromCharCode(code)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
    foldedChars.set(code, folded)
  }
  return folded
}

/**
 * Folds text for diacritic- and case-insensitive search: "Quảng Ninh", "QUẢNG NINH" and
 * "quang ninh" all become "quang ninh"; đ/Đ become d (NFD does not decompose them); runs of
 * whitespace become one space. Runs of plain lowercase ASCII are copied as they are and other
 * characters folded once and cached: three times faster than normalising every title.
 */
export function foldForSearch(text: string): string {
  let out = ''
  let start = 0
  // Whether whitespace needs tidying: a leading, trailing or doubled space, or another kind.
  let messy = text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) continue
    if (code === 32) {
      if (text.charCodeAt(i + 1) === 32) messy = true
      continue
    }
    if (i > start) out += text.slice(start, i)
    start = i + 1
    if (code >= 65 && code <= 90) {
      out += String.fromCharCode(code + 32)
    } else {
      if (code < 32 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000 || code === 0xfeff) messy = true
      out += foldChar(code)
    }
  }
  if (start < text.length) out += text.slice(start)
  return messy ? out.replace(/[\s\u200b\ufeff]+/g, ' ').trim() : out
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
  readonly kindRank: number
  readonly categoryRank: number
  /** Position of the unit's name in Vietnamese alphabetical order. */
  readonly unitRank: number
  /** Position of the id in id order: the tie-breaker of every sort, so paging is stable. */
  idRank: number
  readonly search: string
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
  return {
    activity,
    month: monthIndex(activity.date.slice(0, 7)),
    day: Number(activity.date.slice(0, 4) + activity.date.slice(5, 7) + activity.date.slice(8, 10)),
    reported: activity.unit,
    current: currentUnitOf(activity.unit),
    kindRank: KIND_RANK.get(activity.kind) ?? 0,
    categoryRank: CATEGORY_RANK.get(activity.category) ?? ALL_CATEGORIES.length,
    unitRank: UNIT_NAME_RANK.get(activity.unit) ?? 0,
    idRank: 0,
    search: foldForSearch(`${activity.title} ${unit.name} ${activity.category}`),
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

  // Sorted by month (ties by id): range queries are a binary search away.
  const byMonth = rows.toSorted((a, b) => a.month - b.month || a.idRank - b.idRank)
  const byKind = new Map<ActivityKind, Row[]>(ACTIVITY_KINDS.map((k) => [k, byMonth.filter((r) => r.activity.kind === k)]))
  // The default sort (newest first) and its reverse, so most pages need no sorting at all.
  const byDateAsc = rows.toSorted((a, b) => a.day - b.day || a.idRank - b.idRank)
  const byDateDesc = rows.toSorted((a, b) => b.day - a.day || a.idRank - b.idRank)
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
    const { metric, from, to, granularity, by, boundary } = params
    const matches = unitMatcher(params.units, boundary)
    const withPeriod = by.includes('period')
    const withUnit = by.includes('unit')
    const withCategory = by.includes('category')
    const groups = new Map<string, StatsRow>()
    let total = 0
    for (const row of rangeOf(kindOfMetric(metric), from, to)) {
      if (matches && !matches(row)) continue
      const value = metricValue(row.activity, metric)
      if (value === 0) continue
      total += value
      const period = withPeriod ? periodKey(row.month, granularity) : undefined
      const unit = withUnit ? (boundary === 'current' ? row.current : row.reported) : undefined
      const category = withCategory ? row.activity.category : undefined
      const key = `${period ?? ''}|${unit ?? ''}|${category ?? ''}`
      const group = groups.get(key)
      if (group) {
        group.value += value
      } else {
        const fresh: StatsRow = { value }
        if (period !== undefined) fresh.period = period
        if (unit !== undefined) fresh.unit = unit
        if (category !== undefined) fresh.category = category
        groups.set(key, fresh)
      }
    }
    const rowsOut = [...groups.values()].toSorted(
      (a, b) =>
        (a.period ?? '').localeCompare(b.period ?? '') ||
        (UNIT_ORDER.get(a.unit ?? '') ?? -1) - (UNIT_ORDER.get(b.unit ?? '') ?? -1) ||
        (CATEGORY_RANK.get(a.category ?? '') ?? -1) - (CATEGORY_RANK.get(b.category ?? '') ?? -1),
    )
    return { metric, from, to, granularity, by, boundary, rows: rowsOut, total } satisfies StatsResponse
  }

  function summary(params: SummaryParams): SummaryResponse {
    const { from, to, units, boundary } = params
    const previousFrom = addMonths(from, -12)
    const previousTo = addMonths(to, -12)
    const coverageFrom = monthIndex(DATA_COVERAGE.from)
    const coverageTo = monthIndex(DATA_COVERAGE.to)
    const previousKnown = monthIndex(previousTo) >= coverageFrom && monthIndex(previousFrom) <= coverageTo
    return {
      from,
      to,
      previousFrom,
      previousTo,
      complete: monthIndex(from) >= coverageFrom && monthIndex(to) <= coverageTo,
      metrics: METRICS.map((metric) => ({
        metric,
        value: sumOf(metric, from, to, units, boundary),
        previous: previousKnown ? sumOf(metric, previousFrom, previousTo, units, boundary) : null,
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
    const needle = query.q ? foldForSearch(query.q) : ''
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
        const keyed = rows.map((row) => ({ row, key: foldForSearch(row.activity.title) }))
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
