// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Database } from '../../server/db/connect'
import { migrateToLatest } from '../../server/db/migrate'
import { generateActivities } from '../../mocks/data/generate'
import { countRecords, seedDemoData } from '../../server/db/seed'
import { BackupFormatError, hasRecords, restoreBackup, writeBackup } from '../../server/tools/backup'
import { answersOf, databaseFactory, type DatabaseFactory } from './database'

const FIGURES = [
  '/api/v1/org-units?boundary=reported',
  '/api/v1/summary?from=2025-01&to=2025-12',
  '/api/v1/summary?from=2018-01&to=2026-10&boundary=reported&units=f44,c44,tw',
  ...['articles', 'meetings', 'awards', 'trainings', 'trainees'].map(
    (metric) => `/api/v1/stats?metric=${metric}&from=2017-01&to=2026-12&granularity=quarter&by=period,unit,category&compare=previous-year`,
  ),
  '/api/v1/activities?q=quang%20ninh&sort=title&pageSize=100',
  '/api/v1/activities?metric=trainees&from=2024-01&to=2024-12&sort=-participants&page=2',
]

function figures(database: Database): Promise<unknown[]> {
  return answersOf(database, FIGURES)
}

let factory: DatabaseFactory
let source: Database
let backup: string

beforeAll(async () => {
  factory = await databaseFactory()
  source = await factory.migrated()
  // Every fifth demo record (about 8 000): every kind, unit and month, at a fifth of the restore time.
  await seedDemoData(source.db, { records: generateActivities().filter((_, i) => i % 5 === 0) })
  const chunks: string[] = []
  await writeBackup(source.db, (chunk) => {
    chunks.push(chunk)
  })
  backup = chunks.join('')
}, 300_000)
afterAll(() => factory.close())

