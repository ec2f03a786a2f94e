import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node'
import { emptyHandlers, statsError, summaryError } from '../../../mocks/scenarios'
import { CATEGORIES, type Boundary } from '../../../src/lib/api/schemas'
import { formatNumber } from '../../../src/lib/format'
import { categoryLabels } from '../../../src/lib/i18n/common-messages'
import { addMonths } from '../../../src/lib/periods'
import { renderRoute } from '../../render'
import { records, expectedByCategory, expectedByUnit, expectedTotal, unitInView } from '../../support/oracle'

// The first render loads the screen's lazy chunks; on a busy machine that can take over the 1 s default.

const vi = (n: number, digits = 0) => formatNumber(n, 'vi', digits)
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The KPI card of that name (an article named by its label). */
async function kpi(name: string) {
  return screen.findByRole('article', { name })
}
/** The card's headline figure (the figure its label names), as text. */
function kpiValue(card: HTMLElement) {
  return within(card).getByRole('group').textContent ?? ''
}

/** Answers /summary with these training figures for 2024 (against 2023), the rest unchanged. */
function answerSummary(f: { courses: number; previousCourses: number; trainees: number; previousTrainees: number }) {
  server.use(
    http.get('*/api/v1/summary', () =>
      HttpResponse.json({
        from: '2024-01',
        to: '2024-12',
        coverage: { from: '2018-01', to: '2026-10' },
        covered: { from: '2024-01', to: '2024-12' },
        previousFrom: '2023-01',
        previousTo: '2023-12',
        complete: true,
        metrics: [
          { metric: 'articles', value: 10, previous: 5 },
          { metric: 'meetings', value: 1, previous: 1 },
          { metric: 'awards', value: 1, previous: 1 },
          { metric: 'trainings', value: f.courses, previous: f.previousCourses },
          { metric: 'trainees', value: f.trainees, previous: f.previousTrainees },
        ],
      }),
    ),
  )
}

async function showTable(regionName: string | RegExp) {
  const region = await screen.findByRole('region', { name: regionName })
  const toggle = await within(region).findByRole('button', { name: 'Xem bảng số liệu' })
  toggle.click()
  return within(region).findByRole('table')
}

