import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderRoute } from '../render'

const pickerButton = () => screen.findByRole('button', { name: /^Tỉnh \/ thành phố/ })
const panel = () => screen.getByRole('dialog', { name: 'Tỉnh / thành phố' })

describe('unit picker', () => {
  it('puts focus in its search box when opened with Enter', async () => {
    const { user } = renderRoute('/')
    const button = await pickerButton()
    button.focus()
    await user.keyboard('{Enter}')
    expect(button).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByRole('searchbox', { name: 'Tìm tỉnh, thành phố (không cần dấu)' })).toHaveFocus()
  })

  it('closes when focus leaves it', async () => {
    const { user } = renderRoute('/')
    const button = await pickerButton()
    button.focus()
    await user.keyboard('{Enter}')
    await user.tab({ shift: true }) // back to its own button: still open
    expect(button).toHaveFocus()
    expect(button).toHaveAttribute('aria-expanded', 'true')
    await user.tab({ shift: true }) // out of the picker, to the granularity select
    expect(screen.getByLabelText('Chia theo')).toHaveFocus()
    expect(button).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('dialog', { name: 'Tỉnh / thành phố' })).not.toBeInTheDocument()
  })

  it('finds a former unit in the current view, explains it and picks its successor in one click', async () => {
    const { user, location } = renderRoute('/')
    await user.click(await pickerButton())
    await user.type(screen.getByRole('searchbox'), 'ha nam')
    expect(within(panel()).queryByText(/Không có đơn vị nào khớp/)).not.toBeInTheDocument()
    const former = within(panel()).getByRole('group', { name: 'Đơn vị trước sắp xếp (đến 30/06/2025)' })
    expect(within(former).getByText('Hà Nam (cũ) — từ 01/07/2025 thuộc Ninh Bình')).toBeInTheDocument()

    await user.click(within(former).getByRole('button', { name: 'Chọn Ninh Bình' }))
    expect(location()).toBe('/?units=c37')
    expect(within(former).getByRole('button', { name: 'Đã chọn Ninh Bình' })).toBeDisabled()
    expect(screen.getByRole('searchbox')).toHaveFocus()
    expect(await pickerButton()).toHaveAccessibleName('Tỉnh / thành phố Ninh Bình')
  })

  it('switches to the as-reported view and picks the former unit in one click', async () => {
    const { user, location } = renderRoute('/?units=c22')
    await user.click(await pickerButton())
    await user.type(screen.getByRole('searchbox'), 'ha nam')
    await user.click(within(panel()).getByRole('button', { name: 'Chọn Hà Nam (cũ), xem theo đơn vị báo cáo' }))
    expect(location()).toBe('/?boundary=reported&units=c22%2Cf35')
    expect(screen.getByRole('radio', { name: /Theo đơn vị báo cáo/ })).toBeChecked()
    expect(within(panel()).getByRole('checkbox', { name: 'Hà Nam (cũ)' })).toBeChecked()
    expect(within(panel()).queryByRole('group', { name: /Đơn vị trước sắp xếp/ })).not.toBeInTheDocument()
    expect(screen.getByRole('searchbox')).toHaveFocus()
  })

  it('explains former units in English too, and only those whose name is gone', async () => {
    const { user } = renderRoute('/', { lang: 'en' })
    await user.click(await screen.findByRole('button', { name: /^Province \/ municipality/ }))
    const search = screen.getByRole('searchbox', { name: 'Search provinces (diacritics optional)' })
    await user.type(search, 'nam dinh')
    expect(screen.getByText('Nam Định (former) — part of Ninh Bình from 1 Jul 2025')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Select Ninh Bình' })).toBeEnabled()
    expect(screen.getByRole('button', { name: 'Select Nam Định (former), as reported' })).toBeEnabled()

    // Ninh Bình kept its name: the current unit is the answer, with no former-unit note.
    await user.clear(search)
    await user.type(search, 'ninh binh')
    expect(screen.getByRole('checkbox', { name: 'Ninh Bình' })).toBeInTheDocument()
    expect(screen.queryByRole('group', { name: /Former units/ })).not.toBeInTheDocument()
  })

  it('names a whole region once it is chosen', async () => {
    const { user, location } = renderRoute('/')
    await user.click(await pickerButton())
    await user.click(screen.getByRole('checkbox', { name: 'Chọn cả vùng Đồng bằng sông Hồng' }))
    expect(location()).toMatch(/^\/\?units=/)
    expect(await pickerButton()).toHaveAccessibleName('Tỉnh / thành phố Đồng bằng sông Hồng')

    // One unit less: the units are listed again.
    await user.click(screen.getByRole('checkbox', { name: 'Hà Nội' }))
    expect(await pickerButton()).not.toHaveAccessibleName(/Đồng bằng sông Hồng/)
  })

  it('does not show a region as wholly chosen while the search shows only part of it', async () => {
    const { user } = renderRoute('/?units=c22')
    await user.click(await pickerButton())
    await user.type(screen.getByRole('searchbox'), 'quang ninh')
    const region = screen.getByRole('checkbox', { name: 'Chọn cả vùng Đồng bằng sông Hồng' })
    expect(screen.getByRole('checkbox', { name: 'Quảng Ninh' })).toBeChecked()
    expect(region).not.toBeChecked()
    expect(region).toHaveProperty('indeterminate', true)
  })
})

