/**
 * Annual plans and "% kế hoạch", against the real server app over a database of this file's
 * own (`startIsolatedApi`): these tests write. Expected values are written by hand, or come
 * from the test oracle (plain loops over the generated records), never from the app's code.
 *
 * The demo seeds 2026 plans (server/db/seed-workflow.ts): none for c12 (Lai Châu) and c86 (Vĩnh Long), drafts for c04
 * and c20, submitted for c15 and c52, approved for the other 28; no plan for 2027.
 */
import { screen, waitFor, within } from '@testing-library/react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setApiTarget, setForwardSession } from '../../../mocks/forward'
import { renderRoute } from '../../render'
import { startIsolatedApi, type IsolatedApi } from '../../support/isolated-api'
import { expectedTotal } from '../../support/oracle'
import { forwardSession, sessionFetch, signIn, useTestAccount } from '../../support/session'

let api: IsolatedApi

beforeAll(async () => {
  api = await startIsolatedApi()
  setApiTarget(api.origin)
  setForwardSession(forwardSession(api.origin))
}, 180_000)

afterAll(async () => {
  await api?.close()
})

/** An API call as a demo account, straight to this file's server. */
async function as(username: string) {
  return sessionFetch(api.origin, await signIn(api.origin, username))
}

function field(name: RegExp | string): HTMLElement {
  return screen.getByRole('textbox', { name })
}

/** The error text a field shows, as assistive technology reaches it (its description). */
function errorOf(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
  return ids.map((id) => document.getElementById(id)).find((el) => el?.className.includes('error'))?.textContent ?? ''
}

