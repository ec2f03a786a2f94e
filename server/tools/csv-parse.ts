/**
 * Reading CSV as the app writes it (`src/lib/csv.ts`): RFC 4180 quoting (commas, quotes and
 * line breaks inside quoted fields), CRLF or LF line ends, an optional UTF-8 byte-order mark.
 */

/** One record of the file and the line (1-based) it starts on, for error reports. */
export interface CsvRecord {
  line: number
  cells: string[]
}

/** A quote that does not close before the end of the file. */
export class CsvSyntaxError extends Error {
  readonly line: number
  constructor(line: number, message: string) {
    super(message)
    this.name = 'CsvSyntaxError'
    this.line = line
  }
}

/**
 * Splits CSV text into records. Blank lines are skipped. A quote inside an unquoted field is
 * kept as text (lenient, as spreadsheets are); an unclosed quoted field is an error.
 */
export function parseCsv(text: string): CsvRecord[] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text
  const records: CsvRecord[] = []
  let cells: string[] = []
  let cell = ''
  let line = 1
  let recordLine = 1
  let i = 0
  const endRecord = () => {
    cells.push(cell)
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells })
    cells = []
    cell = ''
  }
  while (i < input.length) {
    const ch = input[i]
    if (ch === '"' && cell === '') {
      // A quoted field: runs to the next quote not doubled.
      const start = line
      i++
      for (;;) {
        if (i >= input.length) throw new CsvSyntaxError(start, 'unclosed quote')
        const c = input[i]
        if (c === '"') {
          if (input[i + 1] === '"') {
            cell += '"'
            i += 2
            continue
          }
          i++
          break
        }
        if (c === '\n') line++
        cell += c
        i++
      }
      continue
    }
    if (ch === ',') {
      cells.push(cell)
      cell = ''
      i++
    } else if (ch === '\r' || ch === '\n') {
      endRecord()
      i += ch === '\r' && input[i + 1] === '\n' ? 2 : 1
      line++
      recordLine = line
    } else {
      cell += ch
      i++
    }
  }
  if (cell !== '' || cells.length > 0) endRecord()
  return records
}

const NEUTRALISED = /^'[=+\-@\t\r]/

/**
 * Undoes `neutraliseFormula` of `src/lib/csv.ts`: the apostrophe the export put in front of a
 * cell starting with `=`, `+`, `-`, `@`, tab or CR. (A text that itself began with an apostrophe
 * followed by one of these cannot be told apart, and loses its apostrophe.)
 */
export function restoreNeutralised(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell
}
