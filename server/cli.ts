/**
 * The database tools, one entry with subcommands (run through `server/cli.mjs`, which builds
 * this file with `server/vite.cli.config.ts` when its sources changed):
 *
 *   npm run db:migrate                               apply pending migrations (no demo data)
 *   npm run db:seed                                  demo data into a database without records
 *   npm run db:import -- FILE.csv [--lang vi|en]     records from a CSV in the app's export format
 *   npm run db:backup -- FILE                        a plain SQL dump that psql can load
 *   npm run db:restore -- FILE [--force]             load such a dump (--force replaces existing records)
 *   npm run user:add -- NAME --role R [--unit c37]   an account (password from stdin when piped, else asked twice, unechoed)
 *   npm run user:disable -- NAME                     disable an account (its sessions end at once)
 *   npm run user:list                                the accounts
 *   npm run user:remove -- NAME                      delete an account (e.g. the demo ones)
 *
 * The database comes from the environment: `DATABASE_URL`, else `TTDN_DATA_DIR` (default ./data).
 * Exit codes: 0 done, 1 bad input or refused (nothing changed), 2 any other failure.
 */
import { createWriteStream } from 'node:fs'
import { readFile, rename, rm } from 'node:fs/promises'
import { once } from 'node:events'
import type { Lang } from '../src/lib/i18n/i18n'
import type { Database } from './db/connect'
import { openDatabase } from './db/connect'
import { migrateToLatest } from './db/migrate'
import { syncReference } from './db/reference'
import { countRecords, seedDemoData } from './db/seed'
import { databaseOptionsFromEnv, prepareDatabase } from './db/setup'
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ROLES, userCreateSchema, type Role } from '../src/lib/api/accounts'
import { createUser, removeUser, updateUser } from './auth/users'
import { ApiError } from './errors'
import { BackupFormatError, hasRecords, restoreBackup, writeBackup } from './tools/backup'
import { formatProblems, importActivitiesCsv } from './tools/import-csv'

const EXIT_OK = 0
const EXIT_BAD_INPUT = 1
const EXIT_FAILURE = 2

/** Bad input or a refusal: reported as is, exit code 1. */
class UserError extends Error {}

