/**
 * CSV that opens correctly in Excel (and LibreOffice, Numbers, Google Sheets) with Vietnamese
 * text, and that cannot run formulas. Pure functions, plus `downloadCsv` to save a file.
 *
 * Shared by every export in the app (activities, training courses, units table): build the
 * text with `toCsv(headers, rows)` — or, for large exports built page by page, `csvHeader` once
 * and `csvRows` per chunk into `new Blob([...])` — then hand it to `downloadCsv`.
 *
 * Conventions, so a file reads the same whatever the reader's locale:
 * - UTF-8 with a byte-order mark: without it Excel guesses the ANSI code page and mangles
 *   "Quảng Ninh". The BOM is the only way to tell Excel "UTF-8" in a double-clicked file.
 * - Comma separator, CRLF line ends and RFC 4180 quoting.
 * - Numbers are written plainly (`1234`, `0.5`), never with thousands separators: "1.234" is one
 *   thousand two hundred and thirty-four in Vietnamese but one point two in English.
 * - Dates are passed as ISO `YYYY-MM-DD` strings: "03/04/2024" is ambiguous between locales.
 */
import { downloadBlob, fileSlug } from './download'

/** A cell: text, a number, or nothing (`null`/`undefined` make an empty cell). */
export type CsvCell = string | number | boolean | null | undefined

/** The UTF-8 byte-order mark, as the first character of the text. */
export const CSV_BOM = '\uFEFF'
/** RFC 4180 line end. */
export const CSV_EOL = '\r\n'

/**
 * Characters that make a spreadsheet treat a cell as a formula (`=`, `+`, `-`, `@`) or that
 * some spreadsheets strip before looking for one (tab, carriage return), per the OWASP "CSV
 * injection" guidance.
 */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * Neutralises a text cell against formula injection by putting an apostrophe in front.
 *
 * Why an apostrophe: it is what the spreadsheets themselves use to mean "this is text", so Excel
 * and LibreOffice show the cell as typed (the apostrophe is hidden in Excel's grid) and never
 * evaluate `=HYPERLINK(…)` or `@SUM(…)` from a record title. Alternatives are worse: dropping
 * the character silently changes the data, and a leading space or tab is stripped by some
 * readers before they look for a formula. Quoting alone does not help: the quotes are CSV
 * syntax and are gone by the time the spreadsheet reads the value.
 *
 * Only text cells are neutralised. Numbers come from typed values (`typeof === 'number'`), so
 * `-5` stays a number a spreadsheet can sum; a negative number cannot carry a formula.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** One cell as CSV: neutralised, then quoted when it holds a comma, quote or line break. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  const text = neutraliseFormula(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One row as a CSV line, with its line end. */
export function csvRow(cells: readonly CsvCell[]): string {
  let line = ''
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += ','
    line += csvCell(cells[i])
  }
  return line + CSV_EOL
}

/** The start of a file: the BOM and the header row (headers in the user's language). */
export function csvHeader(headers: readonly string[]): string {
  return CSV_BOM + csvRow(headers)
}

/** Many rows as CSV text (no BOM, no header): for files built chunk by chunk. */
export function csvRows(rows: Iterable<readonly CsvCell[]>): string {
  const lines: string[] = []
  for (const row of rows) lines.push(csvRow(row))
  return lines.join('')
}

/** A whole CSV file as text: BOM, header row, then the rows. */
export function toCsv(headers: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  return csvHeader(headers) + csvRows(rows)
}

/** The MIME type of the files `downloadCsv` saves. */
export const CSV_MIME = 'text/csv;charset=utf-8'

/** Wraps CSV text (or parts of it) in a Blob; the text is encoded as UTF-8, BOM included. */
export function csvBlob(parts: string | readonly string[]): Blob {
  return new Blob(typeof parts === 'string' ? [parts] : [...parts], { type: CSV_MIME })
}

/**
 * A file name safe on every system: letters without diacritics, digits, `-`, `_` and `.`;
 * ".csv" is added when missing.
 */
export function csvFilename(base: string): string {
  const name = fileSlug(base) || 'export'
  return name.toLowerCase().endsWith('.csv') ? name : `${name}.csv`
}

/**
 * Saves CSV as a file through the browser's download (a temporary object URL and a click on
 * a hidden link). `csv` is text from `toCsv` or a Blob from `csvBlob`.
 */
export function downloadCsv(filename: string, csv: string | Blob): void {
  downloadBlob(csvFilename(filename), typeof csv === 'string' ? csvBlob(csv) : csv)
}
