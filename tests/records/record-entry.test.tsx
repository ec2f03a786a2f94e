/**
 * Data entry as a user sees it: the form of each kind of record, the contract's validation
 * next to each field in both languages, the server's 400 on its fields, a 403, the conflict
 * view of a stale edit and its three choices, a record's history, the admin's deleted records,
 * and role mirroring. Reads go to the shared test host; every write (and the signed-in user)
 * is answered by an override here, so no test changes the shared database.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { API_BASE_PATH } from '../../mocks/config'
import { server } from '../../mocks/node'
import type { Activity } from '../../src/lib/api/schemas'
import { renderRoute } from '../render'

const API = `*${API_BASE_PATH}`

type Role = 'admin' | 'reporter' | 'viewer'
function signIn(role: Role, unit: string | null = role === 'reporter' ? 'c37' : null) {
  const username = role === 'reporter' ? `reporter-${unit}` : role
  server.use(http.get(`${API}/auth/me`, () => HttpResponse.json({ username, role, unit, csrfToken: 'test-token' })))
}

/** Today in Vietnam as dd/mm/yyyy, computed here (not with the app's helper). */
function todayVi(): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date())
  return parts // en-GB: dd/mm/yyyy
}

/** The error text a field shows, reached as assistive tech reaches it (its description). */
function errorOf(field: HTMLElement): string {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.className.includes('error'))
  return error?.textContent ?? ''
}

const MEETING: Activity = {
  id: 'test-meeting-1',
  date: '2025-08-12',
  unit: 'c37',
  kind: 'meetings',
  category: 'conference',
  title: 'Hội nghị thử nghiệm',
  quantity: 1,
  participants: 120,
  format: 'in-person',
  recipient: null,
  source: null,
  version: 3,
}

async function openAdd(kindLabel: string, lang: 'vi' | 'en' = 'vi') {
  const select = await screen.findByRole('combobox', { name: lang === 'vi' ? 'Loại hồ sơ' : 'Kind of record' })
  fireEvent.change(select, { target: { value: kindLabel } })
  fireEvent.click(screen.getByRole('button', { name: lang === 'vi' ? /Thêm hoạt động/ : /Add a record/ }))
  // The first time, the forms' code loads (a chunk of its own): give it time on a busy machine.
  return screen.findByRole('dialog', {}, { timeout: 20_000 })
}

describe('record forms: the fields of each kind', () => {
  it('shows each kind its own fields, in Vietnamese', { timeout: 90_000 }, async () => {
    signIn('reporter')
    renderRoute('/units/c37?from=2025-07&to=2025-12')
    const expected: Record<string, string[]> = {
      articles: ['Tháng', 'Loại hình báo chí', 'Số tin, bài', 'Tiêu đề hoặc ghi chú'],
      meetings: ['Ngày', 'Loại hội nghị', 'Tiêu đề', 'Hình thức', 'Số người tham dự'],
      awards: ['Ngày', 'Cấp khen thưởng', 'Đối tượng khen thưởng', 'Số lượt khen thưởng', 'Tiêu đề'],
      trainings: ['Ngày', 'Đối tượng', 'Tiêu đề', 'Hình thức', 'Số học viên'],
    }
    for (const [kind, labels] of Object.entries(expected)) {
      const dialog = await openAdd(kind)
      for (const label of labels) expect(within(dialog).getByLabelText(new RegExp(`^${label} \\(bắt buộc\\)`))).toBeInTheDocument()
      expect(within(dialog).getAllByRole('combobox').length + within(dialog).getAllByRole('textbox').length).toBeGreaterThan(0)
      fireEvent.click(within(dialog).getByRole('button', { name: 'Hủy' }))
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    }
    // The choices are the official terms.
    const dialog = await openAdd('meetings')
    const kind = within(dialog).getByLabelText(/^Loại hội nghị/)
    expect(within(kind).getAllByRole('option').map((o) => o.textContent)).toEqual(['— Chọn —', 'Hội nghị', 'Hội thảo', 'Tọa đàm', 'Họp báo'])
    expect(within(within(dialog).getByLabelText(/^Hình thức/)).getAllByRole('option').map((o) => o.textContent)).toEqual([
      '— Chọn —',
      'Trực tiếp',
      'Trực tuyến',
      'Trực tiếp kết hợp trực tuyến',
    ])
  })

  it('shows each kind its own fields, in English', async () => {
    signIn('reporter')
    renderRoute('/units/c37?from=2025-07&to=2025-12', { lang: 'en' })
    const dialog = await openAdd('awards', 'en')
    expect(within(dialog).getByRole('heading', { name: 'Add: Commendations & awards — Ninh Bình' })).toBeInTheDocument()
    for (const label of ['Date', 'Level', 'Recipient', 'Number of awards', 'Title']) expect(within(dialog).getByLabelText(new RegExp(`^${label} \\(required\\)`))).toBeInTheDocument()
    expect(within(within(dialog).getByLabelText(/^Recipient/)).getAllByRole('option').map((o) => o.textContent)).toEqual(['— Choose —', 'Collective', 'Individual'])
  })
})