const messages = {
  vi: {
    usage: `Cách dùng: npm run db:<lệnh> -- [tham số]
  db:migrate                          áp dụng các bản chuyển đổi lược đồ (không nạp dữ liệu mẫu)
  db:seed                             nạp dữ liệu mẫu vào cơ sở dữ liệu chưa có bản ghi
  db:import -- TỆP.csv [--lang vi|en] nhập bản ghi từ tệp CSV theo định dạng xuất của ứng dụng
  db:backup -- TỆP                    sao lưu thành tệp SQL (psql đọc được)
  db:restore -- TỆP [--force]         khôi phục từ tệp sao lưu (--force: thay dữ liệu hiện có)
  user:add -- TÊN --role admin|reporter|viewer [--unit c37]
                                      tạo tài khoản (mật khẩu đọc từ stdin nếu được chuyển vào, nếu không thì hỏi)
  user:disable -- TÊN                 khóa tài khoản (các phiên đăng nhập kết thúc ngay)
  user:list                           liệt kê tài khoản
  user:remove -- TÊN                  xóa tài khoản (ví dụ các tài khoản mẫu)
Cơ sở dữ liệu: DATABASE_URL, nếu không có thì TTDN_DATA_DIR (mặc định ./data).`,
    unknownCommand: (c: string) => `Không có lệnh "${c}".`,
    missingFile: 'Thiếu đường dẫn tệp.',
    unknownOption: (o: string) => `Không nhận ra tham số "${o}".`,
    cannotRead: (f: string, why: string) => `Không đọc được tệp ${f}: ${why}`,
    database: (where: string) => `Cơ sở dữ liệu: ${where}`,
    migrated: (names: string) => `Đã áp dụng: ${names}.`,
    upToDate: 'Lược đồ đã ở phiên bản mới nhất.',
    seedRefused: (n: number) => `Cơ sở dữ liệu đã có ${n} bản ghi: không nạp dữ liệu mẫu chồng lên dữ liệu thật.`,
    seeded: (n: number) => `Đã nạp ${n} bản ghi mẫu.`,
    importRefused: (n: number) => `Không nhập gì: ${n} lỗi trong tệp.`,
    writing: (n: number) => `Tệp hợp lệ; đang ghi ${n} bản ghi trong một giao dịch…`,
    imported: (n: number, from: string, to: string) => `Đã nhập ${n} bản ghi. Phạm vi dữ liệu: ${from} – ${to}.`,
    backedUp: (f: string, n: number) => `Đã sao lưu vào ${f} (${n} bản ghi).`,
    restoreRefused: 'Cơ sở dữ liệu đã có bản ghi: không khôi phục. Dùng --force để thay toàn bộ dữ liệu bằng bản sao lưu.',
    restored: (n: number) => `Đã khôi phục: ${n} bản ghi.`,
    missingUsername: 'Thiếu tên đăng nhập.',
    missingRole: `Thiếu --role (${ROLES.join(', ')}).`,
    badUsername: 'Tên đăng nhập phải dài 3–64 ký tự, gồm chữ thường không dấu, chữ số, ".", "_" hoặc "-".',
    badPassword: `Mật khẩu phải dài ${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} ký tự.`,
    badRole: `Vai trò phải là một trong: ${ROLES.join(', ')}.`,
    reporterNeedsUnit: 'Tài khoản reporter cần một đơn vị hiện hành, ví dụ --unit c37.',
    notCurrentUnit: (u: string) => `"${u}" không phải đơn vị hiện hành (ví dụ c37).`,
    onlyReporterUnit: 'Chỉ tài khoản reporter mới gắn với đơn vị: bỏ --unit.',
    taken: (n: string) => `Tên đăng nhập "${n}" đã có.`,
    noUser: (n: string) => `Không có tài khoản "${n}".`,
    passwordPrompt: 'Mật khẩu: ',
    passwordAgain: 'Nhập lại mật khẩu: ',
    passwordsDiffer: 'Hai lần nhập mật khẩu không khớp.',
    added: (n: string, r: string, u: string | null) => `Đã tạo tài khoản ${n} (${r}${u ? `, đơn vị ${u}` : ''}).`,
    disabled: (n: string) => `Đã khóa tài khoản ${n}; các phiên đăng nhập của tài khoản đã kết thúc.`,
    removed: (n: string) => `Đã xóa tài khoản ${n}.`,
    noUsers: 'Chưa có tài khoản nào.',
    header: ['Tên đăng nhập', 'Vai trò', 'Đơn vị', 'Trạng thái', 'Đăng nhập gần nhất'],
    active: 'hoạt động',
    locked: 'đã khóa',
    demo: 'mẫu',
    never: 'chưa',
    failed: 'Lỗi:',
  },
  en: {
    usage: `Usage: npm run db:<command> -- [arguments]
  db:migrate                          apply pending schema migrations (no demo data)
  db:seed                             load the demo data into a database without records
  db:import -- FILE.csv [--lang vi|en] import records from a CSV in the app's export format
  db:backup -- FILE                   write a plain SQL backup (psql can load it)
  db:restore -- FILE [--force]        load a backup (--force: replace the records there)
  user:add -- NAME --role admin|reporter|viewer [--unit c37]
                                      create an account (password from stdin when piped, else asked)
  user:disable -- NAME                disable an account (its sessions end at once)
  user:list                           list the accounts
  user:remove -- NAME                 delete an account (e.g. the demo ones)
Database: DATABASE_URL, else TTDN_DATA_DIR (default ./data).`,
    unknownCommand: (c: string) => `No command "${c}".`,
    missingFile: 'The file path is missing.',
    unknownOption: (o: string) => `Unknown argument "${o}".`,
    cannotRead: (f: string, why: string) => `Cannot read ${f}: ${why}`,
    database: (where: string) => `Database: ${where}`,
    migrated: (names: string) => `Applied: ${names}.`,
    upToDate: 'The schema is up to date.',
    seedRefused: (n: number) => `The database already holds ${n} records: the demo data is never loaded over real data.`,
    seeded: (n: number) => `Loaded ${n} demo records.`,
    importRefused: (n: number) => `Nothing imported: ${n} problem${n === 1 ? '' : 's'} in the file.`,
    writing: (n: number) => `The file is valid; writing ${n} records in one transaction…`,
    imported: (n: number, from: string, to: string) => `Imported ${n} records. Data coverage: ${from} to ${to}.`,
    backedUp: (f: string, n: number) => `Backup written to ${f} (${n} records).`,
    restoreRefused: 'The database holds records: nothing restored. Use --force to replace all its data with the backup.',
    restored: (n: number) => `Restored: ${n} records.`,
    missingUsername: 'The username is missing.',
    missingRole: `--role is missing (${ROLES.join(', ')}).`,
    badUsername: 'A username is 3–64 characters: lower-case letters, digits, ".", "_" or "-".',
    badPassword: `A password is ${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} characters.`,
    badRole: `The role must be one of: ${ROLES.join(', ')}.`,
    reporterNeedsUnit: 'A reporter needs a current unit, e.g. --unit c37.',
    notCurrentUnit: (u: string) => `"${u}" is not a current unit (e.g. c37).`,
    onlyReporterUnit: 'Only a reporter has a unit: leave out --unit.',
    taken: (n: string) => `The username "${n}" is taken.`,
    noUser: (n: string) => `No account "${n}".`,
    passwordPrompt: 'Password: ',
    passwordAgain: 'Password again: ',
    passwordsDiffer: 'The two passwords differ.',
    added: (n: string, r: string, u: string | null) => `Account ${n} created (${r}${u ? `, unit ${u}` : ''}).`,
    disabled: (n: string) => `Account ${n} disabled; its sessions have ended.`,
    removed: (n: string) => `Account ${n} deleted.`,
    noUsers: 'No accounts yet.',
    header: ['Username', 'Role', 'Unit', 'Status', 'Last sign-in'],
    active: 'active',
    locked: 'disabled',
    demo: 'demo',
    never: 'never',
    failed: 'Failed:',
  },
} as const
type Messages = (typeof messages)[Lang]

