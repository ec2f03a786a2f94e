/**
 * Provides the parsed filters, the org units and the one way to change the URL. It waits for
 * the org units (one small, long-cached request) so that unit ids in the URL are checked
 * before any screen asks the API for figures.
 */
import { useQuery } from '@tanstack/react-query'
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react'
import { useMatches, useSearchParams } from 'react-router'
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

interface RouteHandle {
  /** The screen's own URL parameters, so that others can be reported as unknown. */
  searchParams?: readonly string[]
}

function useAllowedParams(): Set<string> {
  const matches = useMatches()
  const allowed = new Set<string>([...FILTER_PARAMS, ...ALWAYS_ALLOWED])
  for (const match of matches) {
    const handle = match.handle as RouteHandle | undefined
    for (const name of handle?.searchParams ?? []) allowed.add(name)
  }
  return allowed
}

export function FiltersProvider({
  children,
  renderFallback,
}: {
  children: ReactNode
  /** What to show until the org units are loaded, or when they fail. */
  renderFallback: (state: { error: Error | null; retry: () => void }) => ReactNode
}) {
  const [searchParams, setSearchParams] = useSearchParams()
  const allowed = useAllowedParams()
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
    if (metric !== null && allowed.has('metric') && !(METRICS as readonly string[]).includes(metric)) {
      issues.push({ param: 'metric', value: metric, reason: 'invalid-value' })
    }
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
    // `allowed` is rebuilt each render; its content only changes with the route.
    // oxlint-disable-next-line react/exhaustive-deps
  }, [orgUnits.data, searchParams, [...allowed].join(',')])

  const unitsById = value?.unitsById
  const update = useCallback<FiltersContextValue['update']>(
    ({ filters: patch, params }) => {
      setSearchParams((prev) => {
        // Start from the URL this change applies to (not the last render), so two changes in
        // quick succession compose instead of the second undoing the first.
        const current = parseFilters(prev).filters
        let next = prev
        if (patch) {
          const merged: Filters = { ...current, ...patch }
          if (unitsById) {
            merged.units = merged.units.filter((id) => unitsById.has(id))
            if (merged.boundary === 'current') {
              // Former units have no place in the current view: select their successors.
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
      })
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
