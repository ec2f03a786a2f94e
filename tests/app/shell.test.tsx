import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { lastCompleteMonth } from '../../src/lib/clock'
import { renderRoute } from '../render'

describe('app shell', () => {
  it('shows navigation in Vietnamese by default and keeps the filters in its links', async () => {
    renderRoute('/?granularity=year&units=c22')
    const nav = await screen.findByRole('navigation', { name: 'Điều hướng chính' })
    for (const name of ['Tổng quan', 'Đơn vị', 'Hoạt động', 'Tập huấn']) {
      expect(within(nav).getByRole('link', { name })).toHaveAttribute('href', expect.stringContaining('granularity=year&units=c22'))
    }
  })

  it('switches to English, remembers it, and formats for the language', async () => {
    const first = renderRoute('/')
    await screen.findByLabelText('Chia theo') // loaded: the header is the app's, not the loading one
    await first.user.click(screen.getByRole('button', { name: 'English' }))
    expect(await screen.findByRole('link', { name: 'Activities' })).toBeInTheDocument()
    expect(screen.getByLabelText('Group by')).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
    expect(localStorage.getItem('ttdn.lang')).toBe('en')
    first.unmount()

    // A new visit reads the remembered choice.
    renderRoute('/')
    expect(await screen.findByRole('link', { name: 'Training' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true')
  })

  it('names ignored URL parameters in a notice and falls back to defaults', async () => {
    renderRoute('/?from=2024-13&granularity=weekly&units=c22,c99&colour=red')
    const title = await screen.findByText('Một số tham số trong địa chỉ đã được bỏ qua')
    const box = title.closest('.notice') as HTMLElement
    expect(within(box).getByText(/from=2024-13: không phải tháng hợp lệ/)).toBeInTheDocument()
    expect(within(box).getByText(/granularity=weekly/)).toBeInTheDocument()
    expect(within(box).getByText(/units=c99: không có đơn vị này/)).toBeInTheDocument()
    expect(within(box).getByText(/Tham số không được hỗ trợ: colour=red/)).toBeInTheDocument()
    expect(screen.getByLabelText('Chia theo')).toHaveValue('month')
    expect(screen.getByRole('button', { name: /Quảng Ninh/ })).toBeInTheDocument()
  })

  it('maps a former unit to its successor in the current view, with a notice', async () => {
    renderRoute('/?units=f35')
    expect(await screen.findByText(/units=f35: đơn vị cũ/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /Ninh Bình/ })).toBeInTheDocument()
  })

  it('changes one filter with one navigation, and back/forward restore it', async () => {
    const { user, router, location } = renderRoute('/')
    const granularity = await screen.findByLabelText('Chia theo')
    await user.selectOptions(granularity, 'quarter')
    expect(location()).toBe('/?granularity=quarter')
    await user.click(screen.getByRole('radio', { name: /Theo đơn vị báo cáo/ }))
    expect(location()).toBe('/?granularity=quarter&boundary=reported')

    await router.navigate(-1)
    await waitFor(() => expect(screen.getByRole('radio', { name: /Sau sắp xếp/ })).toBeChecked())
    expect(location()).toBe('/?granularity=quarter')
    await router.navigate(-1)
    await waitFor(() => expect(screen.getByLabelText('Chia theo')).toHaveValue('month'))
    await router.navigate(1)
    await waitFor(() => expect(screen.getByLabelText('Chia theo')).toHaveValue('quarter'))
  })

  it('picks a preset and custom months', async () => {
    const { user, location } = renderRoute('/')
    await user.selectOptions(await screen.findByLabelText('Kỳ báo cáo'), 'last-year')
    expect(location()).toBe('/?preset=last-year')
    const lastYear = Number(lastCompleteMonth().slice(0, 4)) - 1
    const from = screen.getByRole('group', { name: 'Từ tháng' })
    const to = screen.getByRole('group', { name: 'Đến tháng' })
    expect(within(from).getByRole('combobox', { name: 'Từ tháng – tháng' })).toHaveDisplayValue('Tháng 1')
    expect(within(from).getByRole('combobox', { name: 'Từ tháng – năm' })).toHaveValue(String(lastYear))
    expect(within(to).getByRole('combobox', { name: 'Đến tháng – tháng' })).toHaveDisplayValue('Tháng 12')

    await user.selectOptions(within(from).getByRole('combobox', { name: 'Từ tháng – năm' }), '2019')
    expect(location()).toBe(`/?from=2019-01&to=${lastYear}-12`)
    await user.selectOptions(within(from).getByRole('combobox', { name: 'Từ tháng – tháng' }), 'Tháng 4')
    expect(location()).toBe(`/?from=2019-04&to=${lastYear}-12`)
    expect(screen.getByLabelText('Kỳ báo cáo')).toHaveValue('custom')
  })

  it('operates the unit picker with the keyboard alone, searching without diacritics', async () => {
    const { user, location } = renderRoute('/')
    const button = await screen.findByRole('button', { name: /Tỉnh \/ thành phố/ })
    button.focus()
    await user.keyboard('{Enter}')
    expect(button).toHaveAttribute('aria-expanded', 'true')

    await user.tab()
    expect(screen.getByRole('searchbox', { name: /Tìm tỉnh, thành phố/ })).toHaveFocus()
    await user.keyboard('quang ninh')
    const groups = screen.getByRole('dialog', { name: 'Tỉnh / thành phố' })
    const options = within(groups).getAllByRole('checkbox').filter((c) => !c.closest('legend'))
    expect(options.map((o) => o.closest('label')?.textContent)).toEqual(['Quảng Ninh'])

    // Tab past the toolbar buttons and the region toggle to the unit, then Space.
    await user.tab() // "done" (the clear button is disabled, so skipped)
    await user.tab() // region toggle
    await user.tab() // Quảng Ninh
    expect(screen.getByRole('checkbox', { name: 'Quảng Ninh' })).toHaveFocus()
    await user.keyboard(' ')
    expect(location()).toBe('/?units=c22')
    expect(screen.getByRole('checkbox', { name: 'Quảng Ninh' })).toBeChecked()

    await user.keyboard('{Escape}')
    expect(button).toHaveAttribute('aria-expanded', 'false')
    expect(button).toHaveFocus()
    expect(button).toHaveAccessibleName(/Quảng Ninh/)
  })

  it('selects a whole region at once', async () => {
    const { user, location } = renderRoute('/')
    await user.click(await screen.findByRole('button', { name: /Tỉnh \/ thành phố/ }))
    await user.click(screen.getByRole('checkbox', { name: 'Chọn cả vùng Tây Nguyên' }))
    expect(location()).toBe('/?units=c66%2Cc68')
  })

  it('shows era labels in the as-reported view', async () => {
    const { user } = renderRoute('/?boundary=reported')
    await user.click(await screen.findByRole('button', { name: /Tỉnh \/ thành phố/ }))
    await user.type(screen.getByRole('searchbox'), 'ninh binh')
    expect(screen.getByRole('checkbox', { name: 'Ninh Bình (cũ)' })).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Ninh Bình' })).toBeInTheDocument()
  })

  it('shows a not-found page with a way back for an unknown route', async () => {
    renderRoute('/no-such-page')
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy trang' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Về trang Tổng quan' })).toHaveAttribute('href', '/')
  })
})
