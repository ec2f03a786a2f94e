/**
 * The OpenAPI 3.1 document of the API (reads and the record writes), generated from the contract
 * (`src/lib/api/schemas.ts`): response bodies through zod's JSON Schema conversion (draft
 * 2020-12, the dialect of OpenAPI 3.1), query parameters from the contract's enums and formats.
 * Served at `GET /api/v1/openapi.json` for teams that build against the API.
 */
import * as z from 'zod/mini'
import {
  ACTIVITY_SORT_KEYS,
  ALL_CATEGORIES,
  MAX_PAGE_SIZE,
  activitiesResponseSchema,
  activitySchema,
  apiErrorBodySchema,
  deletedActivitiesResponseSchema,
  formatSchema,
  historyResponseSchema,
  recipientSchema,
  activityKindSchema,
  dateSchema,
  boundarySchema,
  granularitySchema,
  metricSchema,
  monthSchema,
  orgUnitsResponseSchema,
  statsComparisonSchema,
  statsDimensionSchema,
  statsResponseSchema,
  summaryResponseSchema,
  unitIdSchema,
} from '../src/lib/api/schemas'
import { TITLE_MAX_LENGTH } from '../src/lib/api/activity-input'
import { loginRequestSchema, meResponseSchema, userCreateSchema, userSchema, userUpdateSchema, usersResponseSchema } from '../src/lib/api/accounts'
import { CSRF_HEADER } from '../src/lib/api/headers'
import {
  REPORT_STATUSES,
  TRANSITIONS,
  completenessResponseSchema,
  periodSchema,
  periodUpdateSchema,
  periodsResponseSchema,
  planProgressResponseSchema,
  planSchema,
  planUpdateSchema,
  plansResponseSchema,
  reportPeriodIdSchema,
  reportSchema,
  reportUpdateSchema,
  reportsResponseSchema,
  transitionRequestSchema,
} from '../src/lib/api/reports'
import { SESSION_COOKIE } from './auth/config'
import { API_BASE_PATH } from './config'

type JsonSchema = Record<string, unknown>

/** A contract schema as JSON Schema, without the `$schema` line (the document declares the dialect). */
function jsonSchema(schema: z.core.$ZodType, extra: JsonSchema = {}): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema
  return { ...rest, ...extra }
}

interface Parameter {
  name: string
  in: 'query'
  required: boolean
  description: string
  schema: JsonSchema
  style?: 'form'
  explode?: boolean
}

function param(name: string, required: boolean, description: string, schema: JsonSchema): Parameter {
  return { name, in: 'query', required, description, schema }
}

/** A list parameter: one value, comma-separated (`units=c22,f44`); repeating the name is refused. */
function listParam(name: string, description: string, items: JsonSchema, extra: JsonSchema = {}): Parameter {
  return { name, in: 'query', required: false, description, schema: { type: 'array', items, ...extra }, style: 'form', explode: false }
}

const boundary = param('boundary', false, 'Figures under the current units (via the 2025 crosswalk) or under the unit as reported.', jsonSchema(boundarySchema, { default: 'current' }))
const units = listParam('units', 'Units, comma-separated; ids carry their era (f44 former, c44 current, tw central level).', jsonSchema(unitIdSchema))
const from = (required: boolean) => param('from', required, 'First month of the range, YYYY-MM.', jsonSchema(monthSchema))
const to = (required: boolean) => param('to', required, 'Last month of the range, YYYY-MM (not before from).', jsonSchema(monthSchema))

function errorResponse(description: string) {
  return { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } } }
}

function responses(body: z.core.$ZodType, description: string) {
  return {
    200: { description, content: { 'application/json': { schema: jsonSchema(body) } } },
    400: errorResponse('A parameter is missing, repeated or invalid; `error.field` names it.'),
    404: errorResponse('No resource at this path.'),
    503: errorResponse('The database is not reachable right now.'),
  }
}

function operation(operationId: string, summary: string, parameters: Parameter[], body: z.core.$ZodType, description: string) {
  return { get: { operationId, summary, parameters, responses: responses(body, description) } }
}

