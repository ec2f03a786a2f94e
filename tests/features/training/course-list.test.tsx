import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node'
import { activitiesError } from '../../../mocks/scenarios'
import { formatNumber } from '../../../src/lib/format'
import { foldText } from '../../../src/lib/text'
import { renderRoute } from '../../render'
import { expectedRecords } from '../../support/oracle'

// The first render loads the screen's lazy chunks; on a busy machine that can take over the 1 s default.

const vi = (n: number) => formatNumber(n, 'vi')

async function courseList() {
  return screen.findByRole('region', { name: 'Danh sách lớp tập huấn' })
}

describe('course list', () => {
  it('lists the training records of the filters, with the columns a trainer needs', async () => {
    const q = { from: '2024-01', to: '2024-12', units: ['c22'] }
    renderRoute(`/training?from=${q.from}&to=${q.to}&units=c22`)
    const list = await courseList()
    const count = expectedRecords({ metric: 'trainings', ...q }).length
    expect(count).toBeGreaterThan(0)
    expect(await within(list).findByText(`${vi(count)} lớp`)).toBeInTheDocument()
    const table = within(list).getByRole('table')
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent?.replace(/[▲▼⇅]/g, '').trim())
    expect(headers).toEqual(['Ngày', 'Đơn vị', 'Nội dung', 'Đối tượng', 'Học viên', 'Hình thức'])
    expect(within(table).getByRole('columnheader', { name: /Ngày/ })).toHaveAttribute('aria-sort', 'descending')
  })

  it('searches without diacritics, in the URL, back on page 1', async () => {
    const { user, location } = renderRoute('/training?from=2024-09&to=2024-09&page=2')
    const list = await courseList()
    // Searches as you type, like every search box of the app: no button to press.
    await user.type(within(list).getByRole('searchbox', { name: 'Tìm lớp' }), 'truyen thong chinh sach')
    await waitFor(() => expect(location()).toBe('/training?from=2024-09&to=2024-09&q=truyen+thong+chinh+sach'))
    const row = await within(list).findByRole('row', { name: /Tập huấn công tác thông tin đối ngoại và truyền thông chính sách .* tỉnh Quảng Ngãi/ })
    expect(within(row).getByText('200')).toBeInTheDocument()
    expect(within(row).getByText('12/09/2024')).toBeInTheDocument()
    // Every row found really contains the words, diacritics aside.
    for (const r of within(within(list).getByRole('table')).getAllByRole('row').slice(1)) {
      expect(foldText(r.textContent ?? '')).toContain('truyen thong chinh sach')
    }
    await user.click(within(list).getByRole('button', { name: 'Xóa từ khóa' }))
    await waitFor(() => expect(location()).toBe('/training?from=2024-09&to=2024-09'))
  })

  it('says which filter emptied it when the search finds nothing', async () => {
    renderRoute('/training?from=2024-01&to=2024-03&units=c22&q=khong+co+lop+nay')
    const list = await courseList()
    expect(await within(list).findByText('Không có lớp nào khớp “khong co lop nay” trong Quý I/2024, Quảng Ninh. Thử từ khóa khác hoặc xóa tìm kiếm.')).toBeInTheDocument()
    expect(within(list).getByRole('searchbox', { name: 'Tìm lớp' })).toHaveValue('khong co lop nay')
  })

  it('sorts by trainees on the server, largest first, in the URL', async () => {
    const q = { from: '2024-01', to: '2024-06' }
    const { user, location } = renderRoute(`/training?from=${q.from}&to=${q.to}`)
    const list = await courseList()
    const table = await within(list).findByRole('table')
    await user.click(within(table).getByRole('button', { name: /Học viên/ }))
    expect(location()).toBe(`/training?from=${q.from}&to=${q.to}&sort=-participants`)
    const largest = Math.max(...expectedRecords({ metric: 'trainings', ...q }).map((r) => r.participants ?? 0))
    await waitFor(() => expect(within(list).getByRole('columnheader', { name: /Học viên/ })).toHaveAttribute('aria-sort', 'descending'))
    await waitFor(() => {
      const first = within(within(list).getByRole('table')).getAllByRole('row')[1] as HTMLElement
      expect(within(first).getAllByRole('cell')[4]).toHaveTextContent(vi(largest))
    })
  })

  it('pages through the list in the URL', async () => {
    const q = { from: '2024-01', to: '2024-12' }
    const { user, location } = renderRoute(`/training?from=${q.from}&to=${q.to}`)
    const list = await courseList()
    const total = expectedRecords({ metric: 'trainings', ...q }).length
    expect(await within(list).findByText(`Hiển thị 1–50 trên ${vi(total)}`)).toBeInTheDocument()
    await user.click(within(list).getByRole('button', { name: 'Trang sau' }))
    expect(location()).toBe(`/training?from=${q.from}&to=${q.to}&page=2`)
    expect(await within(list).findByText(`Hiển thị 51–100 trên ${vi(total)}`)).toBeInTheDocument()
  })

  it('reports a bad sort or page and falls back', async () => {
    renderRoute('/training?from=2024-01&to=2024-12&sort=-colour&page=abc')
    const list = await courseList()
    const notice = screen.getByRole('region', { name: 'Một số tham số trong địa chỉ đã được bỏ qua' })
    expect(within(notice).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'sort=-colour: không sắp xếp được theo khóa này; dùng thứ tự mặc định.',
      'page=abc: số trang phải là số nguyên từ 1; đang hiển thị trang 1.',
    ])
    const table = await within(list).findByRole('table')
    expect(within(table).getByRole('columnheader', { name: /Ngày/ })).toHaveAttribute('aria-sort', 'descending')
  })

  it('fails on its own with a retry when /activities fails', async () => {
    server.use(activitiesError())
    renderRoute('/training?from=2024-01&to=2024-12')
    const list = await courseList()
    expect(await within(list).findByRole('alert')).toHaveTextContent('500')
    expect(within(list).getByRole('button', { name: 'Thử lại' })).toBeInTheDocument()
    expect(await screen.findByRole('article', { name: 'Lớp tập huấn, bồi dưỡng' })).toBeInTheDocument()
  })
})
