import { screen, waitFor, within } from '@testing-library/react'
import { http } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../../mocks/node'
import { errorResponse, resourcePath } from '../../../mocks/responses'
import { activitiesError } from '../../../mocks/scenarios'
import { formatDate, formatNumber } from '../../../src/lib/format'
import { renderRoute } from '../../render'
import { parseCsv } from '../../support/parse-csv'
import { byDateDesc, byNumber, expectedList, expectedRecords } from '../../support/oracle'

const YEAR_2019 = { from: '2019-01', to: '2019-12' }
const NINH_BINH_2019 = '/activities?from=2019-01&to=2019-12&units=c37'

/** The rows of the records table (header row excluded). */
function tableRows(): HTMLElement[] {
  const table = screen.getByRole('table')
  return within(table).getAllByRole('row').slice(1)
}

function column(rows: HTMLElement[], index: number): string[] {
  return rows.map((row) => (within(row).getAllByRole('cell')[index] as HTMLElement).textContent ?? '')
}

/** The titles of the rows (a sourced record names its source under the title). */
function titles(rows: HTMLElement[]): string[] {
  return rows.map((row) => (within(row).getAllByRole('cell')[4] as HTMLElement).firstChild?.textContent ?? '')
}

async function findCount(total: number, lang: 'vi' | 'en' = 'vi') {
  const text = lang === 'vi' ? `${formatNumber(total, 'vi')} hoạt động` : `${formatNumber(total, 'en')} activities`
  return screen.findByText(text)
}

describe('activities explorer: list, sort, page', () => {
  it('lists every record of a province and year, newest first, with the total count', async () => {
    renderRoute(NINH_BINH_2019)
    const expected = expectedList({ ...YEAR_2019, units: ['c37'] }).toSorted(byDateDesc)
    expect(expected.length).toBeGreaterThan(50)
    await findCount(expected.length)
    const rows = tableRows()
    expect(rows).toHaveLength(50)
    expect(titles(rows)).toEqual(expected.slice(0, 50).map((r) => r.title))
    expect(column(rows, 0)[0]).toBe(formatDate(expected[0]!.date, 'vi'))
    // Records keep the unit that reported them, with its era and the unit it now counts under.
    expect(column(rows, 1)).toContain('Hà Namtrước 01/07/2025nay thuộc Ninh Bình')
    expect(screen.getByRole('columnheader', { name: /Ngày/ })).toHaveAttribute('aria-sort', 'descending')
  })

  it('sorts by a column with the mouse and the keyboard, in the URL, against independent expectations', async () => {
    const { user, location } = renderRoute(`${NINH_BINH_2019}&metric=meetings`)
    const expected = expectedRecords({ metric: 'meetings', ...YEAR_2019, units: ['c37'] })
    await findCount(expected.length)

    await user.click(screen.getByRole('button', { name: /Người tham dự/ }))
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Người tham dự/ })).toHaveAttribute('aria-sort', 'descending'))
    expect(location()).toContain('sort=-participants')
    const desc = expected.toSorted(byNumber('participants', true)).slice(0, 50)
    await waitFor(() => expect(column(tableRows(), 6)).toEqual(desc.map((r) => (r.participants === null ? '–' : formatNumber(r.participants, 'vi')))))

    // Keyboard: focus the header button and press Enter to reverse the order.
    screen.getByRole('button', { name: /Người tham dự/ }).focus()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Người tham dự/ })).toHaveAttribute('aria-sort', 'ascending'))
    expect(location()).toContain('sort=participants')
    const asc = expected.toSorted(byNumber('participants', false)).slice(0, 50)
    await waitFor(() => expect(column(tableRows(), 6)).toEqual(asc.map((r) => (r.participants === null ? '–' : formatNumber(r.participants, 'vi')))))
    expect(screen.getByRole('columnheader', { name: /Ngày/ })).not.toHaveAttribute('aria-sort')
  })

  it('pages through the results and changes the page size (back to page 1)', async () => {
    const { user, location } = renderRoute(NINH_BINH_2019)
    const expected = expectedList({ ...YEAR_2019, units: ['c37'] }).toSorted(byDateDesc)
    await findCount(expected.length)
    const pages = Math.ceil(expected.length / 50)
    expect(screen.getByText(`Trang 1 / ${formatNumber(pages, 'vi')}`)).toBeInTheDocument()

    await user.click(screen.getByRole('link', { name: 'Trang sau' }))
    await waitFor(() => expect(location()).toContain('page=2'))
    await waitFor(() => expect(titles(tableRows())).toEqual(expected.slice(50, 100).map((r) => r.title)))
    expect(screen.getByText(`Trang 2 / ${formatNumber(pages, 'vi')}`)).toBeInTheDocument()

    await user.selectOptions(screen.getByLabelText('Số dòng mỗi trang'), '20')
    await waitFor(() => expect(tableRows()).toHaveLength(20))
    expect(location()).toContain('pageSize=20')
    expect(location()).not.toContain('page=2')
    expect(titles(tableRows())).toEqual(expected.slice(0, 20).map((r) => r.title))
  })

  it('narrows by metric and category, and resets the category when the metric changes', async () => {
    const { user, location } = renderRoute(NINH_BINH_2019)
    await findCount(expectedList({ ...YEAR_2019, units: ['c37'] }).length)
    expect(screen.getByLabelText('Phân loại')).toBeDisabled()

    await user.selectOptions(screen.getByLabelText('Chỉ số'), 'meetings')
    await findCount(expectedList({ ...YEAR_2019, units: ['c37'], kind: 'meetings' }).length)
    await user.selectOptions(screen.getByLabelText('Phân loại'), 'seminar')
    await findCount(expectedList({ ...YEAR_2019, units: ['c37'], kind: 'meetings', category: 'seminar' }).length)
    expect(location()).toContain('category=seminar')
    expect(column(tableRows(), 3).every((c) => c === 'Hội thảo')).toBe(true)

    await user.selectOptions(screen.getByLabelText('Chỉ số'), 'articles')
    await findCount(expectedList({ ...YEAR_2019, units: ['c37'], kind: 'articles' }).length)
    expect(location()).not.toContain('category=')
  })
})

