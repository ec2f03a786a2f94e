// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { CsvSyntaxError, parseCsv, restoreNeutralised } from '../../server/tools/csv-parse'

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and counts lines', () => {
    const text = '\uFEFFa,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\r\nlines",\r\n\r\n3,,last'
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', 'x, y', 'say "hi"'] },
      { line: 3, cells: ['2', 'two\r\nlines', ''] },
      { line: 6, cells: ['3', '', 'last'] },
    ])
  })

  it('accepts LF line ends and a final line end', () => {
    expect(parseCsv('a,b\n"",c\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['', 'c'] },
    ])
  })

  it('refuses a quote left open, naming the line it opens on', () => {
    const thrown = (() => {
      try {
        parseCsv('a\n"open\nstill')
      } catch (error) {
        return error
      }
    })()
    expect(thrown).toBeInstanceOf(CsvSyntaxError)
    expect(thrown).toMatchObject({ line: 2 })
  })
})

describe('restoreNeutralised', () => {
  it('removes the apostrophe the export puts before a formula start, and only that', () => {
    expect(restoreNeutralised("'=SUM(A1)")).toBe('=SUM(A1)')
    expect(restoreNeutralised("'-5")).toBe('-5')
    expect(restoreNeutralised("'@x")).toBe('@x')
    expect(restoreNeutralised("'quoted'")).toBe("'quoted'")
    expect(restoreNeutralised('-5')).toBe('-5')
  })
})
