import { lazy, Suspense } from 'react'
import { useLocation, useRoutes } from 'react-router'
import { Skeleton } from '../components/widget-state'
import { SIGN_IN_PATH } from '../lib/next-path'
import { AppLayout } from './layout'
import { ScreenReadyMark } from './screen-ready'
import { filterBarUse, routes, screenParams } from './routes'
import { RequireSession, SessionShell, useSessionEndHandler, type SignInState } from './session-gate'

// Signed-in users (most visits) never need the form: it loads on demand.
const SignInPage = lazy(() => import('../features/auth/components/sign-in-page').then((m) => ({ default: m.SignInPage })))

function Screens() {
  return useRoutes(routes)
}

/**
 * The whole app inside a router: the browser's in production, a memory router in tests. The
 * declarative router keeps the first download small (the data router costs ~18 KB gzip more,
 * for loaders and actions this app does not use). The sign-in page has its own shell, without
 * navigation or filters; every other page needs a session.
 */
export function App() {
  const location = useLocation()
  useSessionEndHandler()
  if (location.pathname === SIGN_IN_PATH) {
    const state = location.state as SignInState | null
    return (
      <SessionShell>
        <Suspense fallback={<Skeleton height={320} />}>
          <SignInPage sessionEnded={state?.sessionEnded === true} />
          <ScreenReadyMark />
        </Suspense>
      </SessionShell>
    )
  }
  return (
    <AppLayout screenParams={screenParams} filterBarUse={filterBarUse}>
      <RequireSession>
        <Screens />
      </RequireSession>
    </AppLayout>
  )
}