describe('training totals', () => {
  const cases: Array<{ name: string; from: string; to: string; boundary: Boundary; units: string[] }> = [
    { name: 'nationwide, current boundaries', from: '2024-01', to: '2024-12', boundary: 'current', units: [] },
    { name: 'two units, current boundaries', from: '2023-04', to: '2024-03', boundary: 'current', units: ['c22', 'c37'] },
    { name: 'the year 2025 as reported', from: '2025-01', to: '2025-12', boundary: 'reported', units: [] },
    { name: 'a former unit as reported', from: '2024-01', to: '2024-12', boundary: 'reported', units: ['f35'] },
  ]
  for (const c of cases) {
    it(`equal the independent totals and the Overview's summary: ${c.name}`, async () => {
      const search = new URLSearchParams({ from: c.from, to: c.to })
      if (c.boundary === 'reported') search.set('boundary', 'reported')
      if (c.units.length > 0) search.set('units', c.units.join(','))
      renderRoute(`/training?${search.toString()}`)

      const q = { from: c.from, to: c.to, boundary: c.boundary, units: c.units }
      const courses = expectedTotal({ metric: 'trainings', ...q })
      const trainees = expectedTotal({ metric: 'trainees', ...q })
      const prev = { ...q, from: addMonths(c.from, -12), to: addMonths(c.to, -12) }
      const prevCourses = expectedTotal({ metric: 'trainings', ...prev })
      const prevTrainees = expectedTotal({ metric: 'trainees', ...prev })
      expect(courses).toBeGreaterThan(0)

      const coursesCard = await kpi('Lớp tập huấn, bồi dưỡng')
      await waitFor(() => expect(kpiValue(coursesCard)).toBe(vi(courses)))
      expect(within(coursesCard).getByText(`Cùng kỳ năm trước: ${vi(prevCourses)}`)).toBeInTheDocument()
      const traineesCard = await kpi('Học viên')
      expect(kpiValue(traineesCard)).toBe(vi(trainees))
      expect(within(traineesCard).getByText(`Cùng kỳ năm trước: ${vi(prevTrainees)}`)).toBeInTheDocument()
      const averageCard = await kpi('Bình quân học viên mỗi lớp')
      expect(kpiValue(averageCard)).toBe(`${vi(trainees / courses, 1)} học viên/lớp`)
      expect(within(averageCard).getByText(`Cùng kỳ năm trước: ${vi(prevTrainees / prevCourses, 1)}`)).toBeInTheDocument()
      // The change of the average keeps its decimal; the word carries its direction.
      const change = trainees / courses - prevTrainees / prevCourses
      const word = change > 0 ? 'Tăng' : 'Giảm'
      expect(within(averageCard).getByText(new RegExp(`${word} ${escape(vi(Math.abs(change), 1))} \\(`))).toBeInTheDocument()
    })
  }

  it('shows an average of 0 for courses with no trainee recorded', async () => {
    // Find, in the generated data, a unit and month with courses but no trainee recorded.
    const groups = new Map<string, { courses: number; trainees: number }>()
    for (const r of records) {
      if (r.kind !== 'trainings') continue
      const key = `${unitInView(r.unit, 'current')}|${r.date.slice(0, 7)}`
      const g = groups.get(key) ?? { courses: 0, trainees: 0 }
      g.courses += r.quantity
      g.trainees += r.participants ?? 0
      groups.set(key, g)
    }
    const found = [...groups].find(([, g]) => g.courses > 0 && g.trainees === 0)
    expect(found).toBeDefined()
    const [unit = '', month = ''] = (found?.[0] ?? '').split('|')
    const q = { from: month, to: month, units: [unit] }
    expect(expectedTotal({ metric: 'trainees', ...q })).toBe(0)
    const courses = expectedTotal({ metric: 'trainings', ...q })

    renderRoute(`/training?from=${month}&to=${month}&units=${unit}`)
    const coursesCard = await kpi('Lớp tập huấn, bồi dưỡng')
    await waitFor(() => expect(kpiValue(coursesCard)).toBe(vi(courses)))
    expect(kpiValue(await kpi('Học viên'))).toBe('0')
    expect(kpiValue(await kpi('Bình quân học viên mỗi lớp'))).toBe('0 học viên/lớp')
    expect(screen.getByText('Có lớp nhưng chưa ghi nhận số học viên, nên bình quân là 0.')).toBeInTheDocument()
  })

  it('with no course at all, every widget shows the one empty state naming the filter (no zeros, no chart of empty bars)', async () => {
    server.use(...emptyHandlers('summary'), ...emptyHandlers('stats'))
    renderRoute('/training?from=2024-01&to=2024-06&units=c22')
    const text = 'Không có lớp tập huấn nào trong 6 tháng đầu năm 2024, Quảng Ninh.'
    const totals = await screen.findByRole('region', { name: 'Tổng hợp tập huấn' })
    expect(await within(totals).findByText(text)).toBeInTheDocument()
    expect(screen.queryByRole('article', { name: 'Lớp tập huấn, bồi dưỡng' })).not.toBeInTheDocument()
    for (const name of ['Lớp tập huấn và học viên theo kỳ', 'Theo đối tượng', 'Theo đơn vị']) {
      const region = await screen.findByRole('region', { name })
      expect(await within(region).findByText(text)).toBeInTheDocument()
    }
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    // The list a trainer chases still names the unit that held none.
    const untrained = await screen.findByRole('region', { name: 'Đơn vị chưa ghi nhận lớp tập huấn' })
    expect(await within(untrained).findByRole('link', { name: 'Quảng Ninh' })).toBeInTheDocument()
  })

  it('says "no courses" instead of dividing by zero when the period had none but last year had some', async () => {
    answerSummary({ courses: 0, previousCourses: 3, trainees: 0, previousTrainees: 90 })
    renderRoute('/training?preset=year')
    const average = await kpi('Bình quân học viên mỗi lớp')
    await waitFor(() => expect(kpiValue(average)).toBe('Không có lớp'))
    expect(average).not.toHaveTextContent('NaN')
    expect(kpiValue(await kpi('Lớp tập huấn, bồi dưỡng'))).toBe('0')
  })

  it('also handles a summary where last year had no course (no previous average) from a /summary override', async () => {
    answerSummary({ courses: 4, previousCourses: 0, trainees: 250, previousTrainees: 0 })
    renderRoute('/training?preset=year')
    const average = await kpi('Bình quân học viên mỗi lớp')
    await waitFor(() => expect(kpiValue(average)).toBe('62,5 học viên/lớp'))
    expect(within(average).getByText('Không có số liệu so sánh')).toBeInTheDocument()
    expect(within(await kpi('Lớp tập huấn, bồi dưỡng')).getByText(/Cùng kỳ năm trước bằng 0/)).toBeInTheDocument()
  })

  it('shows no change against a previous range that starts before the data, and says why (issue 8.1)', async () => {
    renderRoute('/training?from=2018-07&to=2019-06', { lang: 'en' })
    for (const name of ['Training courses', 'Trainees', 'Average trainees per course']) {
      const card = await kpi(name)
      expect(within(card).getByText('No comparison: last year’s figures are incomplete')).toBeInTheDocument()
      expect(within(card).queryByText(/^(Up|Down)\b/)).not.toBeInTheDocument()
    }
    expect(
      screen.getByText('No comparison with last year: data starts in Jan 2018, so the same period last year (Jul 2017 – Jun 2018) is incomplete.'),
    ).toBeInTheDocument()
  })

  it('says there is no data for a range after the data end, without zeros', async () => {
    renderRoute('/training?from=2027-01&to=2027-03')
    const totals = await screen.findByRole('region', { name: 'Tổng hợp tập huấn' })
    expect(await within(totals).findByText(/Chưa có số liệu cho Quý I\/2027, toàn quốc: dữ liệu có từ tháng 01\/2018 đến tháng 10\/2026\./)).toBeInTheDocument()
    expect(screen.queryByRole('article', { name: 'Lớp tập huấn, bồi dưỡng' })).not.toBeInTheDocument()
  })
})

