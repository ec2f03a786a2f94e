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

function buildDocument() {
  const sortValues = ACTIVITY_SORT_KEYS.flatMap((k) => [k, `-${k}`])
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'TTĐN Dashboard API',
      version: '1',
      description:
        'Figures of the external-information steering committees (BCĐ TTĐN). Read-only, JSON. ' +
        'Months outside `coverage` are unknown, never zero; a bare province code is ambiguous, so unit ids carry their era.',
    },
    servers: [{ url: API_BASE_PATH }],
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
    },
    components: { schemas: { ApiError: jsonSchema(apiErrorBodySchema) } },
  }
}

let document: ReturnType<typeof buildDocument> | undefined

/** The document (built once, on first use). */
export function openApiDocument(): ReturnType<typeof buildDocument> {
  document ??= buildDocument()
  return document
}
