// @vitest-environment node
/**
 * The coverage runs up to today: it ends at the later of the recorded coverage's end and the
 * current month in Vietnam (the server's clock, injectable). And the answers kept in memory go
 * stale when the month turns, even if no record changed. Expected months written by hand.
 */
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { responseCache } from '../../server/cache'
import type { Database } from '../../server/db/connect'
import { insertRecords, setCoverage } from '../../server/db/seed'
import { getCoverage } from '../../server/store/context'
import { databaseFactory, type DatabaseFactory } from './database'

let factory: DatabaseFactory
let database: Database

beforeAll(async () => {
  factory = await databaseFactory()
  database = await factory.migrated()
}, 180_000)
afterAll(() => factory?.close())

const at = (iso: string) => () => new Date(iso)

describe('the coverage and the clock', () => {
  it('without records or coverage: only the current month (in Vietnam)', async () => {
    expect(await getCoverage({ db: database.db, now: at('2026-11-27T10:00:00Z') })).toEqual({ from: '2026-11', to: '2026-11' })
    // 30 Nov 17:30 UTC is already 1 Dec in Vietnam.
    expect(await getCoverage({ db: database.db, now: at('2026-11-30T17:30:00Z') })).toEqual({ from: '2026-12', to: '2026-12' })
  })

  it('without a recorded coverage: from the first record’s month up to the current month', async () => {
    await insertRecords(database.db, [
      { id: 't-1', date: '2024-03-15', unit: 'f37', kind: 'awards', category: 'national', title: 'Giải', quantity: 1, participants: null, format: null, recipient: 'collective', source: null },
    ])
    expect(await getCoverage({ db: database.db, now: at('2026-11-27T10:00:00Z') })).toEqual({ from: '2024-03', to: '2026-11' })
  })

  it('with a recorded coverage: its start, and the later of its end and the current month', async () => {
    await setCoverage(database.db, { from: '2018-01', to: '2026-10' })
    expect(await getCoverage({ db: database.db, now: at('2026-10-20T05:00:00Z') })).toEqual({ from: '2018-01', to: '2026-10' })
    expect(await getCoverage({ db: database.db, now: at('2026-11-27T05:00:00Z') })).toEqual({ from: '2018-01', to: '2026-11' })
    expect(await getCoverage({ db: database.db, now: at('2027-02-03T05:00:00Z') })).toEqual({ from: '2018-01', to: '2027-02' })
    // A coverage already past today (an import of plans, a wrong clock) is kept.
    expect(await getCoverage({ db: database.db, now: at('2026-01-05T05:00:00Z') })).toEqual({ from: '2018-01', to: '2026-10' })
  })
})

describe('answers kept in memory and the clock', () => {
  it('are computed again when the month turns in Vietnam, and never kept for paths that are not shared', async () => {
    let clock = new Date('2026-11-30T16:00:00Z')
    let computed = 0
    const app = new Hono()
    app.use(responseCache(database.db, { now: () => clock, cacheable: (path) => path === '/shared' }))
    app.get('/shared', (c) => c.json({ computed: ++computed }))
    app.get('/mine', (c) => c.json({ computed: ++computed }))
    const read = async (path: string) => ((await (await app.request(path)).json()) as { computed: number }).computed
    expect(await read('/shared')).toBe(1)
    expect(await read('/shared')).toBe(1)
    clock = new Date('2026-11-30T16:59:00Z')
    expect(await read('/shared')).toBe(1)
    // 17:00 UTC: midnight in Vietnam, December.
    clock = new Date('2026-11-30T17:00:00Z')
    expect(await read('/shared')).toBe(2)
    expect(await read('/mine')).toBe(3)
    expect(await read('/mine')).toBe(4)
  })
})
