/**
 * Named network behaviours layered over the happy-path handlers (`worker.use()` /
 * `server.use()` prepend them), and per-resource overrides for tests that fail one widget.
 *
 * The whole-app scenarios `error`, `empty` and `malformed` affect the data resources
 * (`/stats`, `/summary`, `/activities`) and leave `/org-units` alone: the units are reference
 * data the filter bar needs, and the point of a scenario is to see each widget's own state.
 * Use `orgUnitsError()` or `orgUnitsMalformed()` to fail the units too.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw'
import { forwardToApi } from './forward'
import { ANY_API_PATH, errorResponse, resourcePath, type MockResource } from './responses'

export const SCENARIO_NAMES = ['slow', 'error', 'empty', 'malformed'] as const
export type ScenarioName = (typeof SCENARIO_NAMES)[number]

/** The scenario a URL parameter or an environment variable names, or null for none/unknown. */
export function parseScenarioName(value: string | null | undefined): ScenarioName | null {
  const name = value?.trim().toLowerCase()
  return (SCENARIO_NAMES as readonly string[]).includes(name ?? '') ? (name as ScenarioName) : null
}

/** The delay of the `slow` scenario: long enough to see every loading state. */
export const SLOW_DELAY_MS = 2000

const DATA_RESOURCES = ['stats', 'summary', 'activities'] as const satisfies readonly MockResource[]

/** Answers the resource with a server fault (500 and an error body, by default). */
export function errorHandler(resource: MockResource, status = 500): HttpHandler {
  return http.get(resourcePath(resource), () =>
    errorResponse(status, 'internal_error', `The mock server failed on purpose while answering /${resource} (status ${status}).`),
  )
}

/**
 * Bodies that parse as JSON but break the contract (numbers as strings, a bad date, missing
 * fields), so the client's schema check, not a crash, must catch them.
 */
const MALFORMED_BODIES: Record<MockResource, unknown> = {
  'org-units': { boundary: 'current', coverage: { from: '2018-01', to: '2026-10' }, units: [{ id: 'c01', name: 'Hà Nội' }] },
  stats: {
    metric: 'articles',
    from: '2024-01',
    to: '2024-12',
    granularity: 'year',
    by: ['period'],
    boundary: 'current',
    rows: [{ period: '2024', value: '1234' }],
    total: '1234',
  },
  summary: {
    from: '2024-01',
    to: '2024-12',
    previousFrom: '2023-01',
    previousTo: '2023-12',
    complete: 'yes',
    metrics: [{ metric: 'articles', value: '1234', previous: null }],
  },
  activities: {
    items: [{ id: 'x-1', date: '10/09/2024', unit: 'Quảng Ngãi', kind: 'trainings', title: 42, quantity: '1' }],
    total: 1,
    page: 1,
    pageSize: 50,
    pageCount: 1,
  },
}

/** Answers the resource with 200 and a body that violates the contract. */
export function malformedHandler(resource: MockResource): HttpHandler {
  const body = JSON.stringify(MALFORMED_BODIES[resource])
  return http.get(resourcePath(resource), () => new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } }))
}

/**
 * Answers the data resource from the server app over an empty database: valid responses with
 * no records, parameters still validated by the server.
 */
export function emptyHandlers(resource: (typeof DATA_RESOURCES)[number]): HttpHandler[] {
  return [http.get(resourcePath(resource), ({ request }) => forwardToApi(request, 'empty'))]
}

/**
 * Delays the resource (or every API request) and then lets the next handler answer: a
 * resolver that returns nothing falls through in MSW.
 */
export function delayHandler(resource: MockResource | 'all', ms: number = SLOW_DELAY_MS): HttpHandler {
  return http.get(resource === 'all' ? ANY_API_PATH : resourcePath(resource), async () => {
    await delay(ms)
  })
}

export const orgUnitsError = (): HttpHandler => errorHandler('org-units')
export const orgUnitsMalformed = (): HttpHandler => malformedHandler('org-units')
export const statsError = (): HttpHandler => errorHandler('stats')
export const statsMalformed = (): HttpHandler => malformedHandler('stats')
export const summaryError = (): HttpHandler => errorHandler('summary')
export const summaryMalformed = (): HttpHandler => malformedHandler('summary')
export const activitiesError = (): HttpHandler => errorHandler('activities')
export const activitiesMalformed = (): HttpHandler => malformedHandler('activities')

/** The handlers each named scenario prepends to the happy path. */
export const scenarios: Record<ScenarioName, HttpHandler[]> = {
  slow: [delayHandler('all', SLOW_DELAY_MS)],
  error: DATA_RESOURCES.map((r) => errorHandler(r)),
  empty: DATA_RESOURCES.flatMap((r) => emptyHandlers(r)),
  malformed: DATA_RESOURCES.map((r) => malformedHandler(r)),
}
