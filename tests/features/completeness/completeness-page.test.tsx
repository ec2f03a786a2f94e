/**
 * The completeness screen against the real server app over the demo database, whose 2026-H1 is a
 * seeded mix (server/db/seed-workflow.ts, DEMO_2026_H1), written out here by hand:
 *   not started: c37 Ninh Bình, c22 Quảng Ninh · draft: c04, c12 · returned: c15, c44 ·
 *   submitted late: c20, c52, c86 · submitted on time: c08, c25, c46, c68, c92 ·
 *   approved: the other 20 (c80 and c96 among them, first submitted late).
 * The deadline (15/07/2026) has passed on the machine's clock, so the 6 not submitted are overdue.
 * The counts are also checked against an independent count of the table's rows.
 */
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { API_BASE_PATH } from '../../../mocks/config'
import { server } from '../../../mocks/node'
import { renderRoute } from '../../render'
import { parseCsv } from '../../support/parse-csv'
import { useTestAccount } from '../../support/session'

const MIX = {
  'Chưa bắt đầu': ['Ninh Bình', 'Quảng Ninh'],
  'Đang soạn': 2,
  'Trả lại': 2,
  'Đã gửi (gửi muộn)': 3,
  'Đã gửi (đúng hạn)': 5,
  'Đã duyệt': 20,
}

function table(): HTMLElement {
  return screen.getByRole('table', { name: /Tình hình báo cáo .* theo đơn vị|Reporting status, .* by unit/ })
}

function bodyRows(): HTMLElement[] {
  return within(table()).getAllByRole('row').slice(1)
}

/** The status text of each row, read from the screen (the second column). */
function statusesOnScreen(): string[] {
  return bodyRows().map((row) => (within(row).getAllByRole('cell')[0]?.textContent ?? '').replace(/^\S+\s/, '').trim())
}

function chip(label: string): string {
  const term = screen.getAllByRole('term').find((t) => t.textContent?.trim().endsWith(label))
  return term?.nextElementSibling?.textContent ?? ''
}