const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] })

/**
 * The body of `POST /activities` (all required fields) or `PATCH` (any editable field). The
 * rules per kind (which fields it uses, the bounds of its numbers) are checked by the server
 * and reported field by field in a 400 `invalid_record`.
 */
function recordInput(forPatch: boolean): JsonSchema {
  const properties: Record<string, JsonSchema> = {
    unit: jsonSchema(unitIdSchema, { description: 'The reporting unit: a former unit (f..) before 2025-07-01, a current one (c..) from then, or tw. A reporter: only its own unit.' }),
    kind: jsonSchema(activityKindSchema),
    date: jsonSchema(dateSchema, { description: 'Not in the future (Vietnam time), not before 2018-01-01; articles: the first day of the month.' }),
    category: { type: 'string', enum: [...ALL_CATEGORIES], description: 'A category of the record’s kind.' },
    title: { type: 'string', minLength: 1, maxLength: TITLE_MAX_LENGTH },
    quantity: { type: 'integer', minimum: 1, description: 'Articles: items; awards: awards; meetings, trainings: 1.' },
    participants: nullable({ type: 'integer', minimum: 1, description: 'Meetings: attendees; trainings: trainees.' }),
    format: nullable(jsonSchema(formatSchema)),
    recipient: nullable(jsonSchema(recipientSchema)),
  }
  if (forPatch) {
    const { unit: _u, kind: _k, ...editable } = properties
    return { type: 'object', properties: editable, additionalProperties: false, description: 'The fields to change; unit and kind cannot change (400 immutable).' }
  }
  return { type: 'object', properties, required: ['unit', 'kind', 'date', 'category', 'title'], additionalProperties: false }
}

const json = (schema: JsonSchema, description: string, headers?: Record<string, unknown>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/json': { schema } },
})
const eTagHeader = { ETag: { description: 'The record’s version, `"<version>"`: send it back in If-Match.', schema: { type: 'string' } } }
const recordId = { name: 'id', in: 'path', required: true, description: 'The record’s id.', schema: { type: 'string' } }
const ifMatch = { name: 'If-Match', in: 'header', required: true, description: 'The version being changed, `"<version>"` (428 without it).', schema: { type: 'string' } }
const writeErrors = {
  401: errorResponse('No session: sign in.'),
  403: errorResponse('Not allowed: a viewer writes nothing; a reporter only its own unit’s records (also without a valid CSRF token).'),
  503: errorResponse('The database is not reachable right now.'),
}
const notFound = errorResponse('No such record (`not_found`), or it was deleted (`deleted`; an admin can restore it).')
const invalid = errorResponse('The body is not a JSON object (`invalid_body`) or the record breaks a rule (`invalid_record`: `field` is the first field at fault, `fields` all of them with their codes and limits; the message is in the language of Accept-Language).')
const conflict = errorResponse('Stale If-Match: someone changed the record since; `current` is the record as it is now.')
const preconditionRequired = errorResponse('If-Match is missing.')

function createOperation() {
  const location = { Location: { description: 'The new record’s path.', schema: { type: 'string' } } }
  return {
    operationId: 'createActivity',
    summary: 'Enter a record (the server gives it its id and version 1)',
    parameters: [],
    requestBody: { required: true, content: { 'application/json': { schema: recordInput(false) } } },
    responses: { 201: json(jsonSchema(activitySchema), 'The new record.', { ...eTagHeader, ...location }), 400: invalid, 413: errorResponse('The body is too large.'), ...writeErrors },
  }
}

