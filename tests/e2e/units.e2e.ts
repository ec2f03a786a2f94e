import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { apiFetch, openPage, pageErrors, screenshot, seriousAxeViolations, sharedBrowser, skipReason } from './browser'

/** The values of a metric column as numbers, in the order shown (national row left out). */
async function columnValues(page: Page, metricIndex: number): Promise<number[]> {
  return page.$$eval(
    '.units-table tbody tr:not(.units-table__national)',
    // Cells per metric: value, change, rank, and "% of plan" when the range lies in one year.
    (rows, index) =>
      rows.map((r) => {
        const cells = r.querySelectorAll('td')
        return Number((cells[index * (cells.length / 5)]?.textContent ?? '').replace(/[.,]/g, ''))
      }),
    metricIndex,
  )
}

async function tableReady(page: Page): Promise<void> {
  await page.locator('.units-table tbody tr').first().waitFor({ timeout: 30_000 })
}

describe.skipIf(skipReason !== null)('units table and unit page in Chromium', () => {
  const browser = sharedBrowser()

  it('filters by a province and a year, sorts the table, opens a unit and shows its history', async () => {
    const page = await openPage(browser(), '/units')
    await tableReady(page)

    // A year: the last whole year's preset. Provinces: two, chosen in the filter bar's picker.
    await page.getByLabel('Kỳ báo cáo').selectOption('year')
    await expect.poll(() => page.url()).toContain('preset=year')
    await page.getByRole('button', { name: /Tỉnh \/ thành phố/ }).click()
    const search = page.getByPlaceholder('Tìm tỉnh, thành phố (không cần dấu)')
    await search.fill('ninh')
    // The picker's boxes follow the URL, so each click is one navigation: wait for it.
    for (const name of ['Ninh Bình', 'Quảng Ninh', 'Bắc Ninh']) {
      const box = page.getByRole('checkbox', { name, exact: true })
      await box.click()
      await expect.poll(() => box.isChecked()).toBe(true)
    }
    await page.getByRole('button', { name: 'Xong' }).click()
    await expect.poll(() => page.url()).toContain('units=')
    await expect.poll(() => page.locator('.units-table tbody tr').count()).toBe(3)

    // Sort by trainees, highest first, then check against the API's figures.
    await page.getByRole('button', { name: 'Học viên: Số lượng' }).click()
    await expect.poll(() => page.url()).toContain('sort=-trainees')
    const year = new Date().getFullYear() - 1
    const api = (await (
      await apiFetch(`/api/v1/stats?metric=trainees&from=${year}-01&to=${year}-12&by=unit&units=c37,c22,c24`)
    ).json()) as { rows: { unit: string; value: number }[] }
    const expected = api.rows.map((r) => r.value).toSorted((a, b) => b - a)
    expect(expected).toHaveLength(3)
    // The URL changes first; the table follows in the same navigation's render.
    await expect.poll(() => columnValues(page, 4)).toEqual(expected)
    await expect.poll(() => page.getByRole('columnheader', { name: /Học viên: Số lượng/ }).getAttribute('aria-sort')).toBe('descending')
    await screenshot(page, 'units-filtered-vi-1440')

    // Open a unit: its page keeps the filters and tells its history.
    await page.getByRole('link', { name: 'Ninh Bình' }).click()
    await expect.poll(() => page.url()).toContain('/units/c37?')
    const history = page.getByRole('complementary', { name: 'Sắp xếp đơn vị hành chính năm 2025' })
    await expect.poll(() => history.textContent()).toContain('Hình thành từ 01/07/2025 trên cơ sở sắp xếp Hà Nam, Nam Định và Ninh Bình')
    await history.getByRole('link', { name: 'Hà Nam' }).click()
    await expect.poll(() => page.url()).toContain('/units/f35?')
    await expect.poll(() => page.getByRole('complementary').first().textContent()).toContain('Đã hợp nhất vào Ninh Bình từ ngày 01/07/2025')
    expect(pageErrors(page)).toEqual([])
    await page.context().close()
  })

  it('has no serious or critical axe violations on the table and a unit page', async () => {
    for (const path of ['/units?preset=year&sort=-articles', '/units/c37?preset=year']) {
      const page = await openPage(browser(), path)
      await page.locator(path.includes('/units/') ? '.kpi-card' : '.units-table tbody tr').first().waitFor({ timeout: 30_000 })
      await page.waitForLoadState('networkidle')
      const violations = await seriousAxeViolations(page)
      expect({ path, violations }).toEqual({ path, violations: [] })
      await page.context().close()
    }
  })

  // One test per language and width (each opens three pages), so that each stays well inside
  // its timeout on a loaded two-core machine.
  const views = (['vi', 'en'] as const).flatMap((lang) => [1440, 390].map((width) => ({ lang, width })))
  it.each(views)('takes screenshots of the table and a unit page ($lang, $width px)', async ({ lang, width }) => {
    const height = width === 390 ? 844 : 900
    const table = await openPage(browser(), '/units?from=2025-01&to=2025-12&boundary=reported&sort=-articles', { lang, width, height })
    await tableReady(table)
    await table.waitForLoadState('networkidle')
    // A phone has one metric's columns, the one sorted by; a desktop all five.
    const groups = await table.locator('.units-table thead th[scope="colgroup"]').evaluateAll((cells) => cells.filter((cell) => getComputedStyle(cell).display !== 'none').map((cell) => cell.textContent))
    expect(groups).toHaveLength(width === 390 ? 1 : 5)
    expect(groups[0]).toBe(lang === 'vi' ? 'Tin, bài' : 'News items & articles')
    // The first column stays in view when the table scrolls sideways.
    const scroller = table.locator('.units-table-scroll')
    await scroller.evaluate((el) => {
      el.scrollLeft = 400
    })
    const left = await table.locator('.units-table tbody tr').nth(1).locator('th').evaluate((el) => el.getBoundingClientRect().left)
    const boxLeft = await scroller.evaluate((el) => el.getBoundingClientRect().left)
    expect(Math.abs(left - boxLeft)).toBeLessThan(2)
    await scroller.evaluate((el) => (el.scrollLeft = 0))
    // Only the table scrolls sideways, never the page.
    expect(await table.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
    await screenshot(table, `units-table-${lang}-${width}`)
    await table.context().close()

    for (const id of ['c37', 'f35']) {
      const unit = await openPage(browser(), `/units/${id}?preset=year`, { lang, width, height })
      await unit.locator('.kpi-card').first().waitFor({ timeout: 30_000 })
      await unit.locator('.chart .recharts-surface, .records__table').first().waitFor({ timeout: 30_000 })
      await unit.waitForLoadState('networkidle')
      expect(await unit.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
      await screenshot(unit, `unit-${id}-${lang}-${width}`)
      expect(pageErrors(unit)).toEqual([])
      await unit.context().close()
    }
  })
})