describe('record forms: validation next to each field', () => {
  it('says what is wrong with every field, with the bound, and moves focus to the first (vi)', async () => {
    signIn('reporter')
    renderRoute('/units/c37?from=2025-07&to=2025-12')
    const dialog = await openAdd('meetings')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }))
    const date = within(dialog).getByLabelText(/^Ngày/)
    await waitFor(() => expect(date).toHaveFocus())
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Chưa lưu: 5 trường cần sửa')
    for (const label of ['Ngày', 'Loại hội nghị', 'Tiêu đề', 'Hình thức', 'Số người tham dự']) {
      const field = within(dialog).getByLabelText(new RegExp(`^${label} \\(`))
      expect(field).toHaveAttribute('aria-invalid', 'true')
      expect(errorOf(field)).toBe('Trường này là bắt buộc.')
    }

    fireEvent.change(date, { target: { value: '2099-01-01' } })
    fireEvent.change(within(dialog).getByLabelText(/^Số người tham dự/), { target: { value: '200000' } })
    fireEvent.change(within(dialog).getByLabelText(/^Tiêu đề/), { target: { value: 'x'.repeat(301) } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }))
    await waitFor(() => expect(errorOf(date)).toBe(`Không được sau ngày hôm nay (${todayVi()}).`))
    expect(errorOf(within(dialog).getByLabelText(/^Số người tham dự/))).toBe('Không được lớn hơn 100.000.')
    expect(errorOf(within(dialog).getByLabelText(/^Tiêu đề/))).toBe('Tối đa 300 ký tự.')
    expect(errorOf(within(dialog).getByLabelText(/^Loại hội nghị/))).toBe('Trường này là bắt buộc.')
    // A current unit's records start on the day it was formed: the date's input offers those days only.
    expect(date).toHaveAttribute('min', '2025-07-01')

    fireEvent.change(date, { target: { value: '2017-12-31' } })
    fireEvent.change(within(dialog).getByLabelText(/^Số người tham dự/), { target: { value: '0' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }))
    await waitFor(() => expect(errorOf(date)).toContain('Không được trước ngày bắt đầu số liệu (01/01/2018).'))
    expect(errorOf(within(dialog).getByLabelText(/^Số người tham dự/))).toBe('Không được nhỏ hơn 1.')

    // Before 01/07/2025 Ninh Bình's records belong to its former units: said on the date.
    fireEvent.change(date, { target: { value: '2025-06-30' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }))
    await waitFor(() =>
      expect(errorOf(date)).toBe('Đơn vị không tồn tại vào ngày này: trước 01/07/2025 hồ sơ thuộc đơn vị cũ (trước sắp xếp), từ ngày đó thuộc đơn vị sau sắp xếp.'),
    )

    fireEvent.change(within(dialog).getByLabelText(/^Số người tham dự/), { target: { value: '2.5' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }))
    await waitFor(() => expect(errorOf(within(dialog).getByLabelText(/^Số người tham dự/))).toBe('Phải là số nguyên.'))
    // Nothing typed is lost.
    expect(within(dialog).getByLabelText(/^Tiêu đề/)).toHaveValue('x'.repeat(301))
  })

  it('says it in English too, with the bounds of articles and awards', async () => {
    signIn('reporter')
    renderRoute('/units/c37?from=2025-07&to=2025-12', { lang: 'en' })
    let dialog = await openAdd('articles', 'en')
    fireEvent.change(within(dialog).getByLabelText(/^Number of items/), { target: { value: '10001' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
    const month = within(dialog).getByLabelText(/^Month/)
    await waitFor(() => expect(month).toHaveFocus())
    expect(errorOf(month)).toBe('This field is required.')
    expect(errorOf(within(dialog).getByLabelText(/^Number of items/))).toBe('Must be at most 10,000.')
    expect(errorOf(within(dialog).getByLabelText(/^Media type/))).toBe('This field is required.')
    expect(errorOf(within(dialog).getByLabelText(/^Title or note/))).toBe('This field is required.')
    fireEvent.keyDown(dialog, { key: 'Escape' })
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    dialog = await openAdd('awards', 'en')
    fireEvent.change(within(dialog).getByLabelText(/^Number of awards/), { target: { value: '1001' } })
    fireEvent.change(within(dialog).getByLabelText(/^Date/), { target: { value: '2099-01-01' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(errorOf(within(dialog).getByLabelText(/^Number of awards/))).toBe('Must be at most 1,000.'))
    expect(errorOf(within(dialog).getByLabelText(/^Date/))).toBe(`Cannot be later than today (${todayVi()}).`)
    expect(errorOf(within(dialog).getByLabelText(/^Recipient/))).toBe('This field is required.')
  })

  it("shows the server's 400 on the fields it names, and a 403 as a clear message, keeping what was typed", async () => {
    signIn('reporter')
    let answer: 'fields' | 'forbidden' | 'fault' = 'fields'
    server.use(
      http.post(`${API}/activities`, () =>
        answer === 'fields'
          ? HttpResponse.json(
              { error: { code: 'invalid_activity', message: 'Invalid record', field: 'participants', fields: [{ field: 'participants', code: 'too_large', limit: 100000 }, { field: 'category', code: 'invalid' }] } },
              { status: 400 },
            )
          : answer === 'forbidden'
            ? HttpResponse.json({ error: { code: 'forbidden', message: 'Another unit' } }, { status: 403 })
            : HttpResponse.json({ error: { code: 'internal', message: 'Boom' } }, { status: 500 }),
      ),
    )
    renderRoute('/units/c37?from=2025-07&to=2025-12')
    const dialog = await openAdd('meetings')
    fireEvent.change(within(dialog).getByLabelText(/^Ngày/), { target: { value: '2025-08-01' } })
    fireEvent.change(within(dialog).getByLabelText(/^Loại hội nghị/), { target: { value: 'seminar' } })
    fireEvent.change(within(dialog).getByLabelText(/^Tiêu đề/), { target: { value: 'Hội thảo về biển đảo' } })
    fireEvent.change(within(dialog).getByLabelText(/^Hình thức/), { target: { value: 'online' } })
    fireEvent.change(within(dialog).getByLabelText(/^Số người tham dự/), { target: { value: '80' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }))
    await waitFor(() => expect(errorOf(within(dialog).getByLabelText(/^Số người tham dự/))).toBe('Không được lớn hơn 100.000.'))
    expect(errorOf(within(dialog).getByLabelText(/^Loại hội nghị/))).toBe('Giá trị không hợp lệ.')
    expect(within(dialog).getByLabelText(/^Loại hội nghị/)).toHaveFocus()

    answer = 'forbidden'
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }))
    expect(await within(dialog).findByText(/Bạn không có quyền ghi hồ sơ của đơn vị này/)).toBeInTheDocument()

    answer = 'fault'
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }))
    expect(await within(dialog).findByText(/^Chưa lưu được: Máy chủ đang gặp sự cố.*Nội dung đã nhập vẫn còn; hãy thử lại\.$/)).toBeInTheDocument()
    expect(within(dialog).getByLabelText(/^Tiêu đề/)).toHaveValue('Hội thảo về biển đảo')
    expect(within(dialog).getByLabelText(/^Số người tham dự/)).toHaveValue(80)
  })

  it('saves a valid record, closes the form and says so', async () => {
    signIn('reporter')
    server.use(http.post(`${API}/activities`, async ({ request }) => HttpResponse.json({ ...((await request.json()) as object), id: 'new-1', source: null, version: 1 }, { status: 201, headers: { ETag: '"1"' } })))
    const { user } = renderRoute('/units/c37?from=2025-07&to=2025-12')
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Loại hồ sơ' }), 'trainings')
    await user.click(screen.getByRole('button', { name: /Thêm hoạt động/ }))
    const dialog = await screen.findByRole('dialog')
    fireEvent.change(within(dialog).getByLabelText(/^Ngày/), { target: { value: '2025-09-10' } })
    fireEvent.change(within(dialog).getByLabelText(/^Đối tượng/), { target: { value: 'spokespersons' } })
    fireEvent.change(within(dialog).getByLabelText(/^Tiêu đề/), { target: { value: 'Tập huấn người phát ngôn' } })
    fireEvent.change(within(dialog).getByLabelText(/^Hình thức/), { target: { value: 'hybrid' } })
    fireEvent.change(within(dialog).getByLabelText(/^Số học viên/), { target: { value: '150' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByText('Đã thêm hồ sơ.')).toBeInTheDocument()
    // Focus returns to the button that opened the form.
    expect(screen.getByRole('button', { name: /Thêm hoạt động/ })).toHaveFocus()
  })
})

