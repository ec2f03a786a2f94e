/**
 * `GET /stats` and `GET /summary`: aggregation in SQL over the records joined to the 2025
 * crosswalk; only the comparison rule (which months of a row compare like with like) is
 * worked out here, over the aggregated rows.
 */
import { sql, type RawBuilder } from 'kysely'
import {
  METRICS,
  ALL_CATEGORIES,
  kindOfMetric,
  type Granularity,
  type Metric,
  type StatsParams,
  type StatsResponse,
  type StatsRow,
  type SummaryParams,
  type SummaryResponse,
} from '../../src/lib/api/schemas'
import { addMonths, monthIndex, periodBounds } from '../../src/lib/periods'
import { REPORTED_NEXT_YEAR, coveredPart, getCoverage, previousYearFilter, unitFilter, type StoreContext, type UnitInfo } from './context'

/**
 * The period of a month index as an integer, in SQL (grouping on integers is much cheaper than
 * on built strings): years, halves, quarters or months since year 0. `periodLabel` names it.
 */
function periodSql(month: RawBuilder<number>, granularity: Granularity): RawBuilder<number> {
  return sql<number>`(${month}) / ${sql.lit(MONTHS_PER[granularity])}`
}

const MONTHS_PER: Record<Granularity, number> = { year: 12, half: 6, quarter: 3, month: 1 }

/** The period key (`2024`, `2024-H1`, `2024-Q3`, `2024-07`) of a period index of `periodSql`. */
function periodLabel(index: number, granularity: Granularity): string {
  const month = index * MONTHS_PER[granularity]
  const year = Math.floor(month / 12)
  const m = month % 12
  switch (granularity) {
    case 'year':
      return String(year)
    case 'half':
      return `${year}-H${m / 6 + 1}`
    case 'quarter':
      return `${year}-Q${m / 3 + 1}`
    case 'month':
      return `${year}-${String(m + 1).padStart(2, '0')}`
  }
}

/**
 * What a row adds to a metric, as an integer: the monthly sums are stored as bigint, whose sum
 * PostgreSQL makes a numeric (several times slower to add up); a month's sum fits an integer.
 */
function valueSql(metric: Metric): RawBuilder<number> {
  return metric === 'trainees' ? sql<number>`coalesce(a.participants, 0)::integer` : sql<number>`a.quantity::integer`
}

/**
 * Runs a grouping query and reads its rows back as one JSON value: PGlite hands over thousands
 * of rows several times slower than PostgreSQL builds and JSON.parse reads one array of them.
 */
async function groupRows(ctx: StoreContext, query: RawBuilder<GroupRow>): Promise<GroupRow[]> {
  const result = await sql<{ rows: Array<[number | null, string | null, string | null, number]> | string }>`
    select coalesce(json_agg(json_build_array(t.period, t.unit, t.category, t.value)), '[]'::json) as rows
    from (${query}) t`.execute(ctx.db)
  const raw = result.rows[0]?.rows ?? []
  const rows = typeof raw === 'string' ? (JSON.parse(raw) as Array<[number | null, string | null, string | null, number]>) : raw
  return rows.map(([period, unit, category, value]) => ({ period, unit, category, value }))
}

interface GroupRow {
  period: number | null
  unit: string | null
  category: string | null
  value: number
}

