/**
 * Server rendering of the first view (`npm start`): the page arrives as HTML with its figures
 * already in it, and the browser's React hydrates it (src/main.tsx) instead of building it.
 *
 * The app is rendered as it is, with its own queries: a render finds which queries the page
 * needs (every `useQuery` adds its query to the cache, pending); they are answered by the API
 * app in this process, as the user who asked for the page (their cookie); the page is rendered
 * again with the answers, until it asks for nothing new. The answers go into the page, so the
 * browser starts with them and asks the API for none of them again. Charts are drawn only in
 * the browser (`useHydrated`); the server's HTML holds their place.
 *
 * A page the server cannot render faithfully (a query failed, or rendering threw) is answered
 * with the plain app shell, which renders in the browser as before.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { StrictMode, type ReactNode } from 'react'
import { prerenderToNodeStream } from 'react-dom/static'
import { matchRoutes, StaticRouter } from 'react-router'
import type { Query, QueryKey } from '@tanstack/react-query'
import { App } from './app/app'
import { AppProviders } from './app/providers'
import { routes } from './app/routes'
import { ApiError, setApiTransport } from './lib/api/client'
import { orgUnitsQueries } from './lib/api/queries'
import { sessionQueries } from './lib/api/session'
import { langOfCookie, type Lang } from './lib/i18n/i18n'
import { SIGN_IN_PATH, signInHref } from './lib/next-path'
import { createQueryClient } from './lib/query-client'

/** A query answered on the server, as the browser puts it into its cache. */
export interface ServerQuery {
  key: QueryKey
  data: unknown
  updatedAt: number
}

/** What the server hands to the browser's React with the HTML (`<script type="application/json" id="ttdn-ssr">`). */
export interface ServerState {
  lang: Lang
  queries: ServerQuery[]
  /** Rendered for a phone (`RenderRequest.narrow`). */
  narrow: boolean
}

/** Where a page's time went, for the `Server-Timing` header: renders (and how many), and waiting on the API. */
export interface RenderTiming {
  renders: number
  renderMs: number
  dataMs: number
}

export type RenderedPage =
  | { kind: 'page'; html: string; state: ServerState; status: number; modules: string[]; timing: RenderTiming }
  | { kind: 'redirect'; location: string }
  /** Could not be rendered faithfully: serve the shell that renders in the browser. */
  | { kind: 'shell'; reason: string }

export interface RenderRequest {
  /** Path and search of the page, e.g. `/units?from=2026-01`. */
  url: string
  /** The request's `Cookie` header: the API reads the session from it, the page its language. */
  cookie: string | undefined
  /** Answers an API request (the API app's `fetch`). */
  api: (request: Request) => Promise<Response>
  /** Whether the request comes from a phone, as far as the server can tell: the page is rendered for its width. */
  narrow?: boolean
}

/** The source module of each screen (the route's `path`; '' for the index), for its stylesheet and preload. */
const SCREEN_MODULES: Record<string, string> = {
  '': 'src/features/overview/components/overview-page.tsx',
  units: 'src/features/units/components/units-page.tsx',
  'units/:unitId': 'src/features/units/components/unit-page.tsx',
  activities: 'src/features/activities/components/activities-page.tsx',
  training: 'src/features/training/components/training-page.tsx',
  completeness: 'src/features/completeness/components/completeness-page.tsx',
  plans: 'src/features/plans/components/plans-page.tsx',
  users: 'src/features/users/components/users-page.tsx',
  'reports/:reportId?': 'src/features/reports/components/reports-screen.tsx',
}
const SIGN_IN_MODULE = 'src/features/auth/components/sign-in-page.tsx'

/** Every module a page may name (tests check each is in the build's manifest). */
export const SCREEN_MODULE_PATHS: readonly string[] = [...Object.values(SCREEN_MODULES), SIGN_IN_MODULE]

/** Renders again while a render asks for queries not yet answered; a page needs two or three. */
const MAX_RENDERS = 5

const current = new AsyncLocalStorage<Pick<RenderRequest, 'cookie' | 'api'> & { lang: Lang }>()
setApiTransport((url, init) => {
  const request = current.getStore()
  if (!request) return Promise.reject(new Error('An API request outside a page render'))
  const headers = new Headers(init.headers)
  if (request.cookie) headers.set('Cookie', request.cookie)
  headers.set('Accept-Language', request.lang)
  return request.api(new Request(new URL(url, 'http://ttdn.internal'), { ...init, headers }))
})

