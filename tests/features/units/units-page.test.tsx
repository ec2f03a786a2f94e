import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import provinces from '../../../mocks/data/provinces.json'
import { server } from '../../../mocks/node'
import { statsError } from '../../../mocks/scenarios'
import { METRICS, type Metric } from '../../../src/lib/api/schemas'
import { computeDelta } from '../../../src/lib/delta'
import { formatNumber, formatPercent } from '../../../src/lib/format'
import { foldText } from '../../../src/lib/text'
import { expectedByUnit, expectedTotal } from '../../support/expected'
import { renderRoute } from '../../render'

const YEAR = { from: '2024-01', to: '2024-12' }
const vi = (n: number) => formatNumber(n, 'vi')

const currentNames = new Map(provinces.current.map((c) => [`c${c.code}`, c.name]))
const formerNames = new Map(provinces.former.map((f) => [`f${f.code}`, f.name]))

/** What a change cell shows, computed from the expected figures. */
function changeText(value: number, previous: number): string {
  const delta = computeDelta(value, previous)
  if (delta.kind === 'up' || delta.kind === 'down') return formatPercent(delta.ratio, 'vi')
  return delta.kind === 'new' ? 'mới' : delta.kind === 'same' ? '0%' : '—'
}

async function findTable() {
  return screen.findByRole('table', { name: /Số liệu các đơn vị|Figures by unit/ }, { timeout: 5000 })
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
/** The value cell of a metric in a row: cells are [value, change, rank] per metric. */
function valueCell(row: HTMLElement, metric: Metric): HTMLElement {
  return within(row).getAllByRole('cell')[METRICS.indexOf(metric) * 3] as HTMLElement
}
function changeCell(row: HTMLElement, metric: Metric): HTMLElement {
  return within(row).getAllByRole('cell')[METRICS.indexOf(metric) * 3 + 1] as HTMLElement
}
function rankCell(row: HTMLElement, metric: Metric): HTMLElement {
  return within(row).getAllByRole('cell')[METRICS.indexOf(metric) * 3 + 2] as HTMLElement
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
        .map((r) => Number((within(r).getAllByRole('cell')[3]?.textContent ?? '').replace(/\./g, '')))
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
    expect(valueCell(rowOf(table, 'Ninh Bình (trước 01/07/2025)'), 'articles')).toHaveTextContent(vi(expected.get('f37') ?? 0))
    expect(valueCell(rowOf(table, 'Ninh Bình (từ 01/07/2025)'), 'articles')).toHaveTextContent(vi(expected.get('c37') ?? 0))
    expect(screen.getByText(/trải qua ngày 01\/07\/2025/)).toBeInTheDocument()
    for (const metric of METRICS) {
      expect(valueCell(footRow(table, 'Toàn quốc'), metric)).toHaveTextContent(vi(expectedTotal({ metric, ...range })))
    }
    // A former unit's change compares its first half with last year's first half.
    const f35 = expectedTotal({ metric: 'meetings', from: '2025-01', to: '2025-06', units: ['f35'], boundary: 'reported' })
    const f35prev = expectedTotal({ metric: 'meetings', from: '2024-01', to: '2024-06', units: ['f35'], boundary: 'reported' })
    expect(changeCell(rowOf(table, 'Hà Nam (trước 01/07/2025)'), 'meetings')).toHaveTextContent(changeText(f35, f35prev))
  })

  it('hides the current units before 2025 in the as-reported view, and says so (English)', async () => {
    renderRoute(`/units?from=2019-01&to=2019-12&boundary=reported`, { lang: 'en' })
    const table = await findTable()
    expect(bodyRows(table)).toHaveLength(64)
    expect(screen.getByText(/34 current provinces and cities are not shown/)).toBeInTheDocument()
    const expected = expectedByUnit({ metric: 'awards', from: '2019-01', to: '2019-12', boundary: 'reported' })
    const hanam = rowOf(table, `${formerNames.get('f35')} (before 1 Jul 2025)`)
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
})
