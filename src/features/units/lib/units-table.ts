/**
 * The units table as data: one row per unit of the view, with each metric's value, the value
 * of the same period last year, the change and the rank; plus sorting, search, the region
 * filter and totals. Pure functions; the component only draws.
 */
import { METRICS } from '../../../lib/api/contract'
import type { Boundary, Metric, OrgUnit, Region, UnitId } from '../../../lib/api/schemas'
import { comparisonOfRange } from '../../../lib/comparison'
import { computeDelta, type Delta } from '../../../lib/delta'
import { compareCodes, compareVi, foldText } from '../../../lib/text'
import { unitMonths, type MonthRange } from './unit-range'
import type { SortColumn, SortState } from './units-params'

export interface MetricCell {
  value: number
  /** Same months one year earlier, same territory; null: no comparison. */
  previous: number | null
  delta: Delta
  /** 1 = highest among the units of the same era; null for the national level. */
  rank: number | null
  /** How many units the rank is out of. */
  rankOf: number
}

export interface UnitRow {
  unit: OrgUnit
  /** The months its figures cover within the range (a former unit stops at 2025-06). */
  months: MonthRange
  cells: Record<Metric, MetricCell>
}

export interface UnitsTableInput {
  units: readonly OrgUnit[]
  boundary: Boundary
  range: MonthRange
  coverage: MonthRange
  /** Per metric: value by unit in the view (`/stats?by=unit`). */
  values: Record<Metric, ReadonlyMap<UnitId, number>>
  /**
   * Per metric: the same months last year on the same territory by unit, as the API gives them
   * (`compare=previous-year`; null: no comparison), or null when not asked. A unit without an
   * entry had nothing in either year.
   */
  previous: Record<Metric, ReadonlyMap<UnitId, number | null> | null>
}

export interface UnitsTable {
  /** The national level first, then the units with figures in the range. */
  rows: UnitRow[]
  /** Units of the view left out because they did not exist in the range (e.g. former units in 2026). */
  hidden: OrgUnit[]
}

/**
 * Standard competition ranking ("1, 2, 2, 4"), highest first, among units of the same era:
 * in an as-reported range that spans 01/07/2025 the former units (Jan–Jun) and the current
 * units (Jul–Dec) cover different months, so ranking them against each other would mislead.
 * The national level is not ranked against provinces.
 */
export function rankUnits(entries: readonly { id: UnitId; era: OrgUnit['era']; value: number }[]): Map<UnitId, { rank: number; of: number }> {
  const out = new Map<UnitId, { rank: number; of: number }>()
  for (const era of ['former', 'current'] as const) {
    const group = entries.filter((e) => e.era === era).toSorted((a, b) => b.value - a.value)
    group.forEach((entry, i) => {
      const first = group.findIndex((e) => e.value === entry.value)
      out.set(entry.id, { rank: (first === -1 ? i : first) + 1, of: group.length })
    })
  }
  return out
}

export function buildUnitsTable(input: UnitsTableInput): UnitsTable {
  const rows: UnitRow[] = []
  const hidden: OrgUnit[] = []
  for (const unit of input.units) {
    const months = unitMonths(unit, input.boundary, input.range)
    if (!months) hidden.push(unit)
    else rows.push({ unit, months, cells: {} as Record<Metric, MetricCell> })
  }
  for (const metric of METRICS) {
    const values = input.values[metric]
    const ranks = rankUnits(rows.map((r) => ({ id: r.unit.id, era: r.unit.era, value: values.get(r.unit.id) ?? 0 })))
    const previousByUnit = input.previous[metric]
    for (const row of rows) {
      const value = values.get(row.unit.id) ?? 0
      const given = previousByUnit?.get(row.unit.id)
      // No entry: zero both years, and a comparison exactly where last year's months are known.
      const previous =
        previousByUnit === null ? null : given !== undefined ? given : comparisonOfRange(row.months, input.coverage).kind === 'like-for-like' ? 0 : null
      const rank = ranks.get(row.unit.id)
      row.cells[metric] = { value, previous, delta: computeDelta(value, previous), rank: rank?.rank ?? null, rankOf: rank?.of ?? 0 }
    }
  }
  // The national level leads; the rest keep the view's order until sorted.
  rows.sort((a, b) => Number(b.unit.era === 'national') - Number(a.unit.era === 'national'))
  return { rows, hidden }
}

// ---------------------------------------------------------------------------------------------
// Sorting

/** A change as a sortable number: the ratio, "new" above any ratio; null (no comparison) sorts last. */
function changeKey(delta: Delta): number | null {
  switch (delta.kind) {
    case 'none':
      return null
    case 'same':
      return 0
    case 'new':
      return Number.POSITIVE_INFINITY
    case 'up':
    case 'down':
      return delta.ratio
  }
}

function sortKey(row: UnitRow, column: SortColumn): number | null {
  if (column === 'name') return null
  if (column.endsWith('-change')) return changeKey(row.cells[column.slice(0, -7) as Metric].delta)
  if (column.endsWith('-rank')) return row.cells[column.slice(0, -5) as Metric].rank
  return row.cells[column as Metric].value
}