async function renderToHtml(element: ReactNode): Promise<string> {
  let failure: unknown = null
  const { prelude } = await prerenderToNodeStream(element, {
    // Every boundary inline, however large: React would otherwise send a big one apart, to be
    // put in place by an inline script, which the CSP refuses (and the page is complete anyway).
    progressiveChunkSize: Number.POSITIVE_INFINITY,
    onError: (error) => {
      failure ??= error
    },
  })
  const chunks: Buffer[] = []
  for await (const chunk of prelude) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  if (failure) throw failure instanceof Error ? failure : new Error(String(failure))
  return Buffer.concat(chunks).toString('utf8')
}

function isEnabled(query: Query): boolean {
  const enabled = (query.options as { enabled?: boolean | ((q: Query) => boolean) }).enabled
  return typeof enabled === 'function' ? enabled(query) : enabled !== false
}

/** The screen module of `pathname` (the sign-in page's on its path). */
function screenModule(pathname: string): string | null {
  if (pathname === SIGN_IN_PATH) return SIGN_IN_MODULE
  const route = (matchRoutes(routes, pathname) ?? []).at(-1)?.route
  if (!route) return null
  return SCREEN_MODULES[route.index ? '' : (route.path ?? '')] ?? null
}

export async function renderPage({ url, cookie, api, narrow = false }: RenderRequest): Promise<RenderedPage> {
  // The language the user chose (the cookie the app writes beside its own storage); Vietnamese by default.
  const lang = langOfCookie(cookie) ?? 'vi'
  const pathname = new URL(url, 'http://ttdn.internal').pathname
  const queryClient = createQueryClient()
  // One attempt each: a failure is left to the browser, which retries as it always does.
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } })
  const element = (
    <StrictMode>
      <AppProviders queryClient={queryClient} lang={lang} narrow={narrow}>
        <StaticRouter location={url}>
          <App />
        </StaticRouter>
      </AppProviders>
    </StrictMode>
  )

  return current.run({ cookie, lang, api }, async () => {
    const asked = new Set<string>()
    const timing: RenderTiming = { renders: 0, renderMs: 0, dataMs: 0 }
    // Every page in the app's layout asks for the session and the units first, and for the rest
    // only once it has them: asked together up front, they save a render and a round of waiting.
    if (pathname !== SIGN_IN_PATH) {
      const asking = performance.now()
      await Promise.all([queryClient.prefetchQuery(sessionQueries.me()), queryClient.prefetchQuery(orgUnitsQueries.list('reported'))])
      timing.dataMs += performance.now() - asking
      // Signed out (or the session ended): the sign-in page, with the way back.
      const me = queryClient.getQueryState(sessionQueries.me().queryKey)
      if (me?.status === 'error' && me.error instanceof ApiError && me.error.status === 401) return { kind: 'redirect', location: signInHref(url) }
    }
    let html = ''
    for (let render = 0; ; render++) {
      const rendering = performance.now()
      html = await renderToHtml(element)
      timing.renders++
      timing.renderMs += performance.now() - rendering
      const waiting = queryClient
        .getQueryCache()
        .getAll()
        .filter((query) => query.state.status === 'pending' && !asked.has(query.queryHash) && isEnabled(query))
      if (waiting.length === 0 || render + 1 >= MAX_RENDERS) break
      for (const query of waiting) asked.add(query.queryHash)
      const asking = performance.now()
      await Promise.all(waiting.map((query) => query.fetch().catch(() => undefined)))
      timing.dataMs += performance.now() - asking
    }
    const failed = queryClient
      .getQueryCache()
      .getAll()
      .find((query) => query.state.status === 'error')
    if (failed) return { kind: 'shell', reason: `query ${failed.queryHash} failed: ${String(failed.state.error)}` }
    const queries = queryClient
      .getQueryCache()
      .getAll()
      .filter((query) => query.state.status === 'success')
      .map((query) => ({ key: query.queryKey, data: query.state.data, updatedAt: query.state.dataUpdatedAt }))
    const module = screenModule(pathname)
    // The not-found content (an unknown route, or a unit that does not exist) answers 404.
    const notFound = module === null || html.includes('class="card not-found"')
    return { kind: 'page', html, state: { lang, queries, narrow }, status: notFound ? 404 : 200, modules: module ? [module] : [], timing }
  })
}
