/**
 * The route table of the screens (the layout wraps them; see app.tsx). Screens are loaded on
 * demand; each declares its own URL parameters in `handle.params` (a small pure module, loaded
 * with the app) so the shell can check them and report what it cannot use.
 */
import { lazy } from 'react'
import { matchRoutes, type RouteObject } from 'react-router'
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
const TrainingPage = lazy(() => import('../features/training/components/training-page').then((m) => ({ default: m.TrainingPage })))

interface ScreenHandle {
  params: Pick<ScreenParams<unknown>, 'keys' | 'parse'>
}

export const routes: RouteObject[] = [
  { index: true, element: <OverviewPage />, handle: { params: overviewParams } satisfies ScreenHandle },
  { path: 'units', element: <UnitsPage />, handle: { params: unitsParams } satisfies ScreenHandle },
  { path: 'units/:unitId', element: <UnitPage />, handle: { params: unitPageParams } satisfies ScreenHandle },
  { path: 'activities', element: <ActivitiesPage />, handle: { params: explorerParams } satisfies ScreenHandle },
  { path: 'training', element: <TrainingPage />, handle: { params: trainingParams } satisfies ScreenHandle },
  { path: '*', element: <NotFoundPage /> },
]

/** The own URL parameters of the screen at `pathname` (none for an unknown path). */
export function screenParams(pathname: string): Pick<ScreenParams<unknown>, 'keys' | 'parse'> {
  const match = (matchRoutes(routes, pathname) ?? []).at(-1)
  return (match?.route.handle as ScreenHandle | undefined)?.params ?? NO_SCREEN_PARAMS
}