describe('completeness screen', () => {
  it('counts 2026-H1 as seeded: "30/34 đã gửi, 6 quá hạn", and the table agrees row by row', async () => {
    useTestAccount('admin')
    renderRoute('/completeness?period=2026-H1')
    expect(await screen.findByRole('heading', { level: 1, name: 'Tình hình báo cáo' })).toBeInTheDocument()
    expect(await screen.findByText('30/34 đã gửi, 6 quá hạn')).toBeInTheDocument()
    await waitFor(() => expect(bodyRows()).toHaveLength(34))

    // An independent count of the rows the table shows.
    const statuses = statusesOnScreen()
    const count = (s: string) => statuses.filter((x) => x === s).length
    expect(count('Chưa bắt đầu')).toBe(2)
    expect(count('Đang soạn')).toBe(MIX['Đang soạn'])
    expect(count('Trả lại')).toBe(MIX['Trả lại'])
    expect(count('Đã gửi (gửi muộn)')).toBe(MIX['Đã gửi (gửi muộn)'])
    expect(count('Đã gửi (đúng hạn)')).toBe(MIX['Đã gửi (đúng hạn)'])
    expect(count('Đã duyệt')).toBe(MIX['Đã duyệt'])
    const overdueRows = bodyRows().filter((row) => within(row).queryByText(/Quá hạn/))
    expect(overdueRows).toHaveLength(6)

    // The counts at the top say the same.
    expect(chip('Đã duyệt')).toBe('20')
    expect(chip('Trả lại')).toBe('2')
    expect(chip('Đang soạn')).toBe('2')
    expect(chip('Chưa bắt đầu')).toBe('2')
    expect(chip('Quá hạn')).toBe('6')
    expect(chip('Đã gửi (đúng hạn)')).toBe('5')
    expect(chip('Đã gửi (gửi muộn)')).toBe('3')
    // Timeliness of the 30 that arrived: 18 approved on time + 5 awaiting + 2 returned were first
    // sent on time; 3 awaiting + 2 approved (c80, c96) were sent late.
    expect(screen.getByText('Trong 30 báo cáo đã gửi: 25 gửi đúng hạn, 5 gửi muộn (tính theo lần gửi đầu tiên).')).toBeInTheDocument()

    // Each unit opens its report.
    const ninhBinh = within(table()).getByRole('link', { name: 'Ninh Bình' })
    expect(ninhBinh).toHaveAttribute('href', '/reports/2026-H1.c37')
    const row = ninhBinh.closest('tr') as HTMLElement
    expect(within(row).getByText('Chưa bắt đầu')).toBeInTheDocument()
    expect(within(row).getByText(/Quá hạn/)).toBeInTheDocument()

    // The overdue list names the six, Ninh Bình and Quảng Ninh among them.
    const overdue = screen.getByRole('heading', { name: 'Đơn vị quá hạn (6)' }).closest('section') as HTMLElement
    expect(within(overdue).getAllByRole('listitem')).toHaveLength(6)
    for (const name of MIX['Chưa bắt đầu']) expect(within(overdue).getByRole('link', { name })).toBeInTheDocument()

    // The map: 34 tiles, each named with its status.
    const map = screen.getByRole('list', { name: /Bản đồ trạng thái báo cáo/ })
    expect(within(map).getAllByRole('link')).toHaveLength(34)
    expect(within(map).getByRole('link', { name: /^Ninh Bình.*Chưa bắt đầu, quá hạn/ })).toHaveAttribute('href', '/reports/2026-H1.c37')
  })

  it('opens on the latest period that has ended, and keeps the chosen period in the URL', async () => {
    const { user, location } = renderRoute('/completeness')
    const select = await screen.findByRole('combobox', { name: 'Kỳ báo cáo' })
    // On the machine's clock (after 30/06/2026, before 31/12/2026), 2026-H1 is the latest ended period.
    await waitFor(() => expect(select).toHaveDisplayValue('6 tháng đầu năm 2026'))
    await user.selectOptions(select, 'Năm 2025')
    await waitFor(() => expect(location()).toBe('/completeness?period=2025'))
    // The year 2025 is reported by the 34 current units, every one approved in the demo.
    expect(await screen.findByText('34/34 đã gửi, 0 quá hạn')).toBeInTheDocument()
  })

  it('for a period of the 63 former units lists them and says why there is no map', async () => {
    renderRoute('/completeness?period=2024', { lang: 'en' })
    expect(await screen.findByText('63/63 submitted, 0 overdue')).toBeInTheDocument()
    expect(screen.getByText(/the 63 former units report/)).toBeInTheDocument()
    expect(screen.queryByRole('list', { name: /Map of report status/ })).not.toBeInTheDocument()
    await waitFor(() => expect(bodyRows()).toHaveLength(63))
    expect(within(table()).getByRole('link', { name: 'Hà Nam (former)' })).toHaveAttribute('href', expect.stringMatching(/^\/reports\/2024\.f\d\d$/))
  })

  it('sorts by status, worst first, and back', async () => {
    const { user, location } = renderRoute('/completeness?period=2026-H1')
    await waitFor(() => expect(bodyRows()).toHaveLength(34))
    await user.click(within(table()).getByRole('button', { name: /Trạng thái/ }))
    await waitFor(() => expect(location()).toBe('/completeness?period=2026-H1&sort=status'))
    expect(statusesOnScreen().slice(0, 2)).toEqual(['Chưa bắt đầu', 'Chưa bắt đầu'])
    expect(statusesOnScreen().at(-1)).toBe('Đã duyệt')
    await user.click(within(table()).getByRole('button', { name: /Trạng thái/ }))
    await waitFor(() => expect(statusesOnScreen()[0]).toBe('Đã duyệt'))
  })

  it('shows an unknown period with a notice and the default period', async () => {
    const first = renderRoute('/completeness?period=2031')
    expect(await screen.findByText('Không có kỳ báo cáo “2031”; đang hiển thị kỳ mặc định.')).toBeInTheDocument()
    expect(await screen.findByText('30/34 đã gửi, 6 quá hạn')).toBeInTheDocument()
    first.unmount()
    // Malformed values too, each named.
    renderRoute('/completeness?period=H1-2026&sort=hạng')
    expect(await screen.findByText('Không có kỳ báo cáo “H1-2026”; đang hiển thị kỳ mặc định.')).toBeInTheDocument()
    expect(screen.getByText('sort=hạng: không sắp xếp được theo khóa này; dùng thứ tự mặc định.')).toBeInTheDocument()
    expect(await screen.findByText('30/34 đã gửi, 6 quá hạn')).toBeInTheDocument()
  })

  it('lets a viewer and a reporter read it, without the deadline form', async () => {
    useTestAccount('viewer')
    const first = renderRoute('/completeness?period=2026-H1')
    expect(await screen.findByText('30/34 đã gửi, 6 quá hạn')).toBeInTheDocument()
    expect(screen.queryByLabelText('Đổi hạn gửi')).not.toBeInTheDocument()
    expect(screen.queryByText('Đổi hạn gửi')).not.toBeInTheDocument()
    first.unmount()
    useTestAccount('reporter-c37')
    renderRoute('/completeness?period=2026-H1')
    expect(await screen.findByText('30/34 đã gửi, 6 quá hạn')).toBeInTheDocument()
    expect(screen.queryByLabelText('Đổi hạn gửi')).not.toBeInTheDocument()
  })
})

