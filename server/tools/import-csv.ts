/**
 * `npm run db:import -- FILE.csv`: records from a CSV in the format of the app's export
 * (`activityCsvColumns` in `src/lib/export-activities.ts`), header row in Vietnamese or English.
 *
 * Every row is checked first, and every bad row is reported (line, column, reason) in the
 * CLI's language; if any row is bad nothing is written. Otherwise all records go in in one
 * transaction, with the data coverage widened to the months they fall in.
 */
import { hash } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import {
  ACTIVITY_KINDS,
  CATEGORIES,
  FORMATS,
  RECIPIENTS,
  type ActivityData as Activity,
  type ActivityKind,
  type Format,
} from '../../src/lib/api/schemas'
import { activityCsvColumns } from '../../src/lib/export-activities'
import { categoryLabels, formatLabels, metricLabels, recipientLabels } from '../../src/lib/i18n/common-messages'
import type { Lang } from '../../src/lib/i18n/i18n'
import { analyze, insertRecords, setCoverage } from '../db/seed'
import type { Schema } from '../db/schema'
import { unitsById } from '../reference/org-units'
import { CsvSyntaxError, parseCsv, restoreNeutralised } from './csv-parse'

/** The columns of the export, by key, in its order; `id` is optional and not written by the export. */
const COLUMN_KEYS = [
  'date',
  'unit',
  'unitId',
  'kind',
  'category',
  'title',
  'quantity',
  'participants',
  'format',
  'recipient',
  'source',
  'sourceUrl',
] as const
type ColumnKey = (typeof COLUMN_KEYS)[number] | 'id'

/** The export's header names in each language (taken from the export itself, so they cannot drift). */
function exportHeaders(lang: Lang): Record<(typeof COLUMN_KEYS)[number], string> {
  const headers = activityCsvColumns(lang, new Map()).map((c) => c.header)
  return Object.fromEntries(COLUMN_KEYS.map((key, i) => [key, headers[i]])) as Record<(typeof COLUMN_KEYS)[number], string>
}

/** Where a row is wrong: the file's line, the column's header as written in the file, and why. */
export interface ImportProblem {
  line: number
  column: string | null
  reason: string
}

export type ImportResult =
  | { ok: true; imported: number; coverage: { from: string; to: string } | null }
  | { ok: false; problems: ImportProblem[] }

