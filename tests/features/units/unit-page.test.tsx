import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node'
import { statsError, summaryError } from '../../../mocks/scenarios'
import { ACTIVITY_KINDS, METRICS } from '../../../src/lib/api/schemas'
import { formatNumber } from '../../../src/lib/format'
import { expectedByCategory, expectedByUnit, expectedRecords, expectedTotal } from '../../support/oracle'
import { renderRoute } from '../../render'

const vi = (n: number) => formatNumber(n, 'vi')

function kpi(label: string): HTMLElement {
  return screen.getByRole('article', { name: label })
}

/** The headline figure of that KPI card, reached as assistive tech reaches it: named by its label. */
function kpiFigure(label: string): HTMLElement {
  return within(kpi(label)).getByRole('group', { name: label })
}

describe('unit page', () => {
  it('tells a merged unit where it came from, with links to the former units', async () => {
    renderRoute('/units/c37?from=2024-01&to=2024-12')
    const history = await screen.findByRole('complementary', { name: 'Sắp xếp đơn vị hành chính năm 2025' })
    expect(history).toHaveTextContent('Hình thành từ 01/07/2025 trên cơ sở sắp xếp Hà Nam, Nam Định và Ninh Bình.')
    expect(within(history).getByRole('link', { name: 'Hà Nam' })).toHaveAttribute('href', '/units/f35?from=2024-01&to=2024-12')
    expect(within(history).getByRole('link', { name: 'Nam Định' })).toHaveAttribute('href', '/units/f36?from=2024-01&to=2024-12')
    expect(within(history).getByRole('link', { name: 'Ninh Bình' })).toHaveAttribute('href', '/units/f37?from=2024-01&to=2024-12')
    expect(screen.getByRole('heading', { level: 1, name: 'Ninh Bình' })).toBeInTheDocument()
    // Within current boundaries its 2024 figures are those of its former units.
    expect(screen.getByText(/số liệu trước ngày 01\/07\/2025 là tổng số liệu của các đơn vị cũ/)).toBeInTheDocument()
    await screen.findByRole('article', { name: 'Tin, bài' })
    for (const metric of METRICS) {
      const label = { articles: 'Tin, bài', meetings: 'Hội nghị, hội thảo', awards: 'Khen thưởng', trainings: 'Lớp tập huấn, bồi dưỡng', trainees: 'Học viên' }[metric]
      const value = expectedTotal({ metric, from: '2024-01', to: '2024-12', units: ['c37'] })
      const previous = expectedTotal({ metric, from: '2023-01', to: '2023-12', units: ['c37'] })
      expect(within(kpi(label)).getByText(vi(value), { exact: false })).toBeInTheDocument()
      expect(kpi(label)).toHaveTextContent(`Cùng kỳ năm trước: ${vi(previous)}`)
    }
  })

  it('compares like for like: the covered months only, and no change where last year starts before the data (issue 8.1, 8.2)', async () => {
    const past = renderRoute('/units/c22?from=2024-01&to=2026-12')
    expect(await screen.findByText('01/2024 – 10/2026, so với cùng kỳ năm trước (01/2023 – 10/2025), trên cùng địa bàn.')).toBeInTheDocument()
    await screen.findByRole('article', { name: 'Khen thưởng' })
    const previous = expectedTotal({ metric: 'awards', from: '2023-01', to: '2025-10', units: ['c22'] })
    expect(kpi('Khen thưởng')).toHaveTextContent(`Cùng kỳ năm trước: ${vi(previous)}`)
    past.unmount()

    renderRoute('/units/c22?from=2018-07&to=2019-06', { lang: 'en' })
    const card = await screen.findByRole('article', { name: 'News items & articles' })
    expect(within(card).getByText('No comparison: last year’s figures are incomplete')).toBeInTheDocument()
    expect(
      screen.getByText('No comparison with last year: data starts in Jan 2018, so the same period last year (Jul 2017 – Jun 2018) is incomplete.'),
    ).toBeInTheDocument()
  })

  it('shows its rank among the 34 for each metric', async () => {
    renderRoute('/units/c37?from=2024-01&to=2024-12')
    await screen.findByRole('article', { name: 'Tin, bài' })
    for (const metric of ['articles', 'trainees'] as const) {
      const byUnit = expectedByUnit({ metric, from: '2024-01', to: '2024-12' })
      const mine = byUnit.get('c37') ?? 0
      const rank = [...byUnit].filter(([id, v]) => id !== 'tw' && v > mine).length + 1
      const label = metric === 'articles' ? 'Tin, bài' : 'Học viên'
      await waitFor(() => expect(kpi(label)).toHaveTextContent(`Xếp hạng: ${rank}/34`))
    }
    expect(screen.getByText(/Xếp hạng trong 34 tỉnh, thành phố/)).toBeInTheDocument()
  })

  it('tells a former unit where it went and limits its figures to 30/06/2025, as reported', async () => {
    renderRoute('/units/f35?from=2025-01&to=2025-12')
    const history = await screen.findByRole('complementary', { name: 'Sắp xếp đơn vị hành chính năm 2025' })
    expect(history).toHaveTextContent('Đã hợp nhất vào Ninh Bình từ ngày 01/07/2025.')
    expect(within(history).getByRole('link', { name: 'Ninh Bình' })).toHaveAttribute('href', '/units/c37?from=2025-01&to=2025-12')
    expect(screen.getByRole('heading', { level: 1, name: 'Hà Nam (cũ)' })).toBeInTheDocument()
    expect(screen.getByText(/Khoảng thời gian đã chọn \(năm 2025\) được giới hạn còn 6 tháng đầu năm 2025/)).toBeInTheDocument()
    expect(screen.getByText(/Ở chế độ xem “Sau sắp xếp \(34\)”, các số liệu này được tính vào/)).toBeInTheDocument()
    await screen.findByRole('article', { name: 'Hội nghị, hội thảo' })
    const value = expectedTotal({ metric: 'meetings', from: '2025-01', to: '2025-06', units: ['f35'], boundary: 'reported' })
    const previous = expectedTotal({ metric: 'meetings', from: '2024-01', to: '2024-06', units: ['f35'], boundary: 'reported' })
    expect(kpi('Hội nghị, hội thảo')).toHaveTextContent(`Cùng kỳ năm trước: ${vi(previous)}`)
    expect(kpiFigure('Hội nghị, hội thảo')).toHaveTextContent(vi(value))
    // Its records are its own, up to 30/06/2025.
    const records = ACTIVITY_KINDS.reduce((s, kind) => s + expectedRecords({ metric: kind, from: '2025-01', to: '2025-06', units: ['f35'], boundary: 'reported' }).length, 0)
    expect(await screen.findByText(`${vi(records)} hoạt động`)).toBeInTheDocument()
  })

  it('pages and sorts its records in the URL, newest first by default, and reports a bad page number', async () => {
    const { user, location } = renderRoute('/units/c22?from=2024-01&to=2024-12&page=abc')
    expect(await screen.findByText('page=abc: số trang phải là số nguyên từ 1; đang hiển thị trang 1.')).toBeInTheDocument()
    const records = await screen.findByRole('region', { name: 'Hoạt động của đơn vị' })
    const table = await within(records).findByRole('table')
    const expected = ACTIVITY_KINDS.flatMap((kind) => expectedRecords({ metric: kind, from: '2024-01', to: '2024-12', units: ['c22'] }))
    expect(within(records).getByText(`${vi(expected.length)} hoạt động`)).toBeInTheDocument()
    const newest = expected.map((r) => r.date).toSorted().at(-1) as string
    const firstDate = within(table).getAllByRole('row')[1]?.querySelector('time')
    expect(firstDate).toHaveAttribute('datetime', newest)
    expect(within(table).getAllByRole('row')).toHaveLength(21)
    await user.click(within(records).getByRole('button', { name: 'Trang sau' }))
    expect(location()).toContain('page=2')
    await user.click(within(records).getByRole('button', { name: /^Nội dung/ }))
    expect(location()).toContain('sort=title')
    expect(location()).not.toContain('page=')
  })

  it('says a former unit has no figures after its merger, with a link to its successor', async () => {
    renderRoute('/units/f35?from=2026-01&to=2026-06', { lang: 'en' })
    expect(await screen.findByText(/it stopped reporting on 1 Jul 2025/)).toBeInTheDocument()
    expect(screen.getByText('Merged into', { exact: false })).toHaveTextContent('Merged into Ninh Bình on 1 Jul 2025.')
    expect(screen.queryByRole('article')).not.toBeInTheDocument()
  })

  it('says nothing about history for an unchanged unit', async () => {
    renderRoute('/units/c22?from=2024-01&to=2024-12')
    expect(await screen.findByRole('heading', { level: 1, name: 'Quảng Ninh' })).toBeInTheDocument()
    await screen.findByRole('article', { name: 'Tin, bài' })
    expect(screen.queryByRole('complementary', { name: 'Sắp xếp đơn vị hành chính năm 2025' })).not.toBeInTheDocument()
    expect(screen.queryByText(/hợp nhất/)).not.toBeInTheDocument()
  })

  it('limits a current unit to its own months in the as-reported view and points to the former unit', async () => {
    renderRoute('/units/c22?from=2025-01&to=2025-12&boundary=reported')
    expect(await screen.findByText(/trang này hiển thị 6 tháng cuối năm 2025/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Quảng Ninh (cũ)' })).toHaveAttribute('href', expect.stringMatching(/^\/units\/f22\?/))
    await screen.findByRole('article', { name: 'Tin, bài' })
    const value = expectedTotal({ metric: 'articles', from: '2025-07', to: '2025-12', units: ['c22'], boundary: 'reported' })
    // Compared with the same territory a year earlier (reported by f22 then).
    const previous = expectedTotal({ metric: 'articles', from: '2024-07', to: '2024-12', units: ['f22'], boundary: 'reported' })
    expect(kpiFigure('Tin, bài')).toHaveTextContent(vi(value))
    expect(kpi('Tin, bài')).toHaveTextContent(`Cùng kỳ năm trước: ${vi(previous)}`)
  })

  it('works for the central level', async () => {
    renderRoute('/units/tw?from=2024-01&to=2024-12')
    expect(await screen.findByRole('heading', { level: 1, name: 'Trung ương' })).toBeInTheDocument()
    await screen.findByRole('article', { name: 'Khen thưởng' })
    expect(kpiFigure('Khen thưởng')).toHaveTextContent(vi(expectedTotal({ metric: 'awards', from: '2024-01', to: '2024-12', units: ['tw'] })))
    expect(screen.getByText('Trung ương không xếp hạng cùng các tỉnh, thành phố.')).toBeInTheDocument()
  })

  it.each(['x99', 'c99', 'f2'])('shows a not-found page with a way back for %s', async (id) => {
    const { user, location } = renderRoute(`/units/${id}?from=2024-01&to=2024-12`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy đơn vị' })).toBeInTheDocument()
    expect(screen.getByText(new RegExp(`Không có đơn vị “${id}”`))).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Danh sách đơn vị' }))
    expect(location()).toBe('/units?from=2024-01&to=2024-12')
  })

  it('keeps the other widgets when one fails, and retries it', async () => {
    server.use(summaryError())
    const { user } = renderRoute('/units/c22?from=2024-01&to=2024-12')
    const kpis = await screen.findByRole('region', { name: 'Chỉ số chính' })
    const alert = await within(kpis).findByRole('alert')
    expect(alert).toHaveTextContent('Không tải được dữ liệu')
    // The other widgets ask for other things: still there.
    const trend = await screen.findByRole('region', { name: 'Tin, bài theo kỳ' })
    expect(await within(trend).findByRole('button', { name: 'Xem bảng số liệu' })).toBeInTheDocument()
    server.resetHandlers()
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }))
    expect(await within(kpis).findByRole('article', { name: 'Tin, bài' })).toBeInTheDocument()
  })

  it('shows the trend and breakdown of the chosen metric with their tables', async () => {
    const { user, location } = renderRoute('/units/c22?from=2024-01&to=2024-12&granularity=quarter')
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Chỉ số' }), 'meetings')
    expect(location()).toContain('metric=meetings')
    const trend = await screen.findByRole('region', { name: 'Hội nghị, hội thảo theo kỳ' })
    await user.click(await within(trend).findByRole('button', { name: 'Xem bảng số liệu' }))
    const q3 = expectedTotal({ metric: 'meetings', from: '2024-07', to: '2024-09', units: ['c22'] })
    const row = (await within(trend).findByRole('rowheader', { name: 'Quý III/2024' })).closest('tr') as HTMLElement
    expect(row).toHaveTextContent(vi(q3))
    expect(within(trend).getAllByRole('row')).toHaveLength(5)
    const breakdown = screen.getByRole('region', { name: 'Hội nghị, hội thảo theo phân loại' })
    await user.click(await within(breakdown).findByRole('button', { name: 'Xem bảng số liệu' }))
    const byCategory = expectedByCategory({ metric: 'meetings', from: '2024-01', to: '2024-12', units: ['c22'] })
    const seminar = (await within(breakdown).findByRole('rowheader', { name: 'Hội thảo' })).closest('tr') as HTMLElement
    expect(seminar).toHaveTextContent(vi(byCategory.get('seminar') ?? 0))
  })

  it('orders the breakdown largest first, as the Overview does', async () => {
    const { user } = renderRoute('/units/c22?from=2024-01&to=2024-12')
    const breakdown = await screen.findByRole('region', { name: 'Tin, bài theo phân loại' })
    await user.click(await within(breakdown).findByRole('button', { name: 'Xem bảng số liệu' }))
    const byCategory = expectedByCategory({ metric: 'articles', from: '2024-01', to: '2024-12', units: ['c22'] })
    const labels: Record<string, string> = { print: 'Báo in', online: 'Báo điện tử', broadcast: 'Phát thanh, truyền hình', social: 'Mạng xã hội', 'foreign-language': 'Tiếng nước ngoài' }
    const order = Object.keys(labels).toSorted((a, b) => (byCategory.get(b) ?? 0) - (byCategory.get(a) ?? 0))
    // The data's order is not the contract's, so this tells the two apart.
    expect(order).not.toEqual(Object.keys(labels))
    expect(within(breakdown).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(order.map((c) => labels[c]))
  })

  it('shows an error with retry in the trend when its figures fail, and the rest of the page', async () => {
    server.use(statsError())
    renderRoute('/units/c22?from=2024-01&to=2024-12')
    const trend = await screen.findByRole('region', { name: 'Tin, bài theo kỳ' })
    expect(await within(trend).findByRole('alert')).toHaveTextContent('Không tải được dữ liệu')
    expect(within(trend).getByRole('button', { name: 'Thử lại' })).toBeInTheDocument()
    expect(await screen.findByRole('article', { name: 'Tin, bài' })).toBeInTheDocument()
    // The ranks fail with the figures they come from; the KPI figures stay.
    expect(await screen.findByText('Không tải được xếp hạng')).toBeInTheDocument()
    expect(screen.getByRole('article', { name: 'Tin, bài' })).toHaveTextContent(`Xếp hạng: –/34`)
  })

  it('offers a former unit’s own last period in one click when the chosen one misses it (Hà Nam, default period)', async () => {
    const { user, location } = renderRoute('/units/f35')
    expect(await screen.findByRole('heading', { level: 1, name: 'Hà Nam (cũ)' })).toBeInTheDocument()
    await user.click(await screen.findByRole('button', { name: 'Xem 6 tháng đầu năm 2025' }))
    expect(location()).toBe('/units/f35?from=2025-01&to=2025-06')
    const articles = await screen.findByRole('article', { name: 'Tin, bài' })
    const value = expectedTotal({ metric: 'articles', from: '2025-01', to: '2025-06', units: ['f35'], boundary: 'reported' })
    expect(value).toBeGreaterThan(0)
    await waitFor(() => expect(within(articles).getByRole('group', { name: 'Tin, bài' })).toHaveTextContent(vi(value)))
  })

  it('offers a current unit’s first period as reported (English)', async () => {
    const { user, location } = renderRoute('/units/c37?from=2024-01&to=2024-12&boundary=reported', { lang: 'en' })
    await user.click(await screen.findByRole('button', { name: 'View H2 2025' }))
    expect(location()).toBe('/units/c37?from=2025-07&to=2025-12&boundary=reported')
  })
})
