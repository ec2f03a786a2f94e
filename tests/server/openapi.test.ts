// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../server/app'
import type { Database } from '../../server/db/connect'
import { seedDemoData } from '../../server/db/seed'
import { checkJsonSchema } from './json-schema'
import { databaseFactory, type DatabaseFactory } from './database'
import { appSession, type AppRequest } from '../support/app-session'

let factory: DatabaseFactory
let database: Database
let request: AppRequest

beforeAll(async () => {
  factory = await databaseFactory()
  database = await factory.migrated()
  await seedDemoData(database.db)
  request = await appSession(createApp({ database }), database)
}, 180_000)
afterAll(() => factory.close())

async function getJson(path: string): Promise<{ status: number; body: unknown }> {
  const response = await request(path)
  return { status: response.status, body: await response.json() }
}

type Operation = {
  parameters: Array<{ name: string; required: boolean; schema: Record<string, unknown> }>
  responses: Record<string, { content: { 'application/json': { schema: Record<string, unknown> } } }>
}

describe('GET /api/v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document listing the read endpoints, the record writes, sign-in and the users', async () => {
    const response = await request('/api/v1/openapi.json')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/application\/json/)
    const doc = JSON.parse(await response.text()) as { openapi: string; paths: Record<string, { get: Operation }> }
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths).toSorted()).toEqual([
      '/activities',
      '/activities/deleted',
      '/activities/{id}',
      '/activities/{id}/history',
      '/activities/{id}/restore',
      '/auth/login',
      '/auth/logout',
      '/auth/me',
      '/completeness',
      '/org-units',
      '/periods',
      '/periods/{id}',
      '/plan-progress',
      '/plans',
      '/plans/{id}',
      '/plans/{id}/approve',
      '/plans/{id}/reopen',
      '/plans/{id}/return',
      '/plans/{id}/submit',
      '/reports',
      '/reports/{id}',
      '/reports/{id}/approve',
      '/reports/{id}/reopen',
      '/reports/{id}/return',
      '/reports/{id}/submit',
      '/stats',
      '/summary',
      '/users',
      '/users/{username}',
    ])
    const methods = Object.fromEntries(Object.entries(doc.paths).map(([path, ops]) => [path, Object.keys(ops).toSorted()]))
    expect(methods).toMatchObject({
      '/activities': ['get', 'post'],
      '/activities/{id}': ['delete', 'get', 'patch'],
      '/activities/{id}/restore': ['post'],
      '/periods/{id}': ['patch'],
      '/reports/{id}': ['get', 'patch'],
      '/reports/{id}/submit': ['post'],
      '/plans/{id}': ['get', 'patch'],
      '/completeness': ['get'],
    })
  })

  it('says every endpoint but sign-in needs the session cookie, and describes /auth/me and /users as they answer', async () => {
    const { body } = await getJson('/api/v1/openapi.json')
    const doc = body as {
      security: unknown
      components: { securitySchemes: Record<string, unknown> }
      paths: Record<string, Record<string, { security?: unknown; responses: Operation['responses'] }>>
    }
    expect(doc.security).toEqual([{ session: [] }])
    expect(doc.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'ttdn_session' })
    expect(doc.paths['/auth/login']?.post?.security).toEqual([])
    expect(Object.keys(doc.paths['/auth/login']?.post?.responses ?? {})).toEqual(expect.arrayContaining(['200', '401', '429']))
    const meSchema = doc.paths['/auth/me']?.get?.responses['200']?.content['application/json'].schema as Record<string, unknown>
    const me = await getJson('/api/v1/auth/me')
    expect(me.body).toMatchObject({ username: 'test-viewer', role: 'viewer', unit: null })
    expect(checkJsonSchema(meSchema, me.body)).toEqual([])
    const usersSchema = doc.paths['/users']?.get?.responses['200']?.content['application/json'].schema as Record<string, unknown>
    const admin = await appSession(createApp({ database }), database, 'admin')
    const users = await (await admin('/api/v1/users')).json()
    expect(checkJsonSchema(usersSchema, users)).toEqual([])
    expect(checkJsonSchema(usersSchema, { items: [{ username: 'x' }] })).not.toEqual([])
  })

  it('describes the query parameters of /stats: names, required ones, enums', async () => {
    const { body } = await getJson('/api/v1/openapi.json')
    const stats = (body as { paths: Record<string, { get: Operation }> }).paths['/stats']?.get as Operation
    const byName = new Map(stats.parameters.map((p) => [p.name, p]))
    expect([...byName.keys()]).toEqual(['metric', 'from', 'to', 'granularity', 'by', 'units', 'boundary', 'compare'])
    expect(stats.parameters.filter((p) => p.required).map((p) => p.name)).toEqual(['metric', 'from', 'to'])
    expect(byName.get('metric')?.schema.enum).toEqual(['articles', 'meetings', 'awards', 'trainings', 'trainees'])
    expect(byName.get('granularity')?.schema).toMatchObject({ enum: ['year', 'half', 'quarter', 'month'], default: 'year' })
    expect(byName.get('boundary')?.schema).toMatchObject({ enum: ['current', 'reported'], default: 'current' })
    expect(byName.get('by')).toMatchObject({ style: 'form', explode: false, schema: { type: 'array', items: { enum: ['period', 'unit', 'category'] } } })
    expect(Object.keys(stats.responses)).toEqual(expect.arrayContaining(['200', '400']))
  })

  it('has a /stats response schema that a real /stats answer satisfies, and one a wrong answer does not', async () => {
    const { body: doc } = await getJson('/api/v1/openapi.json')
    const stats = (doc as { paths: Record<string, { get: Operation }> }).paths['/stats']?.get as Operation
    const schema = stats.responses['200']?.content['application/json'].schema as Record<string, unknown>
    const answer = await getJson('/api/v1/stats?metric=articles&from=2024-01&to=2025-12&granularity=quarter&by=period,unit&compare=previous-year')
    expect(answer.status).toBe(200)
    expect((answer.body as { rows: unknown[] }).rows.length).toBeGreaterThan(0)
    expect(checkJsonSchema(schema, answer.body)).toEqual([])
    const wrong = { ...(answer.body as Record<string, unknown>), granularity: 'week', total: -1 }
    expect(checkJsonSchema(schema, wrong)).toEqual(['$.granularity: "week" not in enum', '$.total: below 0'])
  })

  it('has report, completeness and plan schemas that real answers of the demo satisfy', async () => {
    const { body: doc } = await getJson('/api/v1/openapi.json')
    const paths = (doc as { paths: Record<string, { get: Operation }> }).paths
    for (const [path, url] of [
      ['/reports/{id}', '/api/v1/reports/2026-H1.c15'],
      ['/reports/{id}', '/api/v1/reports/2026-H1.c37'],
      ['/completeness', '/api/v1/completeness?period=2026-H1'],
      ['/plans/{id}', '/api/v1/plans/2026.c37'],
      ['/periods', '/api/v1/periods'],
      ['/plan-progress', '/api/v1/plan-progress?from=2026-01&to=2026-06'],
    ] as const) {
      const schema = paths[path]?.get.responses['200']?.content['application/json'].schema as Record<string, unknown>
      const answer = await getJson(url)
      expect({ url, status: answer.status }).toEqual({ url, status: 200 })
      expect(checkJsonSchema(schema, answer.body), `${url}`).toEqual([])
    }
  })

  it('gives the error body of a refused request as the document describes it', async () => {
    const { body: doc } = await getJson('/api/v1/openapi.json')
    const error = (doc as { components: { schemas: { ApiError: Record<string, unknown> } } }).components.schemas.ApiError
    const answer = await getJson('/api/v1/stats?metric=views&from=2024-01&to=2024-12')
    expect(answer.status).toBe(400)
    expect(checkJsonSchema(error, answer.body)).toEqual([])
  })
})

describe('GET /api/v1/docs', () => {
  it('is an HTML reference of every operation of the document, styled from the same origin', async () => {
    const response = await request('/api/v1/docs')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/html/)
    const html = await response.text()
    // Written by hand: operations of the document and some of their parameters.
    for (const heading of ['GET /api/v1/org-units', 'GET /api/v1/stats', 'GET /api/v1/summary', 'GET /api/v1/activities', 'POST /api/v1/activities', 'PATCH /api/v1/activities/{id}', 'POST /api/v1/auth/login', 'PATCH /api/v1/users/{username}']) {
      expect(html).toContain(`<h2><code>${heading}</code></h2>`)
    }
    expect(html).toContain('<td><code>granularity</code></td>')
    expect(html).toContain('one of: year, half, quarter, month')
    expect(html).not.toMatch(/<script|style=/)
    const css = await request('/api/v1/docs.css')
    expect(css.status).toBe(200)
    expect(css.headers.get('content-type')).toMatch(/text\/css/)
  })
})
