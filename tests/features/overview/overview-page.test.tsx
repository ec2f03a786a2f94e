import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node'
import { emptyHandlers, statsError, summaryError } from '../../../mocks/scenarios'
import { presetRange } from '../../../src/filters/filters'
import { classBreaks, classOf } from '../../../src/features/overview/lib/tile-map'
import { METRICS } from '../../../src/lib/api/schemas'
import { formatNumber, formatPeriod } from '../../../src/lib/format'
import { metricLabels } from '../../../src/lib/i18n/common-messages'
import { expectedByCategory, expectedByUnit, expectedTotal } from '../../support/expected'
import { renderRoute } from '../../render'

// Generous timeouts: the first render loads the screen's chunk, and CI machines are shared.
const kpi = (label: string) => screen.findByRole('article', { name: label }, { timeout: 5000 })
const card = (name: RegExp) => screen.findByRole('region', { name }, { timeout: 5000 })

describe('overview KPI cards', () => {
  it('show each metric and the same period last year as computed from the data (current boundaries, vi)', async () => {
    renderRoute('/?from=2024-01&to=2024-12')
    for (const metric of METRICS) {
      const article = await kpi(metricLabels.vi[metric])
      const value = expectedTotal({ metric, from: '2024-01', to: '2024-12' })
      const previous = expectedTotal({ metric, from: '2023-01', to: '2023-12' })
      expect(within(article).getByText(formatNumber(value, 'vi'))).toHaveClass('kpi-card__value')
      expect(within(article).getByText(`Cùng kỳ năm trước: ${formatNumber(previous, 'vi')}`)).toBeInTheDocument()
      expect(within(article).getByText(value >= previous ? /Tăng|Không đổi/ : /Giảm/)).toBeInTheDocument()
    }
    expect(screen.getByText('Cùng kỳ năm trước: năm 2023')).toBeInTheDocument()
  })

  it('follow the as-reported view and a unit filter that mixes eras (en)', async () => {
    const units = ['f35', 'c37']
    renderRoute(`/?from=2025-01&to=2025-12&boundary=reported&units=${units.join(',')}`, { lang: 'en' })
    for (const metric of METRICS) {
      const article = await kpi(metricLabels.en[metric])
      const value = expectedTotal({ metric, from: '2025-01', to: '2025-12', boundary: 'reported', units })
      expect(within(article).getByText(formatNumber(value, 'en'))).toBeInTheDocument()
    }
  })

  it('say "no comparison" where last year is outside the data', async () => {
    renderRoute('/?from=2018-01&to=2018-06', { lang: 'en' })
    const article = await kpi('News items & articles')
    expect(within(article).getByText('No comparison available')).toBeInTheDocument()
    expect(within(article).getByText('Same period last year: —')).toBeInTheDocument()
  })
})

describe('overview ranking', () => {
  it('orders units by value and labels both eras across 01/07/2025 without counting anything twice', async () => {
    const { user } = renderRoute('/?from=2025-01&to=2025-12&boundary=reported')
    const ranking = await card(/Xếp hạng đơn vị: Tin, bài/)
    await user.click(await within(ranking).findByRole('button', { name: /Xem tất cả \d+ đơn vị/ }))
    const expected = expectedByUnit({ metric: 'articles', from: '2025-01', to: '2025-12', boundary: 'reported' })
    const provinces = [...expected.entries()].filter(([id]) => id !== 'tw')
    const list = within(ranking).getByRole('list', { name: 'Xếp hạng đơn vị theo Tin, bài' })
    const rows = within(list).getAllByRole('listitem')
    expect(rows).toHaveLength(provinces.length)
    // 63 former units and 34 current ones both report in 2025.
    expect(provinces.filter(([id]) => id.startsWith('f')).length).toBeGreaterThan(50)
    expect(within(list).getByRole('link', { name: /Ninh Bình \(trước 01\/07\/2025\)/ })).toBeInTheDocument()
    expect(within(list).getByRole('link', { name: /Ninh Bình \(từ 01\/07\/2025\)/ })).toBeInTheDocument()

    const shown = rows.map((row) => Number((row.querySelector('.rank-bars__value')?.textContent ?? '').replaceAll('.', '')))
    expect(shown).toEqual(provinces.map(([, v]) => v).toSorted((a, b) => b - a))
    // Every figure once: ranked units plus the central level make the national total.
    const national = expected.get('tw') ?? 0
    expect(shown.reduce((a, b) => a + b, 0) + national).toBe(expectedTotal({ metric: 'articles', from: '2025-01', to: '2025-12' }))
  })

  it('shows the top 10, links to the unit with the filters, and keeps the central level out', async () => {
    renderRoute('/?from=2024-01&to=2024-12&metric=meetings', { lang: 'en' })
    const ranking = await card(/Ranking of units: Conferences & seminars/)
    const list = await within(ranking).findByRole('list', { name: /Ranking of units/ })
    expect(within(list).getAllByRole('listitem')).toHaveLength(10)
    const expected = expectedByUnit({ metric: 'meetings', from: '2024-01', to: '2024-12' })
    const [topId] = [...expected.entries()].filter(([id]) => id !== 'tw').toSorted((a, b) => b[1] - a[1])[0] ?? []
    const first = within(list).getAllByRole('link')[0]
    expect(first).toHaveAttribute('href', `/units/${topId}?from=2024-01&to=2024-12`)
    const national = expected.get('tw')
    expect(national).toBeGreaterThan(0)
    expect(within(ranking).getByText(new RegExp(`central level \\(${formatNumber(national ?? 0, 'en')}\\) is not a province`))).toBeInTheDocument()
  })
})

