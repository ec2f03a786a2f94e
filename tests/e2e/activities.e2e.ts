import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { formatNumber } from '../../src/lib/format'
import { parseCsv } from '../support/parse-csv'
import { apiFetch, openPage, pageErrors, screenshot, seriousAxeViolations, sharedBrowser, skipReason } from './browser'

/** The API's own total for a query, over real HTTP (what the screen and the file must match). */
async function apiTotal(params: Record<string, string>): Promise<number> {
  const res = await apiFetch(`/api/v1/activities?${new URLSearchParams({ ...params, pageSize: '1' })}`)
  expect(res.status).toBe(200)
  return ((await res.json()) as { total: number }).total
}

async function waitForTable(page: Page) {
  await expect.poll(() => page.locator('table.records__table tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(0)
}

const CONFERENCE = 'Hội nghị tổng kết công tác thông tin đối ngoại năm 2019, triển khai nhiệm vụ năm 2020 của tỉnh Hà Nam'

describe.skipIf(skipReason !== null)('activities explorer in Chromium', () => {
  const browser = sharedBrowser()

  it('filters by province and year, searches “ha nam”, finds the 30/12/2019 conference with its source, exports the CSV', async () => {
    const page = await openPage(browser(), '/activities')
    await waitForTable(page)

    // The year 2019, through the filter bar's month selects.
    // One change at a time, as a person would: each is one navigation, and the next choice is
    // made once the bar shows the last one.
    const choose = async (label: string, value: string) => {
      await page.getByLabel(label).selectOption(value)
      await expect.poll(() => page.getByLabel(label).inputValue(), { timeout: 30_000 }).toBe(value)
    }
    await choose('Từ tháng – năm', '2019')
    await choose('Từ tháng – tháng', '1')
    await choose('Đến tháng – năm', '2019')
    await choose('Đến tháng – tháng', '12')
    await expect.poll(() => page.url(), { timeout: 30_000 }).toContain('from=2019-01&to=2019-12')

    // The province, through the unit picker's diacritic-free search.
    await page.getByRole('button', { name: /Tỉnh \/ thành phố/ }).click()
    await page.getByPlaceholder('Tìm tỉnh, thành phố (không cần dấu)').fill('ninh binh')
    await page.getByRole('checkbox', { name: 'Ninh Bình', exact: true }).click()
    await page.getByRole('button', { name: 'Xong' }).click()
    await expect.poll(() => page.url(), { timeout: 30_000 }).toContain('units=c37')

    const provinceTotal = await apiTotal({ from: '2019-01', to: '2019-12', units: 'c37' })
    await expect.poll(() => page.getByText(`${formatNumber(provinceTotal, 'vi')} hoạt động`, { exact: true }).isVisible(), { timeout: 30_000 }).toBe(true)

    // Sort by quantity, largest first, then back to newest first.
    await page.getByRole('button', { name: /Số lượng/ }).click()
    await expect.poll(() => page.getByRole('columnheader', { name: /Số lượng/ }).getAttribute('aria-sort'), { timeout: 30_000 }).toBe('descending')
    await page.getByRole('button', { name: /Ngày/ }).click()
    await expect.poll(() => page.getByRole('columnheader', { name: /Ngày/ }).getAttribute('aria-sort'), { timeout: 30_000 }).toBe('descending')

    // Search without diacritics.
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('ha nam')
    await expect.poll(() => page.url(), { timeout: 30_000 }).toContain('q=ha+nam')
    const searchTotal = await apiTotal({ from: '2019-01', to: '2019-12', units: 'c37', q: 'ha nam' })
    expect(searchTotal).toBeGreaterThan(0)
    await expect.poll(() => page.getByText(`${formatNumber(searchTotal, 'vi')} hoạt động`, { exact: true }).isVisible(), { timeout: 30_000 }).toBe(true)

    const row = page.locator('tr', { hasText: CONFERENCE })
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1)
    expect(await row.getByText('30/12/2019', { exact: true }).isVisible()).toBe(true)
    expect(await row.getByText('Hội nghị của Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Hà Nam ngày 30/12/2019 (chưa dẫn được bài đăng gốc)').isVisible()).toBe(true)
    await row.scrollIntoViewIfNeeded()
    await screenshot(page, 'activities-vi-1440')

    // Export everything that matches (not just the page) and read the downloaded file.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: /Xuất CSV/ }).click()])
    expect(download.suggestedFilename()).toBe('hoat-dong_2019-01_2019-12.csv')
    const path = await download.path()
    const bytes = readFileSync(path)
    expect([bytes[0], bytes[1], bytes[2]]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(bytes.toString('utf8').slice(1))
    expect(rows[0]?.slice(0, 6)).toEqual(['Ngày', 'Đơn vị', 'Mã đơn vị', 'Loại hoạt động', 'Phân loại', 'Nội dung'])
    expect(rows.length - 1).toBe(searchTotal)
    const exported = rows.find((r) => r[5] === CONFERENCE)
    expect(exported?.[0]).toBe('2019-12-30')
    expect(exported?.[1]).toBe('Hà Nam (cũ)')
    expect(exported?.[10]).toBe('Hội nghị của Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Hà Nam ngày 30/12/2019 (chưa dẫn được bài đăng gốc)')
    await expect.poll(() => page.getByText(/Đã xuất .* dòng vào tệp hoat-dong_2019-01_2019-12\.csv/).isVisible(), { timeout: 30_000 }).toBe(true)

    expect(await seriousAxeViolations(page)).toEqual([])
    expect(pageErrors(page)).toEqual([])
    await page.context().close()
  })

  it('a national year exported in full: row count equals the API total, the page stays responsive', async () => {
    const page = await openPage(browser(), '/activities?from=2024-01&to=2024-12', { lang: 'en' })
    await waitForTable(page)
    const total = await apiTotal({ from: '2024-01', to: '2024-12' })
    expect(total).toBeGreaterThan(1000)
    await expect.poll(() => page.getByText(`${formatNumber(total, 'en')} activities`, { exact: true }).isVisible(), { timeout: 30_000 }).toBe(true)
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: /Export CSV/ }).click()])
    const rows = parseCsv(readFileSync(await download.path()).toString('utf8').replace(/^\uFEFF/, ''))
    expect(rows[0]?.slice(0, 3)).toEqual(['Date', 'Unit', 'Unit id'])
    expect(rows.length - 1).toBe(total)
    expect(pageErrors(page)).toEqual([])
    await page.context().close()
  })

  it('bad parameters give a notice and a way to the last page; axe passes', async () => {
    const page = await openPage(browser(), '/activities?from=2019-01&to=2019-12&units=c37&metric=meetings&sort=colour&page=9')
    const last = Math.ceil((await apiTotal({ from: '2019-01', to: '2019-12', units: 'c37', metric: 'meetings' })) / 50)
    await expect.poll(() => page.getByText(`Trang 9 không tồn tại: kết quả chỉ có ${last} trang.`).isVisible(), { timeout: 30_000 }).toBe(true)
    expect(await page.getByText(/sort=colour/).isVisible()).toBe(true)
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.getByRole('link', { name: `Đến trang cuối (trang ${last})` }).click()
    await waitForTable(page)
    expect(pageErrors(page)).toEqual([])
    await page.context().close()
  })

  it('on a phone, an article card shows no participants line and a source only where the record has one; no granularity select', async () => {
    const page = await openPage(browser(), '/activities?from=2019-12&to=2019-12&units=c37&q=ha%20nam', { lang: 'vi', width: 390, height: 844 })
    await waitForTable(page)
    expect(await page.getByLabel('Chia theo').count()).toBe(0)
    // What each visible card shows, label by label (the stacked layout labels each fact).
    const cards = await page.locator('table.records__table tbody tr').evaluateAll((rows) =>
      rows.map((row) => {
        // Runs in the page (serialised by evaluateAll), so it cannot live at module scope.
        // oxlint-disable-next-line unicorn/consistent-function-scoping
        const visible = (cell: Element | null) => cell !== null && getComputedStyle(cell).display !== 'none'
        return {
          kind: row.querySelector('.records__col--metric')?.textContent ?? '',
          participants: visible(row.querySelector('.records__col--participants')),
          source: row.querySelector('.records__col--title .records__source')?.textContent ?? null,
        }
      }),
    )
    const articles = cards.filter((c) => c.kind === 'Tin, bài')
    expect(articles.length).toBeGreaterThan(0)
    expect(articles.every((c) => !c.participants)).toBe(true)
    expect(cards.filter((c) => c.kind === 'Hội nghị, hội thảo').every((c) => c.participants)).toBe(true)
    expect(cards.filter((c) => c.source !== null).map((c) => c.source)).toEqual(['Nguồn: Hội nghị của Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Hà Nam ngày 30/12/2019 (chưa dẫn được bài đăng gốc)'])
    // In the card's title (the row's buttons name the record too, for screen readers).
    expect(await page.locator('.records__col--title').getByText(CONFERENCE).isVisible()).toBe(true)
    await screenshot(page, 'activities-vi-390-cards')
    expect(pageErrors(page)).toEqual([])
    await page.context().close()
  })

  for (const lang of ['vi', 'en'] as const) {
    for (const width of [1440, 1280, 390]) {
      it(`looks right in ${lang} at ${width} px`, async () => {
        const page = await openPage(browser(), '/activities?from=2021-01&to=2021-12&q=tong%20ket', { lang, width, height: width === 390 ? 844 : 900 })
        await waitForTable(page)
        // The table scrolls sideways inside its own box at narrow widths; the page itself does not.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect(overflow).toBeLessThanOrEqual(0)
        await screenshot(page, `activities-${lang}-${width}`)
        // Both layouts (table and stacked cards) must pass axe.
        expect(await seriousAxeViolations(page)).toEqual([])
        expect(pageErrors(page)).toEqual([])
        await page.context().close()
      })
    }
  }
})