describe('db:backup → db:restore', () => {
  it('writes one transaction of plain SQL: the tables, then their rows, the migrations included', () => {
    const lines = backup.split('\n').filter((l) => l !== '' && !l.startsWith('--'))
    expect(lines.slice(0, 4)).toEqual([
      "SET client_encoding = 'UTF8';",
      'SET standard_conforming_strings = on;',
      'BEGIN;',
      'DROP TABLE IF EXISTS sessions, login_failures, plan_transitions, plans, report_transitions, reports, report_periods, activity_changes, users, data_coverage, activities, crosswalk, org_units, kysely_migration_lock, kysely_migration CASCADE;',
    ])
    expect(lines.at(-1)).toBe('COMMIT;')
    expect(lines.filter((l) => /^create table/i.test(l)).map((l) => /^create table (?:if not exists )?(\w+)/i.exec(l)?.[1])).toEqual([
      'kysely_migration',
      'kysely_migration_lock',
      'org_units',
      'crosswalk',
      'activities',
      'data_coverage',
      // Migration 0003's data version: created if missing, its row kept (the triggers bump it on load).
      'data_version',
      // Migration 0004's monthly sums: rebuilt from the records, then kept by triggers as they load.
      'activity_month_totals',
      // Migration 0006's accounts: the users are kept; sessions and failed sign-ins start empty.
      'users',
      'sessions',
      'login_failures',
      // Migration 0007's audit trail of record changes (and the soft-deleted records).
      'activity_changes',
      // Migration 0008's work cycle: deadlines, reports, plans and their transitions.
      'report_periods',
      'reports',
      'report_transitions',
      'plans',
      'plan_transitions',
    ])
    expect(backup).toMatch(/^INSERT INTO kysely_migration \(name, timestamp\) VALUES \(E'0001-initial', /m)
    // The generated month column is computed again on load, never written.
    // The accounts are kept (hashes, never passwords); their ids continue after the restore.
    expect(backup).toMatch(/^INSERT INTO users \(id, username, role, unit_id, password_hash, .*E'reporter-c37', E'reporter', E'c37', E'scrypt\$/m)
    expect(backup).not.toContain('ttdn-demo')
    expect(backup).toMatch(/^SELECT setval\(pg_get_serial_sequence\('users', 'id'\)/m)
    expect(backup).not.toMatch(/^INSERT INTO (sessions|login_failures) /m)
    expect(backup).toMatch(/^INSERT INTO activities \(id, unit_id, date, kind, category, title, quantity, participants, format, recipient, source_title, source_url, search, title_key, version\) VALUES /m)
  })

  it('restores into a new database with the same answers, at the same schema version', async () => {
    const target = await factory.bare()
    expect(await hasRecords(target.db)).toBe(false)
    await restoreBackup(target.db, backup)
    expect(await countRecords(target.db)).toBe(await countRecords(source.db))
    expect(await migrateToLatest(target.db)).toEqual([])
    expect(await figures(target)).toEqual(await figures(source))
    // The work cycle: every report, plan and transition, snapshots and timestamps as they were.
    for (const table of ['reports', 'report_transitions', 'plans', 'plan_transitions'] as const) {
      const rows = async (db: Database) => (await sql<{ rows: string }>`select json_agg(t order by t::text)::text as rows from ${sql.table(table)} t`.execute(db.db)).rows[0]?.rows
      const restored = await rows(target)
      expect(restored, `${table}`).toBe(await rows(source))
      expect(JSON.parse(restored ?? '[]').length, `${table}`).toBeGreaterThan(0)
    }
  })

  it('replaces the data of a database that has some, in one transaction (db:restore --force)', async () => {
    const target = await factory.migrated()
    await seedDemoData(target.db, { records: [] })
    await sql`insert into activities (id, unit_id, date, kind, category, title, quantity, search, title_key)
              values ('stale', 'tw', '2020-01-01', 'articles', 'print', 'Stale', 1, 'stale', 'stale')`.execute(target.db)
    expect(await hasRecords(target.db)).toBe(true)
    await restoreBackup(target.db, backup)
    expect(await target.db.selectFrom('activities').where('id', '=', 'stale').select('id').execute()).toEqual([])
    expect(await countRecords(target.db)).toBe(await countRecords(source.db))
  })

  it('refuses a file cut short, and leaves the database as it was', async () => {
    const target = await factory.migrated()
    const cut = backup.slice(0, backup.lastIndexOf('COMMIT;'))
    await expect(restoreBackup(target.db, cut)).rejects.toThrow(BackupFormatError)
    // A statement that fails midway rolls the whole restore back.
    const broken = backup.replace(/^INSERT INTO data_coverage .*$/m, 'INSERT INTO data_coverage (id) VALUES (2);')
    await expect(restoreBackup(target.db, broken)).rejects.toThrow(/violates/)
    expect(await migrateToLatest(target.db)).toEqual([])
    expect(await countRecords(target.db)).toBe(0)
    // The national level, 63 former and 34 current units, as the reference sync left them.
    expect(await target.db.selectFrom('org_units').select(sql<number>`count(*)::integer`.as('n')).executeTakeFirst()).toEqual({ n: 98 })
  })
})

const PSQL = '/usr/lib/postgresql/15/bin/psql'

describe('the backup in PostgreSQL’s own tools', () => {
  const url = process.env.DATABASE_URL
  const reason = !existsSync(PSQL) ? `${PSQL} is not installed` : !url ? 'DATABASE_URL is not set' : null
  if (reason) console.log(`psql loading of the backup skipped: ${reason}.`)

  it.runIf(reason === null)('loads with psql into a new PostgreSQL database and gives the same answers', async () => {
    // A scratch database beside the one DATABASE_URL names: the backup replaces the tables it loads into.
    const name = `ttdn_backup_test_${process.pid}`
    const admin = await openDatabase({ databaseUrl: url })
    const dir = await mkdtemp(join(tmpdir(), 'ttdn-backup-'))
    try {
      await sql.raw(`create database ${name}`).execute(admin.db)
      const scratch = new URL(url as string)
      scratch.pathname = `/${name}`
      const file = join(dir, 'backup.sql')
      await writeFile(file, backup)
      const run = spawnSync(PSQL, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', scratch.toString(), '-f', file], { encoding: 'utf8' })
      expect({ status: run.status, stderr: run.stderr.split('\n').filter((l) => l && !/NOTICE/.test(l)) }).toEqual({ status: 0, stderr: [] })
      const restored = await openDatabase({ databaseUrl: scratch.toString() })
      try {
        expect(await migrateToLatest(restored.db)).toEqual([])
        expect(await figures(restored)).toEqual(await figures(source))
      } finally {
        await restored.close()
      }
    } finally {
      await sql.raw(`drop database if exists ${name}`).execute(admin.db)
      await admin.close()
      await rm(dir, { recursive: true, force: true })
    }
  }, 180_000)
})
