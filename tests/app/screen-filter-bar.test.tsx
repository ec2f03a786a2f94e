import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderRoute } from '../render'

describe('what each screen shows of the filter bar', () => {
  it('shows no filter bar on the not-found page', async () => {
    renderRoute('/no-such-page')
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: 'Điều hướng chính' })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Bộ lọc' })).not.toBeInTheDocument()
  })

  it('shows no filter bar on the page of a unit that does not exist (English)', async () => {
    renderRoute('/units/c99?from=2024-01&to=2024-12', { lang: 'en' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Unit not found' })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Filters' })).not.toBeInTheDocument()
  })

  it('offers no granularity where it changes nothing (activities, units table), and keeps it where it groups a series', async () => {
    const activities = renderRoute('/activities?from=2024-01&to=2024-12')
    const bar = await screen.findByRole('region', { name: 'Bộ lọc' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Hoạt động' })).toBeInTheDocument()
    expect(bar).toContainElement(screen.getByRole('combobox', { name: 'Kỳ báo cáo' }))
    expect(screen.queryByRole('combobox', { name: 'Chia theo' })).not.toBeInTheDocument()
    activities.unmount()

    const units = renderRoute('/units?from=2024-01&to=2024-12')
    expect(await screen.findByRole('heading', { level: 1, name: 'Đơn vị' })).toBeInTheDocument()
    expect(screen.queryByRole('combobox', { name: 'Chia theo' })).not.toBeInTheDocument()
    units.unmount()

    for (const path of ['/', '/units/c22', '/training']) {
      const page = renderRoute(`${path}?from=2024-01&to=2024-12`)
      expect(await screen.findByRole('combobox', { name: 'Chia theo' })).toBeInTheDocument()
      page.unmount()
    }
  })
})
