/**
 * The filter state shared by every screen, and its URL form. The URL is the one source of
 * truth: `parseFilters` turns search params into a typed state (falling back to defaults and
 * reporting what it ignored or replaced), `serializeFilters` writes it back in a stable order
 * leaving defaults out. Both are pure: the org units and the clock come in as arguments.
 */
import { BOUNDARIES, GRANULARITIES, isUnitId } from '../lib/api/contract'
import type { Boundary, Granularity, OrgUnit, UnitId } from '../lib/api/schemas'
import { lastCompleteMonth } from '../lib/clock'
import { isMonth, monthIndex } from '../lib/periods'

/**
 * The report periods committees use. Each names the latest such period that is over, so a
 * preset never reaches past the last complete month: `h1` is January–June of this year once
 * June is over (of last year before that), `9m` January–September, `h2` and `year` the last
 * second half and whole year that are over; `ytd` ("lũy kế") runs from January to the last
 * complete month. `y2024` is one past year. `custom` means `from`/`to` came from the URL.
 */
export const RELATIVE_PRESETS = ['ytd', 'h1', '9m', 'h2', 'year'] as const
export type RelativePreset = (typeof RELATIVE_PRESETS)[number]
export type YearPreset = `y${number}`
export type NamedPreset = RelativePreset | YearPreset
export type PresetId = NamedPreset | 'custom'

/** Ids that older addresses may hold, and the preset that stands in for each (with a notice). */
export const RETIRED_PRESETS: Readonly<Record<string, RelativePreset>> = { 'last-year': 'year', 'last-4q': 'ytd' }

export interface Filters {
  /** How the range was chosen; `custom` means `from`/`to` came from the URL. */
  preset: PresetId
  from: string
  to: string
  granularity: Granularity
  boundary: Boundary
  /** Selected units; empty means all. */
  units: UnitId[]
}

/** A URL parameter that was ignored or replaced, and why. */
export interface FilterIssue {
  param: string
  value: string
  reason:
    | 'invalid-value'
    | 'invalid-month'
    | 'range-reversed'
    | 'invalid-unit'
    | 'unknown-unit'
    | 'former-unit-mapped'
    | 'retired-preset'
    | 'unknown-param'
    | 'repeated-param'
    // A screen's own parameters (see `screen-params.ts`).
    | 'unknown-sort'
    | 'bad-page'
    | 'bad-page-size'
    | 'search-without-text'
    | 'unknown-category'
    | 'category-needs-metric'
  /**
   * `former-unit-mapped`: the unit it was replaced by; `retired-preset`: the preset used
   * instead; `repeated-param`: every value, comma-separated (the first one is used).
   */
  replacement?: string
}

/** The URL parameters of the filter bar, in the order they are written. */
export const FILTER_PARAMS = ['preset', 'from', 'to', 'granularity', 'boundary', 'units'] as const

export const DEFAULT_PRESET: RelativePreset = 'ytd'
export const DEFAULT_GRANULARITY: Granularity = 'month'
export const DEFAULT_BOUNDARY: Boundary = 'current'

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value)
}

/** The last year whose twelve months are all complete. */
export function lastWholeYear(now?: Date): number {
  const last = lastCompleteMonth(now)
  const year = Number(last.slice(0, 4))
  return last.endsWith('-12') ? year : year - 1
}

/** Whether `id` names a preset that can be used now (`y2024` only for a year that is over). */
export function isNamedPreset(id: string, now?: Date): id is NamedPreset {
  if (isOneOf(RELATIVE_PRESETS, id)) return true
  const m = /^y(\d{4})$/.exec(id)
  return m !== null && Number(m[1]) >= 1900 && Number(m[1]) <= lastWholeYear(now)
}

/** The month range of a preset, relative to the last complete month. */
export function presetRange(preset: NamedPreset, now?: Date): { from: string; to: string } {
  const last = lastCompleteMonth(now)
  const year = Number(last.slice(0, 4))
  const month = Number(last.slice(5, 7))
  // The year of the latest such period that has ended by the last complete month.
  const yearEnding = (endMonth: number) => (month >= endMonth ? year : year - 1)
  switch (preset) {
    case 'ytd':
      return { from: `${year}-01`, to: last }
    case 'h1':
      return { from: `${yearEnding(6)}-01`, to: `${yearEnding(6)}-06` }
    case '9m':
      return { from: `${yearEnding(9)}-01`, to: `${yearEnding(9)}-09` }
    case 'h2':
      return { from: `${yearEnding(12)}-07`, to: `${yearEnding(12)}-12` }
    case 'year':
      return { from: `${yearEnding(12)}-01`, to: `${yearEnding(12)}-12` }
    default: {
      const y = preset.slice(1)
      return { from: `${y}-01`, to: `${y}-12` }
    }
  }
}

export function defaultFilters(now?: Date): Filters {
  return {
    preset: DEFAULT_PRESET,
    ...presetRange(DEFAULT_PRESET, now),
    granularity: DEFAULT_GRANULARITY,
    boundary: DEFAULT_BOUNDARY,
    units: [],
  }
}

/** What `parseFilters` needs besides the URL. */
export interface ParseContext {
  /** Every unit, former and current, by id: unknown ids are dropped, former ones mapped in the current view. */
  unitsById: ReadonlyMap<UnitId, OrgUnit>
  /** The clock for the presets (today by default). */
  now?: Date
}

/**
 * Each parameter that appears more than once (`?units=c37&units=c44`): only the first value is
 * used, and the repetition is reported, naming the parameter and every value it held.
 */