interface Args {
  command: string | undefined
  /** The file (db:*) or the username (user:*). */
  file: string | undefined
  lang: Lang
  force: boolean
  role: string | undefined
  unit: string | undefined
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { command: undefined, file: undefined, lang: 'vi', force: false, role: undefined, unit: undefined }
  const rest: string[] = []
  const unknown: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string
    if (a === '--lang') args.lang = argv[++i] === 'en' ? 'en' : 'vi'
    else if (a.startsWith('--lang=')) args.lang = a.slice('--lang='.length) === 'en' ? 'en' : 'vi'
    else if (a === '--force') args.force = true
    else if (a === '--role') args.role = argv[++i]
    else if (a.startsWith('--role=')) args.role = a.slice('--role='.length)
    else if (a === '--unit') args.unit = argv[++i]
    else if (a.startsWith('--unit=')) args.unit = a.slice('--unit='.length)
    else if (a.startsWith('--')) unknown.push(a)
    else rest.push(a)
  }
  args.command = rest[0]
  args.file = rest[1]
  const extra = unknown[0] ?? rest[2]
  if (extra !== undefined) throw new UserError(messages[args.lang].unknownOption(extra))
  return args
}

function say(line: string): void {
  process.stdout.write(`${line}\n`)
}

async function readText(file: string, t: Messages): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    throw new UserError(t.cannotRead(file, error instanceof Error ? error.message : String(error)))
  }
}

