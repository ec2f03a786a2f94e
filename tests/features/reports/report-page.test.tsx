/**
 * The report screen as its users see it, against the real server app over a database of this
 * file's own (the journey submits and returns reports, which lock records: the shared test
 * database must not see that). A reporter drafts and submits; a viewer gets no edit controls;
 * an admin returns a report with a comment, which shows prominently; a unit without an approved
 * plan reads "no approved plan"; a server refusal (403) and a conflict (409) show in the UI's
 * language without losing the typed text; an unknown report is the not-found page; the .docx
 * holds the figures on screen. Expected figures come from the test oracle (the generated
 * records with plain loops), never from the app.
 */
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_BASE_PATH } from '../../../mocks/config'
import { setApiTarget, setForwardSession } from '../../../mocks/forward'
import { server } from '../../../mocks/node'
import { renderRoute } from '../../render'
import { startIsolatedApi, type IsolatedApi } from '../../support/isolated-api'
import { expectedTotal } from '../../support/oracle'
import { currentTestSession, forwardSession, sessionFetch, signIn, useTestAccount } from '../../support/session'
import { docxText, readZipEntry } from '../../support/zip'

let api: IsolatedApi
beforeAll(async () => {
  api = await startIsolatedApi()
  setApiTarget(api.origin)
  setForwardSession(forwardSession(api.origin))
}, 180_000)
afterAll(async () => {
  await api?.close()
})

const TITLE_EN = 'Report on external information work, first half of 2026'
const vi = (n: number) => new Intl.NumberFormat('vi-VN').format(n)
const en = (n: number) => new Intl.NumberFormat('en-GB').format(n)

/** The cells of the figures table's row for a metric, as text (after its header): value, last year, change, target, % of plan. */
function figureRow(metric: string): string[] {
  const table = screen.getByRole('table', { name: /Số liệu kết quả|Figures/ })
  const header = within(table).getByRole('rowheader', { name: metric })
  return within(header.closest('tr') as HTMLElement)
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '')
}

