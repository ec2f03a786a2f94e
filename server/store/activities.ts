/** `GET /activities`: the records behind the figures, filtered, searched, sorted and paged in SQL. */
import { sql, type RawBuilder } from 'kysely'
import {
  ACTIVITY_KINDS,
  ALL_CATEGORIES,
  kindOfMetric,
  type ActivitiesResponse,
  type ActivitySort,
  type Boundary,
  type Metric,
  type UnitId,
} from '../../src/lib/api/schemas'
import { monthIndex } from '../../src/lib/periods'
import { foldText } from '../../src/lib/text'
import { unitFilter, type StoreContext } from './context'
import { fromRow, type RecordRow } from './records'

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

/**
 * The sort keys. Ties always fall back to the id (in code-unit order), so paging is stable;
 * records without participants go last whichever the direction.
 */
const SORT_SQL: Record<string, RawBuilder<unknown>> = {
  date: sql`a.date`,
  unit: sql`u.name_rank`,
  metric: sql`array_position(${[...ACTIVITY_KINDS]}::text[], a.kind)`,
  category: sql`coalesce(array_position(${[...ALL_CATEGORIES]}::text[], a.category), ${ALL_CATEGORIES.length + 1})`,
  title: sql`a.title_key`,
  quantity: sql`a.quantity`,
  participants: sql`a.participants`,
}

/** A LIKE pattern that matches `text` literally anywhere. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

export async function getActivities(ctx: StoreContext, query: ActivitiesQuery): Promise<ActivitiesResponse> {
  const descending = query.sort.startsWith('-')
  const sortKey = descending ? query.sort.slice(1) : query.sort
  const conditions: RawBuilder<boolean>[] = [unitFilter(query.units, query.boundary)]
  if (query.metric) conditions.push(sql<boolean>`a.kind = ${kindOfMetric(query.metric)}`)
  if (query.from) conditions.push(sql<boolean>`a.month >= ${monthIndex(query.from)}`)
  if (query.to) conditions.push(sql<boolean>`a.month <= ${monthIndex(query.to)}`)
  if (query.category) conditions.push(sql<boolean>`a.category = ${query.category}`)
  const needle = query.q ? foldText(query.q) : ''
  if (needle) conditions.push(sql<boolean>`a.search like ${containing(needle)}`)
  const where = sql.join(conditions, sql` and `)
  const direction = sql.raw(descending ? 'desc' : 'asc')
  const nulls = sortKey === 'participants' ? sql.raw(' nulls last') : sql.raw('')
  const order = SORT_SQL[sortKey] ?? SORT_SQL.date
  // Join only what the filter or the sort reads: the default list then walks an index.
  const crosswalk = query.units?.length && query.boundary === 'current' ? sql` join crosswalk cw on cw.reported_id = a.unit_id` : sql``
  const unitsJoin = sortKey === 'unit' ? sql` join org_units u on u.id = a.unit_id` : sql``
  const from = sql`activities a${crosswalk}${unitsJoin}`

  // The page's ids first, sorting narrow rows; then their records. A search scans every
  // record's text once: its count rides on the same scan. Without one, the default order walks
  // an index to the page, and the count is a separate, cheap query.
  const offset = (query.page - 1) * query.pageSize
  let ids: { id: string; total?: number }[]
  let total: number
  if (needle) {
    ids = (
      await sql<{ id: string; total: number }>`
        select a.id, count(*) over ()::integer as total from ${from} where ${where}
        order by ${order} ${direction}${nulls}, a.id asc
        limit ${query.pageSize} offset ${offset}`.execute(ctx.db)
    ).rows
    total = ids[0]?.total ?? (ids.length === 0 && query.page > 1 ? await countOf() : 0)
  } else {
    const [page, count] = await Promise.all([
      sql<{ id: string }>`
        select a.id from ${from} where ${where}
        order by ${order} ${direction}${nulls}, a.id asc
        limit ${query.pageSize} offset ${offset}`.execute(ctx.db),
      countOf(),
    ])
    ids = page.rows
    total = count
  }
  async function countOf(): Promise<number> {
    const counted = await sql<{ n: number }>`select count(*)::integer as n from ${from} where ${where}`.execute(ctx.db)
    return counted.rows[0]?.n ?? 0
  }
  const wanted = ids.map((r) => r.id)
  const records =
    wanted.length === 0
      ? []
      : (
          await sql<RecordRow>`
            select a.id, a.unit_id, to_char(a.date, 'YYYY-MM-DD') as date, a.kind, a.category, a.title, a.quantity,
                   a.participants, a.format, a.recipient, a.source_title, a.source_url, a.version
            from activities a where a.id = any(${wanted}::text[])`.execute(ctx.db)
        ).rows
  const byId = new Map(records.map((r) => [r.id, r]))
  return {
    items: wanted.flatMap((id) => {
      const row = byId.get(id)
      return row ? [fromRow(row)] : []
    }),
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.ceil(total / query.pageSize),
  }
}
