/**
 * Provides the parsed filters, the org units and the one way to change the URL. It waits for
 * the org units (one small, long-cached request) so that unit ids in the URL are checked
 * before any screen asks the API for figures.
 */
import { useQuery } from '@tanstack/react-query'
import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react'
import { useSearchParams } from 'react-router'
import { orgUnitsQueries } from '../lib/api/queries'
import type { OrgUnit, UnitId } from '../lib/api/schemas'
import { parseFilters, patchFilters, serializeFilters, type FilterIssue, type Filters } from './filters'
import { screenIssues, type ScreenParams } from './screen-params'

/** One change of the URL: new filter values and/or a screen's own parameters (null removes one). */
export interface UrlChange {
  filters?: Partial<Filters>
  params?: Record<string, string | null>
}

/** The state a change can be computed from: the URL as the last change left it, parsed. */
export interface UrlState {
  filters: Filters
  params: URLSearchParams
}

export interface UpdateOptions {
  /** Replace the current history entry instead of adding one (a search box, as it is typed). */
  replace?: boolean
}

export type Update = (change: UrlChange | ((current: UrlState) => UrlChange), options?: UpdateOptions) => void

export interface FiltersContextValue {
  filters: Filters
  /** What the URL held that was ignored or replaced (the filters' and the screen's), for the notice. */
  issues: FilterIssue[]
  /** The units of the chosen boundary view (national level first). */
  units: OrgUnit[]
  /** Every unit, former and current, by id. */
  unitsById: ReadonlyMap<UnitId, OrgUnit>
  /** The months that have data. */
  coverage: { from: string; to: string }
  /** The raw search params, for a screen's own parameters (read them with `useScreenParams`). */
  searchParams: URLSearchParams
  /**
   * One navigation for one change: serialise(parse(URL) + change). Pass a function to compute
   * the change from the latest URL, which may hold changes not rendered yet. Changing a filter
   * sends paged lists back to page 1.
   */
  update: Update
}

const FiltersContext = createContext<FiltersContextValue | null>(null)

/** The URL after one change. Pure: `prev` is the URL as the last change left it. */
export function applyUrlChange(
  prev: URLSearchParams,
  change: UrlChange | ((current: UrlState) => UrlChange),
  unitsById: ReadonlyMap<UnitId, OrgUnit>,
): URLSearchParams {
  const { filters } = parseFilters(prev, { unitsById })
  const { filters: patch, params } = typeof change === 'function' ? change({ filters, params: new URLSearchParams(prev) }) : change
  let next: URLSearchParams
  if (patch) {
    next = serializeFilters(patchFilters(filters, patch, unitsById), prev)
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
  screen,
}: {
  children: ReactNode
  /** The current screen's own URL parameters (besides the filters). */
  screen: Pick<ScreenParams<unknown>, 'keys' | 'parse'>
  /** What to show until the org units are loaded, or when they fail. */
  renderFallback: (state: { error: Error | null; retry: () => void }) => ReactNode
}) {
  const [searchParams, setSearchParams] = useSearchParams()
  const orgUnits = useQuery(orgUnitsQueries.list('reported'))

  const value = useMemo((): Omit<FiltersContextValue, 'update'> | null => {
    if (!orgUnits.data) return null
    const all = orgUnits.data.units
    const unitsById = new Map(all.map((u) => [u.id, u]))
    const { filters, issues } = parseFilters(searchParams, { unitsById })
    issues.push(...screenIssues(searchParams, screen))
    const viewUnits = filters.boundary === 'current' ? all.filter((u) => u.era !== 'former') : all
    return { filters, issues, units: viewUnits, unitsById, coverage: orgUnits.data.coverage, searchParams }
  }, [orgUnits.data, searchParams, screen])

  const unitsById = value?.unitsById
  // The URL as the last change left it. Navigations render in a transition, so a second change
  // can come before the first one is on screen (two selects changed 50 ms apart); it must start
  // from the first one's URL, not from the rendered one. `pending` holds the URLs navigated to
  // and not rendered yet: a render of one of them is not news; any other URL (back/forward, a
  // link) is, and becomes the base.
  const nav = useRef({ latest: searchParams, pending: [] as string[] })
  useLayoutEffect(() => {
    const state = nav.current
    const at = state.pending.indexOf(searchParams.toString())
    if (at === -1) {
      state.pending = []
      state.latest = searchParams
    } else {
      state.pending = state.pending.slice(at + 1)
      if (state.pending.length === 0) state.latest = searchParams
    }
  }, [searchParams])
  const update = useCallback<Update>(
    (change, options) => {
      if (!unitsById) return
      const state = nav.current
      const next = applyUrlChange(state.latest, change, unitsById)
      if (next.toString() === state.latest.toString()) return
      state.latest = next
      state.pending = [...state.pending, next.toString()]
      setSearchParams(next, options?.replace ? { replace: true } : undefined)
    },
    [setSearchParams, unitsById],
  )

  const provided = useMemo(() => (value ? { ...value, update } : null), [value, update])
  // `provided` holds `update`, which reads the ref when called, never during render.
  // oxlint-disable-next-line react/refs
  if (!provided) return <>{renderFallback({ error: orgUnits.error, retry: () => void orgUnits.refetch() })}</>
  return <FiltersContext.Provider value={provided}>{children}</FiltersContext.Provider>
}

/** The filters, the units of the view, and `update` to change the URL in one navigation. */
export function useFilters(): FiltersContextValue {
  const ctx = useContext(FiltersContext)
  if (!ctx) throw new Error('useFilters must be used inside <FiltersProvider>')
  return ctx
}