/** The password: the first line of stdin when it is piped, else typed twice at a prompt without echo. */
async function readPassword(t: Messages): Promise<string> {
  const stdin = process.stdin
  if (!stdin.isTTY) {
    const chunks: Buffer[] = []
    for await (const chunk of stdin) chunks.push(chunk as Buffer)
    return (Buffer.concat(chunks).toString('utf8').split(/\r?\n/, 1)[0] ?? '')
  }
  const ask = (prompt: string) =>
    new Promise<string>((resolve, reject) => {
      process.stdout.write(prompt)
      let typed = ''
      stdin.setRawMode(true)
      stdin.resume()
      stdin.setEncoding('utf8')
      const onData = (data: string) => {
        for (const ch of data) {
          if (ch === '\r' || ch === '\n') {
            done()
            process.stdout.write('\n')
            resolve(typed)
            return
          }
          if (ch === '\u0003') {
            done()
            process.stdout.write('\n')
            reject(new UserError(''))
            return
          }
          if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1)
          else typed += ch
        }
      }
      const done = () => {
        stdin.off('data', onData)
        stdin.setRawMode(false)
        stdin.pause()
      }
      stdin.on('data', onData)
    })
  const first = await ask(t.passwordPrompt)
  const again = await ask(t.passwordAgain)
  if (first !== again) throw new UserError(t.passwordsDiffer)
  return first
}

/** The CLI's words for a refusal of the users' rules (server/auth/users.ts answers in English for the API). */
function userProblem(error: unknown, t: Messages, username: string, unit: string | null): never {
  if (!(error instanceof ApiError)) throw error
  if (error.status === 409) throw new UserError(t.taken(username))
  if (error.status === 404) throw new UserError(t.noUser(username))
  if (error.field === 'unit') {
    if (unit === null) throw new UserError(t.reporterNeedsUnit)
    throw new UserError(/current unit/.test(error.message) ? t.notCurrentUnit(unit) : t.onlyReporterUnit)
  }
  throw new UserError(error.message)
}

/** Opens the database of the environment, migrated and with its reference tables. */
async function openPrepared(t: Messages, { reportUpToDate = false } = {}): Promise<Database> {
  const { database, migrated } = await prepareDatabase({ ...databaseOptionsFromEnv(), seed: 'never' })
  say(t.database(database.location))
  if (migrated.length > 0) say(t.migrated(migrated.join(', ')))
  else if (reportUpToDate) say(t.upToDate)
  return database
}