describe('plans: a reporter drafts and submits, an admin returns and approves', () => {
  it('validates each target beside its field, in the UI’s language, and keeps what was typed', async () => {
    useTestAccount('reporter-c37')
    const { user } = renderRoute('/plans?year=2027')
    expect(await screen.findByRole('heading', { name: 'Kế hoạch năm 2027 – Ninh Bình' })).toBeInTheDocument()
    expect(screen.getByText('Chưa lập')).toBeInTheDocument()
    await user.type(field('Tin, bài'), '-5')
    await user.type(field('Học viên'), '2000000')
    await user.click(screen.getByRole('button', { name: 'Lưu nháp' }))
    expect(errorOf(field('Tin, bài'))).toBe('Nhập số nguyên từ 0 trở lên (không có dấu thập phân, không âm).')
    expect(errorOf(field('Học viên'))).toBe('Tối đa 1.000.000; kiểm tra lại số đã nhập.')
    expect(field('Tin, bài')).toHaveValue('-5')
    // Submitting needs every target.
    await user.clear(field('Tin, bài'))
    await user.clear(field('Học viên'))
    await user.click(screen.getByRole('button', { name: 'Gửi duyệt' }))
    expect(errorOf(field('Tin, bài'))).toBe('Nhập chỉ tiêu (số nguyên từ 0) trước khi gửi.')
    expect(errorOf(field('Khen thưởng'))).toBe('Nhập chỉ tiêu (số nguyên từ 0) trước khi gửi.')
    // Nothing was sent: the plan is still not started on the server.
    const response = await (await as('reporter-c37'))('/api/v1/plans/2027.c37')
    expect(((await response.json()) as { status: string }).status).toBe('not-started')
  })

  it('goes draft → submitted → returned (comment required) → submitted → approved', async () => {
    useTestAccount('reporter-c37')
    const first = renderRoute('/plans?year=2027')
    await screen.findByRole('heading', { name: 'Kế hoạch năm 2027 – Ninh Bình' })
    const { user } = first
    await user.type(field('Tin, bài'), '1.200')
    await user.type(field('Hội nghị, hội thảo'), '10')
    await user.type(field('Khen thưởng'), '3')
    await user.type(field('Lớp tập huấn, bồi dưỡng'), '5')
    await user.type(field('Học viên'), '400')
    await user.click(screen.getByRole('button', { name: 'Gửi duyệt' }))
    expect(await screen.findByText('Đã gửi kế hoạch để duyệt.')).toBeInTheDocument()
    expect(screen.getByText('Chờ duyệt')).toBeInTheDocument()
    // Read only now, as numbers read elsewhere.
    expect(field('Tin, bài')).toHaveValue('1.200')
    expect(screen.queryByRole('button', { name: 'Lưu nháp' })).not.toBeInTheDocument()
    first.unmount()

    // The admin sees it in the table, awaiting approval, and returns it.
    useTestAccount('admin')
    const second = renderRoute('/plans?year=2027')
    const table = await screen.findByRole('table', { name: 'Kế hoạch năm 2027 của các đơn vị' })
    const row = within(table).getByRole('rowheader', { name: 'Ninh Bình' }).closest('tr') as HTMLElement
    expect(within(row).getByText('Chờ duyệt')).toBeInTheDocument()
    expect(within(row).getByText('1.200')).toBeInTheDocument()
    await second.user.click(within(row).getByRole('link', { name: 'Xem xét: Ninh Bình' }))
    await screen.findByRole('heading', { name: 'Kế hoạch năm 2027 – Ninh Bình' })
    await second.user.click(screen.getByRole('button', { name: 'Trả lại' }))
    await second.user.click(screen.getByRole('button', { name: 'Trả lại kế hoạch' }))
    expect(await screen.findByText('Nhập ý kiến để đơn vị biết cần sửa gì.')).toBeInTheDocument()
    await second.user.type(screen.getByLabelText('Ý kiến khi trả lại (bắt buộc)'), 'Chỉ tiêu học viên thấp hơn năm trước.')
    await second.user.click(screen.getByRole('button', { name: 'Trả lại kế hoạch' }))
    expect(await screen.findByText('Đã trả lại kế hoạch.')).toBeInTheDocument()
    second.unmount()

    // The reporter reads the comment, fixes the target and submits again.
    useTestAccount('reporter-c37')
    const third = renderRoute('/plans?year=2027')
    expect(await screen.findByText('Chỉ tiêu học viên thấp hơn năm trước.')).toBeInTheDocument()
    expect(screen.getByText('Trả lại', { selector: 'strong' })).toBeInTheDocument()
    await third.user.clear(field('Học viên'))
    await third.user.type(field('Học viên'), '600')
    await third.user.click(screen.getByRole('button', { name: 'Gửi duyệt' }))
    expect(await screen.findByText('Đã gửi kế hoạch để duyệt.')).toBeInTheDocument()
    third.unmount()

    // The admin approves.
    useTestAccount('admin')
    const fourth = renderRoute('/plans?year=2027&unit=c37')
    await screen.findByRole('heading', { name: 'Kế hoạch năm 2027 – Ninh Bình' })
    await waitFor(() => expect(field('Học viên')).toHaveValue('600'))
    await fourth.user.click(screen.getByRole('button', { name: 'Duyệt' }))
    expect(await screen.findByText('Đã duyệt kế hoạch.')).toBeInTheDocument()
    const table2 = screen.getByRole('table', { name: 'Kế hoạch năm 2027 của các đơn vị' })
    await waitFor(() =>
      expect(within(within(table2).getByRole('rowheader', { name: 'Ninh Bình' }).closest('tr') as HTMLElement).getByText('Đã duyệt')).toBeInTheDocument(),
    )
  })

  it('on a stale version (409) keeps what was typed and lets the user choose', async () => {
    useTestAccount('reporter-c22')
    const { user } = renderRoute('/plans?year=2027', { lang: 'en' })
    await screen.findByRole('heading', { name: '2027 plan – Quảng Ninh' })
    // Meanwhile someone else saves the plan (version 0 → 1).
    const other = await as('reporter-c22')
    const saved = await other('/api/v1/plans/2027.c22', {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'If-Match': '"0"' },
      body: JSON.stringify({ targets: { articles: 900, meetings: 8, awards: 2, trainings: 4, trainees: 300 } }),
    })
    expect(saved.status).toBe(200)
    await user.type(field('News items & articles'), '1500')
    await user.click(screen.getByRole('button', { name: 'Save draft' }))
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('Someone has just changed this plan')).toBeInTheDocument()
    expect(within(alert).getByText('900')).toBeInTheDocument()
    expect(field('News items & articles')).toHaveValue('1500')
    await user.click(within(alert).getByRole('button', { name: 'Keep my numbers and save' }))
    expect(await screen.findByText('Saved.')).toBeInTheDocument()
    const now = (await (await other('/api/v1/plans/2027.c22')).json()) as { version: number; targets: { articles: number; meetings: number | null } }
    expect(now.version).toBe(2)
    expect(now.targets.articles).toBe(1500)
    // Only what the user typed replaced the server's numbers; the empty fields were the user's too.
    expect(now.targets.meetings).toBeNull()
  })

  it('names a year or unit it cannot use, and shows this year instead', async () => {
    useTestAccount('viewer')
    renderRoute('/plans?year=hai-nghin&unit=c99')
    // The machine's clock decides "this year" (2026 when these tests were written); read it here.
    const thisYear = new Date().getFullYear()
    expect(await screen.findByText(`Không có kế hoạch năm hai-nghin (chỉ từ 2018 đến ${thisYear + 1}); đang hiển thị năm ${thisYear}.`)).toBeInTheDocument()
    expect(screen.getByText(`unit=c99: không có đơn vị lập kế hoạch năm ${thisYear} với mã này; đã bỏ qua.`)).toBeInTheDocument()
  })

  it('shows a viewer every unit’s plan read-only; the server refuses the viewer’s write', async () => {
    useTestAccount('viewer')
    const { user } = renderRoute('/plans?year=2026')
    expect(await screen.findByText('28/34 đã duyệt, 2 chờ duyệt')).toBeInTheDocument()
    const table = screen.getByRole('table', { name: 'Kế hoạch năm 2026 của các đơn vị' })
    expect(within(within(table).getByRole('rowheader', { name: 'Vĩnh Long' }).closest('tr') as HTMLElement).getAllByRole('cell')[0]).toHaveTextContent('Chưa lập')
    await user.click(within(table).getByRole('link', { name: 'Mở: Ninh Bình' }))
    await screen.findByRole('heading', { name: 'Kế hoạch năm 2026 – Ninh Bình' })
    expect(screen.getByText('Chỉ xem: tài khoản này không sửa được kế hoạch này.')).toBeInTheDocument()
    expect(field('Tin, bài')).toHaveAttribute('readonly')
    expect(screen.queryByRole('button', { name: /Lưu nháp|Gửi duyệt|Duyệt/ })).not.toBeInTheDocument()
    const refused = await (await as('viewer'))('/api/v1/plans/2026.c37/reopen', { method: 'POST', headers: { 'If-Match': '"3"' } })
    expect(refused.status).toBe(403)
  })
})