const messages = {
  vi: {
    empty: 'Tệp không có dữ liệu (không có dòng tiêu đề).',
    unclosedQuote: 'Dấu ngoặc kép mở nhưng không đóng trước khi hết tệp.',
    unknownHeader: (names: string) =>
      `Dòng tiêu đề không khớp với tệp xuất của ứng dụng (tiếng Việt hoặc tiếng Anh): không nhận ra cột ${names}.`,
    missingColumns: (names: string) => `Thiếu cột: ${names}.`,
    duplicateColumn: (name: string) => `Cột "${name}" xuất hiện hơn một lần.`,
    cellCount: (expected: number, found: number) => `Dòng có ${found} ô, cần đúng ${expected} ô.`,
    required: 'Ô này không được để trống.',
    date: (v: string) => `"${v}" không phải là ngày hợp lệ dạng YYYY-MM-DD.`,
    unknownUnit: (v: string) => `Không có đơn vị mã "${v}" (mã đơn vị gồm thời kỳ: f.. đơn vị cũ, c.. đơn vị hiện nay, tw Trung ương).`,
    unitNotValid: (v: string, date: string, from: string, to: string) =>
      `Đơn vị "${v}" không tồn tại vào ngày ${date} (chỉ từ ${from} đến ${to}).`,
    kind: (v: string, allowed: string) => `Loại hoạt động "${v}" không hợp lệ; cần một trong: ${allowed}.`,
    category: (v: string, kind: string, allowed: string) =>
      `Phân loại "${v}" không thuộc loại hoạt động "${kind}"; cần một trong: ${allowed}.`,
    integer: (v: string) => `"${v}" không phải là số nguyên không âm.`,
    format: (v: string, allowed: string) => `Hình thức "${v}" không hợp lệ; cần một trong: ${allowed} hoặc để trống.`,
    recipient: (v: string, allowed: string) => `Đối tượng "${v}" không hợp lệ; cần một trong: ${allowed} hoặc để trống.`,
    sourceUrlWithoutTitle: 'Có đường dẫn nguồn nhưng không có tên nguồn.',
    duplicateId: (v: string, line: number) => `Mã bản ghi "${v}" trùng với dòng ${line}.`,
    existingId: (v: string) => `Mã bản ghi "${v}" đã có trong cơ sở dữ liệu (tệp này đã được nhập?).`,
    beginning: 'đầu',
    end: 'nay',
  },
  en: {
    empty: 'The file holds no data (no header row).',
    unclosedQuote: 'A quote is opened and not closed before the end of the file.',
    unknownHeader: (names: string) =>
      `The header row does not match the app's export (Vietnamese or English): unknown column ${names}.`,
    missingColumns: (names: string) => `Missing columns: ${names}.`,
    duplicateColumn: (name: string) => `Column "${name}" appears more than once.`,
    cellCount: (expected: number, found: number) => `The row has ${found} cells; it must have exactly ${expected}.`,
    required: 'This cell must not be empty.',
    date: (v: string) => `"${v}" is not a valid date written YYYY-MM-DD.`,
    unknownUnit: (v: string) => `No unit has the id "${v}" (unit ids carry their era: f.. former unit, c.. current unit, tw central level).`,
    unitNotValid: (v: string, date: string, from: string, to: string) =>
      `Unit "${v}" did not exist on ${date} (only from ${from} to ${to}).`,
    kind: (v: string, allowed: string) => `Unknown type of activity "${v}"; expected one of: ${allowed}.`,
    category: (v: string, kind: string, allowed: string) =>
      `Category "${v}" is not a category of "${kind}"; expected one of: ${allowed}.`,
    integer: (v: string) => `"${v}" is not a whole number of at least 0.`,
    format: (v: string, allowed: string) => `Unknown format "${v}"; expected one of: ${allowed}, or empty.`,
    recipient: (v: string, allowed: string) => `Unknown award recipient "${v}"; expected one of: ${allowed}, or empty.`,
    sourceUrlWithoutTitle: 'A source link is given without a source.',
    duplicateId: (v: string, line: number) => `Record id "${v}" is the same as on line ${line}.`,
    existingId: (v: string) => `Record id "${v}" is already in the database (was this file imported before?).`,
    beginning: 'the start',
    end: 'now',
  },
} as const

/** The label of a code in the file's language, matched exactly; the code itself is accepted too. */
function codeOf<T extends string>(value: string, codes: readonly T[], labels: Record<T, string>): T | undefined {
  return codes.find((code) => labels[code] === value || code === value)
}

function isValidDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

const WHOLE = /^\d{1,9}$/

/**
 * A stable id for a record that comes without one: a hash of its content, so importing the same
 * file twice is caught (the ids are already there) instead of doubling the figures. Identical
 * rows within one file are told apart by their rank.
 */
function contentId(a: Omit<Activity, 'id'>): string {
  const key = JSON.stringify([a.date, a.unit, a.kind, a.category, a.title, a.quantity, a.participants, a.format, a.recipient, a.source])
  return `csv-${hash('sha256', key).slice(0, 20)}`
}

interface ParsedFile {
  records: Activity[]
  /** The line of each record, and of its id cell's column header. */
  lines: number[]
  idHeader: string
  problems: ImportProblem[]
}