function recordOperations() {
  const record = jsonSchema(activitySchema)
  return {
    '/activities/{id}': {
      get: { operationId: 'getActivity', summary: 'One record', parameters: [recordId], responses: { 200: json(record, 'The record.', eTagHeader), 404: notFound, ...writeErrors } },
      patch: {
        operationId: 'updateActivity',
        summary: 'Change a record (merged onto the stored one, validated whole, version + 1)',
        parameters: [recordId, ifMatch],
        requestBody: { required: true, content: { 'application/json': { schema: recordInput(true) } } },
        responses: { 200: json(record, 'The changed record.', eTagHeader), 400: invalid, 404: notFound, 409: conflict, 413: errorResponse('The body is too large.'), 428: preconditionRequired, ...writeErrors },
      },
      delete: {
        operationId: 'deleteActivity',
        summary: 'Delete a record (soft: an admin can restore it)',
        parameters: [recordId, ifMatch],
        responses: { 204: { description: 'Deleted.' }, 404: notFound, 409: conflict, 428: preconditionRequired, ...writeErrors },
      },
    },
    '/activities/{id}/history': {
      get: { operationId: 'getActivityHistory', summary: 'Every change of a record, oldest first: who, when, before and after', parameters: [recordId], responses: { 200: json(jsonSchema(historyResponseSchema), 'The history.'), 404: notFound, ...writeErrors } },
    },
    '/activities/{id}/restore': {
      post: { operationId: 'restoreActivity', summary: 'Restore a deleted record (admins)', parameters: [recordId], responses: { 200: json(record, 'The record, one version after its deletion.', eTagHeader), 404: notFound, 409: errorResponse('The record is not deleted.'), ...writeErrors } },
    },
    '/activities/deleted': {
      get: { operationId: 'getDeletedActivities', summary: 'Records deleted and not restored, newest deletion first (admins)', parameters: [], responses: { 200: json(jsonSchema(deletedActivitiesResponseSchema), 'The deleted records.'), ...writeErrors } },
    },
  }
}

function jsonBody(schema: z.core.$ZodType) {
  return { required: true, content: { 'application/json': { schema: jsonSchema(schema) } } }
}

function jsonAnswer(schema: z.core.$ZodType, description: string) {
  return { description, content: { 'application/json': { schema: jsonSchema(schema) } } }
}

const csrfHeader = {
  name: CSRF_HEADER,
  in: 'header',
  required: true,
  description: 'The session’s CSRF token (`csrfToken` of `GET /auth/me`). Without it, or wrong: 403 `csrf`.',
  schema: { type: 'string' },
}

/** The answers every signed-in write can get besides its own. */
const writeRefusals = {
  400: errorResponse('The body is not JSON or breaks a rule; `error.field` names the field.'),
  401: errorResponse('No valid session.'),
  403: errorResponse('`csrf`: the CSRF token is missing or wrong; `origin`: sent from another site; `forbidden`: the role does not allow it.'),
  413: errorResponse('The body is larger than 64 KB.'),
}

const adminOnly = 'Admins only (403 `forbidden` for reporters and viewers).'

