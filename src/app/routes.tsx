/**
 * The route table of the screens (the layout wraps them; see app.tsx). Screens are loaded on
 * demand; each declares its own URL parameters in `handle.searchParams` so the shell can
 * report unknown ones.
 */
import { lazy } from 'react'
import { matchRoutes, type RouteObject } from 'react-router'
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

export const routes: RouteObject[] = [
  { index: true, element: <OverviewPage />, handle: { searchParams: ['metric'] } },
  { path: 'units', element: <UnitsPage />, handle: { searchParams: ['sort', 'q', 'region'] } },
  { path: 'units/:unitId', element: <UnitPage />, handle: { searchParams: ['metric', 'page', 'sort', 'pageSize'] } },
  {
    path: 'activities',
    element: <ActivitiesPage />,
    handle: { searchParams: ['metric', 'category', 'q', 'sort', 'page', 'pageSize'] },
  },
  { path: 'training', element: <TrainingPage />, handle: { searchParams: ['q', 'sort', 'page', 'pageSize', 'view'] } },
  { path: '*', element: <NotFoundPage /> },
]

/** The URL parameters the screen at `pathname` accepts besides the filters. */
export function screenParams(pathname: string): readonly string[] {
  const matches = matchRoutes(routes, pathname) ?? []
  return matches.flatMap((m) => (m.route.handle as { searchParams?: readonly string[] } | undefined)?.searchParams ?? [])
}
