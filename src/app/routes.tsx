/**
 * The route table of the screens (the layout wraps them; see app.tsx). Screens are loaded on
 * demand; each declares its own URL parameters in `handle.params` (a small pure module, loaded
 * with the app) so the shell can check them and report what it cannot use, and what it takes
 * from the filter bar (`handle.filterBar`).
 */
import { lazy } from 'react'
import { matchRoutes, type RouteMatch, type RouteObject } from 'react-router'
import { explorerParams } from '../features/activities/lib/explorer-params'
import { overviewParams } from '../features/overview/lib/overview-params'
import { trainingParams } from '../features/training/lib/training-params'
import { unitPageParams, unitsParams } from '../features/units/lib/units-params'
import { NO_SCREEN_PARAMS, type ScreenParams } from '../filters/screen-params'
import { NotFoundPage } from './not-found-page'

const loadOverview = () => import('../features/overview/components/overview-page')
// The landing screen: fetch its chunk with the app, in parallel with the org units the layout
// waits for, instead of after them.
if (typeof window !== 'undefined' && window.location.pathname === '/') void loadOverview()
const OverviewPage = lazy(() => loadOverview().then((m) => ({ default: m.OverviewPage })))
const UnitsPage = lazy(() => import('../features/units/components/units-page').then((m) => ({ default: m.UnitsPage })))
const UnitPage = lazy(() => import('../features/units/components/unit-page').then((m) => ({ default: m.UnitPage })))
const ActivitiesPage = lazy(() =>
  import('../features/activities/components/activities-page').then((m) => ({ default: m.ActivitiesPage })),
)
const UsersPage = lazy(() => import('../features/users/components/users-page').then((m) => ({ default: m.UsersPage })))
const CompletenessPage = lazy(() =>
  import('../features/completeness/components/completeness-page').then((m) => ({ default: m.CompletenessPage })),
)
const PlansPage = lazy(() => import('../features/plans/components/plans-page').then((m) => ({ default: m.PlansPage })))
const ReportsScreen = lazy(() => import('../features/reports/components/reports-screen').then((m) => ({ default: m.ReportsScreen })))
const TrainingPage = lazy(() => import('../features/training/components/training-page').then((m) => ({ default: m.TrainingPage })))

/** A screen's parameters named, their values left to the screen. */
function paramKeys(keys: readonly string[]): Pick<ScreenParams<unknown>, 'keys' | 'parse'> {
  return { keys, parse: NO_SCREEN_PARAMS.parse }
}

interface ScreenHandle {
  params: Pick<ScreenParams<unknown>, 'keys' | 'parse'>
  filterBar?: false | FilterBarHandle
}

export const routes: RouteObject[] = [
  { index: true, element: <OverviewPage />, handle: { params: overviewParams } satisfies ScreenHandle },
  // The units table sums each unit over the period: the granularity changes nothing there.
  { path: 'units', element: <UnitsPage />, handle: { params: unitsParams, filterBar: { granularity: false } } satisfies ScreenHandle },
  { path: 'units/:unitId', element: <UnitPage />, handle: { params: unitPageParams, filterBar: { unitParam: 'unitId' } } satisfies ScreenHandle },
  // A list of records has no periods to group: no granularity.
  { path: 'activities', element: <ActivitiesPage />, handle: { params: explorerParams, filterBar: { granularity: false } } satisfies ScreenHandle },
  { path: 'training', element: <TrainingPage />, handle: { params: trainingParams } satisfies ScreenHandle },
  // The work cycle: a period or a year of its own, not the filter bar's range.
  // Their parameters' values are checked by the screens themselves (each says what it could not
  // use): the route table only names them, so their code stays out of the first render's.
  { path: 'completeness', element: <CompletenessPage />, handle: { params: paramKeys(['period', 'sort']), filterBar: false } satisfies ScreenHandle },
  { path: 'plans', element: <PlansPage />, handle: { params: paramKeys(['year', 'unit']), filterBar: false } satisfies ScreenHandle },
  // Managing users (admins only) has nothing to filter.
  { path: 'users', element: <UsersPage />, handle: { params: NO_SCREEN_PARAMS, filterBar: false } satisfies ScreenHandle },
  // The reports and a report (one unit's document for one period): nothing to filter.
  { path: 'reports/:reportId?', element: <ReportsScreen />, handle: { params: NO_SCREEN_PARAMS, filterBar: false } satisfies ScreenHandle },
  // A page that does not exist has nothing to filter.
  { path: '*', element: <NotFoundPage />, handle: { params: NO_SCREEN_PARAMS, filterBar: false } satisfies ScreenHandle },
]

interface FilterBarHandle {
  /** Leave out the granularity select: the screen shows no series by period. */
  granularity?: false
  /** The route parameter naming a unit: an unknown unit is a not-found page, without the bar. */
  unitParam?: string
}

/** What the screen at `pathname` shows of the filter bar. */
export interface FilterBarUse {
  show: boolean
  granularity: boolean
}

let lastMatch: { pathname: string; match: RouteMatch | undefined } | null = null
/**
 * The deepest route that matches `pathname`. The layout asks twice a render, and matching ranks
 * every route each time (milliseconds on a phone): the last answer is kept.
 */
function screenMatch(pathname: string): RouteMatch | undefined {
  if (lastMatch?.pathname !== pathname) lastMatch = { pathname, match: (matchRoutes(routes, pathname) ?? []).at(-1) }
  return lastMatch.match
}

/**
 * The filter bar of the screen at `pathname`: none on a not-found page (an unknown route, or
 * a unit that does not exist: `unitExists` says, or null while the units load), and the
 * granularity only where the screen draws series by period.
 */
export function filterBarUse(pathname: string, unitExists: ((id: string) => boolean) | null): FilterBarUse {
  const match = screenMatch(pathname)
  const handle = (match?.route.handle as ScreenHandle | undefined)?.filterBar
  if (handle === false) return { show: false, granularity: false }
  const unitId = handle?.unitParam ? match?.params[handle.unitParam] : undefined
  if (unitId !== undefined && unitExists && !unitExists(unitId)) return { show: false, granularity: false }
  return { show: true, granularity: handle?.granularity !== false }
}
/** The own URL parameters of the screen at `pathname` (none for an unknown path). */
export function screenParams(pathname: string): Pick<ScreenParams<unknown>, 'keys' | 'parse'> {
  const match = screenMatch(pathname)
  return (match?.route.handle as ScreenHandle | undefined)?.params ?? NO_SCREEN_PARAMS
}
