import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { server } from '../../../mocks/node'
import { emptyHandlers, statsError, summaryError } from '../../../mocks/scenarios'
import { METRICS } from '../../../src/lib/api/schemas'
import { formatNumber, formatPeriod } from '../../../src/lib/format'
import { metricLabels } from '../../../src/lib/i18n/common-messages'
import { expectedByCategory, expectedByUnit, expectedTotal } from '../../support/oracle'
import { renderRoute } from '../../render'

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const kpi = (label: string) => screen.findByRole('article', { name: label })
/** A KPI card's headline figure, named by its label, as text. */
const kpiFigure = (article: HTMLElement, label: string) => within(article).getByRole('group', { name: label }).textContent
const card = (name: RegExp) => screen.findByRole('region', { name })

describe('overview KPI cards', () => {
  it('show each metric and the same period last year as computed from the data (current boundaries, vi)', async () => {
    renderRoute('/?from=2024-01&to=2024-12')
    for (const metric of METRICS) {
      const article = await kpi(metricLabels.vi[metric])
      const value = expectedTotal({ metric, from: '2024-01', to: '2024-12' })
      const previous = expectedTotal({ metric, from: '2023-01', to: '2023-12' })
      expect(kpiFigure(article, metricLabels.vi[metric])).toBe(formatNumber(value, 'vi'))
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

  it('say why there is no comparison where last year is outside the data', async () => {
    renderRoute('/?from=2018-01&to=2018-06', { lang: 'en' })
    const article = await kpi('News items & articles')
    expect(within(article).getByText('No comparison: last year’s figures are incomplete')).toBeInTheDocument()
    expect(within(article).getByText('Same period last year: —')).toBeInTheDocument()
  })

  it('compare no change against a previous range that starts before the data (issue 8.1)', async () => {
    renderRoute('/?from=2018-07&to=2019-06', { lang: 'en' })
    for (const metric of METRICS) {
      const article = await kpi(metricLabels.en[metric])
      expect(within(article).getByText('No comparison: last year’s figures are incomplete')).toBeInTheDocument()
      expect(within(article).queryByText(/^(Up|Down)\b/)).not.toBeInTheDocument()
      expect(within(article).getByText('Same period last year: —')).toBeInTheDocument()
    }
    expect(
      screen.getByText('No comparison with last year: data starts in Jan 2018, so the same period last year (Jul 2017 – Jun 2018) is incomplete.'),
    ).toBeInTheDocument()
  })

  it('compare the covered months of a range that runs past the data with the same months last year (issue 8.2)', async () => {
    renderRoute('/?from=2024-01&to=2026-12')
    expect(await screen.findByText('Số liệu có đến 10/2026: so sánh 01/2024 – 10/2026 với cùng kỳ năm trước 01/2023 – 10/2025.')).toBeInTheDocument()
    for (const metric of METRICS) {
      const article = await kpi(metricLabels.vi[metric])
      const value = expectedTotal({ metric, from: '2024-01', to: '2026-10' })
      const previous = expectedTotal({ metric, from: '2023-01', to: '2025-10' })
      expect(kpiFigure(article, metricLabels.vi[metric])).toBe(formatNumber(value, 'vi'))
      expect(within(article).getByText(`Cùng kỳ năm trước: ${formatNumber(previous, 'vi')}`)).toBeInTheDocument()
      expect(within(article).getByText(value > previous ? /^Tăng/ : value < previous ? /^Giảm/ : /^Không đổi/)).toBeInTheDocument()
    }
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
    expect(within(list).getByRole('link', { name: /Ninh Bình \(cũ\)/ })).toBeInTheDocument()
    expect(within(list).getByRole('link', { name: /^Ninh Bình, hạng/ })).toBeInTheDocument()

    // Each bar's figure is named by its unit.
    expect(within(list).getByRole('group', { name: 'Ninh Bình (cũ)' })).toBeInTheDocument()
    const shown = rows.map((row) => Number((within(row).getByRole('group').textContent ?? '').replaceAll('.', '')))
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

describe('period selects', () => {
  it('offer no year after the data (issue 8.2)', async () => {
    renderRoute('/?from=2024-01&to=2024-12')
    const endYear = await screen.findByRole('combobox', { name: 'Đến tháng – năm' })
    const years = within(endYear).getAllByRole('option').map((o) => o.textContent)
    expect(years.at(0)).toBe('2018')
    expect(years.at(-1)).toBe('2026')
  })
})

describe('overview ranking with units chosen', () => {
  it('ranks the chosen unit among all units of the view and highlights it (issue 8.3)', async () => {
    renderRoute('/?from=2024-01&to=2024-12&units=c48')
    const ranking = await card(/Xếp hạng đơn vị: Tin, bài/)
    const list = await within(ranking).findByRole('list', { name: 'Xếp hạng đơn vị theo Tin, bài' })
    // Oracle: Đà Nẵng's place among the 34 current units by 2024 articles.
    const values = [...expectedByUnit({ metric: 'articles', from: '2024-01', to: '2024-12' }).entries()].filter(([id]) => id !== 'tw')
    const daNang = values.find(([id]) => id === 'c48')?.[1] ?? 0
    const rank = values.filter(([, v]) => v > daNang).length + 1
    expect(values).toHaveLength(34)
    expect(rank).toBeGreaterThan(10)
    // The top 10 and the chosen unit, with its rank among all.
    expect(within(list).getAllByRole('listitem')).toHaveLength(11)
    expect(within(list).getByRole('link', { name: `Đà Nẵng, hạng ${rank}, đang chọn` })).toBeInTheDocument()
    expect(within(ranking).getByText('Xếp hạng trong tất cả các đơn vị; đơn vị đang chọn ở bộ lọc được tô đậm và luôn hiển thị.')).toBeInTheDocument()
  })
})

describe('overview tile map', () => {
  it('colours a known unit in the class its independently computed value falls in', async () => {
    renderRoute('/?from=2024-01&to=2024-12', { lang: 'en' })
    const map = await screen.findByRole('list', { name: /Tile map of the 34 provinces/ })
    const tiles = within(map).getAllByRole('link')
    expect(tiles).toHaveLength(34)
    const expected = expectedByUnit({ metric: 'articles', from: '2024-01', to: '2024-12' })
    const values = [...expected.entries()].filter(([id]) => id.startsWith('c')).map(([, v]) => v)
    const hanoi = expected.get('c01') ?? 0
    // The tile says its value and its class's bounds: the oracle's value must lie inside them.
    const tile = within(map).getByRole('link', { name: new RegExp(`^Hà Nội ${formatNumber(hanoi, 'en')} \\(class \\d of 5: `) })
    const [, cls = '', low = '', high = ''] = /\(class (\d) of 5: ([\d,]+) – ([\d,]+)/.exec(tile.getAttribute('aria-label') ?? tile.textContent ?? '') ?? []
    expect(Number(low.replaceAll(',', ''))).toBeLessThanOrEqual(hanoi)
    expect(Number(high.replaceAll(',', ''))).toBeGreaterThanOrEqual(hanoi)
    expect(tile).toHaveAttribute('data-class', String(Number(cls) - 1))
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
    const map = await screen.findByRole('list', { name: /Bản đồ ô 34 tỉnh/ })
    expect(within(map).getAllByRole('link', { name: /ngoài bộ lọc/ })).toHaveLength(33)
    const tile = within(map).getByRole('link', { name: /^Quảng Ninh [\d.]+ \(nhóm \d\/\d/ })
    tile.focus()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(location()).toBe('/units/c22?from=2024-01&to=2024-12&units=c22'))
  })

  it('is one Tab stop; the arrow keys move in the grid; Enter opens the unit with focus on its heading', async () => {
    const { user, location } = renderRoute('/?from=2024-01&to=2024-12')
    const map = await screen.findByRole('list', { name: /Bản đồ ô 34 tỉnh/ })
    const tile = (name: string) => within(map).getByRole('link', { name: new RegExp(`^${name} `) })
    const inTabOrder = () => within(map).getAllByRole('link').filter((a) => a.tabIndex === 0)
    // The first tile in reading order (top row, leftmost) is the map's one Tab stop.
    expect(inTabOrder()).toEqual([tile('Lai Châu')])
    tile('Lai Châu').focus()
    await user.keyboard('{ArrowRight}')
    expect(tile('Lào Cai')).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(tile('Phú Thọ')).toHaveFocus()
    expect(inTabOrder()).toEqual([tile('Phú Thọ')])
    await user.keyboard('{ArrowLeft}{ArrowLeft}')
    expect(tile('Điện Biên')).toHaveFocus()
    await user.keyboard('{End}')
    expect(tile('Cần Thơ')).toHaveFocus()
    await user.keyboard('{Home}{ArrowDown}{ArrowRight}')
    expect(tile('Phú Thọ')).toHaveFocus()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(location()).toBe('/units/c25?from=2024-01&to=2024-12'))
    expect(await screen.findByRole('heading', { level: 1, name: 'Phú Thọ' })).toHaveFocus()
  })
})

describe('overview table views', () => {
  it('show the same numbers as the charts', async () => {
    const { user } = renderRoute('/?from=2024-01&to=2024-12&granularity=quarter&metric=trainees', { lang: 'en' })
    const breakdown = await card(/Breakdown by category: Trainees/)
    await user.click(await within(breakdown).findByRole('button', { name: 'Show data table' }))
    const table = within(breakdown).getByRole('table')
    // The audiences' English labels, written out here (glossary.json), each row with its figure.
    const label: Record<string, string> = {
      spokespersons: 'Spokespersons',
      officials: 'Officials',
      'commune-border': 'Commune and border-commune officials',
      journalists: 'Journalists',
      'reporters-lecturers': 'Party lecturers & communicators',
    }
    const expectedRows = [...expectedByCategory({ metric: 'trainees', from: '2024-01', to: '2024-12' })]
    expect(expectedRows).toHaveLength(5)
    for (const [category, value] of expectedRows) {
      const row = within(table).getByRole('row', { name: new RegExp(`^${escapeRegExp(label[category] ?? category)} `) })
      expect(within(row).getByRole('cell', { name: formatNumber(value, 'en') })).toBeInTheDocument()
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

describe('overview trend past the data (issue 8.5)', () => {
  it('leaves months after the data blank rather than zero, and compares a cut quarter with the same months', async () => {
    const { user } = renderRoute('/?from=2026-07&to=2026-12&granularity=quarter&metric=meetings', { lang: 'en' })
    const trend = await card(/Trend: Conferences & seminars/)
    await user.click(await within(trend).findByRole('button', { name: 'Show data table' }))
    const table = within(trend).getByRole('table')
    const rowOf = (name: RegExp) => within(table).getByRole('row', { name })
    const q3 = rowOf(/^Q3 2026 \d/)
    const q3Cells = within(q3).getAllByRole('cell')
    expect(q3Cells[0]).toHaveTextContent(new RegExp(`^${formatNumber(expectedTotal({ metric: 'meetings', from: '2026-07', to: '2026-09' }), 'en')}$`))
    // Q4 has October only: it says so, and last year's figure is October 2025 alone.
    const q4 = rowOf(/^Q4 2026 \(Oct 2026 only\) \d/)
    const q4Cells = within(q4).getAllByRole('cell')
    expect(q4Cells[0]).toHaveTextContent(new RegExp(`^${formatNumber(expectedTotal({ metric: 'meetings', from: '2026-10', to: '2026-10' }), 'en')}$`))
    expect(q4Cells[1]).toHaveTextContent(new RegExp(`^${formatNumber(expectedTotal({ metric: 'meetings', from: '2025-10', to: '2025-10' }), 'en')} `))

    await user.selectOptions(screen.getByRole('combobox', { name: 'Group by' }), 'month')
    const months = await within(trend).findByRole('row', { name: /^Nov 2026 / })
    expect(within(months).getAllByRole('cell').map((c) => c.textContent)).toEqual(['—', '— (Nov 2025)', '—'])
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
    // On 22/11/2026 the last whole year is 2025 (only the date is faked: timers run as usual).
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 10, 22))
    onTestFinished(() => void vi.useRealTimers())
    const { user, location } = renderRoute('/?from=2024-01&to=2024-12', { lang: 'en' })
    await kpi('Trainees')
    await user.selectOptions(screen.getByLabelText('Reporting period'), 'year')
    expect(location()).toBe('/?preset=year')
    const [from, to] = ['2025-01', '2025-12']
    const article = await kpi('Conferences & seminars')
    await waitFor(() => expect(kpiFigure(article, 'Conferences & seminars')).toBe(formatNumber(expectedTotal({ metric: 'meetings', from, to }), 'en')))

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
    expect(await screen.findByText('Data runs to Oct 2026: comparing Jan–Oct 2026 with the same months last year, Jan–Oct 2025.')).toBeInTheDocument()
  })
})