/**
 * Sorts unit rows (the national level is kept out: it is shown on its own). Missing values
 * (no comparison, no rank) go last in either direction; ties fall back to the name.
 */
export function sortRows(rows: readonly UnitRow[], sort: SortState, nameOf: (row: UnitRow) => string, locale: string): UnitRow[] {
  // Vietnamese names in the Vietnamese order without building a collator (the browser's first
  // costs tens of milliseconds on a phone); others by one built at the first tie, if any.
  let collator: Intl.Collator | null = null
  const compareNames = (a: string, b: string) => (locale === 'vi' ? compareVi(a, b) : (collator ??= new Intl.Collator(locale)).compare(a, b))
  const byName = (a: UnitRow, b: UnitRow) => compareNames(nameOf(a), nameOf(b)) || compareCodes(a.unit.id, b.unit.id)
  const sign = sort.direction === 'asc' ? 1 : -1
  return rows.toSorted((a, b) => {
    if (sort.column === 'name') return sign * byName(a, b)
    const ka = sortKey(a, sort.column)
    const kb = sortKey(b, sort.column)
    if (ka === null || kb === null) return ka === kb ? byName(a, b) : ka === null ? 1 : -1
    return sign * (ka - kb) || byName(a, b)
  })
}

// ---------------------------------------------------------------------------------------------
// Search, region, selected units

export interface RowFilter {
  /** Free text; diacritics and case are ignored ("quang ninh" finds Quảng Ninh). */
  q: string
  region: Region | null
  /** The filter bar's units; empty: all. */
  units: readonly UnitId[]
}

export function matchesRow(row: UnitRow, filter: RowFilter, label: string): boolean {
  if (filter.units.length > 0 && !filter.units.includes(row.unit.id)) return false
  if (filter.region && row.unit.region !== filter.region) return false
  const needle = foldText(filter.q)
  if (needle === '') return true
  return foldText(`${label} ${row.unit.nameAscii} ${row.unit.fullName}`).includes(needle)
}


// ---------------------------------------------------------------------------------------------
// Totals

export interface Totals {
  value: number
  /** Null when any row has no comparison (a partial sum would mislead). */
  previous: number | null
  delta: Delta
}

/** The sum of each metric over the rows, with the change of the sums. */
export function totalsOf(rows: readonly UnitRow[]): Record<Metric, Totals> {
  const out = {} as Record<Metric, Totals>
  for (const metric of METRICS) {
    let value = 0
    let previous: number | null = 0
    for (const row of rows) {
      const cell = row.cells[metric]
      value += cell.value
      previous = previous === null || cell.previous === null ? null : previous + cell.previous
    }
    out[metric] = { value, previous, delta: computeDelta(value, previous) }
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// CSV

export interface CsvLabels {
  unit: string
  id: string
  value: (metric: Metric) => string
  previous: (metric: Metric) => string
  changePercent: (metric: Metric) => string
  rank: (metric: Metric) => string
}

/** A change as a percentage with one decimal; null where there is none to give. */
function percent(delta: Delta): number | null {
  if (delta.kind === 'up' || delta.kind === 'down') return Math.round(delta.ratio * 1000) / 10
  return delta.kind === 'same' ? 0 : null
}

/**
 * The table as CSV rows: plain numbers (no thousands separators), the change as a percentage
 * with one decimal (empty where there is no comparison or last year was zero), ids beside
 * names so a file can be joined with other data; then the totals lines.
 */
export function unitsTableCsv(
  rows: readonly UnitRow[],
  footer: readonly { label: string; totals: Record<Metric, Totals> }[],
  labelOf: (row: UnitRow) => string,
  labels: CsvLabels,
  plan?: PlanColumns,
): { headers: string[]; rows: (string | number | null)[][] } {
  const planHeaders = plan ? METRICS.map((m) => plan.label(m)) : []
  const headers = [labels.unit, labels.id, ...METRICS.flatMap((m) => [labels.value(m), labels.previous(m), labels.changePercent(m), labels.rank(m)]), ...planHeaders]
  const planCells = (row: UnitRow) => (plan ? METRICS.map((m) => oneDecimal(plan.percent(row, m))) : [])
  const out: (string | number | null)[][] = rows.map((row) => [
    labelOf(row),
    row.unit.id,
    ...METRICS.flatMap((m) => {
      const c = row.cells[m]
      return [c.value, c.previous, percent(c.delta), c.rank]
    }),
    ...planCells(row),
  ])
  for (const line of footer) {
    out.push([
      line.label,
      '',
      ...METRICS.flatMap((m) => [line.totals[m].value, line.totals[m].previous, percent(line.totals[m].delta), null]),
      ...planHeaders.map(() => null),
    ])
  }
  return { headers, rows: out }
}

/** The "% of plan" columns of the CSV, one per metric after the others, when the table shows them. */
export interface PlanColumns {
  label: (metric: Metric) => string
  /** A unit's % of its approved plan, unrounded; null without one. */
  percent: (row: UnitRow, metric: Metric) => number | null
}

function oneDecimal(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10
}
