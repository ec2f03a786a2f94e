import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi as vitest } from 'vitest'
import provinces from '../../../server/reference/provinces.json'
import { server } from '../../../mocks/node'
import { scenarios, statsError, statsMalformed } from '../../../mocks/scenarios'
import { METRICS, type Metric } from '../../../src/lib/api/schemas'
import { formatNumber, formatPercent } from '../../../src/lib/format'
import { foldText } from '../../../src/lib/text'
import { expectedByUnit, expectedTotal } from '../../support/oracle'
import { renderRoute } from '../../render'

const YEAR = { from: '2024-01', to: '2024-12' }
const vi = (n: number) => formatNumber(n, 'vi')

const currentNames = new Map(provinces.current.map((c) => [`c${c.code}`, c.name]))
const formerNames = new Map(provinces.former.map((f) => [`f${f.code}`, f.name]))

/**
 * What a change cell shows, from the expected figures: the rule written out here (not the
 * app's computeDelta): nothing to compare from zero is "mới" (new), equal is 0%, else the ratio.
 */
function changeText(value: number, previous: number): string {
  if (previous === 0) return value === 0 ? '0%' : 'mới'
  if (value === previous) return '0%'
  return formatPercent((value - previous) / previous, 'vi')
}

async function findTable() {
  return screen.findByRole('table', { name: /Số liệu các đơn vị|Figures by unit/ })
}

/** Body rows as [unit name, cells…] (the row header is the first cell). */
function bodyRows(table: HTMLElement): HTMLElement[] {
  const tbody = table.querySelector('tbody') as HTMLElement
  return within(tbody).getAllByRole('row')
}
function rowOf(table: HTMLElement, name: string | RegExp): HTMLElement {
  const header = within(table.querySelector('tbody') as HTMLElement).getByRole('rowheader', { name })
  return header.closest('tr') as HTMLElement
}
/**
 * The cells of a metric in a row: [value, change, rank] per metric, and "% of plan" fourth when
 * the range lies in one year.
 */
function metricCell(row: HTMLElement, metric: Metric, offset: number): HTMLElement {
  const cells = within(row).getAllByRole('cell')
  const stride = cells.length / METRICS.length
  return cells[METRICS.indexOf(metric) * stride + offset] as HTMLElement
}
function valueCell(row: HTMLElement, metric: Metric): HTMLElement {
  return metricCell(row, metric, 0)
}
function changeCell(row: HTMLElement, metric: Metric): HTMLElement {
  return metricCell(row, metric, 1)
}
function rankCell(row: HTMLElement, metric: Metric): HTMLElement {
  return metricCell(row, metric, 2)
}
function footRow(table: HTMLElement, name: string | RegExp): HTMLElement {
  return within(table.querySelector('tfoot') as HTMLElement).getByRole('rowheader', { name }).closest('tr') as HTMLElement
}

