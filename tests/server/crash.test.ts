// @vitest-environment node
/**
 * Nothing lost, nothing half-written (issue 10, reliability): an import killed with SIGKILL at
 * any moment leaves either every row of its file or none; a server killed with SIGKILL keeps
 * every committed record when it starts again. Real processes on a data directory on disk.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateActivities } from '../../mocks/data/generate'
import { createUser } from '../../server/auth/users'
import { openDatabase } from '../../server/db/connect'
import { exportCsv } from '../support/export-csv'
import { buildProduction, startProductionServer } from '../support/production-server'
import { signIn } from '../support/session'

const ROOT = join(import.meta.dirname, '..', '..')
/** Runs the database tool on the data directory; `killAfterMs` kills it with SIGKILL that long after it starts writing. */
function runTool(dataDir: string, args: string[], killAfterMs?: number): Promise<{ code: number | null; signal: string | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'server', 'cli.mjs'), ...args], {
      cwd: ROOT,
      env: { ...process.env, TTDN_DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let armed = false
    const onData = (chunk: Buffer) => {
      out += chunk.toString()
      // The import says when every row has passed and its transaction starts writing.
      if (killAfterMs !== undefined && !armed && /đang ghi \d+ bản ghi/.test(out)) {
        armed = true
        setTimeout(() => child.kill('SIGKILL'), killAfterMs)
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code, signal) => resolve({ code, signal, out }))
  })
}

/** A database made by db:migrate has no accounts: the test gives it one to read with. */
const READER = { username: 'crash-reader', password: 'crash-reader-password' }

async function readApi(baseUrl: string, path: string): Promise<unknown> {
  const { cookie } = await signIn(baseUrl, READER.username, READER.password)
  return (await fetch(`${baseUrl}${path}`, { headers: { cookie } })).json()
}

async function recordCount(baseUrl: string): Promise<number> {
  const body = (await readApi(baseUrl, '/api/v1/activities?pageSize=1')) as { total: number }
  return body.total
}

describe('crashes lose nothing committed and write nothing by halves', () => {
  let dir = ''
  let dataDir = ''
  let csvFile = ''
  const records = generateActivities().slice(0, 12_000)

  beforeAll(async () => {
    buildProduction()
    // The tools' own bundle (built by their launcher when stale), so that no kill lands in a build.
    await runTool(join(tmpdir(), 'unused'), ['help'])
    dir = mkdtempSync(join(tmpdir(), 'ttdn-crash-'))
    dataDir = join(dir, 'data')
    csvFile = join(dir, 'records.csv')
    writeFileSync(csvFile, await exportCsv(records, 'vi'))
    const migrate = await runTool(dataDir, ['migrate'])
    if (migrate.code !== 0) throw new Error(`db:migrate failed: ${migrate.out}`)
    const database = await openDatabase({ dataDir })
    try {
      await createUser(database.db, { ...READER, role: 'viewer', unit: null })
    } finally {
      await database.close()
    }
  }, 300_000)

  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('an import killed at any moment leaves all of its rows or none', async () => {
    const seen: Array<{ delay: number; ended: string; count: number }> = []
    // Kill later and later until an import gets to finish; count the records after each kill.
    for (const delay of [0, 300, 1000, 2500, 8000, 60_000]) {
      const run = await runTool(dataDir, ['import', csvFile], delay)
      const server = await startProductionServer({ dataDir })
      try {
        const count = await recordCount(server.baseUrl)
        seen.push({ delay, ended: run.signal ?? `exit ${run.code}`, count })
        if (count === records.length) break
      } finally {
        await server.stop('SIGTERM')
      }
    }
    console.log(`import killed after it started writing: ${seen.map((s) => `${s.delay} ms → ${s.ended}, ${s.count} records`).join('; ')}`)
    // Every state after a kill is all or nothing; the last one is all (killed after its commit, or finished).
    expect(seen.filter((s) => s.count !== 0 && s.count !== records.length)).toEqual([])
    expect(seen.at(-1)?.count).toBe(records.length)
    // Every run that left nothing was really killed (not refused for another reason).
    expect(seen.filter((s) => s.count === 0 && s.ended !== 'SIGKILL')).toEqual([])
    // At least one kill landed before the commit: the test really interrupted an import.
    expect(seen[0]?.count).toBe(0)
  }, 600_000)

  it('a server killed with SIGKILL keeps every committed record', async () => {
    const first = await startProductionServer({ dataDir })
    const before = await readApi(first.baseUrl, '/api/v1/summary?from=2018-01&to=2026-10')
    expect(await recordCount(first.baseUrl)).toBe(records.length)
    expect(await first.stop('SIGKILL')).toBeNull()

    const second = await startProductionServer({ dataDir })
    try {
      expect(await recordCount(second.baseUrl)).toBe(records.length)
      expect(await readApi(second.baseUrl, '/api/v1/summary?from=2018-01&to=2026-10')).toEqual(before)
    } finally {
      await second.stop('SIGTERM')
    }
  }, 300_000)
})