function accountPaths() {
  return {
    '/auth/login': {
      post: {
        operationId: 'login',
        summary: 'Sign in: sets the session cookie',
        description: 'The only endpoint that needs no session. Failed attempts are limited per account and per client address (429 with `Retry-After`); the answer never says whether the username exists.',
        security: [],
        requestBody: jsonBody(loginRequestSchema),
        responses: {
          200: { ...jsonAnswer(meResponseSchema, 'Signed in; `Set-Cookie` carries the session (HttpOnly, SameSite=Lax).'), headers: { 'Set-Cookie': { schema: { type: 'string' } } } },
          400: errorResponse('The body is not `{"username", "password"}`.'),
          401: errorResponse('`invalid_credentials`: the username or the password is wrong.'),
          403: errorResponse('`origin`: sent from another site.'),
          413: errorResponse('The body is larger than 64 KB.'),
          429: { ...errorResponse('`too_many_attempts`: too many failed sign-ins; try again after `Retry-After` seconds.'), headers: { 'Retry-After': { schema: { type: 'integer' } } } },
        },
      },
    },
    '/auth/logout': {
      post: {
        operationId: 'logout',
        summary: 'Sign out: ends the session on the server and clears the cookie',
        parameters: [csrfHeader],
        responses: { 204: { description: 'Signed out.' }, 401: writeRefusals[401], 403: writeRefusals[403] },
      },
    },
    '/auth/me': {
      get: {
        operationId: 'getMe',
        summary: 'The signed-in user and the session’s CSRF token',
        parameters: [],
        responses: { 200: jsonAnswer(meResponseSchema, 'The user.'), 401: errorResponse('No valid session.') },
      },
    },
    '/users': {
      get: {
        operationId: 'getUsers',
        summary: 'The accounts (never a password or its hash)',
        description: adminOnly,
        parameters: [],
        responses: { 200: jsonAnswer(usersResponseSchema, 'Every account.'), 401: writeRefusals[401], 403: errorResponse(adminOnly) },
      },
      post: {
        operationId: 'createUser',
        summary: 'Create an account (a reporter needs a current unit; others have none)',
        description: adminOnly,
        parameters: [csrfHeader],
        requestBody: jsonBody(userCreateSchema),
        responses: { 201: jsonAnswer(userSchema, 'The new account.'), ...writeRefusals, 409: errorResponse('The username is taken.') },
      },
    },
    '/users/{username}': {
      patch: {
        operationId: 'updateUser',
        summary: 'Change an account’s role, unit, password or disabled flag',
        description: `${adminOnly} Disabling it, or a new password, role or unit, ends its sessions at once. An admin cannot disable or demote themselves.`,
        parameters: [{ name: 'username', in: 'path', required: true, schema: { type: 'string' } }, csrfHeader],
        requestBody: jsonBody(userUpdateSchema),
        responses: { 200: jsonAnswer(userSchema, 'The account as changed.'), ...writeRefusals, 404: errorResponse('No such account.') },
      },
    },
  }
}

const TRANSITION_SUMMARIES: Record<(typeof TRANSITIONS)[number], string> = {
  submit: 'Submit (draft or returned → submitted); a report needs its period ended, the data covering it and `narrative.results`, and keeps its figures as submitted; a plan needs every target',
  approve: 'Approve (submitted → approved; admins)',
  return: 'Return to the unit with a comment (submitted → returned; admins; `comment` required)',
  reopen: 'Reopen (submitted or approved → draft; admins); a report’s records are unlocked and its figures live again',
}

/**
 * The work cycle (issue 12, `src/lib/api/reports.ts`): periods, reports with their transitions,
 * completeness, plans and plan progress. Never cached: every answer is read fresh.
 */
function pathId(description: string) {
  return { name: 'id', in: 'path', required: true, description, schema: { type: 'string' } }
}

