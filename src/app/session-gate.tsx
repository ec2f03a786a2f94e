/**
 * The app's side of sign-in: the gate that checks `GET /auth/me` before the screens render,
 * the page shell around the sign-in form, and the handler for a session that ends while the
 * app is open. The server refuses every request without a session; this only decides what
 * the user sees.
 */
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react'
import { Navigate, useLocation, useNavigate, type Location } from 'react-router'
import { Skeleton, ErrorState } from '../components/widget-state'
import { ApiError, setCsrfToken, setUnauthenticatedHandler } from '../lib/api/client'
import { sessionQueries, useMe } from '../lib/api/session'
import { commonMessages } from '../lib/i18n/common-messages'
import { useMessages } from '../lib/i18n/i18n'
import { SIGN_IN_PATH, signInHref } from '../lib/next-path'
import { LanguageSwitch } from './language-switch'
import { sessionMessages } from './session-messages'
import './session.css'
import { shellMessages } from './shell-messages'

/** What the sign-in page is told by whoever sent the user there. */
export interface SignInState {
  /** The session ended while the app was open (expired, or the account was disabled). */
  sessionEnded?: boolean
}

const pathOf = (location: Pick<Location, 'pathname' | 'search' | 'hash'>) => `${location.pathname}${location.search}${location.hash}`

/** Header with the app's name and the language switch, without navigation: sign-in and the session check. */
export function SessionShell({ children }: { children: ReactNode }) {
  const m = useMessages(shellMessages)
  const c = useMessages(commonMessages)
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {m.skipToContent}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <div className="brand">
            <span className="brand__name">{c.appName}</span>
            <span className="brand__tagline">{c.appTagline}</span>
          </div>
          <div className="session-shell__lang">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">{m.footer}</footer>
    </div>
  )
}

/**
 * Renders the screens only for a signed-in user. It sits inside the layout, so the header and
 * the filter bar (and the org units they load) come up while `/auth/me` answers; meanwhile the
 * screen is a skeleton, never the sign-in page. Signed out: the sign-in page, with the way back
 * in `?next=`.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const me = useMe()
  const location = useLocation()
  const m = useMessages(sessionMessages)
  if (me.data) return <>{children}</>
  if (me.error) {
    if (isUnauthenticated(me.error)) return <Navigate to={signInHref(pathOf(location))} replace />
    return <ErrorState error={me.error} onRetry={() => void me.refetch()} title={m.sessionError} />
  }
  return <Skeleton height={320} label={m.checkingSession} />
}

/** The API's answer when there is no session (or it ended). */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401
}

/**
 * Any 401 after the user was signed in (the session expired, was ended elsewhere, or the
 * account was disabled) sends them to the sign-in page with "your session ended", and back to
 * the same place afterwards. A first visit without a session is the gate's to handle.
 */
export function useSessionEndHandler(): void {
  const navigate = useNavigate()
  const location = useLocation()
  const queryClient = useQueryClient()
  const where = useRef(location)
  const handled = useRef(false)
  useLayoutEffect(() => {
    where.current = location
    if (location.pathname === SIGN_IN_PATH) handled.current = false
  }, [location])
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      const at = where.current
      if (at.pathname === SIGN_IN_PATH || handled.current) return
      if (!queryClient.getQueryData(sessionQueries.me().queryKey)) return
      handled.current = true
      setCsrfToken(null)
      void navigate(signInHref(pathOf(at)), { state: { sessionEnded: true } satisfies SignInState })
    })
    return () => setUnauthenticatedHandler(null)
  }, [navigate, queryClient])
}