describe('breakdowns', () => {
  it('the audience breakdown sums to the total, row by row equal to the records', async () => {
    const q = { from: '2024-01', to: '2024-12' }
    renderRoute(`/training?from=${q.from}&to=${q.to}`)
    const table = await showTable('Theo đối tượng')
    const courses = expectedByCategory({ metric: 'trainings', ...q })
    const trainees = expectedByCategory({ metric: 'trainees', ...q })
    for (const category of CATEGORIES.trainings) {
      const row = within(table).getByRole('row', { name: new RegExp(`^${escape(categoryLabels.vi[category])} `) })
      const cells = within(row).getAllByRole('cell')
      expect(cells[0]).toHaveTextContent(vi(courses.get(category) ?? 0))
      expect(cells[1]).toHaveTextContent(vi(trainees.get(category) ?? 0))
    }
    const sumCourses = [...courses.values()].reduce((a, b) => a + b, 0)
    const total = within(table).getByRole('row', { name: /^Tổng cộng/ })
    const cells = within(total).getAllByRole('cell')
    expect(sumCourses).toBe(expectedTotal({ metric: 'trainings', ...q }))
    expect(cells[0]).toHaveTextContent(vi(expectedTotal({ metric: 'trainings', ...q })))
    expect(cells[1]).toHaveTextContent(vi(expectedTotal({ metric: 'trainees', ...q })))
    // …and equals the KPI card above it.
    expect(kpiValue(await kpi('Lớp tập huấn, bồi dưỡng'))).toBe(vi(sumCourses))
  })

  it('the table by unit matches the records per unit (as reported, with eras)', async () => {
    const q = { from: '2025-01', to: '2025-12', boundary: 'reported' as const }
    renderRoute(`/training?from=${q.from}&to=${q.to}&boundary=reported`)
    const table = await showTable('Theo đơn vị')
    const courses = expectedByUnit({ metric: 'trainings', ...q })
    const trainees = expectedByUnit({ metric: 'trainees', ...q })
    const links = within(table).getAllByRole('link')
    // 63 former units, 34 current ones and the national level all existed during 2025.
    expect(links).toHaveLength(98)
    for (const [id, label] of [['f37', 'Ninh Bình (cũ)'], ['c37', 'Ninh Bình'], ['f35', 'Hà Nam (cũ)']] as const) {
      const link = within(table).getByRole('link', { name: label })
      expect(link).toHaveAttribute('href', `/units/${id}?from=2025-01&to=2025-12&boundary=reported`)
      const cells = within(link.closest('tr') as HTMLElement).getAllByRole('cell')
      expect(cells[1]).toHaveTextContent(vi(courses.get(id) ?? 0))
      expect(cells[2]).toHaveTextContent(vi(trainees.get(id) ?? 0))
    }
    const total = within(within(table).getByRole('row', { name: /^Tổng/ })).getAllByRole('cell')
    expect(total[0]).toHaveTextContent(vi(expectedTotal({ metric: 'trainings', ...q })))
    // Equal numbers of courses share a rank.
    const body = within(table).getAllByRole('row').slice(1, -1)
    const shown = body.map((row) => within(row).getAllByRole('cell').map((c) => c.textContent ?? ''))
    const figures = shown.map((cells) => cells[1])
    const expectedRanks = figures.map((f) => String(figures.indexOf(f) + 1))
    expect(shown.map((cells) => cells[0])).toEqual(expectedRanks)
    expect(new Set(expectedRanks).size).toBeLessThan(expectedRanks.length)
  })

  it('switches the charts to trainees in the URL, and reports a bad `view`', async () => {
    const { user, location } = renderRoute('/training?view=pie')
    expect(await screen.findByRole('region', { name: 'Một số tham số trong địa chỉ đã được bỏ qua' })).toHaveTextContent('view=pie: giá trị không hợp lệ; dùng giá trị mặc định.')
    expect(screen.getByRole('radio', { name: 'Số lớp' })).toBeChecked()
    await user.click(screen.getByRole('radio', { name: 'Số học viên' }))
    expect(location()).toBe('/training?view=trainees')
    expect(screen.getByText('Số học viên theo đối tượng được tập huấn')).toBeInTheDocument()
  })
})