function workflowPaths() {
  const reportId = pathId('The report: the period, a dot, the unit (`2026-H1.c37`, `2025-H1.f35`, `2025.c37`).')
  const planId = pathId('The plan: the year, a dot, the unit (`2026.c37`).')
  const versionHeader = { ETag: { description: 'The version, `"<version>"` (`"0"` when not started): send it back in If-Match.', schema: { type: 'string' } } }
  const workflowIfMatch = { ...ifMatch, description: 'The version being changed, `"<version>"`; `"0"` for one not started yet (428 without it).' }
  const reportNotFound = errorResponse('No such report: the unit does not report in that period (`2025-H1.c37`, `2026-H1.f35`), or the period has not begun.')
  const planNotFound = errorResponse('No such plan: the unit does not make plans that year (the 63 former units before 2025, the 34 current ones from then), or the year is out of range.')
  const refusals = (what: string) =>
    errorResponse(
      `\`conflict\`: stale If-Match (\`current\` is the ${what} as it is now); \`invalid_transition\`: its status does not allow this; ` +
        (what === 'report' ? '`period_not_ended`: submitted before the period’s last day passed; `data_incomplete`: the data does not cover the period.' : ''),
    )
  const read = (operationId: string, summary: string, parameters: unknown[], schema: z.core.$ZodType, description: string, missing?: unknown) => ({
    get: { operationId, summary, parameters, responses: { 200: json(jsonSchema(schema), description, versionHeader), ...(missing ? { 404: missing } : {}), 400: errorResponse('A parameter is invalid; `error.field` names it.'), 401: writeRefusals[401] } },
  })
  const status = listParam('status', 'Statuses, comma-separated.', { type: 'string', enum: [...REPORT_STATUSES] })
  const unit = listParam('unit', 'Units, comma-separated.', jsonSchema(unitIdSchema))
  const transitionPaths = (kind: 'report' | 'plan') =>
    Object.fromEntries(
      TRANSITIONS.map((action) => [
        `/${kind}s/{id}/${action}`,
        {
          post: {
            operationId: `${action}${kind === 'report' ? 'Report' : 'Plan'}`,
            summary: TRANSITION_SUMMARIES[action],
            description: 'A reporter acts only on its own unit; approve, return and reopen are the admins’ (403 `forbidden`).',
            parameters: [kind === 'report' ? reportId : planId, workflowIfMatch, csrfHeader],
            requestBody: { required: false, content: { 'application/json': { schema: jsonSchema(transitionRequestSchema) } } },
            responses: {
              200: json(jsonSchema(kind === 'report' ? reportSchema : planSchema), `The ${kind} after the transition.`, versionHeader),
              ...writeRefusals,
              404: kind === 'report' ? reportNotFound : planNotFound,
              409: refusals(kind),
              428: preconditionRequired,
            },
          },
        },
      ]),
    )
  return {
    '/periods': read('getPeriods', 'The reporting periods from 2018-H1 to those of the current year that have begun, newest first, with deadlines and eras', [], periodsResponseSchema, 'The periods.'),
    '/periods/{id}': {
      patch: {
        operationId: 'updatePeriod',
        summary: 'Set a period’s deadline',
        description: adminOnly,
        parameters: [{ name: 'id', in: 'path', required: true, description: 'The period (`2026-H1`, `2026`).', schema: jsonSchema(reportPeriodIdSchema) }, csrfHeader],
        requestBody: jsonBody(periodUpdateSchema),
        responses: { 200: jsonAnswer(periodSchema, 'The period.'), ...writeRefusals, 404: errorResponse('No such period (yet).') },
      },
    },
    '/reports': read(
      'getReports',
      'The reports that exist (not the not-started ones), newest period first, then by unit; without figures and transitions',
      [param('period', false, 'A period (`2026-H1`, `2026`).', jsonSchema(reportPeriodIdSchema)), unit, status],
      reportsResponseSchema,
      'The reports.',
    ),
    '/reports/{id}': {
      ...read('getReport', 'One report, started or not: its figures (live until submitted, then as submitted), narrative, standing and transitions', [reportId], reportSchema, 'The report.', reportNotFound),
      patch: {
        operationId: 'updateReport',
        summary: 'Save the narrative (while not started, draft or returned); `If-Match: "0"` creates the draft',
        description: 'The unit’s reporter or an admin.',
        parameters: [reportId, workflowIfMatch, csrfHeader],
        requestBody: jsonBody(reportUpdateSchema),
        responses: { 200: json(jsonSchema(reportSchema), 'The report.', versionHeader), ...writeRefusals, 404: reportNotFound, 409: refusals('report'), 428: preconditionRequired },
      },
    },
    ...transitionPaths('report'),
    '/completeness': read(
      'getCompleteness',
      'Who has reported for a period: one entry per unit reporting in it (63 former units up to 2025-H1, 34 current ones from 2025), with counts',
      [param('period', true, 'The period (`2026-H1`, `2026`).', jsonSchema(reportPeriodIdSchema))],
      completenessResponseSchema,
      'The standing of every unit.',
      errorResponse('No such period (yet).'),
    ),
    '/plans': read(
      'getPlans',
      'The plans that exist, newest year first, then by unit',
      [param('year', false, 'A year.', { type: 'integer' }), unit, status],
      plansResponseSchema,
      'The plans.',
    ),
    '/plans/{id}': {
      ...read('getPlan', 'One plan, started or not', [planId], planSchema, 'The plan.', planNotFound),
      patch: {
        operationId: 'updatePlan',
        summary: 'Save the targets (while not started, draft or returned); `If-Match: "0"` creates the draft',
        description: 'The unit’s reporter or an admin.',
        parameters: [planId, workflowIfMatch, csrfHeader],
        requestBody: jsonBody(planUpdateSchema),
        responses: { 200: json(jsonSchema(planSchema), 'The plan.', versionHeader), ...writeRefusals, 404: planNotFound, 409: refusals('plan'), 428: preconditionRequired },
      },
    },
    ...transitionPaths('plan'),
    '/plan-progress': read(
      'getPlanProgress',
      'A range’s figures against the year’s approved plans, per unit and in total (a total target only when every unit in scope has an approved plan)',
      [from(true), to(true), units],
      planProgressResponseSchema,
      'The progress against plan.',
    ),
  }
}