describe('units table', () => {
  it('shows every current unit and the central level with each metric equal to the records', async () => {
    renderRoute(`/units?from=${YEAR.from}&to=${YEAR.to}`)
    const table = await findTable()
    expect(bodyRows(table)).toHaveLength(35)
    expect(bodyRows(table)[0]).toHaveTextContent('Trung ương')
    for (const metric of ['articles', 'meetings', 'trainees'] as const) {
      const expected = expectedByUnit({ metric, ...YEAR })
      for (const id of ['c01', 'c22', 'c37', 'c79', 'tw']) {
        const name = id === 'tw' ? /^Trung ương/ : (currentNames.get(id) as string)
        expect(valueCell(rowOf(table, name), metric)).toHaveTextContent(vi(expected.get(id) ?? 0))
      }
    }
  })

  it('has a totals row equal to the national total of /summary and of the records, with its change', async () => {
    renderRoute(`/units?from=${YEAR.from}&to=${YEAR.to}`)
    const table = await findTable()
    const summary = (await (await fetch(`http://localhost/api/v1/summary?from=${YEAR.from}&to=${YEAR.to}`)).json()) as {
      metrics: { metric: Metric; value: number; previous: number | null }[]
    }
    const total = footRow(table, 'Toàn quốc')
    for (const metric of METRICS) {
      const national = expectedTotal({ metric, ...YEAR })
      const fromApi = summary.metrics.find((x) => x.metric === metric)
      expect(fromApi?.value).toBe(national)
      expect(valueCell(total, metric)).toHaveTextContent(new RegExp(`^${vi(national).replace(/\./g, '\\.')}$`))
      const previous = expectedTotal({ metric, from: '2023-01', to: '2023-12' })
      expect(changeCell(total, metric)).toHaveTextContent(changeText(national, previous))
    }
  })

  it('compares a merged unit with its former units in the same period last year, and ranks it', async () => {
    renderRoute(`/units?from=${YEAR.from}&to=${YEAR.to}`)
    const table = await findTable()
    const row = rowOf(table, 'Ninh Bình')
    const value = expectedTotal({ metric: 'articles', ...YEAR, units: ['c37'] })
    const previous = expectedTotal({ metric: 'articles', from: '2023-01', to: '2023-12', units: ['f35', 'f36', 'f37'] })
    expect(changeText(value, previous)).toMatch(/%$/)
    expect(changeCell(row, 'articles')).toHaveTextContent(changeText(value, previous))
    const byUnit = expectedByUnit({ metric: 'articles', ...YEAR })
    const higher = [...byUnit].filter(([id, v]) => id !== 'tw' && v > value).length
    expect(rankCell(row, 'articles')).toHaveTextContent(String(higher + 1))
    expect(rankCell(rowOf(table, /^Trung ương/), 'articles')).toHaveTextContent('—')
  })

  it('as reported across 01/07/2025, compares a former unit with itself and a new unit with its former units, from the API', async () => {
    renderRoute('/units?from=2025-01&to=2025-12&boundary=reported')
    const table = await findTable()
    // Hà Nam (f35) until 30/06/2025: Jan–Jun 2025 against Jan–Jun 2024.
    const haNam = rowOf(table, 'Hà Nam (cũ)')
    const f35 = expectedTotal({ metric: 'articles', from: '2025-01', to: '2025-06', units: ['f35'], boundary: 'reported' })
    const f35Before = expectedTotal({ metric: 'articles', from: '2024-01', to: '2024-06', units: ['f35'], boundary: 'reported' })
    expect(valueCell(haNam, 'articles')).toHaveTextContent(vi(f35))
    expect(changeCell(haNam, 'articles')).toHaveTextContent(changeText(f35, f35Before))
    // Ninh Bình (c37) from 01/07/2025: Jul–Dec 2025 against Hà Nam, Nam Định and Ninh Bình in Jul–Dec 2024.
    const ninhBinh = rowOf(table, 'Ninh Bình')
    const c37 = expectedTotal({ metric: 'articles', from: '2025-07', to: '2025-12', units: ['c37'], boundary: 'reported' })
    const c37Before = expectedTotal({ metric: 'articles', from: '2024-07', to: '2024-12', units: ['f35', 'f36', 'f37'], boundary: 'reported' })
    expect(valueCell(ninhBinh, 'articles')).toHaveTextContent(vi(c37))
    expect(changeCell(ninhBinh, 'articles')).toHaveTextContent(changeText(c37, c37Before))
  })

  it('compares only the covered months of a range that runs past the data (issue 8.2)', async () => {
    renderRoute('/units?from=2024-01&to=2026-12')
    const table = await findTable()
    const value = expectedTotal({ metric: 'awards', from: '2024-01', to: '2026-10', units: ['c22'] })
    const previous = expectedTotal({ metric: 'awards', from: '2023-01', to: '2025-10', units: ['c22'] })
    const row = rowOf(table, 'Quảng Ninh')
    expect(valueCell(row, 'awards')).toHaveTextContent(vi(value))
    expect(changeCell(row, 'awards')).toHaveTextContent(changeText(value, previous))
    expect(screen.getByText('Số liệu có đến 10/2026: so sánh 01/2024 – 10/2026 với cùng kỳ năm trước 01/2023 – 10/2025.')).toBeInTheDocument()
  })

  it('shows no change where last year starts before the data, and says why (issue 8.1)', async () => {
    renderRoute('/units?from=2018-07&to=2019-06', { lang: 'en' })
    const table = await findTable()
    for (const row of bodyRows(table)) {
      for (const metric of METRICS) expect(changeCell(row, metric)).toHaveTextContent(/^—No comparison available$/)
    }
    expect(changeCell(footRow(table, 'Nationwide'), 'articles')).toHaveTextContent(/^—No comparison available$/)
    expect(
      screen.getByText('No comparison with last year: data starts in Jan 2018, so the same period last year (Jul 2017 – Jun 2018) is incomplete.'),
    ).toBeInTheDocument()
  })

  it('sorts by any column with the mouse or the keyboard, in the URL', async () => {
    const { user, location } = renderRoute(`/units?from=${YEAR.from}&to=${YEAR.to}`)
    const table = await findTable()
    const header = within(table).getByRole('button', { name: /Hội nghị, hội thảo: Số lượng/ })
    await user.click(header)
    expect(location()).toContain('sort=-meetings')
    expect(header.closest('th')).toHaveAttribute('aria-sort', 'descending')
    const expected = expectedByUnit({ metric: 'meetings', ...YEAR })
    const shown = () =>
      bodyRows(table)
        .slice(1)
        .map((r) => Number((valueCell(r, 'meetings').textContent ?? '').replace(/\./g, '')))
    const descending = [...currentNames.keys()].map((id) => expected.get(id) ?? 0).toSorted((a, b) => b - a)
    expect(shown()).toEqual(descending)

    header.focus()
    await user.keyboard('{Enter}')
    expect(location()).toContain('sort=meetings')
    expect(header.closest('th')).toHaveAttribute('aria-sort', 'ascending')
    expect(shown()).toEqual(descending.toReversed())
    // The national level stays first whatever the sort.
    expect(bodyRows(table)[0]).toHaveTextContent('Trung ương')

    await user.click(within(table).getByRole('button', { name: /^Đơn vị/ }))
    expect(location()).not.toContain('sort=')
    const names = bodyRows(table)
      .slice(1)
      .map((r) => within(r).getByRole('link').textContent)
    expect(names).toEqual([...currentNames.values()].toSorted(new Intl.Collator('vi').compare))
  })

  it('shows a phone one metric’s columns: the one sorted by, then the one chosen, in the URL', async () => {
    // A phone-wide screen, as the stylesheet's breakpoint sees it (jsdom has no media queries).
    vitest.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(max-width: 720px)',
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }))
    try {
      const { user, location } = renderRoute(`/units?from=${YEAR.from}&to=${YEAR.to}&sort=-meetings`)
      const table = await findTable()
      const groups = () => within(table).getAllByRole('columnheader').filter((th) => th.getAttribute('scope') === 'colgroup').map((th) => th.textContent)
      const cellsOf = (name: string) => within(rowOf(table, name)).getAllByRole('cell')
      expect(groups()).toEqual(['Hội nghị, hội thảo'])
      // Value, change, rank and % of plan (2024 is one year): of meetings only.
      expect(cellsOf('Hà Nội')).toHaveLength(4)
      expect(cellsOf('Hà Nội')[0]).toHaveTextContent(vi(expectedByUnit({ metric: 'meetings', ...YEAR }).get('c01') ?? 0))

      await user.selectOptions(screen.getByRole('combobox', { name: 'Chỉ số' }), 'Khen thưởng')
      expect(location()).toContain('metric=awards')
      expect(groups()).toEqual(['Khen thưởng'])
      expect(cellsOf('Hà Nội')).toHaveLength(4)
      expect(cellsOf('Hà Nội')[0]).toHaveTextContent(vi(expectedByUnit({ metric: 'awards', ...YEAR }).get('c01') ?? 0))
      // Still sorted by meetings, as the URL says.
      expect(location()).toContain('sort=-meetings')
    } finally {
      vitest.unstubAllGlobals()
    }
  })

  it('falls back to the name order with a notice for an unknown sort key', async () => {
    renderRoute(`/units?from=${YEAR.from}&to=${YEAR.to}&sort=-colour`)
    const table = await findTable()
    const notice = screen.getByRole('region', { name: 'Một số tham số trong địa chỉ đã được bỏ qua' })
    expect(within(notice).getByRole('listitem')).toHaveTextContent('sort=-colour: không sắp xếp được theo khóa này; dùng thứ tự mặc định.')
    expect(within(table).getByRole('button', { name: /^Đơn vị/ }).closest('th')).toHaveAttribute('aria-sort', 'ascending')
  })

  it('searches without diacritics and filters by region, in the URL', async () => {
    const { user, location, router } = renderRoute(`/units?from=${YEAR.from}&to=${YEAR.to}`)
    const table = await findTable()
    await user.type(screen.getByRole('searchbox', { name: 'Tìm đơn vị' }), 'quang')
    // Applied when typing pauses.
    await waitFor(() => expect(location()).toBe('/units?from=2024-01&to=2024-12&q=quang'))
    const expected = [...currentNames.values()].filter((n) => foldText(n).includes('quang')).toSorted(new Intl.Collator('vi').compare)
    expect(expected.length).toBeGreaterThan(1)
    const names = () => bodyRows(table).map((r) => within(r).getByRole('link').textContent)
    expect(names()).toEqual(expected)
    // The visible rows get their own total; the national one stays.
    const shownTotal = footRow(table, `Tổng ${expected.length} đơn vị đang hiển thị`)
    const byUnit = expectedByUnit({ metric: 'articles', ...YEAR })
    const ids = [...currentNames].filter(([, n]) => expected.includes(n)).map(([id]) => id)
    expect(valueCell(shownTotal, 'articles')).toHaveTextContent(vi(ids.reduce((s, id) => s + (byUnit.get(id) ?? 0), 0)))
    expect(footRow(table, 'Toàn quốc')).toBeInTheDocument()

    // One history entry for the search, not one per letter typed; back/forward refill the box.
    await router.navigate(-1)
    await waitFor(() => expect(location()).toBe('/units?from=2024-01&to=2024-12'))
    expect(screen.getByRole('searchbox', { name: 'Tìm đơn vị' })).toHaveValue('')
    await router.navigate(1)
    await waitFor(() => expect(screen.getByRole('searchbox', { name: 'Tìm đơn vị' })).toHaveValue('quang'))

    await user.clear(screen.getByRole('searchbox', { name: 'Tìm đơn vị' }))
    await waitFor(() => expect(location()).toBe('/units?from=2024-01&to=2024-12'))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Vùng' }), 'central-highlands')
    expect(location()).toContain('region=central-highlands')
    const highlands = provinces.current.filter((c) => c.regionOfAdminCentre === 'Tây Nguyên').map((c) => c.name)
    await waitFor(() => expect(names().toSorted()).toEqual(highlands.toSorted()))
  })

  it('says which filter emptied the table, and a search of punctuation does not filter', async () => {
    const { user } = renderRoute(`/units?from=${YEAR.from}&to=${YEAR.to}&q=zzzz`)
    expect(await screen.findByText('Không có đơn vị nào khớp với từ khóa “zzzz”.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Xóa bộ lọc của bảng' }))
    expect(bodyRows(await findTable())).toHaveLength(35)
    await user.type(screen.getByRole('searchbox', { name: 'Tìm đơn vị' }), '!!')
    expect(screen.getByText(/dấu câu không được dùng để lọc/)).toBeInTheDocument()
    expect(bodyRows(await findTable())).toHaveLength(35)
  })

  it('shows only the units chosen in the filter bar, each linking to its page with the filters', async () => {
    renderRoute(`/units?from=${YEAR.from}&to=${YEAR.to}&units=c22,c37`)
    const table = await findTable()
    expect(bodyRows(table)).toHaveLength(2)
    expect(within(table).getByRole('link', { name: 'Quảng Ninh' })).toHaveAttribute('href', '/units/c22?from=2024-01&to=2024-12&units=c22%2Cc37')
  })

  it('labels both eras in the as-reported view of 2025 and never counts twice', async () => {
    const range = { from: '2025-01', to: '2025-12' }
    renderRoute(`/units?from=${range.from}&to=${range.to}&boundary=reported`)
    const table = await findTable()
    expect(bodyRows(table)).toHaveLength(1 + 63 + 34)
    const expected = expectedByUnit({ metric: 'articles', ...range, boundary: 'reported' })
    expect(valueCell(rowOf(table, 'Ninh Bình (cũ)'), 'articles')).toHaveTextContent(vi(expected.get('f37') ?? 0))
    expect(valueCell(rowOf(table, 'Ninh Bình'), 'articles')).toHaveTextContent(vi(expected.get('c37') ?? 0))
    expect(screen.getByText(/trải qua ngày 01\/07\/2025/)).toBeInTheDocument()
    for (const metric of METRICS) {
      expect(valueCell(footRow(table, 'Toàn quốc'), metric)).toHaveTextContent(vi(expectedTotal({ metric, ...range })))
    }
    // A former unit's change compares its first half with last year's first half.
    const f35 = expectedTotal({ metric: 'meetings', from: '2025-01', to: '2025-06', units: ['f35'], boundary: 'reported' })
    const f35prev = expectedTotal({ metric: 'meetings', from: '2024-01', to: '2024-06', units: ['f35'], boundary: 'reported' })
    expect(changeCell(rowOf(table, 'Hà Nam (cũ)'), 'meetings')).toHaveTextContent(changeText(f35, f35prev))
  })

  it('hides the current units before 2025 in the as-reported view, and says so (English)', async () => {
    renderRoute(`/units?from=2019-01&to=2019-12&boundary=reported`, { lang: 'en' })
    const table = await findTable()
    expect(bodyRows(table)).toHaveLength(64)
    expect(screen.getByText(/34 current provinces and cities are not shown/)).toBeInTheDocument()
    const expected = expectedByUnit({ metric: 'awards', from: '2019-01', to: '2019-12', boundary: 'reported' })
    const hanam = rowOf(table, `${formerNames.get('f35')} (former)`)
    expect(valueCell(hanam, 'awards')).toHaveTextContent(formatNumber(expected.get('f35') ?? 0, 'en'))
  })

  it('shows an error with retry when the figures fail, then recovers', async () => {
    server.use(statsError())
    const { user } = renderRoute(`/units?from=${YEAR.from}&to=${YEAR.to}`)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Không tải được dữ liệu')
    server.resetHandlers()
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }))
    await waitFor(() => expect(bodyRows(screen.getByRole('table', { name: /Số liệu các đơn vị/ }))).toHaveLength(35))
  })

  it('says a server fault in the UI’s language, with the server’s words only behind “Chi tiết”', async () => {
    server.use(statsError())
    const { user } = renderRoute(`/units?from=${YEAR.from}&to=${YEAR.to}`)
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('Máy chủ đang gặp sự cố nên chưa trả được số liệu. Vui lòng thử lại sau ít phút.')).toBeVisible()
    const detail = within(alert).getByText(/The mock server failed on purpose/)
    expect(detail).not.toBeVisible()
    await user.click(within(alert).getByText('Chi tiết'))
    expect(detail).toBeVisible()
    expect(detail).toHaveTextContent('/stats · HTTP 500 · internal_error')
  })

  it('says data in the wrong format in English, with the schema path only behind “Details”', async () => {
    server.use(statsMalformed())
    const { user } = renderRoute(`/units?from=${YEAR.from}&to=${YEAR.to}`, { lang: 'en' })
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('The data sent by the server is not in the expected format; it is not shown, to avoid showing wrong figures.')).toBeVisible()
    expect(within(alert).getByText(/Invalid input/)).not.toBeVisible()
    await user.click(within(alert).getByText('Details'))
    expect(within(alert).getByText(/Invalid input/)).toBeVisible()
    expect(within(alert).getByText(/Invalid input/)).toHaveTextContent('/stats · HTTP 200 · malformed_response')
  })

  it('says what the table holds as officials do: 34 provinces and cities and the central level', async () => {
    renderRoute(`/units?from=${YEAR.from}&to=${YEAR.to}`)
    await findTable()
    expect(screen.getAllByText('34 tỉnh, thành phố và Trung ương').length).toBeGreaterThan(0)
    expect(screen.queryByText(/35 đơn vị/)).not.toBeInTheDocument()
  })

  it('counts former units apart in the as-reported view, and says how many are shown of them (English)', async () => {
    const { user } = renderRoute('/units?from=2019-01&to=2019-12&boundary=reported', { lang: 'en' })
    await findTable()
    expect(screen.getAllByText('63 former provinces and cities, and the central level').length).toBeGreaterThan(0)
    await user.type(screen.getByRole('searchbox', { name: 'Find a unit' }), 'ha nam')
    expect((await screen.findAllByText('1 shown of 63 former provinces and cities, and the central level')).length).toBeGreaterThan(0)
  })

  it('shows one empty state naming the filter, not rows of zeros ranked 1, and offers no export', async () => {
    server.use(...scenarios.empty)
    renderRoute(`/units?from=${YEAR.from}&to=${YEAR.to}`)
    expect(await screen.findByText('Không có số liệu nào trong năm 2024 cho toàn quốc, sau sắp xếp (34 tỉnh, thành phố).')).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Xuất CSV/ })).not.toBeInTheDocument()
  })
})
