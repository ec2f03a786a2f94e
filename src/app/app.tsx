import { useRoutes } from 'react-router'
import { AppLayout } from './layout'
import { filterBarUse, routes, screenParams } from './routes'

function Screens() {
  return useRoutes(routes)
}

/**
 * The whole app inside a router: the browser's in production, a memory router in tests. The
 * declarative router keeps the first download small (the data router costs ~18 KB gzip more,
 * for loaders and actions this app does not use).
 */
export function App() {
  return (
    <AppLayout screenParams={screenParams} filterBarUse={filterBarUse}>
      <Screens />
    </AppLayout>
  )
}
