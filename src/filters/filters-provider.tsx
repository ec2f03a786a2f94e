/**
 * Provides the parsed filters, the org units and the one way to change the URL. It waits for
 * the org units (one small, long-cached request) so that unit ids in the URL are checked
 * before any screen asks the API for figures.
 */
import { useQuery } from '@tanstack/react-query'
import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react'
import { useSearchParams } from 'react-router'
import { orgUnitsQueries } from '../lib/api/queries'
import { METRICS, type OrgUnit, type UnitId } from '../lib/api/schemas'
import { FILTER_PARAMS, parseFilters, serializeFilters, type FilterIssue, type Filters } from './filters'

export interface FiltersContextValue {
  filters: Filters
  /** What the URL held that was ignored or replaced, for the notice. */
  issues: FilterIssue[]
  /** The units of the chosen boundary view (national level first). */
  units: OrgUnit[]
  /** Every unit, former and current, by id. */
  unitsById: ReadonlyMap<UnitId, OrgUnit>
  /** The months that have data. */
  coverage: { from: string; to: string }
  /** The raw search params, for a screen's own parameters. */
  searchParams: URLSearchParams
  /**
   * One navigation for one change: new filter values and/or a screen's own parameters
   * (null removes one). Changing a filter sends paged lists back to page 1.
   */
  update: (change: { filters?: Partial<Filters>; params?: Record<string, string | null> }) => void
}

const FiltersContext = createContext<FiltersContextValue | null>(null)

/** Parameters every route accepts besides the filters: the mock scenario switch. */
const ALWAYS_ALLOWED = ['mock']

/**
 * The URL after one change: new filter values (unknown units dropped; former units replaced by
 * their successors in the current view; back to page 1) and a screen's own parameters.
 */
function applyChange(
  prev: URLSearchParams,
  patch: Partial<Filters> | undefined,
  params: Record<string, string | null> | undefined,
  unitsById: ReadonlyMap<UnitId, OrgUnit> | undefined,
): URLSearchParams {
  let next: URLSearchParams
  if (patch) {
    const merged: Filters = { ...parseFilters(prev).filters, ...patch }
    if (unitsById) {
      merged.units = merged.units.filter((id) => unitsById.has(id))
      if (merged.boundary === 'current') {
        merged.units = [...new Set(merged.units.map((id) => unitsById.get(id)?.successorId ?? id))]
      }
    }
    next = serializeFilters(merged, prev)
    next.delete('page')
  } else {
    next = new URLSearchParams(prev)
  }
  for (const [key, val] of Object.entries(params ?? {})) {
    if (val === null || val === '') next.delete(key)
    else next.set(key, val)
  }
  return next
}

export function FiltersProvider({
  children,
  renderFallback,
  allowedParams,
}: {
  children: ReactNode
  /** The current screen's own URL parameters (besides the filters). */
  allowedParams: readonly string[]
  /** What to show until the org units are loaded, or when they fail. */
  renderFallback: (state: { error: Error | null; retry: () => void }) => ReactNode
}) {
  const [searchParams, setSearchParams] = useSearchParams()
  const allowedKey = [...FILTER_PARAMS, ...ALWAYS_ALLOWED, ...allowedParams].join(',')
  const orgUnits = useQuery(orgUnitsQueries.list('reported'))

  const value = useMemo((): FiltersContextValue | null => {
    if (!orgUnits.data) return null
    const all = orgUnits.data.units
    const unitsById = new Map(all.map((u) => [u.id, u]))
    const { filters, issues } = parseFilters(searchParams)

    const units: UnitId[] = []
    for (const id of filters.units) {
      const unit = unitsById.get(id)
      if (!unit) {
        issues.push({ param: 'units', value: id, reason: 'unknown-unit' })
      } else if (filters.boundary === 'current' && unit.era === 'former' && unit.successorId) {
        issues.push({ param: 'units', value: id, reason: 'former-unit-mapped', replacement: unit.successorId })
        if (!units.includes(unit.successorId)) units.push(unit.successorId)
      } else if (!units.includes(id)) {
        units.push(id)
      }
    }
    filters.units = units

    const metric = searchParams.get('metric')
    if (metric !== null && allowedParams.includes('metric') && !(METRICS as readonly string[]).includes(metric)) {
      issues.push({ param: 'metric', value: metric, reason: 'invalid-value' })
    }
    const allowed = new Set(allowedKey.split(','))
    for (const key of new Set(searchParams.keys())) {
      if (!allowed.has(key)) issues.push({ param: key, value: searchParams.get(key) ?? '', reason: 'unknown-param' })
    }

    const viewUnits = filters.boundary === 'current' ? all.filter((u) => u.era !== 'former') : all
    return {
      filters,
      issues,
      units: viewUnits,
      unitsById,
      coverage: orgUnits.data.coverage,
      searchParams,
      update: () => undefined,
    }
    // `allowedKey` stands for `allowedParams`, whose array identity changes every render.
    // oxlint-disable-next-line react/exhaustive-deps
  }, [orgUnits.data, searchParams, allowedKey])

  const unitsById = value?.unitsById
  // The URL as the last change left it. `setSearchParams(fn)` hands `fn` the params of the last
  // render, so two changes before a re-render would otherwise undo each other.
  const latest = useRef(searchParams)
  useLayoutEffect(() => {
    latest.current = searchParams
  }, [searchParams])
  const update = useCallback<FiltersContextValue['update']>(
    ({ filters: patch, params }) => {
      const next = applyChange(latest.current, patch, params, unitsById)
      latest.current = next
      setSearchParams(next)
    },
    [setSearchParams, unitsById],
  )

  const provided = useMemo(() => (value ? { ...value, update } : null), [value, update])
  if (!provided) return <>{renderFallback({ error: orgUnits.error, retry: () => void orgUnits.refetch() })}</>
  return <FiltersContext.Provider value={provided}>{children}</FiltersContext.Provider>
}

/** The filters, the units of the view, and `update` to change the URL in one navigation. */
export function useFilters(): FiltersContextValue {
  const ctx = useContext(FiltersContext)
  if (!ctx) throw new Error('useFilters must be used inside <FiltersProvider>')
  return ctx
}
