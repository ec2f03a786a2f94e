// @vitest-environment node
/**
 * The account tools (`npm run user:add|user:list|user:disable|user:remove`), run as the README
 * says, as real processes on a data directory of their own; the accounts they make sign in
 * through the server app over the same directory.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../server/app'
import { openDatabase } from '../../server/db/connect'

const ROOT = join(import.meta.dirname, '..', '..')

function runCli(dataDir: string, args: string[], stdin = ''): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'server', 'cli.mjs'), ...args], {
      cwd: ROOT,
      env: { ...process.env, TTDN_DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (c: Buffer) => (out += c.toString()))
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    child.stdin.end(stdin)
    child.once('exit', (code) => resolve({ code, out, err }))
  })
}

/** Signs in through the server app over the data directory (closed again after). */
async function signInStatus(dataDir: string, username: string, password: string): Promise<number> {
  const database = await openDatabase({ dataDir })
  try {
    const response = await createApp({ database }).request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    })
    return response.status
  } finally {
    await database.close()
  }
}

describe('the account tools', () => {
  let dir = ''
  let dataDir = ''
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ttdn-users-cli-'))
    dataDir = join(dir, 'data')
    const migrate = await runCli(dataDir, ['migrate'])
    if (migrate.code !== 0) throw new Error(`db:migrate failed: ${migrate.out}${migrate.err}`)
  }, 300_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('a database made by db:migrate has no accounts at all', async () => {
    const list = await runCli(dataDir, ['user:list'])
    expect(list.code).toBe(0)
    expect(list.out).toContain('Chưa có tài khoản nào.')
  })

  it('adds accounts with the password from stdin, never echoing it, and they can sign in', async () => {
    const added = await runCli(dataDir, ['user:add', 'nguyen.van.a', '--role', 'reporter', '--unit', 'c37'], 'mat-khau-cua-a\n')
    expect(added).toMatchObject({ code: 0, err: '' })
    expect(added.out).toContain('Đã tạo tài khoản nguyen.van.a (reporter, đơn vị c37).')
    expect(added.out).not.toContain('mat-khau-cua-a')
    const en = await runCli(dataDir, ['user:add', 'lanh.dao', '--role', 'viewer', '--lang', 'en'], 'leaders-password')
    expect(en.out).toContain('Account lanh.dao created (viewer).')
    expect(await signInStatus(dataDir, 'nguyen.van.a', 'mat-khau-cua-a')).toBe(200)
    expect(await signInStatus(dataDir, 'nguyen.van.a', 'wrong-password')).toBe(401)
  }, 120_000)

  it('refuses bad input with exit code 1 and a message in the chosen language, creating nothing', async () => {
    const cases: Array<[string[], string, string]> = [
      [['user:add', 'a.reporter', '--role', 'reporter'], 'password-123', 'Tài khoản reporter cần một đơn vị hiện hành, ví dụ --unit c37.'],
      [['user:add', 'old.unit', '--role', 'reporter', '--unit', 'f37'], 'password-123', '"f37" không phải đơn vị hiện hành (ví dụ c37).'],
      [['user:add', 'a.viewer', '--role', 'viewer', '--unit', 'c37', '--lang', 'en'], 'password-123', 'Only a reporter has a unit: leave out --unit.'],
      [['user:add', 'Tên Sai', '--role', 'viewer'], 'password-123', 'Tên đăng nhập phải dài 3–64 ký tự'],
      [['user:add', 'short.pw', '--role', 'viewer', '--lang', 'en'], 'short', 'A password is 8–256 characters.'],
      [['user:add', 'no.role'], 'password-123', 'Thiếu --role (admin, reporter, viewer).'],
      [['user:add', 'nguyen.van.a', '--role', 'viewer'], 'password-123', 'Tên đăng nhập "nguyen.van.a" đã có.'],
    ]
    for (const [args, stdin, message] of cases) {
      const run = await runCli(dataDir, args, stdin)
      expect({ args, code: run.code, err: run.err.split('\n')[0] }).toEqual({ args, code: 1, err: expect.stringContaining(message) })
    }
    const list = await runCli(dataDir, ['user:list', '--lang', 'en'])
    expect(list.out.split('\n').filter((l) => /^\S+\s+(admin|reporter|viewer)\s/.test(l)).map((l) => l.split(/\s+/)[0])).toEqual(['lanh.dao', 'nguyen.van.a'])
  }, 180_000)

  it('lists, disables and removes accounts; a disabled one cannot sign in', async () => {
    const list = await runCli(dataDir, ['user:list', '--lang', 'en'])
    expect(list.out).toMatch(/^Username\s+Role\s+Unit\s+Status\s+Last sign-in$/m)
    expect(list.out).toMatch(/^nguyen\.van\.a\s+reporter\s+c37\s+active\s+\d{4}-\d\d-\d\d \d\d:\d\d$/m)
    expect(list.out).toMatch(/^lanh\.dao\s+viewer\s+–\s+active\s+never$/m)
    expect(list.out).not.toMatch(/scrypt|password/i)
    expect((await runCli(dataDir, ['user:disable', 'nguyen.van.a'])).out).toContain('Đã khóa tài khoản nguyen.van.a')
    expect(await signInStatus(dataDir, 'nguyen.van.a', 'mat-khau-cua-a')).toBe(401)
    expect((await runCli(dataDir, ['user:list'])).out).toMatch(/^nguyen\.van\.a\s+reporter\s+c37\s+đã khóa/m)
    expect((await runCli(dataDir, ['user:remove', 'nguyen.van.a'])).out).toContain('Đã xóa tài khoản nguyen.van.a.')
    const again = await runCli(dataDir, ['user:remove', 'nguyen.van.a', '--lang', 'en'])
    expect([again.code, again.err.trim()]).toEqual([1, 'No account "nguyen.van.a".'])
    expect((await runCli(dataDir, ['user:disable', 'nobody'])).err).toContain('Không có tài khoản "nobody".')
  }, 180_000)
})