/** Parses and checks a whole file against the contract and the units; reads nothing from the database. */
export function parseActivitiesCsv(text: string, lang: Lang): ParsedFile {
  const t = messages[lang]
  const problems: ImportProblem[] = []
  const empty: ParsedFile = { records: [], lines: [], idHeader: 'id', problems }
  let rows
  try {
    rows = parseCsv(text)
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      problems.push({ line: error.line, column: null, reason: t.unclosedQuote })
      return empty
    }
    throw error
  }
  const header = rows[0]
  if (!header) {
    problems.push({ line: 1, column: null, reason: t.empty })
    return empty
  }

  // The header row decides the file's language (cells are labels in that language).
  const names = header.cells.map((c) => c.trim())
  const fileLang: Lang = (['vi', 'en'] as const).find((l) => names.includes(exportHeaders(l).date)) ?? lang
  const headers = exportHeaders(fileLang)
  const keyOfHeader = new Map<string, ColumnKey>([...COLUMN_KEYS.map((k) => [headers[k], k] as const), ['id', 'id']])
  const index = new Map<ColumnKey, number>()
  const unknown: string[] = []
  names.forEach((name, i) => {
    const key = keyOfHeader.get(name)
    if (key === undefined) unknown.push(`"${name}"`)
    else if (index.has(key)) problems.push({ line: header.line, column: name, reason: t.duplicateColumn(name) })
    else index.set(key, i)
  })
  if (unknown.length > 0) problems.push({ line: header.line, column: null, reason: t.unknownHeader(unknown.join(', ')) })
  const missing = COLUMN_KEYS.filter((k) => !index.has(k)).map((k) => `"${headers[k]}"`)
  if (missing.length > 0) problems.push({ line: header.line, column: null, reason: t.missingColumns(missing.join(', ')) })
  if (problems.length > 0) return empty

  const records: Activity[] = []
  const lines: number[] = []
  const givenIds = new Map<string, number>()
  const ranks = new Map<string, number>()
  const kindLabels = metricLabels[fileLang]
  const categoryNames = categoryLabels[fileLang] as Record<string, string>

  for (const row of rows.slice(1)) {
    const before = problems.length
    const report = (key: ColumnKey | null, reason: string) =>
      problems.push({ line: row.line, column: key === null ? null : key === 'id' ? 'id' : headers[key], reason })
    if (row.cells.length !== names.length) {
      report(null, t.cellCount(names.length, row.cells.length))
      continue
    }
    const cell = (key: ColumnKey): string => {
      const i = index.get(key)
      return i === undefined ? '' : restoreNeutralised(row.cells[i] ?? '').trim()
    }
    const requiredCell = (key: ColumnKey): string | undefined => {
      const value = cell(key)
      if (value === '') report(key, t.required)
      return value === '' ? undefined : value
    }
    const wholeNumber = (key: ColumnKey, value: string): number | undefined => {
      if (WHOLE.test(value)) return Number(value)
      report(key, t.integer(value))
      return undefined
    }

    const date = requiredCell('date')
    if (date !== undefined && !isValidDate(date)) report('date', t.date(date))
    const unit = requiredCell('unitId')
    if (unit !== undefined) {
      const u = unitsById.get(unit)
      if (!u) report('unitId', t.unknownUnit(unit))
      else if (date !== undefined && isValidDate(date) && ((u.validFrom !== null && date < u.validFrom) || (u.validTo !== null && date > u.validTo))) {
        report('unitId', t.unitNotValid(unit, date, u.validFrom ?? t.beginning, u.validTo ?? t.end))
      }
    }
    const kindCell = requiredCell('kind')
    const kind: ActivityKind | undefined = kindCell === undefined ? undefined : codeOf(kindCell, ACTIVITY_KINDS, kindLabels)
    if (kindCell !== undefined && kind === undefined) report('kind', t.kind(kindCell, ACTIVITY_KINDS.map((k) => kindLabels[k]).join('; ')))
    const categoryCell = requiredCell('category')
    let category: string | undefined
    if (categoryCell !== undefined && kind !== undefined) {
      const allowed = CATEGORIES[kind] as readonly string[]
      category = codeOf(categoryCell, allowed, categoryNames)
      if (category === undefined) report('category', t.category(categoryCell, kindLabels[kind], allowed.map((c) => categoryNames[c]).join('; ')))
    }
    const title = requiredCell('title')
    const quantityCell = requiredCell('quantity')
    const quantity = quantityCell === undefined ? undefined : wholeNumber('quantity', quantityCell)
    const participantsCell = cell('participants')
    const participants = participantsCell === '' ? null : wholeNumber('participants', participantsCell)
    const formatCell = cell('format')
    const format: Format | null | undefined = formatCell === '' ? null : codeOf(formatCell, FORMATS, formatLabels[fileLang])
    if (format === undefined) report('format', t.format(formatCell, FORMATS.map((f) => formatLabels[fileLang][f]).join('; ')))
    const recipientCell = cell('recipient')
    const recipient = recipientCell === '' ? null : codeOf(recipientCell, RECIPIENTS, recipientLabels[fileLang])
    if (recipient === undefined) report('recipient', t.recipient(recipientCell, RECIPIENTS.map((r) => recipientLabels[fileLang][r]).join('; ')))
    const sourceTitle = cell('source')
    const sourceUrl = cell('sourceUrl')
    if (sourceUrl !== '' && sourceTitle === '') report('sourceUrl', t.sourceUrlWithoutTitle)

    const givenId = cell('id')
    if (givenId !== '') {
      const first = givenIds.get(givenId)
      if (first !== undefined) report('id', t.duplicateId(givenId, first))
      else givenIds.set(givenId, row.line)
    }

    if (problems.length > before) continue
    const activity: Omit<Activity, 'id'> = {
      date: date as string,
      unit: unit as string,
      kind: kind as ActivityKind,
      category: category as string,
      title: title as string,
      quantity: quantity as number,
      participants: participants as number | null,
      format: format as Format | null,
      recipient: recipient as Activity['recipient'],
      source: sourceTitle === '' ? null : { title: sourceTitle, url: sourceUrl === '' ? null : sourceUrl },
    }
    let id = givenId
    if (id === '') {
      const key = contentId(activity)
      const rank = (ranks.get(key) ?? 0) + 1
      ranks.set(key, rank)
      id = rank === 1 ? key : `${key}-${rank}`
    }
    records.push({ id, ...activity })
    lines.push(row.line)
  }
  const idIndex = index.get('id')
  return { records, lines, idHeader: idIndex === undefined ? 'id' : (names[idIndex] ?? 'id'), problems }
}

