/**
 * The API as one web-standard app (Request in, Response out): the same app answers behind the
 * Node HTTP server in production and behind MSW in development and tests. Each resource is a
 * module of its own under `routes/`; the SQL lives in `store/`.
 */
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { authConfigFromEnv, type AuthConfig } from './auth/config'
import { originCheck, sessionGate, type AuthContext } from './auth/middleware'
import type { Session } from './auth/sessions'
import { responseCache } from './cache'
import { API_BASE_PATH, RESOURCES, RESOURCE_METHODS } from './config'
import type { Database } from './db/connect'
import { ApiError, errorBody, errorResponse } from './errors'
import { openApiDocument } from './openapi'
import { API_REFERENCE_CSS, renderApiReference } from './openapi-page'
import { ParamError } from './params'
import { LockedError, activitiesRoutes } from './routes/activities'
import { authRoutes } from './routes/auth'
import { usersRoutes } from './routes/users'
import { plansRoutes } from './routes/plans'
import { reportsRoutes } from './routes/reports'
import { orgUnitsRoutes } from './routes/org-units'
import { statsRoutes } from './routes/stats'
import type { SessionUser } from './auth/guard'
import { createStoreContext, type StoreContext } from './store/context'

export type AppEnv = {
  Variables: { store: StoreContext; user: SessionUser | null; session: Session | null; auth: AuthContext }
}

/** The largest request body the API reads (413 beyond). */
export const MAX_BODY_BYTES = 64 * 1024

export interface AppOptions {
  database: Database
  /** Keep answers in memory per data version (default true; the bench turns it off to time the work). */
  cache?: boolean
  /** Sign-in settings (default: from the environment, `server/auth/config.ts`), partly overridable. */
  auth?: Partial<AuthConfig>
  /**
   * The clock (ms since the epoch; default: the real one), for sessions and the sign-in limit,
   * and for the records: today in Vietnam is the latest date a record may have, and the data
   * coverage runs up to its month. Tests inject their own.
   */
  now?: () => number
  /** Where users and sessions live, when not in `database` (the mock host's empty scenario signs in against the demo one). */
  accounts?: Database
}

/** The read resources whose answers are the same for everyone, and so may be kept in memory. */
function isSharedRead(path: string): boolean {
  const rest = path.startsWith(`${API_BASE_PATH}/`) ? path.slice(API_BASE_PATH.length + 1).replace(/\/$/, '') : null
  return rest !== null && (RESOURCES as readonly string[]).includes(rest)
}

export function createApp({ database, cache = true, auth = {}, now = Date.now, accounts = database }: AppOptions): Hono<AppEnv> {
  const today = () => new Date(now())
  const store = createStoreContext(database.db, { now: today })
  const authContext: AuthContext = { db: accounts.db, config: { ...authConfigFromEnv(), ...auth }, now }
  const api = new Hono<AppEnv>()
  api.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => errorResponse(413, 'payload_too_large', `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`),
    }),
  )
  api.use(originCheck(authContext.config))
  api.use(async (c, next) => {
    c.set('store', store)
    c.set('auth', authContext)
    await next()
  })
  // Before the cache: no answer, cached or not, reaches a request without a session.
  api.use(sessionGate())
  // Per-user answers: registered before the cache, which never sees them.
  api.route('/', authRoutes)
  api.route('/', usersRoutes)
  // Reports, plans and completeness change with their own writes, which the records' data
  // version (the cache's stamp) does not follow: never cached.
  api.route('/', reportsRoutes)
  api.route('/', plansRoutes)
  if (cache) api.use(responseCache(database.db, { now: today, cacheable: isSharedRead }))
  api.route('/', orgUnitsRoutes)
  api.route('/', statsRoutes)
  api.route('/', activitiesRoutes)
  api.get('/openapi.json', (c) => c.json(openApiDocument()))
  api.get('/docs', (c) => c.html(renderApiReference(openApiDocument(), API_BASE_PATH)))
  api.get('/docs.css', (c) => c.body(API_REFERENCE_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }))
  api.all('*', (c) => {
    const path = c.req.path
    const resource = RESOURCES.find((r) => path === `${API_BASE_PATH}/${r}` || path === `${API_BASE_PATH}/${r}/`)
    if (resource && !RESOURCE_METHODS[resource].includes(c.req.method)) {
      const allowed = RESOURCE_METHODS[resource].join(', ')
      const response = errorResponse(405, 'method_not_allowed', `Method ${c.req.method} is not allowed on ${path} (allowed: ${allowed}).`)
      response.headers.set('Allow', allowed)
      return response
    }
    return errorResponse(404, 'not_found', `No API resource at ${path}.`)
  })

  const app = new Hono<AppEnv>()
  app.get('/healthz', (c) => c.json({ status: 'ok' }))
  app.get('/readyz', async (c) =>
    (await database.ping())
      ? c.json({ status: 'ready', database: database.kind })
      : c.json({ status: 'unavailable', database: database.kind }, 503),
  )
  app.route(API_BASE_PATH, api)
  app.onError(async (error) => {
    if (error instanceof ParamError) return errorResponse(400, 'invalid_parameter', error.message, error.field)
    if (error instanceof LockedError) {
      const body = errorBody(error.code, error.message, error.field)
      return Response.json({ error: { ...body.error, report: error.report } }, { status: error.status })
    }
    if (error instanceof ApiError) return errorResponse(error.status, error.code, error.message, error.field)
    if (!(await database.ping())) {
      return errorResponse(503, 'database_unavailable', 'The database is not reachable right now. Try again in a moment.')
    }
    console.error(JSON.stringify({ level: 'error', msg: 'unhandled error', error: error instanceof Error ? error.message : String(error) }))
    return errorResponse(500, 'internal_error', 'The server failed to answer this request.')
  })
  return app
}