describe('% of plan on the KPI cards', () => {
  it('shows the percentage against an approved plan with known targets, computed by hand', async () => {
    // Ninh Bình's news items and articles in January–June 2026, from the oracle; the target
    // is set to four times that, so the card must say 25%.
    const articles = expectedTotal({ metric: 'articles', from: '2026-01', to: '2026-06', units: ['c37'] })
    expect(articles).toBeGreaterThan(0)
    const target = articles * 4
    const admin = await as('admin')
    const current = (await (await admin('/api/v1/plans/2026.c37')).json()) as { version: number; status: string }
    expect(current.status).toBe('approved')
    const json = { 'Content-Type': 'application/json' }
    let version = current.version
    const step = async (path: string, body: object, method = 'POST') => {
      const r = await admin(`/api/v1/plans/2026.c37${path}`, { method, headers: { ...json, 'If-Match': `"${version}"` }, body: JSON.stringify(body) })
      expect(r.status).toBe(200)
      version = ((await r.json()) as { version: number }).version
    }
    await step('/reopen', {})
    await step('', { targets: { articles: target, meetings: 10, awards: 2, trainings: 4, trainees: 200 } }, 'PATCH')
    await step('/submit', {})
    await step('/approve', {})

    useTestAccount('viewer')
    renderRoute('/?from=2026-01&to=2026-06&units=c37')
    const card = await screen.findByRole('article', { name: 'Tin, bài' })
    await waitFor(() =>
      expect(within(card).getByText(`% kế hoạch năm: 25% (${articles.toLocaleString('vi-VN')}/${target.toLocaleString('vi-VN')})`)).toBeInTheDocument(),
    )
  })

  it('gives the units table a "% of plan" column: the same 25% for Ninh Bình, none for Lai Châu', async () => {
    useTestAccount('viewer')
    renderRoute('/units?from=2026-01&to=2026-06')
    const table = await screen.findByRole('table', { name: /Số liệu các đơn vị/ })
    const row = (name: string) => within(table.querySelector('tbody') as HTMLElement).getByRole('rowheader', { name }).closest('tr') as HTMLElement
    // Cells per metric: value, change, rank, % of plan; articles come first.
    await waitFor(() => expect(within(row('Ninh Bình')).getAllByRole('cell')[3]).toHaveTextContent('25%'))
    expect(within(row('Lai Châu')).getAllByRole('cell')[3]).toHaveTextContent('Chưa có KH')
  })

  it('says a unit has no approved plan, and how many units lack one for a total', async () => {
    useTestAccount('viewer')
    const first = renderRoute('/units/c12?from=2026-01&to=2026-06')
    const card = await screen.findByRole('article', { name: 'Tin, bài' })
    await waitFor(() => expect(within(card).getByText('Chưa có kế hoạch được duyệt')).toBeInTheDocument())
    first.unmount()
    // The whole country: c12 and c86 have no plan, c04 and c20 a draft, c15 and c52 one awaiting approval.
    renderRoute('/?from=2026-01&to=2026-06', { lang: 'en' })
    const total = await screen.findByRole('article', { name: 'News items & articles' })
    await waitFor(() => expect(within(total).getByText('% of plan: 6 of 34 units have no approved plan')).toBeInTheDocument())
    expect(within(total).queryByText(/%\s*\(/)).not.toBeInTheDocument()
  })
})