describe('overview tile map', () => {
  it('colours a known unit in the class its independently computed value falls in', async () => {
    renderRoute('/?from=2024-01&to=2024-12', { lang: 'en' })
    const map = await screen.findByRole('list', { name: /Tile map of the 34 provinces/ }, { timeout: 5000 })
    const tiles = within(map).getAllByRole('link')
    expect(tiles).toHaveLength(34)
    const expected = expectedByUnit({ metric: 'articles', from: '2024-01', to: '2024-12' })
    const values = [...expected.entries()].filter(([id]) => id.startsWith('c')).map(([, v]) => v)
    const breaks = classBreaks(values)
    const hanoi = expected.get('c01') ?? 0
    const cls = classOf(hanoi, breaks) + 1
    const tile = within(map).getByRole('link', { name: new RegExp(`^Hà Nội ${formatNumber(hanoi, 'en')} \\(class ${cls} of 5: `) })
    expect(tile).toHaveAttribute('data-class', String(cls - 1))
    // The largest unit is in the top class, the smallest in the first.
    const max = Math.max(...values)
    const min = Math.min(...values)
    expect(within(map).getByRole('link', { name: new RegExp(` ${formatNumber(max, 'en')} \\(class 5 of 5`) })).toBeInTheDocument()
    expect(within(map).getByRole('link', { name: new RegExp(` ${formatNumber(min, 'en')} \\(class 1 of 5`) })).toBeInTheDocument()
    const legend = screen.getByRole('list', { name: /Legend/ })
    expect(within(legend).getByText(new RegExp(`^${formatNumber(min, 'en')} – `))).toBeInTheDocument()
  })

  it('mutes units outside the filter and opens a unit with the keyboard, keeping the filters', async () => {
    const { user, location } = renderRoute('/?from=2024-01&to=2024-12&units=c22')
    const map = await screen.findByRole('list', { name: /Bản đồ ô 34 tỉnh/ }, { timeout: 5000 })
    expect(within(map).getAllByRole('link', { name: /ngoài bộ lọc/ })).toHaveLength(33)
    const tile = within(map).getByRole('link', { name: /^Quảng Ninh [\d.]+ \(nhóm \d\/\d/ })
    tile.focus()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(location()).toBe('/units/c22?from=2024-01&to=2024-12&units=c22'))
  })
})

describe('overview table views', () => {
  it('show the same numbers as the charts', async () => {
    const { user } = renderRoute('/?from=2024-01&to=2024-12&granularity=quarter&metric=trainees', { lang: 'en' })
    const breakdown = await card(/Breakdown by category: Trainees/)
    await user.click(await within(breakdown).findByRole('button', { name: 'Show data table' }))
    const table = within(breakdown).getByRole('table')
    for (const [category, value] of expectedByCategory({ metric: 'trainees', from: '2024-01', to: '2024-12' })) {
      expect(category).toBeTruthy()
      expect(within(table).getAllByRole('cell', { name: formatNumber(value, 'en') }).length).toBeGreaterThan(0)
    }

    const trend = await card(/Trend: Trainees/)
    await user.click(await within(trend).findByRole('button', { name: 'Show data table' }))
    const trendTable = within(trend).getByRole('table')
    for (const [q, from, to] of [
      ['2024-Q1', '2024-01', '2024-03'],
      ['2024-Q4', '2024-10', '2024-12'],
    ] as const) {
      const row = within(trendTable).getByRole('row', { name: new RegExp(formatPeriod(q, 'en')) })
      expect(within(row).getByRole('cell', { name: formatNumber(expectedTotal({ metric: 'trainees', from, to }), 'en') })).toBeInTheDocument()
    }
  })
})

