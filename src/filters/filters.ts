/**
 * The filter state shared by every screen, and its URL form. The URL is the one source of
 * truth: `parseFilters` turns search params into a typed state (falling back to defaults and
 * reporting what it ignored), `serializeFilters` writes it back in a stable order leaving
 * defaults out.
 */
import {
  BOUNDARIES,
  GRANULARITIES,
  unitIdSchema,
  type Boundary,
  type Granularity,
  type UnitId,
} from '../lib/api/schemas'
import { lastCompleteMonth } from '../lib/clock'
import { addMonths, isMonth, monthIndex } from '../lib/periods'

export const PRESETS = ['ytd', 'last-year', 'h1', 'last-4q', 'custom'] as const
export type PresetId = (typeof PRESETS)[number]

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

/** A URL parameter that was ignored, and why. */
export interface FilterIssue {
  param: string
  value: string
  reason: 'invalid-value' | 'invalid-month' | 'range-reversed' | 'invalid-unit' | 'unknown-unit' | 'former-unit-mapped' | 'unknown-param'
  /** For `former-unit-mapped`: the unit it was replaced by. */
  replacement?: string
}

/** The URL parameters of the filter bar, in the order they are written. */
export const FILTER_PARAMS = ['preset', 'from', 'to', 'granularity', 'boundary', 'units'] as const

export const DEFAULT_PRESET: Exclude<PresetId, 'custom'> = 'ytd'
export const DEFAULT_GRANULARITY: Granularity = 'month'
export const DEFAULT_BOUNDARY: Boundary = 'current'

/** The month range of a preset, relative to the last complete month. */
export function presetRange(preset: Exclude<PresetId, 'custom'>, now?: Date): { from: string; to: string } {
  const last = lastCompleteMonth(now)
  const year = Number(last.slice(0, 4))
  switch (preset) {
    case 'ytd':
      return { from: `${year}-01`, to: last }
    case 'last-year':
      return { from: `${year - 1}-01`, to: `${year - 1}-12` }
    case 'h1':
      return { from: `${year}-01`, to: `${year}-06` }
    case 'last-4q': {
      // The four quarters that ended on or before the last complete month.
      const m = Number(last.slice(5, 7))
      const quarterEnd = addMonths(last, -(m % 3))
      return { from: addMonths(quarterEnd, -11), to: quarterEnd }
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

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value)
}

/**
 * Parses the filter parameters. Every value that is malformed or unknown is replaced by
 * its default and reported; nothing throws. Unit ids are only checked for form here; whether
 * they exist is checked against the org units by the provider.
 */
export function parseFilters(params: URLSearchParams, now?: Date): { filters: Filters; issues: FilterIssue[] } {
  const filters = defaultFilters(now)
  const issues: FilterIssue[] = []

  const preset = params.get('preset')
  if (preset !== null) {
    if (isOneOf(PRESETS, preset) && preset !== 'custom') {
      const named: Exclude<PresetId, 'custom'> = preset
      filters.preset = named
      Object.assign(filters, presetRange(named, now))
    } else if (preset !== 'custom') {
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
    // One end given: the other completes the same calendar year (or the latest complete month).
    to ??= from !== null && from.slice(0, 4) < filters.to.slice(0, 4) ? `${from.slice(0, 4)}-12` : filters.to
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
      if (!unitIdSchema.safeParse(id).success) issues.push({ param: 'units', value: id, reason: 'invalid-unit' })
      else if (!filters.units.includes(id)) filters.units.push(id)
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

/** `?…` holding only the filter parameters: for links between screens that keep the filters. */
export function filterSearch(filters: Filters): string {
  const search = serializeFilters(filters).toString()
  return search ? `?${search}` : ''
}