/** The list the screen loads: one row of Ninh Bình, so the test controls its version. */
function rowsServer() {
  server.use(http.get(`${API}/activities`, () => HttpResponse.json({ items: [MEETING], total: 1, page: 1, pageSize: 50, pageCount: 1 })))
}

describe('editing: nothing is overwritten silently', () => {

  it('shows both versions side by side on a 409, and each choice does what it says', async () => {
    signIn('reporter')
    rowsServer()
    const current: Activity = { ...MEETING, participants: 150, title: 'Hội nghị thử nghiệm (đã sửa)', version: 4 }
    const saved: string[] = []
    server.use(
      http.patch(`${API}/activities/:id`, async ({ request }) => {
        // The server's rule: only the current version may be changed.
        if (request.headers.get('If-Match') !== `"${current.version}"`) return HttpResponse.json({ error: { code: 'conflict', message: 'Stale' }, current }, { status: 409 })
        const body = (await request.json()) as Partial<Activity>
        saved.push(String(body.title))
        return HttpResponse.json({ ...current, ...body, version: 5 }, { headers: { ETag: '"5"' } })
      }),
    )
    renderRoute('/activities?from=2025-08&to=2025-08&units=c37')
    const edit = await screen.findByRole('button', { name: /^Sửa — hồ sơ ngày 12\/08\/2025/ })
    fireEvent.click(edit)
    let dialog = await screen.findByRole('dialog', { name: 'Sửa hội nghị, hội thảo — Ninh Bình' })
    expect(within(dialog).getByLabelText(/^Số người tham dự/)).toHaveValue(120)
    fireEvent.change(within(dialog).getByLabelText(/^Số người tham dự/), { target: { value: '135' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }))

    dialog = await screen.findByRole('dialog', { name: 'Hồ sơ đã được người khác thay đổi' })
    // The form under focus is gone: focus goes to the message that says why.
    await waitFor(() => expect(within(dialog).getByText(/Trong lúc bạn sửa, hồ sơ này đã được lưu bởi người khác/)).toHaveFocus())
    const table = within(dialog).getByRole('table')
    const row = (label: string) => within(table).getByRole('rowheader', { name: new RegExp(`^${label}`) }).closest('tr') as HTMLElement
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Trường', 'Bản của bạn', 'Bản hiện tại'])
    expect(row('Số người tham dự')).toHaveTextContent('Số người tham dự (khác nhau)135150')
    expect(row('Tiêu đề')).toHaveTextContent('Tiêu đề (khác nhau)Hội nghị thử nghiệmHội nghị thử nghiệm (đã sửa)')
    expect(row('Ngày')).toHaveTextContent('Ngày12/08/202512/08/2025')
    expect(row('Ngày')).not.toHaveTextContent('khác nhau')

    // Edit again: back to the form, what the user typed still there, now on the current version.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sửa lại' }))
    dialog = await screen.findByRole('dialog', { name: 'Sửa hội nghị, hội thảo — Ninh Bình' })
    expect(within(dialog).getByLabelText(/^Số người tham dự/)).toHaveValue(135)
    await waitFor(() => expect(within(dialog).getByLabelText(/^Ngày/)).toHaveFocus())
    expect(within(dialog).getByText('Đang sửa trên phiên bản 4 (bản hiện tại).')).toBeInTheDocument()
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(saved).toEqual(['Hội nghị thử nghiệm'])
    expect(screen.getByText('Đã lưu hồ sơ.')).toBeInTheDocument()
  })

  it('keep mine saves over the current version; use the current one drops mine (en)', async () => {
    signIn('reporter')
    rowsServer()
    const current: Activity = { ...MEETING, participants: 150, version: 4 }
    let saves = 0
    server.use(
      http.patch(`${API}/activities/:id`, async ({ request }) => {
        if (request.headers.get('If-Match') !== `"${current.version}"`) return HttpResponse.json({ error: { code: 'conflict', message: 'Stale' }, current }, { status: 409 })
        saves += 1
        return HttpResponse.json({ ...current, ...((await request.json()) as object), version: 5 })
      }),
    )
    renderRoute('/activities?from=2025-08&to=2025-08&units=c37', { lang: 'en' })
    fireEvent.click(await screen.findByRole('button', { name: /^Edit — record of 12 Aug 2025/ }))
    let dialog = await screen.findByRole('dialog')
    fireEvent.change(within(dialog).getByLabelText(/^Attendees/), { target: { value: '135' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
    dialog = await screen.findByRole('dialog', { name: 'Someone else changed this record' })
    expect(within(dialog).getByRole('rowheader', { name: /^Attendees/ }).closest('tr')).toHaveTextContent('Attendees (differs)135150')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Use the current one' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(saves).toBe(0)

    fireEvent.click(screen.getByRole('button', { name: /^Edit — record of 12 Aug 2025/ }))
    dialog = await screen.findByRole('dialog')
    fireEvent.change(within(dialog).getByLabelText(/^Attendees/), { target: { value: '135' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
    dialog = await screen.findByRole('dialog', { name: 'Someone else changed this record' })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep mine' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(saves).toBe(1)
    expect(screen.getByText('Record saved.')).toBeInTheDocument()
  })

  it("keeps an article's stored day when its month is left as it was", async () => {
    signIn('reporter')
    const article: Activity = { ...MEETING, id: 'test-article-1', kind: 'articles', category: 'online', date: '2025-08-31', title: 'Tin, bài tháng 8', quantity: 40, participants: null, format: null }
    server.use(http.get(`${API}/activities`, () => HttpResponse.json({ items: [article], total: 1, page: 1, pageSize: 50, pageCount: 1 })))
    const stored: Activity[] = []
    server.use(
      http.patch(`${API}/activities/:id`, async ({ request }) => {
        const next = { ...article, ...((await request.json()) as Partial<Activity>), version: article.version + 1 }
        stored.push(next)
        return HttpResponse.json(next)
      }),
    )
    renderRoute('/activities?from=2025-08&to=2025-08&units=c37')
    fireEvent.click(await screen.findByRole('button', { name: /^Sửa — hồ sơ ngày 31\/08\/2025/ }))
    const dialog = await screen.findByRole('dialog', {}, { timeout: 20_000 })
    expect(within(dialog).getByLabelText(/^Tháng/)).toHaveValue('2025-08')
    fireEvent.change(within(dialog).getByLabelText(/^Số tin, bài/), { target: { value: '45' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(stored.map((r) => [r.date, r.quantity])).toEqual([['2025-08-31', 45]])
  })

  it('deletes after a confirmation that can be cancelled', async () => {
    signIn('reporter')
    rowsServer()
    let deleted = 0
    server.use(
      http.delete(`${API}/activities/:id`, ({ request }) => {
        if (request.headers.get('If-Match') !== `"${MEETING.version}"`) return HttpResponse.json({ error: { code: 'conflict', message: 'Stale' }, current: MEETING }, { status: 409 })
        deleted += 1
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const { user } = renderRoute('/activities?from=2025-08&to=2025-08&units=c37')
    const button = await screen.findByRole('button', { name: /^Xóa — hồ sơ ngày 12\/08\/2025/ })
    await user.click(button)
    let dialog = await screen.findByRole('dialog', { name: 'Xóa hồ sơ?' })
    expect(within(dialog).getByRole('button', { name: 'Hủy' })).toHaveFocus()
    // Focus stays inside the dialog: Tab from its last control wraps to its first.
    await user.tab()
    expect(within(dialog).getByRole('button', { name: 'Xóa hồ sơ' })).toHaveFocus()
    await user.tab()
    expect(within(dialog).getByRole('button', { name: 'Đóng' })).toHaveFocus()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(button).toHaveFocus()
    expect(deleted).toBe(0)
    fireEvent.click(button)
    dialog = await screen.findByRole('dialog', { name: 'Xóa hồ sơ?' })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xóa hồ sơ' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(deleted).toBe(1)
    expect(screen.getByText('Đã xóa hồ sơ.')).toBeInTheDocument()
  })
})

describe('history and deleted records', () => {
  it("shows a record's history: who, when, and each change before → after", async () => {
    signIn('viewer')
    server.use(
      http.get(`${API}/activities`, () => HttpResponse.json({ items: [MEETING], total: 1, page: 1, pageSize: 50, pageCount: 1 })),
      http.get(`${API}/activities/:id/history`, () =>
        HttpResponse.json({
          id: MEETING.id,
          deleted: false,
          items: [
            { action: 'created', at: '2025-08-12T02:00:00Z', username: 'reporter-c37', version: 1, before: null, after: { ...MEETING, version: 1, participants: 100 } },
            { action: 'updated', at: '2025-08-13T09:30:00Z', username: 'admin', version: 2, before: { ...MEETING, version: 1, participants: 100 }, after: { ...MEETING, version: 2, participants: 120, format: 'hybrid' } },
          ],
        }),
      ),
    )
    renderRoute('/activities?from=2025-08&to=2025-08&units=c37')
    fireEvent.click(await screen.findByRole('button', { name: /^Lịch sử — hồ sơ ngày 12\/08\/2025/ }))
    const dialog = await screen.findByRole('dialog', { name: 'Lịch sử thay đổi — Hội nghị, hội thảo, 12/08/2025' })
    const items = await within(dialog).findAllByRole('listitem')
    // Newest first; times in Vietnam (UTC+7).
    expect(items[0]).toHaveTextContent('Sửa admin · 13/08/2025 16:30 · phiên bản 2')
    expect(items[0]).toHaveTextContent('Hình thứcTrực tiếp → Trực tiếp kết hợp trực tuyến')
    expect(items[0]).toHaveTextContent('Số người tham dự100 → 120')
    expect(items[0]).not.toHaveTextContent('Tiêu đề')
    expect(items[1]).toHaveTextContent('Tạo mới reporter-c37 · 12/08/2025 09:00 · phiên bản 1')
    // A viewer reads the history but gets no edit controls.
    expect(screen.queryByRole('button', { name: /^Sửa —/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Xóa —/ })).not.toBeInTheDocument()
  })

  it('lets an admin see deleted records and restore them', async () => {
    signIn('admin')
    let restored = 0
    server.use(
      http.get(`${API}/activities/deleted`, () =>
        HttpResponse.json({ items: restored ? [] : [{ activity: MEETING, deletedAt: '2025-08-14T03:00:00Z', deletedBy: 'reporter-c37' }] }),
      ),
      http.post(`${API}/activities/:id/restore`, () => {
        restored += 1
        return HttpResponse.json(MEETING)
      }),
    )
    renderRoute('/activities?from=2025-08&to=2025-08&units=c37', { lang: 'en' })
    fireEvent.click(await screen.findByRole('button', { name: 'Deleted records' }))
    const table = await screen.findByRole('table', { name: 'Deleted records' })
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('12 Aug 2025Ninh BìnhConferences & seminarsHội nghị thử nghiệm14 Aug 2025, 10:00reporter-c37')
    fireEvent.click(within(table).getByRole('button', { name: /^Restore/ }))
    expect(await screen.findByText('Record restored.')).toBeInTheDocument()
    expect(await screen.findByText('No record is deleted.')).toBeInTheDocument()
    expect(restored).toBe(1)
  })
})

describe('role mirroring', () => {
  it('gives a viewer no add, edit or delete controls', async () => {
    signIn('viewer')
    renderRoute('/units/c37?from=2025-07&to=2025-12')
    await screen.findAllByRole('button', { name: /^Lịch sử —/ })
    expect(screen.queryByRole('button', { name: /Thêm hoạt động/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Sửa —/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Xóa —/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Hồ sơ đã xóa' })).not.toBeInTheDocument()
  })

  it("gives a reporter controls on its own unit only, and an admin everywhere", async () => {
    signIn('reporter', 'c22')
    const view = renderRoute('/units/c37?from=2025-07&to=2025-12')
    await screen.findAllByRole('button', { name: /^Lịch sử —/ })
    expect(screen.queryByRole('button', { name: /Thêm hoạt động/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Sửa —/ })).not.toBeInTheDocument()
    view.unmount()

    signIn('reporter', 'c37')
    const own = renderRoute('/units/c37?from=2025-07&to=2025-12')
    expect((await screen.findAllByRole('button', { name: /^Sửa —/ })).length).toBeGreaterThan(0)
    expect(screen.getByRole('button', { name: /Thêm hoạt động/ })).toBeInTheDocument()
    own.unmount()

    // A former unit takes no new records, even from an admin.
    signIn('admin')
    renderRoute('/units/f35?from=2024-01&to=2024-12')
    expect((await screen.findAllByRole('button', { name: /^Sửa —/ })).length).toBeGreaterThan(0)
    expect(screen.queryByRole('button', { name: /Thêm hoạt động/ })).not.toBeInTheDocument()
  })
})