function monthOf(date: string): string {
  return date.slice(0, 7)
}

/**
 * Imports the records of a CSV file: all or nothing. Returns the problems when any row is bad
 * (nothing is written), else the number of records written and the coverage after the import.
 */
export async function importActivitiesCsv(
  db: Kysely<Schema>,
  text: string,
  { lang = 'vi', onWriting }: { lang?: Lang; onWriting?: (count: number) => void } = {},
): Promise<ImportResult> {
  const t = messages[lang]
  const parsed = parseActivitiesCsv(text, lang)
  const { records, lines, problems } = parsed

  const result = await db.transaction().execute(async (trx): Promise<ImportResult> => {
    // Ids already stored: checked inside the transaction that inserts, so no one slips in between.
    if (records.length > 0) {
      const existing = await sql<{ id: string }>`
        select a.id from activities a
        join json_array_elements_text(${JSON.stringify(records.map((r) => r.id))}::json) as given(id) on given.id = a.id`.execute(trx)
      const taken = new Set(existing.rows.map((r) => r.id))
      records.forEach((r, i) => {
        if (taken.has(r.id)) problems.push({ line: lines[i] ?? 0, column: parsed.idHeader, reason: t.existingId(r.id) })
      })
    }
    if (problems.length > 0) {
      problems.sort((a, b) => a.line - b.line)
      return { ok: false, problems }
    }
    // Every row passed: the writing starts (told to the caller, so a user sees where it is).
    onWriting?.(records.length)
    await insertRecords(trx, records)
    const coverage = await widenCoverage(trx, records)
    return { ok: true, imported: records.length, coverage }
  })
  // Fresh planner statistics: the embedded database has no autovacuum to gather them.
  if (result.ok && result.imported > 0) await analyze(db)
  return result
}

/** Widens the data coverage to the months of the records (sets it on a database without one). */
async function widenCoverage(db: Kysely<Schema>, records: readonly Activity[]): Promise<{ from: string; to: string } | null> {
  const current = await db.selectFrom('data_coverage').select(['from_month', 'to_month']).executeTakeFirst()
  if (records.length === 0) return current ? { from: current.from_month, to: current.to_month } : null
  let from = current?.from_month ?? monthOf(records[0]?.date ?? '')
  let to = current?.to_month ?? from
  for (const r of records) {
    const m = monthOf(r.date)
    if (m < from) from = m
    if (m > to) to = m
  }
  if (!current || current.from_month !== from || current.to_month !== to) {
    await setCoverage(db, { from, to })
  }
  return { from, to }
}

/** The problems as lines for a terminal, in the CLI's language. */
export function formatProblems(problems: readonly ImportProblem[], lang: Lang): string {
  const lineWord = lang === 'vi' ? 'dòng' : 'line'
  const columnWord = lang === 'vi' ? 'cột' : 'column'
  return problems
    .map((p) => `${lineWord} ${p.line}${p.column === null ? '' : `, ${columnWord} "${p.column}"`}: ${p.reason}`)
    .join('\n')
}
