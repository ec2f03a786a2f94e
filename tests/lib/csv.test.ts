import { describe, expect, it } from 'vitest'
import { parseCsv } from '../support/parse-csv'
import { CSV_BOM, csvBlob, csvCell, csvFilename, csvHeader, csvRow, neutraliseFormula, toCsv } from '../../src/lib/csv'

describe('csv', () => {
  it('starts with a UTF-8 byte-order mark and keeps Vietnamese intact', async () => {
    const csv = toCsv(['Đơn vị', 'Nội dung'], [['Quảng Ninh', 'Hội nghị tổng kết công tác thông tin đối ngoại']])
    expect(csv.startsWith(CSV_BOM)).toBe(true)
    const bytes = new Uint8Array(await csvBlob(csv).arrayBuffer())
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    expect(parseCsv(text.slice(1))).toEqual([
      ['Đơn vị', 'Nội dung'],
      ['Quảng Ninh', 'Hội nghị tổng kết công tác thông tin đối ngoại'],
    ])
  })

  it('neutralises every text cell that a spreadsheet would read as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const value = `${start}HYPERLINK("http://evil.example","x")`
      const cell = csvCell(value)
      const [[parsed]] = parseCsv(`${cell}\r\n`) as [[string]]
      expect(parsed).toBe(`'${value}`)
    }
    expect(neutraliseFormula('Hội nghị')).toBe('Hội nghị')
    expect(neutraliseFormula('a=1')).toBe('a=1')
    // Typed numbers are data, not text: a negative number stays a number.
    expect(csvCell(-5)).toBe('-5')
  })

  it('quotes commas, quotes and line breaks, and leaves empty values empty', () => {
    expect(csvRow(['a,b', 'say "hi"', 'two\nlines', null, undefined, 3])).toBe('"a,b","say ""hi""","two\nlines",,,3\r\n')
    expect(parseCsv(csvRow(['a,b', 'say "hi"', 'two\nlines']))).toEqual([['a,b', 'say "hi"', 'two\nlines']])
  })

  it('writes numbers without thousands separators and dates as given (ISO)', () => {
    expect(csvRow(['2019-12-30', 1234567, 0.5, Number.NaN])).toBe('2019-12-30,1234567,0.5,\r\n')
  })

  it('has the header first, then one line per row', () => {
    const csv = toCsv(['A', 'B'], [[1, 2], [3, 4]])
    expect(csv).toBe(`${csvHeader(['A', 'B'])}1,2\r\n3,4\r\n`)
    expect(parseCsv(csv.slice(1))).toHaveLength(3)
  })

  it('makes safe file names', () => {
    expect(csvFilename('hoạt-động 2024/01')).toBe('hoat-dong-2024-01.csv')
    expect(csvFilename('Đơn vị.csv')).toBe('Don-vi.csv')
    expect(csvFilename('***')).toBe('export.csv')
  })
})