describe('activities explorer: what a record shows', () => {
  it('has no source column; a source shows under the title only where a record has one; participants only for meetings and courses', async () => {
    renderRoute('/activities?from=2019-12&to=2019-12&units=c37&q=ha%20nam')
    const table = await screen.findByRole('table')
    // The actions column comes with the signed-in user.
    await within(table).findByRole('columnheader', { name: 'Thao tác' })
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent?.replace(/[▲▼⇅]/g, '').trim())
    // The last column holds each row's actions (a viewer, the tests' default account, reads the history).
    expect(headers).toEqual(['Ngày', 'Đơn vị', 'Loại', 'Phân loại', 'Nội dung', 'Số lượng', 'Người tham dự', 'Hình thức', 'Thao tác'])
    const conference = within(table)
      .getByText('Hội nghị tổng kết công tác thông tin đối ngoại năm 2019, triển khai nhiệm vụ năm 2020 của tỉnh Hà Nam')
      .closest('td') as HTMLElement
    expect(conference).toHaveTextContent('Nguồn: Hội nghị của Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Hà Nam ngày 30/12/2019 (chưa dẫn được bài đăng gốc)')
    const rows = tableRows().map((row) => {
      const cells = within(row).getAllByRole('cell')
      const participants = cells[6]?.textContent ?? ''
      return { kind: cells[2]?.textContent, participants: /^[\d.]+$/.test(participants) ? 'number' : participants, sourced: /Nguồn:/.test(cells[4]?.textContent ?? '') }
    })
    const withoutPeople = rows.filter((r) => r.kind === 'Tin, bài' || r.kind === 'Khen thưởng')
    expect(withoutPeople.length).toBeGreaterThan(0)
    expect(new Set(withoutPeople.map((r) => r.participants))).toEqual(new Set(['']))
    const withPeople = rows.filter((r) => r.kind === 'Hội nghị, hội thảo' || r.kind === 'Lớp tập huấn')
    expect(withPeople.length).toBeGreaterThan(0)
    expect(withPeople.every((r) => r.participants === 'number' || r.participants === '–')).toBe(true)
    // Only the sourced record (the review conference) names a source.
    expect(rows.filter((r) => r.sourced)).toHaveLength(1)
  })
})

