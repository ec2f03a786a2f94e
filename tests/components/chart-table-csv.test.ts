import { describe, expect, it } from 'vitest'
import { tableToCsv } from '../../src/components/chart-export/chart-image'
import { parseCsv } from '../support/parse-csv'

/** A table view as DataTable draws it: a row header, number cells marked `num`, a total row. */
function table(html: string): HTMLTableElement {
  const el = document.createElement('table')
  el.innerHTML = html
  return el
}

const VI = table(`
  <thead><tr><th>Đơn vị</th><th class="num">Số liệu</th><th class="num">Tỷ trọng</th><th>Thay đổi</th></tr></thead>
  <tbody>
    <tr><th scope="row">Quảng Ninh</th><td class="num">1.234</td><td class="num">12,5%</td><td>▲ Tăng 21 (4,7%)</td></tr>
    <tr><th scope="row">=HYPERLINK("x")</th><td class="num">—</td><td class="num">0</td><td>—</td></tr>
  </tbody>
  <tfoot><tr><th>Tổng cộng</th><td class="num">12.345,5</td><td></td><td></td></tr></tfoot>`)

describe('a chart table view as CSV', () => {
  it('writes figures plainly, keeps text, leaves "no figure" empty and neutralises formulas (vi)', () => {
    const { csv, rows } = tableToCsv(VI, 'vi')
    expect(rows).toBe(3)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(parseCsv(csv.slice(1))).toEqual([
      ['Đơn vị', 'Số liệu', 'Tỷ trọng', 'Thay đổi'],
      ['Quảng Ninh', '1234', '12,5%', '▲ Tăng 21 (4,7%)'],
      ["'=HYPERLINK(\"x\")", '', '0', ''],
      ['Tổng cộng', '12345.5', '', ''],
    ])
  })

  it('reads English number formats (1,234.5)', () => {
    const en = table(`<thead><tr><th>Unit</th><th class="num">Figure</th></tr></thead>
      <tbody><tr><th>Hà Nội</th><td class="num">1,234.5</td></tr><tr><th>Huế</th><td class="num">-7</td></tr></tbody>`)
    expect(parseCsv(tableToCsv(en, 'en').csv.slice(1))).toEqual([
      ['Unit', 'Figure'],
      ['Hà Nội', '1234.5'],
      ['Huế', '-7'],
    ])
  })
})