describe('report screen', () => {
  it('a reporter drafts the 2026-H1 report, saves it, then submits it; the figures are kept as submitted', { timeout: 90_000 }, async () => {
    useTestAccount('reporter-c37')
    const { user } = renderRoute('/reports/2026-H1.c37')
    expect(await screen.findByRole('heading', { level: 1, name: 'Báo cáo kết quả công tác thông tin đối ngoại 6 tháng đầu năm 2026' })).toBeInTheDocument()
    expect(screen.getByText('TỈNH NINH BÌNH')).toBeInTheDocument()
    expect(screen.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeInTheDocument()
    expect(screen.getByText(/Hạn gửi: 15\/07\/2026/)).toBeInTheDocument()
    // Not started, past the deadline: overdue, said in words.
    expect(screen.getAllByText('Chưa bắt đầu').length).toBeGreaterThan(0)
    expect(screen.getAllByText('Quá hạn').length).toBeGreaterThan(0)
    expect(screen.getByText(/Số liệu xem trước, tính từ hồ sơ lúc/)).toBeInTheDocument()

    // The figures: this half-year and the same half last year, from the oracle (current boundaries).
    const articles = expectedTotal({ metric: 'articles', from: '2026-01', to: '2026-06', units: ['c37'], boundary: 'current' })
    const articlesBefore = expectedTotal({ metric: 'articles', from: '2025-01', to: '2025-06', units: ['c37'], boundary: 'current' })
    const trainees = expectedTotal({ metric: 'trainees', from: '2026-01', to: '2026-06', units: ['c37'], boundary: 'current' })
    expect(figureRow('Tin, bài').slice(0, 2)).toEqual([vi(articles), vi(articlesBefore)])
    expect(figureRow('Học viên')[0]).toBe(vi(trainees))

    const results = screen.getByRole('textbox', { name: '1. Kết quả' })
    await user.type(results, 'Đã tổ chức 7 hội nghị.')
    expect(screen.getByText('Có thay đổi chưa lưu.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Lưu bản nháp' }))
    expect(await screen.findByText('Đã lưu bản nháp.')).toBeInTheDocument()
    await waitFor(() => expect(screen.getAllByText('Bản nháp').length).toBeGreaterThan(0))
    const history = screen.getByRole('region', { name: 'Lịch sử xử lý' })
    expect(within(history).getByText('Tạo bản nháp')).toBeInTheDocument()
    expect(within(history).getByText('reporter-c37')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Gửi báo cáo' }))
    expect(screen.getByText(/Sau khi gửi, số liệu được giữ nguyên/)).toBeInTheDocument()
    const confirm = screen.getAllByRole('button', { name: 'Gửi báo cáo' }).at(-1) as HTMLElement
    await user.click(confirm)
    expect(await screen.findByText('Đã gửi báo cáo.')).toBeInTheDocument()
    await waitFor(() => expect(screen.getAllByText('Đã gửi').length).toBeGreaterThan(0))
    // First submitted after 15/07/2026: late.
    expect(screen.getAllByText('Gửi muộn').length).toBeGreaterThan(0)
    expect(screen.getByText(/Số liệu như khi gửi báo cáo/)).toBeInTheDocument()
    // Submitted: read-only for the reporter, nothing left to do.
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Lưu bản nháp' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Duyệt' })).not.toBeInTheDocument()
    expect(screen.getByText('Đã tổ chức 7 hội nghị.')).toBeInTheDocument()
    expect(within(history).getByText('Gửi')).toBeInTheDocument()
    expect(figureRow('Tin, bài')[0]).toBe(vi(articles))
  })

  it('then a record of Ninh Bình dated inside 2026-H1 cannot be edited: the form names the report, in the UI language', { timeout: 90_000 }, async () => {
    // The report was submitted by the test above (this file's database).
    useTestAccount('reporter-c37')
    const { user } = renderRoute('/units/c37?from=2026-03&to=2026-03', { lang: 'en' })
    const edit = (await screen.findAllByRole('button', { name: /^Edit — / }, { timeout: 30_000 }))[0] as HTMLElement
    await user.click(edit)
    const dialog = await screen.findByRole('dialog', {}, { timeout: 20_000 })
    const title = within(dialog).getAllByLabelText(/^Title/)[0] as HTMLInputElement
    await user.type(title, ' (edited)')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await within(dialog).findByText(/The 2026 first half-year report of Ninh Bình has been submitted, so records in that period cannot be added, changed or deleted\./)).toBeInTheDocument()
  })

  it('a viewer reads a report with no edit controls', async () => {
    useTestAccount('viewer')
    renderRoute('/reports/2026-H1.c22')
    expect(await screen.findByRole('heading', { level: 1, name: /6 tháng đầu năm 2026/ })).toBeInTheDocument()
    expect(screen.getByText('TỈNH QUẢNG NINH')).toBeInTheDocument()
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
    for (const name of ['Lưu bản nháp', 'Gửi báo cáo', 'Duyệt', 'Trả lại', 'Mở lại']) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'In / Xuất PDF' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Tải về .docx' })).toBeInTheDocument()
    // Empty parts say so, in words.
    expect(screen.getAllByText('(chưa có nội dung)')).toHaveLength(3)
  })

  it('an admin returns a submitted report with a comment (required), which then shows prominently', { timeout: 60_000 }, async () => {
    useTestAccount('admin')
    const { user } = renderRoute('/reports/2026-H1.c08')
    await screen.findByRole('heading', { level: 1, name: /6 tháng đầu năm 2026/ })
    expect(screen.getAllByText('Đúng hạn').length).toBeGreaterThan(0)
    await user.click(screen.getByRole('button', { name: 'Trả lại' }))
    const comment = screen.getByRole('textbox', { name: 'Ý kiến khi trả lại (bắt buộc)' })
    await waitFor(() => expect(comment).toHaveFocus())
    await user.click(screen.getByRole('button', { name: 'Trả lại báo cáo' }))
    expect(screen.getByText('Cần nhập ý kiến khi trả lại báo cáo.')).toBeInTheDocument()
    await user.type(comment, 'Bổ sung số liệu lớp tập huấn quý II.')
    await user.click(screen.getByRole('button', { name: 'Trả lại báo cáo' }))
    expect(await screen.findByText('Đã trả lại báo cáo.')).toBeInTheDocument()
    const returned = screen.getByRole('region', { name: 'Báo cáo bị trả lại, cần sửa và gửi lại' })
    expect(within(returned).getByText('Bổ sung số liệu lớp tập huấn quý II.')).toBeInTheDocument()
    // In the history too, with who did it.
    const history = screen.getByRole('region', { name: 'Lịch sử xử lý' })
    expect(within(history).getByText('Bổ sung số liệu lớp tập huấn quý II.')).toBeInTheDocument()
    // A returned report is editable again (by the admin here), and can be submitted, not approved.
    expect(screen.getByRole('textbox', { name: '1. Kết quả' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Duyệt' })).not.toBeInTheDocument()
  })

  it('an admin approves a submitted report, then reopens it with a reason (recorded); a reporter of another unit sees no action', { timeout: 60_000 }, async () => {
    useTestAccount('admin')
    const { user, unmount } = renderRoute('/reports/2026-H1.c46', { lang: 'en' })
    await screen.findByRole('heading', { level: 1, name: TITLE_EN })
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Approve' }))
    expect(await screen.findByText('Report approved.')).toBeInTheDocument()
    expect(screen.getByText('Status: Approved')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Return' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Reopen' }))
    await user.type(screen.getByRole('textbox', { name: 'Reason for reopening (optional)' }), 'Figures to be corrected.')
    await user.click(screen.getByRole('button', { name: 'Reopen the report' }))
    expect(await screen.findByText('Report reopened for editing.')).toBeInTheDocument()
    expect(screen.getByText(/^Status: Draft/)).toBeInTheDocument()
    const history = screen.getByRole('region', { name: 'History' })
    expect(within(history).getByText('Reopened')).toBeInTheDocument()
    expect(within(history).getByText('Figures to be corrected.')).toBeInTheDocument()
    expect(within(history).getByText('Approved → Draft')).toBeInTheDocument()
    unmount()

    useTestAccount('reporter-c37')
    renderRoute('/reports/2026-H1.c46')
    await screen.findByRole('heading', { level: 1, name: /6 tháng đầu năm 2026/ })
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
    for (const name of ['Lưu bản nháp', 'Gửi báo cáo', 'Duyệt', 'Trả lại', 'Mở lại']) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument()
  })

  it('says "no approved plan" where the unit has none, in both languages, never a number', async () => {
    useTestAccount('viewer')
    const first = renderRoute('/reports/2026-H1.c12')
    await screen.findByRole('heading', { level: 1, name: /6 tháng đầu năm 2026/ })
    for (const metric of ['Tin, bài', 'Hội nghị, hội thảo', 'Khen thưởng', 'Lớp tập huấn, bồi dưỡng', 'Học viên']) {
      const cells = figureRow(metric)
      // value, same period last year, change, target, % of plan
      expect(cells[4]).toBe('chưa có kế hoạch được duyệt')
      expect(cells[3]).toBe('—')
    }
    expect(screen.getByText('Đơn vị chưa có kế hoạch năm được duyệt: không tính % kế hoạch.')).toBeInTheDocument()
    first.unmount()

    renderRoute('/reports/2026-H1.c12', { lang: 'en' })
    await screen.findByRole('heading', { level: 1, name: TITLE_EN })
    expect(figureRow('Trainees')[4]).toBe('no approved plan')
    const articles = expectedTotal({ metric: 'articles', from: '2026-01', to: '2026-06', units: ['c12'], boundary: 'current' })
    expect(figureRow('News items & articles')[0]).toBe(en(articles))
  })

  it("shows the server's refusal (403) in the UI's language and keeps the typed text", async () => {
    // The app believes this reporter belongs to Quảng Ninh; the server knows it is Ninh Bình's.
    useTestAccount('reporter-c37')
    const session = await currentTestSession(api.origin)
    const csrfToken = session ? (await session).csrfToken : ''
    server.use(http.get(`*${API_BASE_PATH}/auth/me`, () => HttpResponse.json({ username: 'reporter-c37', role: 'reporter', unit: 'c22', csrfToken })))
    const { user } = renderRoute('/reports/2026-H1.c22', { lang: 'en' })
    const results = await screen.findByRole('textbox', { name: '1. Results' })
    await user.type(results, 'Our results.')
    await user.click(screen.getByRole('button', { name: 'Save draft' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The server refused:')
    expect(alert).toHaveTextContent('You are not allowed to do this with this report (each unit writes and submits its own reports')
    expect(screen.getByRole('textbox', { name: '1. Results' })).toHaveValue('Our results.')
  })

  it('a conflict (someone saved meanwhile) keeps the typed text and lets the user reload and save it', { timeout: 60_000 }, async () => {
    useTestAccount('reporter-c22')
    const { user } = renderRoute('/reports/2026-H1.c22')
    const results = await screen.findByRole('textbox', { name: '1. Kết quả' })
    await user.type(results, 'Nội dung của tôi.')
    // Meanwhile, the same report is saved elsewhere (version 0 → 1).
    const other = sessionFetch(api.origin, await signIn(api.origin, 'reporter-c22'))
    const saved = await other('/api/v1/reports/2026-H1.c22', {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'If-Match': '"0"' },
      body: JSON.stringify({ narrative: { results: 'Bản của người khác.', shortcomings: '', proposals: '' } }),
    })
    expect(saved.status).toBe(200)

    await user.click(screen.getByRole('button', { name: 'Lưu bản nháp' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Báo cáo vừa được người khác thay đổi.')
    expect(screen.getByRole('textbox', { name: '1. Kết quả' })).toHaveValue('Nội dung của tôi.')
    await user.click(within(alert).getByRole('button', { name: 'Tải lại báo cáo, giữ nội dung của tôi' }))
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
    expect(screen.getByRole('textbox', { name: '1. Kết quả' })).toHaveValue('Nội dung của tôi.')
    await user.click(screen.getByRole('button', { name: 'Lưu bản nháp' }))
    expect(await screen.findByText('Đã lưu bản nháp.')).toBeInTheDocument()
    const check = await other('/api/v1/reports/2026-H1.c22')
    expect(((await check.json()) as { narrative: { results: string } }).narrative.results).toBe('Nội dung của tôi.')
  })

  it('an unknown or malformed report id is the not-found page', async () => {
    useTestAccount('viewer')
    const first = renderRoute('/reports/2026-H1.x99')
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy báo cáo' })).toBeInTheDocument()
    first.unmount()
    // Ninh Bình (c37) did not exist in 2019: the server has no such report.
    renderRoute('/reports/2019-H1.c37', { lang: 'en' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Report not found' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to the reports' })).toHaveAttribute('href', '/reports')
  })

  it('the .docx download holds the title and the figures shown on screen', { timeout: 60_000 }, async () => {
    useTestAccount('viewer')
    const blobs: Blob[] = []
    const created = URL.createObjectURL
    const revoked = URL.revokeObjectURL
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob)
      return 'blob:report'
    }
    URL.revokeObjectURL = () => {}
    try {
      const { user } = renderRoute('/reports/2026-H1.c25')
      await screen.findByRole('heading', { level: 1, name: /6 tháng đầu năm 2026/ })
      const onScreen = ['Tin, bài', 'Học viên'].flatMap((metric) => figureRow(metric))
      await user.click(screen.getByRole('button', { name: 'Tải về .docx' }))
      await waitFor(() => expect(blobs).toHaveLength(1), { timeout: 20_000 })
      const text = docxText(readZipEntry(new Uint8Array(await (blobs[0] as Blob).arrayBuffer()), 'word/document.xml'))
      expect(text).toContain('BÁO CÁO KẾT QUẢ CÔNG TÁC THÔNG TIN ĐỐI NGOẠI 6 THÁNG ĐẦU NĂM 2026')
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
      const lines = text.split('\n').map((l) => l.trim())
      for (const cell of onScreen) expect(lines).toContain(cell)
    } finally {
      URL.createObjectURL = created
      URL.revokeObjectURL = revoked
    }
  })
})

describe('reports list', () => {
  it("a reporter sees the unit's periods, newest first, each with its status and a link", async () => {
    useTestAccount('reporter-c22')
    renderRoute('/reports')
    expect(await screen.findByRole('heading', { level: 1, name: 'Báo cáo định kỳ' })).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' })
    expect(within(nav).getByRole('link', { name: 'Báo cáo' })).toHaveAttribute('href', '/reports')
    const table = await screen.findByRole('table', { name: 'Các kỳ báo cáo của đơn vị' })
    const links = within(table).getAllByRole('link')
    expect(links.map((l) => l.textContent)).toEqual(['Năm 2026', '6 tháng đầu năm 2026', 'Năm 2025'])
    expect(links[1]).toHaveAttribute('href', '/reports/2026-H1.c22')
    const row2025 = links[2]?.closest('tr') as HTMLElement
    expect(within(row2025).getByText('Đã duyệt')).toBeInTheDocument()
  })

  it('an admin picks a period and a unit and opens that report', async () => {
    useTestAccount('admin')
    const { user } = renderRoute('/reports', { lang: 'en' })
    const period = await screen.findByRole('combobox', { name: 'Reporting period' })
    await user.selectOptions(period, '2025')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Unit' }), 'c37')
    expect(screen.getByRole('link', { name: 'Which units have reported' })).toHaveAttribute('href', '/completeness?period=2025')
    await user.click(screen.getByRole('button', { name: 'Open the report' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Report on external information work, year 2025' })).toBeInTheDocument()
    expect(screen.getAllByText('Approved').length).toBeGreaterThan(0)
  })
})
