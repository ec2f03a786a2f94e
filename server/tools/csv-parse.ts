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
  const delimiter = /[,\r\n]/g
  let cells: string[] = []
  let line = 1
  let recordLine = 1
  let i = 0
  // Each turn reads one field starting at `i`, then the delimiter after it (comma, line end or end of text).
  while (i <= input.length) {
    let cell: string
    if (input[i] === '"') {
      // A quoted field: runs to the next quote not doubled; anything up to the delimiter after it is kept too.
      const start = line
      let end = i + 1
      let value = ''
      for (;;) {
        const quote = input.indexOf('"', end)
        if (quote === -1) throw new CsvSyntaxError(start, 'unclosed quote')
        value += input.slice(end, quote)
        if (input[quote + 1] === '"') {
          value += '"'
          end = quote + 2
        } else {
          end = quote + 1
          break
        }
      }
      for (let at = value.indexOf('\n'); at !== -1; at = value.indexOf('\n', at + 1)) line++
      delimiter.lastIndex = end
      const next = delimiter.exec(input)
      const stop = next ? next.index : input.length
      cell = value + input.slice(end, stop)
      i = stop
    } else {
      delimiter.lastIndex = i
      const next = delimiter.exec(input)
      const stop = next ? next.index : input.length
      cell = input.slice(i, stop)
      i = stop
    }
    cells.push(cell)
    const ch = input[i]
    if (ch === ',') {
      i++
      continue
    }
    // A line end or the end of the text closes the record; a blank line makes none.
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells })
    cells = []
    if (ch === undefined) break
    i += ch === '\r' && input[i + 1] === '\n' ? 2 : 1
    line++
    recordLine = line
  }
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
