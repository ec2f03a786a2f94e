/**
 * The OpenAPI 3.1 document of the read API, generated from the contract
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
  apiErrorBodySchema,
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
import { loginRequestSchema, meResponseSchema, userCreateSchema, userSchema, userUpdateSchema, usersResponseSchema } from '../src/lib/api/accounts'
import { CSRF_HEADER } from '../src/lib/api/headers'
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

function buildDocument() {
  const sortValues = ACTIVITY_SORT_KEYS.flatMap((k) => [k, `-${k}`])
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'TTĐN Dashboard API',
      version: '1',
      description:
        'Figures of the external-information steering committees (BCĐ TTĐN). JSON. Every endpoint needs a session ' +
        '(`POST /auth/login` sets its cookie); every write also sends the session’s CSRF token. ' +
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
      '/activities': operation(
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
      ...accountPaths(),
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