describe('overview states', () => {
  it('keeps the KPI cards when /stats fails, with a retry in each chart', async () => {
    server.use(statsError())
    renderRoute('/?from=2024-01&to=2024-12', { lang: 'en' })
    const article = await kpi('Trainees')
    expect(within(article).getByText(formatNumber(expectedTotal({ metric: 'trainees', from: '2024-01', to: '2024-12' }), 'en'))).toBeInTheDocument()
    expect(await screen.findByText('Could not load the trend')).toBeInTheDocument()
    expect(await screen.findByText('Could not load the ranking')).toBeInTheDocument()
    expect(await screen.findByText('Could not load the map')).toBeInTheDocument()
    expect(await screen.findByText('Could not load the breakdown')).toBeInTheDocument()
    expect(screen.getAllByRole('button', { name: 'Retry' }).length).toBeGreaterThanOrEqual(4)
  })

  it('keeps the charts when /summary fails', async () => {
    server.use(summaryError())
    renderRoute('/?from=2024-01&to=2024-12', { lang: 'en' })
    expect(await screen.findByText('Could not load the key figures')).toBeInTheDocument()
    const ranking = await card(/Ranking of units/)
    expect(await within(ranking).findByRole('list', { name: /Ranking of units/ })).toBeInTheDocument()
    expect(await screen.findByRole('list', { name: /Tile map/ })).toBeInTheDocument()
  })

  it('changing a filter or the metric updates every widget and the URL', async () => {
    const { user, location } = renderRoute('/?from=2024-01&to=2024-12', { lang: 'en' })
    await kpi('Trainees')
    await user.selectOptions(screen.getByLabelText('Reporting period'), 'year')
    expect(location()).toBe('/?preset=year')
    const { from, to } = presetRange('year')
    const article = await kpi('Conferences & seminars')
    await waitFor(() =>
      expect(within(article).getByText(formatNumber(expectedTotal({ metric: 'meetings', from, to }), 'en'))).toHaveClass('kpi-card__value'),
    )

    await user.selectOptions(screen.getByLabelText('Metric'), 'awards')
    expect(location()).toBe('/?preset=year&metric=awards')
    for (const title of [/Trend: Commendations & awards/, /Ranking of units: Commendations & awards/, /Tile map: Commendations & awards/, /Breakdown by category: Commendations & awards/]) {
      expect(await card(title)).toBeInTheDocument()
    }
    const map = await screen.findByRole('list', { name: /Tile map of the 34 provinces and cities by Commendations & awards/ })
    const hanoi = expectedByUnit({ metric: 'awards', from, to }).get('c01') ?? 0
    await waitFor(() => expect(within(map).getByRole('link', { name: new RegExp(`^Hà Nội ${formatNumber(hanoi, 'en')} \\(`) })).toBeInTheDocument())
  })

  it('says which filter emptied a widget', async () => {
    server.use(...emptyHandlers('stats'), ...emptyHandlers('summary'))
    renderRoute('/?from=2024-01&to=2024-12&units=c22', { lang: 'en' })
    expect(await screen.findByText('No figures at all in 2024 for Quảng Ninh.')).toBeInTheDocument()
    const trend = await card(/Trend/)
    expect(await within(trend).findByText('No “News items & articles” figures in 2024 for Quảng Ninh. Change the period, the units or the metric.')).toBeInTheDocument()
  })

  it('says a future range has no data, and a range past the data is incomplete', async () => {
    const future = renderRoute('/?from=2027-01&to=2027-06', { lang: 'en' })
    // The KPIs and the four charts each say so.
    await waitFor(() => expect(screen.getAllByText(/^No data for H1 2027: figures are available from Jan 2018 to Oct 2026/)).toHaveLength(5))
    future.unmount()

    renderRoute('/?from=2026-01&to=2026-12', { lang: 'en' })
    expect(await screen.findByText(/^Data only until Oct 2026/)).toBeInTheDocument()
  })
})