describe('no training recorded', () => {
  it('lists exactly the units with no course, grouped by region, with links that keep the filters', async () => {
    const q = { from: '2024-03', to: '2024-03' }
    renderRoute(`/training?from=${q.from}&to=${q.to}&granularity=quarter`)
    const held = expectedByUnit({ metric: 'trainings', ...q })
    const region = await screen.findByRole('region', { name: 'Đơn vị chưa ghi nhận lớp tập huấn' })
    const links = await within(region).findAllByRole('link')
    const shown = links.map((a) => a.getAttribute('href')?.split('?')[0]?.replace('/units/', ''))
    // Every unit of the current view (34 + the national level) that held none, and no other.
    for (const id of shown) expect(held.has(id ?? '')).toBe(false)
    expect(shown.length).toBe(35 - held.size)
    expect(within(region).getByText(`${35 - held.size} đơn vị chưa ghi nhận lớp tập huấn nào.`)).toBeInTheDocument()
    expect(links[0]).toHaveAttribute('href', expect.stringMatching(/\?from=2024-03&to=2024-03&granularity=quarter$/))
    // Grouped under region headings.
    expect(within(region).getAllByRole('heading', { level: 3 }).length).toBeGreaterThan(1)
  })

  it('respects the unit filter and the era of units as reported', async () => {
    // A month after the reorganisation in which current Quảng Ninh held no course: as
    // reported, former Quảng Ninh (f22) no longer exists then, so only c22 is listed.
    const months = ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']
    const month = months.find((mo) => !expectedByUnit({ metric: 'trainings', from: mo, to: mo, boundary: 'reported', units: ['c22'] }).has('c22'))
    expect(month).toBeDefined()
    const q = { from: month ?? '', to: month ?? '', boundary: 'reported' as const, units: ['f22', 'c22', 'c37'] }
    renderRoute(`/training?from=${q.from}&to=${q.to}&boundary=reported&units=${q.units.join(',')}`)
    const held = expectedByUnit({ metric: 'trainings', ...q })
    const expected = ['c22', 'c37'].filter((id) => !held.has(id))
    const region = await screen.findByRole('region', { name: 'Đơn vị chưa ghi nhận lớp tập huấn' })
    await waitFor(() =>
      expect(within(region).getAllByRole('link').map((a) => a.getAttribute('href')?.split('?')[0]).toSorted()).toEqual(expected.map((id) => `/units/${id}`)),
    )
    expect(within(region).getByRole('link', { name: 'Quảng Ninh' })).toBeInTheDocument()
    expect(within(region).queryByRole('link', { name: /\(cũ\)/ })).not.toBeInTheDocument()
  })

  it('says every unit held a course when none is missing', async () => {
    const q = { from: '2024-01', to: '2024-12', units: ['c01', 'c22', 'c37'] }
    expect(q.units.every((id) => (expectedByUnit({ metric: 'trainings', ...q }).get(id) ?? 0) > 0)).toBe(true)
    renderRoute(`/training?from=${q.from}&to=${q.to}&units=${q.units.join(',')}`)
    const region = await screen.findByRole('region', { name: 'Đơn vị chưa ghi nhận lớp tập huấn' })
    expect(await within(region).findByText('Mọi đơn vị đều đã tổ chức ít nhất một lớp tập huấn trong năm 2024, Hà Nội, Quảng Ninh và Ninh Bình.')).toBeInTheDocument()
  })
})