describe('completeness: the deadline (admin)', () => {
  it('checks the date before sending, and shows the server’s refusal in words', async () => {
    useTestAccount('admin')
    const { user } = renderRoute('/completeness?period=2026-H1')
    // Folded away under its summary.
    await user.click(await screen.findByText('Đổi hạn gửi', { selector: 'summary' }))
    const input = await screen.findByLabelText('Đổi hạn gửi')
    expect(input).toHaveValue('2026-07-15')
    await user.clear(input)
    await user.click(screen.getByRole('button', { name: 'Lưu hạn gửi' }))
    expect(await screen.findByText('Chọn ngày hạn gửi.')).toBeInTheDocument()
    await user.type(input, '2026-06-20')
    await user.click(screen.getByRole('button', { name: 'Lưu hạn gửi' }))
    expect(await screen.findByText('Hạn gửi phải sau ngày kết thúc kỳ (30/06/2026).')).toBeInTheDocument()

    // The server refuses (here an override: the shared database must not change).
    server.use(
      http.patch(`*${API_BASE_PATH}/periods/:id`, () =>
        HttpResponse.json({ error: { code: 'invalid_body', message: 'Hạn gửi không hợp lệ theo máy chủ.', field: 'deadline' } }, { status: 400 }),
      ),
    )
    await user.clear(input)
    await user.type(input, '2026-07-31')
    await user.click(screen.getByRole('button', { name: 'Lưu hạn gửi' }))
    expect(await screen.findByText('Máy chủ từ chối thay đổi: Hạn gửi không hợp lệ theo máy chủ.')).toBeInTheDocument()
    expect(input).toHaveValue('2026-07-31')
  })
})

describe('completeness: CSV export', () => {
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

  it('exports the table as shown: a BOM, Vietnamese headers, one row per unit, ISO times', async () => {
    const { user } = renderRoute('/completeness?period=2026-H1&sort=status')
    await waitFor(() => expect(bodyRows()).toHaveLength(34))
    await user.click(screen.getByRole('button', { name: /Xuất CSV/ }))
    await waitFor(() => expect(blobs).toHaveLength(1))
    const bytes = new Uint8Array(await (blobs[0] as Blob).arrayBuffer())
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1))
    expect(filenames[0]).toMatch(/^tinh-hinh-bao-cao_2026-H1/)
    expect(rows[0]).toEqual(['Mã đơn vị', 'Đơn vị', 'Trạng thái', 'Gửi lúc', 'Đúng hạn', 'Duyệt lúc', 'Quá hạn', 'Mã báo cáo'])
    const data = rows.slice(1).filter((r) => r.length > 1)
    expect(data).toHaveLength(34)
    // Sorted by status as on screen: the two not started first, overdue, never submitted.
    expect(data.slice(0, 2).map((r) => r[1]).toSorted()).toEqual(['Ninh Bình', 'Quảng Ninh'])
    const c37 = data.find((r) => r[0] === 'c37') as string[]
    expect(c37).toEqual(['c37', 'Ninh Bình', 'Chưa bắt đầu', '', '', '', 'Có', '2026-H1.c37'])
    expect(data.filter((r) => r[6] === 'Có')).toHaveLength(6)
    expect(data.filter((r) => r[2] === 'Đã duyệt')).toHaveLength(20)
    // A late submission: a timestamp, "Không" on time.
    const late = data.find((r) => r[2] === 'Đã gửi (gửi muộn)') as string[]
    expect(late[3]).toMatch(/^2026-07-\d\dT\d\d:\d\d/)
    expect(late[4]).toBe('Không')
  })
})