function buildDocument() {
  const sortValues = ACTIVITY_SORT_KEYS.flatMap((k) => [k, `-${k}`])
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'TTĐN Dashboard API',
      version: '1',
      description:
        'Figures of the external-information steering committees (BCĐ TTĐN), JSON. Every endpoint needs a session ' +
        '(`POST /auth/login` sets its cookie); every write also sends the session’s CSRF token. Records are written by admins ' +
        'and by reporters for their own unit, with If-Match versions and an audit of every change. ' +
        'Months outside `coverage` are unknown, never zero; a bare province code is ambiguous, so unit ids carry their era.',
    },
    servers: [{ url: API_BASE_PATH }],
    security: [{ session: [] }],
    paths: {
      '/org-units': operation('getOrgUnits', 'Units with names, kind, region, predecessors/successor and validity dates', [boundary], orgUnitsResponseSchema, 'The units and the data coverage.'),
      '/stats': operation(
        'getStats',
        'Aggregated figures of one metric by period, unit and/or category',
        [
          param('metric', true, 'The metric.', jsonSchema(metricSchema)),
          from(true),
          to(true),
          param('granularity', false, 'Period length when `by` includes period.', jsonSchema(granularitySchema, { default: 'year' })),
          listParam('by', 'Dimensions, comma-separated.', jsonSchema(statsDimensionSchema), { default: ['period'] }),
          units,
          boundary,
          param('compare', false, 'Also give each row the same months one year earlier.', jsonSchema(statsComparisonSchema)),
        ],
        statsResponseSchema,
        'Rows with a non-zero value, and the total of the covered months.',
      ),
      '/summary': operation('getSummary', 'Per-metric totals for a range and the same range a year earlier', [from(true), to(true), units, boundary], summaryResponseSchema, 'One total per metric.'),
      '/activities': {
        ...operation(
          'getActivities',
          'The records behind the figures: filtered, searched (ignoring diacritics and case), sorted, paginated',
          [
            param('metric', false, 'Records counted in this metric.', jsonSchema(metricSchema)),
            units,
            from(false),
            to(false),
            param('category', false, 'A category of the metric’s kind of record.', { type: 'string', enum: [...ALL_CATEGORIES] }),
            param('q', false, 'Search in title, unit name and category; "quang ninh" finds "Quảng Ninh".', { type: 'string' }),
            param('sort', false, 'Sort key, `-` in front for descending.', { type: 'string', enum: sortValues, default: '-date' }),
            param('page', false, 'Page number.', { type: 'integer', minimum: 1, default: 1 }),
            param('pageSize', false, 'Records per page.', { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 }),
            boundary,
          ],
          activitiesResponseSchema,
          'One page of records and the total.',
        ),
        post: createOperation(),
      },
      ...recordOperations(),
      ...accountPaths(),
      ...workflowPaths(),
    },
    components: {
      schemas: { ApiError: jsonSchema(apiErrorBodySchema) },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'The session cookie set by `POST /auth/login` (HttpOnly, SameSite=Lax).' },
      },
    },
  }
}

let document: ReturnType<typeof buildDocument> | undefined

/** The document (built once, on first use). */
export function openApiDocument(): ReturnType<typeof buildDocument> {
  document ??= buildDocument()
  return document
}