describe('activities explorer: search', () => {
  it('finds Hà Nam’s review conference of 30/12/2019 by typing “ha nam” (no diacritics), with its source', async () => {
    const { user, location } = renderRoute('/activities?from=2019-01&to=2019-12&metric=meetings')
    await findCount(expectedList({ ...YEAR_2019, kind: 'meetings' }).length)

    await user.type(screen.getByRole('searchbox', { name: 'Tìm kiếm' }), 'ha nam')
    const expected = expectedList({ ...YEAR_2019, kind: 'meetings', q: 'ha nam' })
    await findCount(expected.length)
    // Debounced: one navigation with the whole text, not one per key.
    expect(location()).toContain('q=ha+nam')

    await user.click(screen.getByRole('button', { name: /Ngày/ }))
    await user.click(screen.getByRole('button', { name: /Ngày/ }))
    const title = 'Hội nghị tổng kết công tác thông tin đối ngoại năm 2019, triển khai nhiệm vụ năm 2020 của tỉnh Hà Nam'
    const cell = await screen.findByText(title)
    const row = cell.closest('tr') as HTMLElement
    expect(within(row).getByText('30/12/2019')).toBeInTheDocument()
    // The source is named under the title.
    expect(within(row).getByText(/^Nguồn: Hội nghị của Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Hà Nam ngày 30\/12\/2019 \(chưa dẫn được bài đăng gốc\)$/)).toBeInTheDocument()
  })

  it('shows a source with a link when it has an address (Quảng Ninh, 07/10/2022)', async () => {
    renderRoute('/activities?from=2022-10&to=2022-10&q=bien%20gioi%20lanh%20tho&units=c22')
    const link = await screen.findByRole('link', { name: /Mở nguồn/ })
    expect(link).toHaveAttribute('href', expect.stringMatching(/^https:\/\/baoquangninh\.vn\//))
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'))
  })

  it('says which filter emptied the list', async () => {
    renderRoute('/activities?from=2019-01&to=2019-12&q=khong%20co%20dau%20zzzq')
    await findCount(0)
    expect(screen.getByText(/Không có hoạt động nào khớp với từ khóa “khong co dau zzzq” trong năm 2019 \(toàn quốc\)/)).toBeInTheDocument()
  })

  it('says when the period lies outside the data', async () => {
    renderRoute('/activities?from=2030-01&to=2030-12')
    expect(await screen.findByText(/nằm ngoài phạm vi số liệu/)).toBeInTheDocument()
  })

  it('as reported, former units are marked “(cũ)”, current ones go by their name', async () => {
    renderRoute('/activities?from=2025-06&to=2025-07&units=f35,c37&boundary=reported&pageSize=200')
    const expected = expectedList({ from: '2025-06', to: '2025-07', units: ['f35', 'c37'], boundary: 'reported' })
    expect(expected.length).toBeLessThanOrEqual(200)
    await findCount(expected.length)
    const units = new Set(column(tableRows(), 1))
    expect(units).toContain('Hà Nam (cũ)')
    expect(units).toContain('Ninh Bình')
  })

  it('in English: count, dates and headers in English', async () => {
    renderRoute('/activities?from=2019-12&to=2019-12&units=c37&metric=meetings', { lang: 'en' })
    const expected = expectedList({ from: '2019-12', to: '2019-12', units: ['c37'], kind: 'meetings' }).toSorted(byDateDesc)
    await findCount(expected.length, 'en')
    expect(screen.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'descending')
    expect(column(tableRows(), 0)[0]).toBe(formatDate(expected[0]!.date, 'en'))
  })
})

describe('activities explorer: bad input', () => {
  it('falls back from unusable parameters and says so', async () => {
    renderRoute('/activities?from=2019-01&to=2019-12&sort=colour&page=abc&pageSize=9999&category=print')
    // The one notice of the layout, as for the filters.
    const notice = await screen.findByRole('region', { name: 'Một số tham số trong địa chỉ đã được bỏ qua' })
    expect(within(notice).getByText(/sort=colour: không sắp xếp được/)).toBeInTheDocument()
    expect(within(notice).getByText(/page=abc: số trang phải là số nguyên/)).toBeInTheDocument()
    expect(within(notice).getByText(/pageSize=9999: số dòng mỗi trang phải từ 1 đến 500/)).toBeInTheDocument()
    expect(within(notice).getByText(/category=print: cần chọn chỉ số/)).toBeInTheDocument()
    // The list still shows, with the defaults: newest first, 50 a page, every category.
    await findCount(expectedList(YEAR_2019).length)
    expect(tableRows()).toHaveLength(50)
    expect(screen.getByRole('columnheader', { name: /Ngày/ })).toHaveAttribute('aria-sort', 'descending')
  })

  it('rejects a category of another metric', async () => {
    renderRoute('/activities?from=2019-01&to=2019-12&metric=meetings&category=print')
    expect(await screen.findByText(/category=print: không phải phân loại của chỉ số đã chọn/)).toBeInTheDocument()
    await findCount(expectedList({ ...YEAR_2019, kind: 'meetings' }).length)
  })

  it('says a page past the end does not exist and links to the last page', async () => {
    const { user, location } = renderRoute(`${NINH_BINH_2019}&metric=meetings&page=999`)
    const expected = expectedRecords({ metric: 'meetings', ...YEAR_2019, units: ['c37'] })
    const last = Math.ceil(expected.length / 50)
    expect(await screen.findByText(`Trang 999 không tồn tại: kết quả chỉ có ${last} trang.`)).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: `Đến trang cuối (trang ${last})` }))
    await waitFor(() => expect(location()).toContain(last > 1 ? `page=${last}` : '/activities'))
    await waitFor(() => expect(tableRows()).toHaveLength(expected.length - (last - 1) * 50))
  })

  it('does not send a search of only punctuation, and says so', async () => {
    renderRoute('/activities?from=2019-01&to=2019-12&q=%21%21%21')
    expect(await screen.findByText(/Từ khóa “!!!” không có chữ hay số nào/)).toBeInTheDocument()
    await findCount(expectedList(YEAR_2019).length)
    // The box holds what is searched for: nothing.
    expect(screen.getByRole('searchbox', { name: 'Tìm kiếm' })).toHaveValue('')
  })

  it('says a refused request in Vietnamese; the server’s own message waits behind “Chi tiết”', async () => {
    server.use(
      http.get(resourcePath('activities'), () => errorResponse(400, 'invalid_parameter', 'Parameter "from" (2019-12) is after "to".', 'from')),
    )
    const { user } = renderRoute('/activities?from=2019-01&to=2019-12')
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('Máy chủ không chấp nhận yêu cầu này: bộ lọc đang chọn không hợp lệ. Hãy kiểm tra lại khoảng thời gian và đơn vị.')).toBeVisible()
    const detail = within(alert).getByText(/Parameter "from" \(2019-12\) is after "to"\./)
    expect(detail).not.toBeVisible()
    await user.click(within(alert).getByText('Chi tiết'))
    expect(detail).toBeVisible()
    expect(detail).toHaveTextContent('/activities · HTTP 400 · invalid_parameter')
  })

  it('fails on its own with a retry, and recovers', async () => {
    server.use(activitiesError())
    const { user } = renderRoute('/activities?from=2019-01&to=2019-12')
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('Không tải được dữ liệu')).toBeInTheDocument()
    // The rest of the page still works.
    expect(screen.getByRole('heading', { level: 1, name: 'Hoạt động' })).toBeInTheDocument()
    expect(screen.getByRole('searchbox', { name: 'Tìm kiếm' })).toBeEnabled()
    server.resetHandlers()
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }))
    await findCount(expectedList(YEAR_2019).length)
  })
})