/** Period keys are ASCII and sort as written ('2024-Q2' < '2024-Q3' < '2025-Q1'): no collator needed. */
function byPeriod(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

const CATEGORY_RANK = new Map<string, number>(ALL_CATEGORIES.map((c, i) => [c, i]))

function key(period: string | null | undefined, unit: string | null | undefined, category: string | null | undefined): string {
  return `${period ?? ''}|${unit ?? ''}|${category ?? ''}`
}

/**
 * The months in which a unit's own figures exist in a view: a former unit until it was
 * replaced; a current unit from when it was formed as reported, always in the current view
 * (its former units roll up into it); the national level always.
 */
function ownMonths(info: UnitInfo | undefined, boundary: StatsParams['boundary']): { from: number; to: number } {
  if (!info) return { from: -Infinity, to: Infinity }
  const rolledUp = boundary === 'current' && info.unit.era === 'current'
  return {
    from: info.validFromMonth === null || rolledUp ? -Infinity : info.validFromMonth,
    to: info.validToMonth === null ? Infinity : info.validToMonth,
  }
}

export async function getStats(ctx: StoreContext, params: StatsParams): Promise<StatsResponse> {
  const { metric, from, to, by, boundary, compare } = params
  const granularity: Granularity = params.granularity ?? 'year'
  const [coverage, units] = await Promise.all([getCoverage(ctx), ctx.units()])
  const covered = coveredPart(coverage, from, to)
  const kind = kindOfMetric(metric)
  const value = valueSql(metric)
  const withPeriod = by.includes('period')
  const withUnit = by.includes('unit')
  const withCategory = by.includes('category')
  const category = withCategory ? sql<string>`a.category` : sql<null>`null::text`

  // Without categories, the monthly sums kept beside the records (migration 0004) say the same
  // in a fifth of the rows. The crosswalk is joined only where the unit key or filter needs it.
  const source = withCategory ? sql`activities` : sql`activity_month_totals`
  const unitKey = withUnit ? (boundary === 'current' ? sql`cw.current_id` : sql`a.unit_id`) : sql`null::text`
  const needsCrosswalk = (withUnit || (params.units?.length ?? 0) > 0) && boundary === 'current'
  const current = await groupRows(ctx, sql<GroupRow>`
    select ${withPeriod ? periodSql(sql`a.month`, granularity) : sql`null::integer`} as period, ${unitKey} as unit,
           ${category} as category, sum(${value})::integer as value
    from ${source} a${needsCrosswalk ? sql` join crosswalk cw on cw.reported_id = a.unit_id` : sql``}
    where a.kind = ${kind} and a.month between ${monthIndex(from)} and ${monthIndex(to)}
      and ${unitFilter(params.units, boundary)}
    group by 1, 2, 3
    having sum(${value}) > 0`)

  const groups = new Map<string, StatsRow>()
  let total = 0
  const label = (period: number | null) => (period === null ? null : periodLabel(period, granularity))
  for (const r of current) {
    const row: StatsRow = { value: r.value }
    const period = label(r.period)
    if (period !== null) row.period = period
    if (r.unit !== null) row.unit = r.unit
    if (r.category !== null) row.category = r.category
    groups.set(key(period, r.unit, r.category), row)
    total += r.value
  }

  if (compare === 'previous-year' && covered) {
    // Last year's records of the covered months, grouped under this year's keys.
    const previous = await groupRows(ctx, sql<GroupRow>`
      select ${withPeriod ? periodSql(sql`a.month + 12`, granularity) : sql`null::integer`} as period,
             ${withUnit ? (boundary === 'current' ? sql`cw.current_id` : REPORTED_NEXT_YEAR) : sql`null::text`} as unit,
             ${category} as category,
             sum(${value})::integer as value
      from ${source} a
        join crosswalk cw on cw.reported_id = a.unit_id
        join org_units u on u.id = a.unit_id
      where a.kind = ${kind}
        and a.month between ${monthIndex(covered.from) - 12} and ${monthIndex(covered.to) - 12}
        and ${previousYearFilter(params.units, boundary)}
      group by 1, 2, 3
      having sum(${value}) > 0`)
    const sums = new Map<string, number>()
    for (const r of previous) {
      const period = label(r.period)
      const k = key(period, r.unit, r.category)
      sums.set(k, r.value)
      if (!groups.has(k)) {
        const row: StatsRow = { value: 0 }
        if (period !== null) row.period = period
        if (r.unit !== null) row.unit = r.unit
        if (r.category !== null) row.category = r.category
        groups.set(k, row)
      }
    }
    const coverageFrom = monthIndex(coverage.from)
    for (const [k, row] of groups) {
      // The months this row compares: the covered months of its period and of its unit's existence.
      let first = monthIndex(covered.from)
      let last = monthIndex(covered.to)
      if (row.period !== undefined) {
        const bounds = periodBounds(row.period)
        first = Math.max(first, monthIndex(bounds.from))
        last = Math.min(last, monthIndex(bounds.to))
      }
      if (row.unit !== undefined) {
        const own = ownMonths(units.get(row.unit), boundary)
        first = Math.max(first, own.from)
        last = Math.min(last, own.to)
      }
      row.previous = first <= last && first - 12 >= coverageFrom ? (sums.get(k) ?? 0) : null
    }
  }

  const order = (unit: string | undefined) => (unit === undefined ? -1 : (units.get(unit)?.sortOrder ?? -1))
  const rows = [...groups.values()].toSorted(
    (a, b) =>
      byPeriod(a.period ?? '', b.period ?? '') ||
      order(a.unit) - order(b.unit) ||
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
    coverage,
    covered,
    complete: covered !== null && covered.from === from && covered.to === to,
    rows,
    total,
  }
}

interface KindSums {
  kind: string
  quantity: number
  participants: number
}

function metricFrom(sums: readonly KindSums[], metric: Metric): number {
  const row = sums.find((s) => s.kind === kindOfMetric(metric))
  if (!row) return 0
  return metric === 'trainees' ? row.participants : row.quantity
}

export async function getSummary(ctx: StoreContext, params: SummaryParams): Promise<SummaryResponse> {
  const { from, to, units, boundary } = params
  const coverage = await getCoverage(ctx)
  const covered = coveredPart(coverage, from, to)
  const previousFrom = covered ? addMonths(covered.from, -12) : null
  const previousTo = covered ? addMonths(covered.to, -12) : null
  // Like for like: a comparison only where last year's months are all known.
  const previousKnown = previousFrom !== null && monthIndex(previousFrom) >= monthIndex(coverage.from)

  // Monthly sums per unit (migration 0004); without a unit filter every one counts: no join.
  const joins = units?.length ? sql` join crosswalk cw on cw.reported_id = a.unit_id join org_units u on u.id = a.unit_id` : sql``
  const sumsOf = async (first: string, last: string, filter: RawBuilder<boolean>): Promise<KindSums[]> =>
    (
      await sql<KindSums>`
        select a.kind, sum(a.quantity)::integer as quantity, sum(coalesce(a.participants, 0))::integer as participants
        from activity_month_totals a${joins}
        where a.month between ${monthIndex(first)} and ${monthIndex(last)} and ${filter}
        group by a.kind`.execute(ctx.db)
    ).rows

  const [now, before] = await Promise.all([
    covered ? sumsOf(covered.from, covered.to, unitFilter(units, boundary)) : Promise.resolve([]),
    previousKnown && previousFrom && previousTo ? sumsOf(previousFrom, previousTo, previousYearFilter(units, boundary)) : Promise.resolve(null),
  ])
  return {
    from,
    to,
    coverage,
    covered,
    previousFrom,
    previousTo,
    complete: covered !== null && covered.from === from && covered.to === to,
    metrics: METRICS.map((metric) => ({
      metric,
      value: metricFrom(now, metric),
      previous: before === null ? null : metricFrom(before, metric),
    })),
  }
}