describe('states', () => {
  it('a failing /summary fails the totals only, and retry brings them back', async () => {
    server.use(summaryError())
    const { user } = renderRoute('/training?from=2024-01&to=2024-12')
    const totals = await screen.findByRole('region', { name: 'Tổng hợp tập huấn' })
    expect(await within(totals).findByText('Không tải được số liệu tổng hợp tập huấn')).toBeInTheDocument()
    // The charts still draw.
    expect(await showTable('Theo đối tượng')).toBeInTheDocument()
    server.resetHandlers()
    await user.click(within(totals).getByRole('button', { name: 'Thử lại' }))
    await waitFor(() => expect(kpiValue(within(totals).getByRole('article', { name: 'Lớp tập huấn, bồi dưỡng' }))).toBe(vi(expectedTotal({ metric: 'trainings', from: '2024-01', to: '2024-12' }))))
  })

  it('a failing /stats fails the charts with a retry, not the totals', async () => {
    server.use(statsError())
    renderRoute('/training?from=2024-01&to=2024-12')
    const period = await screen.findByRole('region', { name: 'Lớp tập huấn và học viên theo kỳ' })
    expect(await within(period).findByRole('alert')).toHaveTextContent('500')
    expect(within(period).getByRole('button', { name: 'Thử lại' })).toBeInTheDocument()
    expect(kpiValue(await kpi('Lớp tập huấn, bồi dưỡng'))).toBe(vi(expectedTotal({ metric: 'trainings', from: '2024-01', to: '2024-12' })))
  })

  it('works in English with English number formats', async () => {
    renderRoute('/training?from=2024-01&to=2024-12', { lang: 'en' })
    const card = await screen.findByRole('article', { name: 'Training courses' })
    const courses = expectedTotal({ metric: 'trainings', from: '2024-01', to: '2024-12' })
    const trainees = expectedTotal({ metric: 'trainees', from: '2024-01', to: '2024-12' })
    await waitFor(() => expect(kpiValue(card)).toBe(formatNumber(courses, 'en')))
    expect(kpiValue(await screen.findByRole('article', { name: 'Trainees' }))).toBe(formatNumber(trainees, 'en'))
    expect(kpiValue(await screen.findByRole('article', { name: 'Average trainees per course' }))).toBe(`${formatNumber(trainees / courses, 'en', 1)} trainees/course`)
    expect(screen.getByRole('heading', { name: 'No training recorded' })).toBeInTheDocument()
  })
})
