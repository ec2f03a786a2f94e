import { lazy, Suspense, useEffect, type ComponentProps, type ReactNode } from 'react'
import { NavLink, useLocation } from 'react-router'
import { DismissableNotice } from '../components/dismissable-notice'
import { Skeleton, ErrorState } from '../components/widget-state'
import { FilterBar } from '../filters/filter-bar'
import { filterSearch, isNamedPreset } from '../filters/filters'
import { FiltersProvider, useFilters } from '../filters/filters-provider'
import { presetLabel } from '../filters/preset-label'
import { unitLabel } from '../lib/units'
import type { ScreenParams } from '../filters/screen-params'
import { commonMessages } from '../lib/i18n/common-messages'
import { useHydrated } from '../lib/use-hydrated'
import { useLang, useMessages } from '../lib/i18n/i18n'
import { useMe } from '../lib/api/session'
import { LanguageSwitch } from './language-switch'
import { sessionMessages } from './session-messages'
import { UserMenu } from './user-menu'
import { isUnauthenticated, RequireSession } from './session-gate'
import { ScreenErrorBoundary } from './route-error-page'
import { ScreenReadyMark } from './screen-ready'
import type { FilterBarUse } from './routes'
import { shellMessages } from './shell-messages'

// Only paper shows it: loaded after the first render (with the export captions it needs), long
// before anyone prints.
const PrintHeader = lazy(() => import('./print-header').then((m) => ({ default: m.PrintHeader })))

