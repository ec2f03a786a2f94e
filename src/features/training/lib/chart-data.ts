/**
 * Shapes `/stats` answers into the rows the training charts and their tables draw. Pure
 * functions: components only draw what these return.
 */
import { CATEGORIES, REGIONS } from '../../../lib/api/contract'
import type { Boundary, Granularity, OrgUnit, Region, StatsResponse, UnitId } from '../../../lib/api/schemas'
import { monthIndex, periodBounds, periodsBetween } from '../../../lib/periods'
import { compareCodes, compareVi } from '../../../lib/text'
import { averagePerCourse } from './totals'
import type { Measure } from './training-params'


export interface TrainingRow {
  courses: number
  trainees: number
  /** Trainees per course; null without courses. */
  average: number | null
}

function row(courses: number, trainees: number): TrainingRow {
  return { courses, trainees, average: averagePerCourse(courses, trainees) }
}

function sumBy<K>(stats: Pick<StatsResponse, 'rows'>, keyOf: (r: StatsResponse['rows'][number]) => K | undefined): Map<K, number> {
  const out = new Map<K, number>()
  for (const r of stats.rows) {
    const key = keyOf(r)
    if (key === undefined) continue
    out.set(key, (out.get(key) ?? 0) + r.value)
  }
  return out
}

export interface PeriodRow {
  period: string
  /** Null where the period lies wholly outside the data coverage: unknown, not zero. */
  courses: number | null
  trainees: number | null
  average: number | null
}

/**
 * One row per period the range touches (the API leaves zero periods out; a chart axis must
 * not), with both measures. Periods outside the data coverage carry nulls.
 */
export function periodRows(
  courses: Pick<StatsResponse, 'rows'>,
  trainees: Pick<StatsResponse, 'rows'>,
  range: { from: string; to: string; granularity: Granularity },
  coverage: { from: string; to: string },
): PeriodRow[] {
  const c = sumBy(courses, (r) => r.period)
  const t = sumBy(trainees, (r) => r.period)
  return periodsBetween(range.from, range.to, range.granularity).map((period) => {
    const bounds = periodBounds(period)
    const known = monthIndex(bounds.to) >= monthIndex(coverage.from) && monthIndex(bounds.from) <= monthIndex(coverage.to)
    if (!known) return { period, courses: null, trainees: null, average: null }
    return { period, ...row(c.get(period) ?? 0, t.get(period) ?? 0) }
  })
}

export type AudienceCategory = (typeof CATEGORIES.trainings)[number]

export interface AudienceRow extends TrainingRow {
  category: AudienceCategory
}

/** One row per audience, in the contract's order, zeros included so every audience is named. */
export function audienceRows(courses: Pick<StatsResponse, 'rows'>, trainees: Pick<StatsResponse, 'rows'>): AudienceRow[] {
  const c = sumBy(courses, (r) => r.category)
  const t = sumBy(trainees, (r) => r.category)
  return CATEGORIES.trainings.map((category) => ({ category, ...row(c.get(category) ?? 0, t.get(category) ?? 0) }))
}

/** Totals of a set of rows (the footer of a table); they must equal the API's total. */
export function sumRows(rows: readonly { courses: number | null; trainees: number | null }[]): TrainingRow {
  let c = 0
  let t = 0
  for (const r of rows) {
    c += r.courses ?? 0
    t += r.trainees ?? 0
  }
  return row(c, t)
}

/**
 * Whether a unit of the view existed during the range. In the current view every figure is
 * rolled up to today's units, so they all "exist" throughout; in the as-reported view a
 * former unit ends on 30/06/2025 and a current one starts on 01/07/2025.
 */
export function existedDuring(unit: Pick<OrgUnit, 'validFrom' | 'validTo'>, range: { from: string; to: string }, boundary: Boundary): boolean {
  if (boundary === 'current') return true
  const first = `${range.from}-01`
  const last = `${range.to}-31`
  return (unit.validFrom === null || unit.validFrom <= last) && (unit.validTo === null || unit.validTo >= first)
}

/**
 * The units the screen reports on: those of the view, narrowed to the unit filter (empty
 * means all), that existed during the range.
 */
export function unitsInScope(
  viewUnits: readonly OrgUnit[],
  selected: readonly UnitId[],
  range: { from: string; to: string },
  boundary: Boundary,
): OrgUnit[] {
  const wanted = selected.length > 0 ? new Set(selected) : null
  return viewUnits.filter((u) => (!wanted || wanted.has(u.id)) && existedDuring(u, range, boundary))
}

export interface UnitRow extends TrainingRow {
  unit: OrgUnit
}

/**
 * One row per unit in scope (zeros included), sorted by the chosen measure, largest first,
 * then by name. Units the API answers for that are not in scope are added too, so the rows
 * always add up to the total.
 */
export function unitRows(
  courses: Pick<StatsResponse, 'rows'>,
  trainees: Pick<StatsResponse, 'rows'>,
  scope: readonly OrgUnit[],
  unitsById: ReadonlyMap<UnitId, OrgUnit>,
  measure: Measure,
): UnitRow[] {
  const c = sumBy(courses, (r) => r.unit)
  const t = sumBy(trainees, (r) => r.unit)
  const units = new Map(scope.map((u) => [u.id, u]))
  for (const id of [...c.keys(), ...t.keys()]) {
    const unit = unitsById.get(id)
    if (unit && !units.has(id)) units.set(id, unit)
  }
  return [...units.values()]
    .map((unit) => ({ unit, ...row(c.get(unit.id) ?? 0, t.get(unit.id) ?? 0) }))
    .toSorted((a, b) => b[measure] - a[measure] || compareVi(a.unit.name, b.unit.name) || compareCodes(a.unit.id, b.unit.id))
}

/** Former units before current ones (where both appear), then Vietnamese name order. */
function byEraThenName(a: OrgUnit, b: OrgUnit): number {
  return (a.era === b.era ? 0 : a.era === 'former' ? -1 : 1) || compareVi(a.name, b.name) || compareCodes(a.id, b.id)
}

export interface RegionGroup {
  /** Null for the national level (central bodies belong to no region). */
  region: Region | null
  units: OrgUnit[]
}

/**
 * The units in scope that held no course in the range, grouped by region (the national level
 * first), names in Vietnamese order; former units before current ones where both appear.
 */
export function untrainedByRegion(scope: readonly OrgUnit[], courses: Pick<StatsResponse, 'rows'>): RegionGroup[] {
  const held = sumBy(courses, (r) => r.unit)
  const idle = scope.filter((u) => (held.get(u.id) ?? 0) === 0)
  const groups: RegionGroup[] = []
  const national = idle.filter((u) => u.region === null)
  if (national.length > 0) groups.push({ region: null, units: national.toSorted(byEraThenName) })
  for (const region of REGIONS) {
    const units = idle.filter((u) => u.region === region).toSorted(byEraThenName)
    if (units.length > 0) groups.push({ region, units })
  }
  return groups
}