async function run(args: Args): Promise<number> {
  const t = messages[args.lang]
  const needsFile = ['import', 'backup', 'restore'].includes(args.command ?? '')
  if (needsFile && !args.file) throw new UserError(`${t.missingFile}\n${t.usage}`)
  const file = args.file as string

  switch (args.command) {
    case 'migrate': {
      const database = await openPrepared(t, { reportUpToDate: true })
      await database.close()
      return EXIT_OK
    }
    case 'seed': {
      const database = await openPrepared(t)
      try {
        const existing = await countRecords(database.db)
        if (existing > 0) throw new UserError(t.seedRefused(existing))
        say(t.seeded(await seedDemoData(database.db)))
        return EXIT_OK
      } finally {
        await database.close()
      }
    }
    case 'import': {
      const text = await readText(file, t)
      const database = await openPrepared(t)
      try {
        const result = await importActivitiesCsv(database.db, text, { lang: args.lang, onWriting: (n) => say(t.writing(n)) })
        if (!result.ok) {
          process.stderr.write(`${formatProblems(result.problems, args.lang)}\n`)
          throw new UserError(t.importRefused(result.problems.length))
        }
        say(t.imported(result.imported, result.coverage?.from ?? '?', result.coverage?.to ?? '?'))
        return EXIT_OK
      } finally {
        await database.close()
      }
    }
    case 'backup': {
      const database = await openPrepared(t)
      // Written beside the target and renamed at the end: a failed backup never leaves half a file under the name.
      const partial = `${file}.partial`
      try {
        const out = createWriteStream(partial, { encoding: 'utf8' })
        const { rows } = await writeBackup(database.db, async (chunk) => {
          if (!out.write(chunk)) await once(out, 'drain')
        })
        out.end()
        await once(out, 'close')
        await rename(partial, file)
        say(t.backedUp(file, rows.activities ?? 0))
        return EXIT_OK
      } catch (error) {
        await rm(partial, { force: true })
        throw error
      } finally {
        await database.close()
      }
    }
    case 'restore': {
      const text = await readText(file, t)
      // Not migrated first: the backup creates the schema it was written with.
      const database = await openDatabase(databaseOptionsFromEnv())
      say(t.database(database.location))
      try {
        if (!args.force && (await hasRecords(database.db))) throw new UserError(t.restoreRefused)
        try {
          await restoreBackup(database.db, text)
        } catch (error) {
          if (error instanceof BackupFormatError) throw new UserError(error.message)
          throw error
        }
        // A backup from an older version is brought up to this one.
        const migrated = await migrateToLatest(database.db)
        if (migrated.length > 0) say(t.migrated(migrated.join(', ')))
        await syncReference(database.db)
        say(t.restored(await countRecords(database.db)))
        return EXIT_OK
      } finally {
        await database.close()
      }
    }
    case 'user:add': {
      if (!args.file) throw new UserError(`${t.missingUsername}\n${t.usage}`)
      if (!args.role) throw new UserError(`${t.missingRole}\n${t.usage}`)
      const username = args.file
      const unit = args.unit ?? null
      // The input checked before the password is asked for.
      const shape = userCreateSchema.safeParse({ username, password: 'x'.repeat(PASSWORD_MIN_LENGTH), role: args.role, unit })
      if (!shape.success) {
        const field = shape.error.issues[0]?.path[0]
        throw new UserError(field === 'username' ? t.badUsername : field === 'role' ? t.badRole : t.notCurrentUnit(String(unit)))
      }
      const role = args.role as Role
      if (role === 'reporter' && unit === null) throw new UserError(t.reporterNeedsUnit)
      if (role !== 'reporter' && unit !== null) throw new UserError(t.onlyReporterUnit)
      const password = await readPassword(t)
      if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) throw new UserError(t.badPassword)
      const database = await openPrepared(t)
      try {
        await createUser(database.db, { username, password, role, unit }).catch((error: unknown) => userProblem(error, t, username, unit))
        say(t.added(username, role, unit))
        return EXIT_OK
      } finally {
        await database.close()
      }
    }
    case 'user:disable':
    case 'user:remove': {
      if (!args.file) throw new UserError(`${t.missingUsername}\n${t.usage}`)
      const username = args.file
      const database = await openPrepared(t)
      try {
        if (args.command === 'user:disable') {
          await updateUser(database.db, username, { disabled: true }).catch((error: unknown) => userProblem(error, t, username, null))
          say(t.disabled(username))
        } else {
          if (!(await removeUser(database.db, username))) throw new UserError(t.noUser(username))
          say(t.removed(username))
        }
        return EXIT_OK
      } finally {
        await database.close()
      }
    }
    case 'user:list': {
      const database = await openPrepared(t)
      try {
        const rows = await database.db
          .selectFrom('users')
          .select(['username', 'role', 'unit_id', 'disabled', 'demo', 'last_login_at'])
          .orderBy('username')
          .execute()
        if (rows.length === 0) {
          say(t.noUsers)
          return EXIT_OK
        }
        const table = [
          [...t.header],
          ...rows.map((r) => [
            r.username,
            r.role,
            r.unit_id ?? '–',
            `${r.disabled ? t.locked : t.active}${r.demo ? ` (${t.demo})` : ''}`,
            r.last_login_at ? new Date(r.last_login_at).toISOString().replace('T', ' ').slice(0, 16) : t.never,
          ]),
        ]
        const widths = table[0]?.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length))) ?? []
        for (const row of table) say(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd())
        return EXIT_OK
      } finally {
        await database.close()
      }
    }
    default:
      if (args.command !== undefined && args.command !== 'help') throw new UserError(`${t.unknownCommand(args.command)}\n${t.usage}`)
      say(t.usage)
      return args.command === 'help' ? EXIT_OK : EXIT_BAD_INPUT
  }
}

/** Runs the CLI with `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const lang: Lang = argv.some((a, i) => (a === '--lang' && argv[i + 1] === 'en') || a === '--lang=en') ? 'en' : 'vi'
  try {
    return await run(parseArgs(argv))
  } catch (error) {
    if (error instanceof UserError) {
      if (error.message) process.stderr.write(`${error.message}\n`)
      return EXIT_BAD_INPUT
    }
    process.stderr.write(`${messages[lang].failed} ${error instanceof Error ? error.message : String(error)}\n`)
    return EXIT_FAILURE
  }
}
