// @vitest-environment node
/**
 * The server keeps answers in memory, but never serves one the data has moved past: any change
 * to the records (from this process or another) bumps the data version the cache checks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../server/app'
import type { Database } from '../../server/db/connect'
import { insertRecords, setCoverage } from '../../server/db/seed'
import type { ActivityData as Activity } from '../../src/lib/api/schemas'
import { databaseFactory, type DatabaseFactory } from './database'
import { appSession } from '../support/app-session'

const record = (id: string, quantity: number): Activity => ({
  id,
  date: '2026-03-15',
  unit: 'c37',
  kind: 'articles',
  category: 'online',
  title: `Tin bài ${id}`,
  quantity,
  participants: null,
  format: null,
  recipient: null,
  source: null,
})

describe('answers kept in memory', () => {
  let factory: DatabaseFactory
  let database: Database
  let other: Database

  beforeAll(async () => {
    factory = await databaseFactory()
    database = await factory.migrated()
    await setCoverage(database.db, { from: '2026-01', to: '2026-10' })
  }, 180_000)
  afterAll(() => factory?.close())

  it('never serves a kept answer to a request without a session', async () => {
    const app = createApp({ database })
    const request = await appSession(app, database)
    const path = '/api/v1/summary?from=2026-01&to=2026-10'
    expect((await request(path)).status).toBe(200)
    const anonymous = await app.fetch(new Request(`http://127.0.0.1${path}`))
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toMatchObject({ error: { code: 'unauthenticated' } })
  })

  it('are served again until the records change, then recomputed', async () => {
    const request = await appSession(createApp({ database }), database)
    const articles = async () => {
      const response = await request('/api/v1/summary?from=2026-01&to=2026-10')
      const body = (await response.json()) as { metrics: Array<{ metric: string; value: number }> }
      return body.metrics.find((m) => m.metric === 'articles')?.value
    }
    expect(await articles()).toBe(0)
    expect(await articles()).toBe(0)
    await insertRecords(database.db, [record('t-1', 120)])
    expect(await articles()).toBe(120)
    await insertRecords(database.db, [record('t-2', 30)])
    expect(await articles()).toBe(150)
    await database.db.deleteFrom('activities').where('id', '=', 't-1').execute()
    expect(await articles()).toBe(30)
    // The monthly sums behind the figures follow an edit too (migration 0004's triggers).
    await database.db.updateTable('activities').set({ quantity: 45 }).where('id', '=', 't-2').execute()
    expect(await articles()).toBe(45)
    await database.db.updateTable('activities').set({ date: '2025-12-31' }).where('id', '=', 't-2').execute()
    expect(await articles()).toBe(0)
  })

  it('are not shared between two databases', async () => {
    other = await factory.migrated()
    await setCoverage(other.db, { from: '2026-01', to: '2026-10' })
    const path = '/api/v1/activities?units=c37'
    const here = (await (await (await appSession(createApp({ database }), database))(path)).json()) as { total: number }
    const there = (await (await (await appSession(createApp({ database: other }), other))(path)).json()) as { total: number }
    expect([here.total, there.total]).toEqual([1, 0])
  })
})
