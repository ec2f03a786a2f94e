import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
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

  it('without the language cookie, takes the choice stored in the browser once started, and writes the cookie', async () => {
    // A page the server rendered in Vietnamese (no cookie told it otherwise), in a browser
    // where English was chosen before the cookie existed.
    document.cookie = 'ttdn.lang=; Max-Age=0; Path=/'
    localStorage.setItem('ttdn.lang', 'en')
    renderRoute('/', { lang: 'vi' })
    // Found in English (the page is drawn again in that language, so no element is kept).
    await screen.findByRole('link', { name: 'Training' })
    await waitFor(() => expect(document.cookie).toContain('ttdn.lang=en'))
  })

  it('with the language cookie, keeps the language it names', async () => {
    document.cookie = 'ttdn.lang=vi; Path=/'
    localStorage.setItem('ttdn.lang', 'en')
    renderRoute('/', { lang: 'vi' })
    await screen.findByLabelText('Chia theo')
    // Past the moment a stored choice would have been taken (a task after the app started).
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(screen.getByRole('link', { name: 'Tập huấn' })).toBeInTheDocument()
    expect(document.cookie).toContain('ttdn.lang=vi')
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

  it('starts a change after back from the address back led to', async () => {
    const { user, router, location } = renderRoute('/')
    await user.selectOptions(await screen.findByLabelText('Chia theo'), 'quarter')
    await user.click(screen.getByRole('radio', { name: /Theo đơn vị báo cáo/ }))
    expect(location()).toBe('/?granularity=quarter&boundary=reported')
    await router.navigate(-1)
    await waitFor(() => expect(screen.getByRole('radio', { name: /Sau sắp xếp/ })).toBeChecked())
    await user.selectOptions(screen.getByLabelText('Chia theo'), 'year')
    expect(location()).toBe('/?granularity=year')
  })

  describe('with the clock on 22/11/2026', () => {
    beforeEach(() => {
      // Only the date: the timers stay real, for userEvent and the data fetching.
      vi.useFakeTimers({ toFake: ['Date'] })
      vi.setSystemTime(new Date(2026, 10, 22))
    })
    afterEach(() => {
      vi.useRealTimers()
    })

    it('offers the report periods committees use, each named with its months', async () => {
      renderRoute('/')
      const select = await screen.findByRole('combobox', { name: 'Kỳ báo cáo' })
      expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
        'Lũy kế 10 tháng năm 2026',
        '6 tháng đầu năm 2026',
        '9 tháng năm 2026',
        '6 tháng cuối năm 2025',
        'Cả năm 2025',
        'Năm 2024',
        'Năm 2023',
        'Năm 2022',
        'Năm 2021',
        'Năm 2020',
        'Năm 2019',
        'Năm 2018',
        'Tùy chọn',
      ])
      expect(select).toHaveDisplayValue('Lũy kế 10 tháng năm 2026')
    })

    it('offers them in English too', async () => {
      renderRoute('/', { lang: 'en' })
      const select = await screen.findByRole('combobox', { name: 'Reporting period' })
      expect(within(select).getAllByRole('option').map((o) => o.textContent).slice(0, 6)).toEqual([
        'Year to date (Jan–Oct 2026)',
        'H1 2026',
        'Nine months (Jan–Sep 2026)',
        'H2 2025',
        'Full year 2025',
        '2024',
      ])
    })

    it('picks a preset and custom months', async () => {
      const { user, location } = renderRoute('/')
      await user.selectOptions(await screen.findByLabelText('Kỳ báo cáo'), 'Cả năm 2025')
      expect(location()).toBe('/?preset=year')
      const from = screen.getByRole('group', { name: 'Từ tháng' })
      const to = screen.getByRole('group', { name: 'Đến tháng' })
      expect(within(from).getByRole('combobox', { name: 'Từ tháng – tháng' })).toHaveDisplayValue('Tháng 1')
      expect(within(from).getByRole('combobox', { name: 'Từ tháng – năm' })).toHaveValue('2025')
      expect(within(to).getByRole('combobox', { name: 'Đến tháng – tháng' })).toHaveDisplayValue('Tháng 12')

      await user.selectOptions(within(from).getByRole('combobox', { name: 'Từ tháng – năm' }), '2019')
      expect(location()).toBe('/?from=2019-01&to=2025-12')
      await user.selectOptions(within(from).getByRole('combobox', { name: 'Từ tháng – tháng' }), 'Tháng 4')
      expect(location()).toBe('/?from=2019-04&to=2025-12')
      expect(screen.getByLabelText('Kỳ báo cáo')).toHaveValue('custom')

      await user.selectOptions(screen.getByLabelText('Kỳ báo cáo'), 'Năm 2021')
      expect(location()).toBe('/?preset=y2021')
      expect(within(to).getByRole('combobox', { name: 'Đến tháng – năm' })).toHaveValue('2021')
    })

    it('keeps both of two changes made before the first is on screen', async () => {
      const { user, location } = renderRoute('/')
      const from = within(await screen.findByRole('group', { name: 'Từ tháng' }))
      const to = within(screen.getByRole('group', { name: 'Đến tháng' }))
      // On a busy machine the first change renders after the second select is changed (50 ms
      // later). One act around both holds React's render until both changes are made.
      await act(async () => {
        await user.selectOptions(from.getByRole('combobox', { name: 'Từ tháng – năm' }), '2019')
        await user.selectOptions(to.getByRole('combobox', { name: 'Đến tháng – năm' }), '2021')
      })
      expect(location()).toBe('/?from=2019-01&to=2021-10')
      expect(from.getByRole('combobox', { name: 'Từ tháng – năm' })).toHaveValue('2019')
      expect(to.getByRole('combobox', { name: 'Đến tháng – năm' })).toHaveValue('2021')

      // The same for a month and a year of one end, and for two different filters.
      await act(async () => {
        await user.selectOptions(to.getByRole('combobox', { name: 'Đến tháng – tháng' }), 'Tháng 3')
        await user.selectOptions(to.getByRole('combobox', { name: 'Đến tháng – năm' }), '2020')
      })
      expect(location()).toBe('/?from=2019-01&to=2020-03')
      await act(async () => {
        await user.selectOptions(screen.getByLabelText('Chia theo'), 'quarter')
        await user.click(screen.getByRole('radio', { name: /Theo đơn vị báo cáo/ }))
      })
      expect(location()).toBe('/?from=2019-01&to=2020-03&granularity=quarter&boundary=reported')
    })

    it('replaces an old preset id of a saved address, with a notice', async () => {
      renderRoute('/?preset=last-4q')
      const notice = await screen.findByRole('region', { name: 'Một số tham số trong địa chỉ đã được bỏ qua' })
      expect(within(notice).getByRole('listitem')).toHaveTextContent(
        'preset=last-4q: kỳ báo cáo này không còn được dùng; thay bằng “Lũy kế 10 tháng năm 2026”.',
      )
      expect(screen.getByLabelText('Kỳ báo cáo')).toHaveDisplayValue('Lũy kế 10 tháng năm 2026')
    })
  })

  it('names a parameter given twice in the notice and uses its first value', async () => {
    renderRoute('/?units=c37&units=c44&granularity=year&granularity=month')
    const notice = await screen.findByRole('region', { name: 'Một số tham số trong địa chỉ đã được bỏ qua' })
    expect(within(notice).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Tham số granularity xuất hiện nhiều lần (year, month); chỉ dùng giá trị đầu tiên: granularity=year.',
      'Tham số units xuất hiện nhiều lần (c37, c44); chỉ dùng giá trị đầu tiên: units=c37.',
    ])
    expect(screen.getByLabelText('Chia theo')).toHaveValue('year')
    expect(screen.getByRole('button', { name: /Tỉnh \/ thành phố/ })).toHaveAccessibleName(/Ninh Bình/)
  })

  it('names a repeated screen parameter too', async () => {
    renderRoute('/activities?q=ha&q=nam', { lang: 'en' })
    const notice = await screen.findByRole('region', { name: 'Some parameters in the address were ignored' })
    expect(within(notice).getByRole('listitem')).toHaveTextContent('The parameter q appears more than once (ha, nam); only the first value is used: q=ha.')
  })

  it('operates the unit picker with the keyboard alone, searching without diacritics', async () => {
    const { user, location } = renderRoute('/')
    const button = await screen.findByRole('button', { name: /Tỉnh \/ thành phố/ })
    button.focus()
    await user.keyboard('{Enter}')
    expect(button).toHaveAttribute('aria-expanded', 'true')
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