export function repeatedParams(params: URLSearchParams, keys: Iterable<string> = params.keys()): FilterIssue[] {
  const issues: FilterIssue[] = []
  for (const key of new Set(keys)) {
    const values = params.getAll(key)
    if (values.length > 1) issues.push({ param: key, value: values[0] ?? '', reason: 'repeated-param', replacement: values.join(', ') })
  }
  return issues
}

/**
 * Parses the filter parameters. Every value that is malformed, repeated or unknown is replaced
 * by its default and reported; unknown units are dropped, and in the current view a former
 * unit is replaced by its successor. Nothing throws.
 */
export function parseFilters(params: URLSearchParams, { unitsById, now }: ParseContext): { filters: Filters; issues: FilterIssue[] } {
  const filters = defaultFilters(now)
  const issues: FilterIssue[] = repeatedParams(params, FILTER_PARAMS)

  const preset = params.get('preset')
  if (preset !== null && preset !== 'custom') {
    const retired = RETIRED_PRESETS[preset]
    if (isNamedPreset(preset, now)) {
      filters.preset = preset
      Object.assign(filters, presetRange(preset, now))
    } else if (retired) {
      issues.push({ param: 'preset', value: preset, reason: 'retired-preset', replacement: retired })
      filters.preset = retired
      Object.assign(filters, presetRange(retired, now))
    } else {
      issues.push({ param: 'preset', value: preset, reason: 'invalid-value' })
    }
  }

  const rawFrom = params.get('from')
  const rawTo = params.get('to')
  let from = rawFrom !== null && isMonth(rawFrom) ? rawFrom : null
  let to = rawTo !== null && isMonth(rawTo) ? rawTo : null
  if (rawFrom !== null && from === null) issues.push({ param: 'from', value: rawFrom, reason: 'invalid-month' })
  if (rawTo !== null && to === null) issues.push({ param: 'to', value: rawTo, reason: 'invalid-month' })
  if (from !== null || to !== null) {
    const last = defaultFilters(now).to
    // One end given: the other completes the same calendar year (or the latest complete month).
    to ??= from !== null && from.slice(0, 4) < last.slice(0, 4) ? `${from.slice(0, 4)}-12` : last
    from ??= `${to.slice(0, 4)}-01`
    if (monthIndex(from) > monthIndex(to)) {
      issues.push({ param: 'from', value: `${rawFrom ?? ''} > ${rawTo ?? ''}`, reason: 'range-reversed' })
    } else {
      filters.preset = 'custom'
      filters.from = from
      filters.to = to
    }
  }

  const granularity = params.get('granularity')
  if (granularity !== null) {
    if (isOneOf(GRANULARITIES, granularity)) filters.granularity = granularity
    else issues.push({ param: 'granularity', value: granularity, reason: 'invalid-value' })
  }

  const boundary = params.get('boundary')
  if (boundary !== null) {
    if (isOneOf(BOUNDARIES, boundary)) filters.boundary = boundary
    else issues.push({ param: 'boundary', value: boundary, reason: 'invalid-value' })
  }

  const units = params.get('units')
  if (units !== null) {
    for (const raw of units.split(',')) {
      const id = raw.trim()
      if (id === '') continue
      if (!isUnitId(id)) {
        issues.push({ param: 'units', value: id, reason: 'invalid-unit' })
        continue
      }
      const unit = unitsById.get(id)
      if (!unit) {
        issues.push({ param: 'units', value: id, reason: 'unknown-unit' })
        continue
      }
      let kept: UnitId = id
      if (filters.boundary === 'current' && unit.era === 'former' && unit.successorId) {
        issues.push({ param: 'units', value: id, reason: 'former-unit-mapped', replacement: unit.successorId })
        kept = unit.successorId
      }
      if (!filters.units.includes(kept)) filters.units.push(kept)
    }
  }

  return { filters, issues }
}

/**
 * Writes the filters into `params` (which may hold other screens' parameters, kept as they
 * are), in a stable order, leaving defaults out.
 */
export function serializeFilters(filters: Filters, params: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const rest = [...params.entries()].filter(([key]) => !isOneOf(FILTER_PARAMS, key))
  const out = new URLSearchParams()
  if (filters.preset === 'custom') {
    out.set('from', filters.from)
    out.set('to', filters.to)
  } else if (filters.preset !== DEFAULT_PRESET) {
    out.set('preset', filters.preset)
  }
  if (filters.granularity !== DEFAULT_GRANULARITY) out.set('granularity', filters.granularity)
  if (filters.boundary !== DEFAULT_BOUNDARY) out.set('boundary', filters.boundary)
  if (filters.units.length > 0) out.set('units', filters.units.join(','))
  for (const [key, value] of rest) out.append(key, value)
  return out
}

/**
 * The filters after a change: a new boundary view re-applies the unit rules (a former unit
 * becomes its successor in the current view; unknown ids are dropped).
 */
export function patchFilters(current: Filters, patch: Partial<Filters>, unitsById: ReadonlyMap<UnitId, OrgUnit>): Filters {
  const merged: Filters = { ...current, ...patch }
  const units = merged.units
    .filter((id) => unitsById.has(id))
    .map((id) => {
      const unit = unitsById.get(id)
      return merged.boundary === 'current' && unit?.era === 'former' && unit.successorId ? unit.successorId : id
    })
  merged.units = [...new Set(units)]
  return merged
}

/** `?…` holding only the filter parameters: for links between screens that keep the filters. */
export function filterSearch(filters: Filters): string {
  const search = serializeFilters(filters).toString()
  return search ? `?${search}` : ''
}