describe('unit page for a code that only a former unit had', () => {
  it('points to the former unit and to the unit it became part of', async () => {
    renderRoute('/units/c35')
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy đơn vị' })).toBeInTheDocument()
    expect(screen.getByText(/Không có đơn vị “c35” sau sắp xếp\. Mã 35 là của/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Hà Nam (cũ)' })).toHaveAttribute('href', '/units/f35')
    expect(screen.getByRole('link', { name: 'Ninh Bình' })).toHaveAttribute('href', '/units/c37')
  })

  it('says so in English', async () => {
    renderRoute('/units/c35?granularity=year', { lang: 'en' })
    expect(await screen.findByText(/There is no current unit “c35”\. Code 35 belongs to/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Hà Nam (former)' })).toHaveAttribute('href', '/units/f35?granularity=year')
    expect(screen.getByRole('link', { name: 'Ninh Bình' })).toHaveAttribute('href', '/units/c37?granularity=year')
  })
})

describe('the selection in words, the same everywhere', () => {
  it('names the chosen region in the Overview caption and in the filter bar summary', async () => {
    const { user } = renderRoute('/?from=2026-01&to=2026-10')
    await user.click(await pickerButton())
    await user.click(screen.getByRole('checkbox', { name: 'Chọn cả vùng Đồng bằng sông Hồng' }))
    expect(await screen.findByText('Đồng bằng sông Hồng · 10 tháng năm 2026 · so với cùng kỳ năm trước')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Bộ lọc' })).toHaveAccessibleDescription('01–10/2026 · Đồng bằng sông Hồng · Sau sắp xếp (34)')
  })

  it('names the chosen region in the Activities and Training captions', async () => {
    const { user } = renderRoute('/activities?from=2024-01&to=2024-12')
    await user.click(await pickerButton())
    await user.click(screen.getByRole('checkbox', { name: 'Chọn cả vùng Tây Nguyên' }))
    expect(await screen.findByText('Các hoạt động cụ thể đứng sau số liệu — năm 2024, Tây Nguyên.')).toBeInTheDocument()
  })
})

describe('filter bar summary (the folded bar on a phone)', () => {
  it('says what is chosen and opens the full bar, from the keyboard too', async () => {
    const { user } = renderRoute('/?from=2026-01&to=2026-10&units=c22,c01&boundary=reported', { lang: 'en' })
    const toggle = await screen.findByRole('button', { name: 'Filters' })
    expect(toggle).toHaveAccessibleDescription('Jan–Oct 2026 · Quảng Ninh and Hà Nội · As reported')
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    const controls = document.getElementById(toggle.getAttribute('aria-controls') ?? '')
    expect(controls).toContainElement(screen.getByLabelText('Group by'))
    toggle.focus()
    await user.keyboard('{Enter}')
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await user.keyboard(' ')
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
  })

  it('writes a whole year as the year alone', async () => {
    renderRoute('/?from=2024-01&to=2024-12')
    expect(await screen.findByRole('button', { name: 'Bộ lọc' })).toHaveAccessibleDescription('2024 · Toàn quốc · Sau sắp xếp (34)')
  })

  it('writes a range across two years with both years', async () => {
    renderRoute('/?from=2024-11&to=2025-02')
    expect(await screen.findByRole('button', { name: 'Bộ lọc' })).toHaveAccessibleDescription('11/2024–02/2025 · Toàn quốc · Sau sắp xếp (34)')
  })
})