describe('activities explorer: CSV export', () => {
  let blobs: Blob[]
  let filenames: string[]
  const originalCreate = URL.createObjectURL
  const originalRevoke = URL.revokeObjectURL

  beforeEach(() => {
    blobs = []
    filenames = []
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob)
      return `blob:test/${blobs.length}`
    }
    URL.revokeObjectURL = () => undefined
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      filenames.push(this.download)
    })
  })
  afterEach(() => {
    URL.createObjectURL = originalCreate
    URL.revokeObjectURL = originalRevoke
  })

  async function exportedText(): Promise<string> {
    await waitFor(() => expect(blobs).toHaveLength(1), { timeout: 10_000 })
    const bytes = new Uint8Array(await (blobs[0] as Blob).arrayBuffer())
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf])
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  }

  it('exports every matching record (all pages), with a BOM, a Vietnamese header and ISO dates', async () => {
    const { user } = renderRoute('/activities?from=2019-01&to=2019-12&q=ha%20nam')
    const expected = expectedList({ ...YEAR_2019, q: 'ha nam' })
    await findCount(expected.length)
    await user.click(screen.getByRole('button', { name: /Xuất CSV/ }))
    const text = await exportedText()
    expect(text.charCodeAt(0)).toBe(0xfeff)
    const rows = parseCsv(text.slice(1))
    expect(rows[0]).toEqual([
      'Ngày',
      'Đơn vị',
      'Mã đơn vị',
      'Loại hoạt động',
      'Phân loại',
      'Nội dung',
      'Số lượng',
      'Số người tham dự / học viên',
      'Hình thức',
      'Đối tượng khen thưởng',
      'Nguồn',
      'Đường dẫn nguồn',
    ])
    expect(rows).toHaveLength(expected.length + 1)
    const conference = rows.find((r) => r[0] === '2019-12-30' && r[2] === 'f35' && r[3] === 'Hội nghị, hội thảo' && r[10] !== '')
    expect(conference?.[5]).toBe('Hội nghị tổng kết công tác thông tin đối ngoại năm 2019, triển khai nhiệm vụ năm 2020 của tỉnh Hà Nam')
    expect(conference?.[1]).toBe('Hà Nam (cũ)')
    expect(rows.slice(1).every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r[0] ?? ''))).toBe(true)
    expect(rows.slice(1).every((r) => /^\d+$/.test(r[6] ?? ''))).toBe(true)
    expect(filenames[0]).toMatch(/^hoat-dong_2019-01_2019-12\.csv$/)
    expect(await screen.findByText(`Đã xuất ${formatNumber(expected.length, 'vi')} dòng vào tệp ${filenames[0]}.`)).toBeInTheDocument()
  })

  it('exports more than one page of 500 (the row count equals the API total) with an English header', async () => {
    const { user } = renderRoute('/activities?from=2019-01&to=2019-12', { lang: 'en' })
    const expected = expectedList(YEAR_2019)
    expect(expected.length).toBeGreaterThan(500)
    await findCount(expected.length, 'en')
    await user.click(screen.getByRole('button', { name: /Export CSV/ }))
    const rows = parseCsv((await exportedText()).slice(1))
    expect(rows[0]?.slice(0, 3)).toEqual(['Date', 'Unit', 'Unit id'])
    expect(rows).toHaveLength(expected.length + 1)
    expect(new Set(rows.slice(1).map((r) => `${r[0]}|${r[2]}|${r[5]}`)).size).toBeGreaterThan(expected.length * 0.9)
  })

  it('shows markup in a title and its source as text, never as markup', async () => {
    const payload = '<img src=x onerror="window.xssRan=1"><script>window.xssRan=2</script>'
    server.use(
      http.get(resourcePath('activities'), () =>
        Response.json({
          items: [
            { id: 'x1', date: '2024-03-01', unit: 'c22', kind: 'articles', category: 'online', title: payload, quantity: 3, participants: null, format: null, recipient: null, source: { title: `<b>${payload}</b>`, url: 'javascript:alert(1)' }, version: 1 },
          ],
          total: 1,
          page: 1,
          pageSize: 50,
          pageCount: 1,
        }),
      ),
    )
    renderRoute('/activities?from=2024-01&to=2024-12')
    await findCount(1)
    const row = tableRows()[0] as HTMLElement
    expect(titles([row])).toEqual([payload])
    expect(row.querySelector('img, script, b')).toBeNull()
    expect((window as { xssRan?: number }).xssRan).toBeUndefined()
    // A source URL that is not http(s) is never a link.
    expect(row.querySelector('a[href^="javascript:"]')).toBeNull()
  })

  it('neutralises cells that would run as formulas', async () => {
    server.use(
      http.get(resourcePath('activities'), () =>
        Response.json({
          items: [
            { id: 'x1', date: '2024-03-01', unit: 'c22', kind: 'articles', category: 'online', title: '=HYPERLINK("http://evil.example","Bấm")', quantity: 3, participants: null, format: null, recipient: null, source: null, version: 1 },
            { id: 'x2', date: '2024-03-02', unit: 'c22', kind: 'articles', category: 'online', title: '+1+cmd', quantity: 1, participants: null, format: null, recipient: null, source: { title: '@SUM(A1)', url: null }, version: 1 },
            { id: 'x3', date: '2024-03-03', unit: 'c22', kind: 'articles', category: 'online', title: '-2+3', quantity: 1, participants: null, format: null, recipient: null, source: { title: '\tTab', url: null }, version: 1 },
          ],
          total: 3,
          page: 1,
          pageSize: 50,
          pageCount: 1,
        }),
      ),
    )
    const { user } = renderRoute('/activities?from=2024-01&to=2024-12')
    await findCount(3)
    await user.click(screen.getByRole('button', { name: /Xuất CSV/ }))
    const rows = parseCsv((await exportedText()).slice(1))
    expect(rows.slice(1).map((r) => r[5])).toEqual(['\'=HYPERLINK("http://evil.example","Bấm")', "'+1+cmd", "'-2+3"])
    expect(rows[2]?.[10]).toBe("'@SUM(A1)")
    expect(rows[3]?.[10]).toBe("'\tTab")
  })

  it('shows an export failure with a retry, and the list stays', async () => {
    const { user } = renderRoute('/activities?from=2019-01&to=2019-12&units=c37')
    await findCount(expectedList({ ...YEAR_2019, units: ['c37'] }).length)
    server.use(activitiesError())
    await user.click(screen.getByRole('button', { name: /Xuất CSV/ }))
    expect(await screen.findByText('Không xuất được tệp CSV')).toBeInTheDocument()
    expect(tableRows()).toHaveLength(50)
    server.resetHandlers()
    await user.click(screen.getByRole('button', { name: 'Thử lại' }))
    await waitFor(() => expect(blobs).toHaveLength(1), { timeout: 10_000 })
  })
})