/** Links to the screens; `search` carries the filters from one screen to the next. */
function NavLinks({ search }: { search: string }) {
  const m = useMessages(shellMessages)
  const s = useMessages(sessionMessages)
  const { data: me } = useMe()
  const { pathname } = useLocation()
  // On a phone the row scrolls sideways: bring the current screen's link into it (the row only,
  // never the page). It runs again on each navigation, which moves the active link.
  useEffect(() => {
    const link = document.querySelector('.main-nav .active')
    const row = link?.closest('ul')
    if (link && row) row.scrollLeft += link.getBoundingClientRect().left - row.getBoundingClientRect().left - 12
    // oxlint-disable-next-line react/exhaustive-effect-dependencies -- `pathname` is the trigger, not an input
  }, [pathname])
  const items = [
    { to: '/', label: m.navOverview, end: true },
    { to: '/units', label: m.navUnits, end: false },
    { to: '/activities', label: m.navActivities, end: false },
    { to: '/training', label: m.navTraining, end: false },
    { to: '/reports', label: m.navReports, end: false, noFilters: true },
    { to: '/completeness', label: m.navCompleteness, end: false, noFilters: true },
    { to: '/plans', label: m.navPlans, end: false, noFilters: true },
    // Only an admin manages users (the server refuses anyone else).
    ...(me?.role === 'admin' ? [{ to: '/users', label: s.navUsers, end: false, noFilters: true }] : []),
  ]
  return (
    <nav className="main-nav" aria-label={m.mainNav}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={{ pathname: item.to, search: 'noFilters' in item ? '' : search }} end={item.end}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}

function MainNav() {
  const { filters } = useFilters()
  return <NavLinks search={filterSearch(filters)} />
}

/** The user menu with the reporter's unit named in the UI's language. */
function SignedInUser() {
  const { unitsById } = useFilters()
  const { lang } = useLang()
  const { data: me } = useMe()
  const unit = me?.unit ? unitsById.get(me.unit) : undefined
  return <UserMenu unitName={unit ? unitLabel(unit, lang, false) : (me?.unit ?? null)} />
}

/** Names the URL parameters that were ignored or replaced. */
function FilterNotice() {
  const m = useMessages(shellMessages)
  const { lang } = useLang()
  const { issues } = useFilters()
  const presetName = (id: string) => (isNamedPreset(id) ? presetLabel(id, lang) : id)
  const items = issues.map((issue) => ({ key: `${issue.param}|${issue.value}|${issue.reason}`, text: m.issue(issue, presetName) }))
  return <DismissableNotice title={m.noticeTitle} items={items} dismissLabel={m.dismiss} />
}

/** The filter bar as the current screen uses it (none on a not-found page). */
function ScreenFilterBar({ pathname, use }: { pathname: string; use: AppLayoutProps['filterBarUse'] }) {
  const { unitsById } = useFilters()
  const { show, granularity } = use(pathname, (id) => unitsById.has(id))
  return show ? <FilterBar granularity={granularity} /> : null
}

/** In development, says which mock scenario is active, so an error screen is not mistaken for a bug. */
function MockScenarioBanner() {
  const m = useMessages(shellMessages)
  if (!import.meta.env.DEV) return null
  const scenario = sessionStorage.getItem('ttdn.mock-active')
  if (!scenario) return null
  return (
    <p className="dev-banner" role="note">
      {m.mockScenario(scenario)}
    </p>
  )
}

/**
 * The print header, once the page is hydrated: on the server it would hold the page's hydration
 * until its chunk loads. Its own component, so that the switch re-renders only this: an update
 * reaching the screen while React still waits for the screen's code would make React drop the
 * server's HTML and build the screen again.
 */
function DeferredPrintHeader(props: ComponentProps<typeof PrintHeader>) {
  if (!useHydrated()) return null
  return (
    <Suspense fallback={null}>
      <PrintHeader {...props} />
    </Suspense>
  )
}

/**
 * Header, navigation, filter bar and the one notice around the current screen. `screenParams`
 * gives the own URL parameters of the screen at a path: the notice reports what they cannot use,
 * and any parameter no one reads; `filterBarUse` says what the screen shows of the filter bar.
 */
interface AppLayoutProps {
  children: ReactNode
  screenParams: (pathname: string) => Pick<ScreenParams<unknown>, 'keys' | 'parse'>
  filterBarUse: (pathname: string, unitExists: ((id: string) => boolean) | null) => FilterBarUse
}

export function AppLayout({ children, screenParams, filterBarUse }: AppLayoutProps) {
  const { pathname, search } = useLocation()
  const m = useMessages(shellMessages)
  const c = useMessages(commonMessages)
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {m.skipToContent}
      </a>
      <MockScenarioBanner />
      <FiltersProvider
        screen={screenParams(pathname)}
        renderFallback={({ error, retry }) => (
          <>
            <header className="app-header">
              <div className="app-header__inner">
                <div className="brand">
                  <span className="brand__name">{c.appName}</span>
                  <span className="brand__tagline">{c.appTagline}</span>
                </div>
                <NavLinks search={search} />
                <LanguageSwitch />
                <UserMenu unitName={null} />
              </div>
            </header>
            {/* Holds the filter bar's place, so nothing jumps when it arrives. */}
            {filterBarUse(pathname, null).show && <div className="filter-bar filter-bar--placeholder" aria-hidden="true" />}
            <main id="main" className="app-main" tabIndex={-1}>
              {/* Signed out, every request is refused: the session check sends the user to sign in. */}
              {error && !isUnauthenticated(error) ? (
                <ErrorState error={error} onRetry={retry} title={m.unitsError} />
              ) : (
                <RequireSession>
                  <Skeleton height={320} label={m.loadingUnits} />
                </RequireSession>
              )}
            </main>
            <footer className="app-footer">{m.footer}</footer>
          </>
        )}
      >
        <header className="app-header">
          <div className="app-header__inner">
            <div className="brand">
              <span className="brand__name">{c.appName}</span>
              <span className="brand__tagline">{c.appTagline}</span>
            </div>
            <MainNav />
            <LanguageSwitch />
            <SignedInUser />
          </div>
        </header>
        <ScreenFilterBar pathname={pathname} use={filterBarUse} />
        <main id="main" className="app-main" tabIndex={-1}>
          <DeferredPrintHeader pathname={pathname} use={filterBarUse} />
          <FilterNotice />
          <ScreenErrorBoundary resetKey={pathname}>
            <Suspense fallback={<Skeleton height={320} />}>
              {children}
              <ScreenReadyMark />
            </Suspense>
          </ScreenErrorBoundary>
        </main>
        <footer className="app-footer">{m.footer}</footer>
      </FiltersProvider>
    </div>
  )
}
