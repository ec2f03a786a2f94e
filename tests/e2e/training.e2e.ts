import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { apiFetch, openPage, pageErrors, screenshot, scrollThrough, seriousAxeViolations, sharedBrowser, skipReason } from './browser'

/** The headline figure of a KPI card (its label names both), as digits. */
async function kpiDigits(page: Page, name: string): Promise<string> {
  const text = (await page.getByRole('article', { name, exact: true }).getByRole('group', { name, exact: true }).textContent()) ?? ''
  return text.replace(/\D/g, '')
}

const WAIT = { timeout: 30_000 }

describe.skipIf(skipReason !== null)('training screen in Chromium', () => {
  const browser = sharedBrowser()

  it('picks a year and a region, matches the API, exports the course list', async () => {
    const page = await openPage(browser(), '/training')
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Tập huấn' }).isVisible(), WAIT).toBe(true)

    // A year: the preset "Cả năm", the last whole year.
    await page.getByLabel('Kỳ báo cáo').selectOption('year')
    await expect.poll(() => page.url(), WAIT).toContain('preset=year')

    // A region: the unit picker's region checkbox.
    await page.getByRole('button', { name: /Tỉnh \/ thành phố/ }).click()
    await page.getByRole('checkbox', { name: 'Chọn cả vùng Đồng bằng sông Hồng' }).click()
    await page.keyboard.press('Escape')
    await expect.poll(() => page.url(), WAIT).toContain('units=')

    // The year the preset chose, as the filter bar shows it.
    const year = await page.getByRole('combobox', { name: 'Từ tháng – năm' }).inputValue()
    const url = new URL(page.url())
    const units = url.searchParams.get('units') ?? ''
    expect(units.split(',').length).toBeGreaterThan(1)
        const api = (await (await apiFetch(`/api/v1/summary?from=${year}-01&to=${year}-12&units=${units}&boundary=current`)).json()) as {
      metrics: Array<{ metric: string; value: number }>
    }
    const courses = api.metrics.find((m) => m.metric === 'trainings')?.value ?? -1
    const trainees = api.metrics.find((m) => m.metric === 'trainees')?.value ?? -1
    expect(courses).toBeGreaterThan(0)
    await expect.poll(() => kpiDigits(page, 'Lớp tập huấn, bồi dưỡng'), WAIT).toBe(String(courses))
    expect(await kpiDigits(page, 'Học viên')).toBe(String(trainees))

    // The course list counts the same courses, and exports them all.
    const list = page.getByRole('region', { name: 'Danh sách lớp tập huấn' })
    await expect.poll(() => list.getByText(`${courses.toLocaleString('vi-VN')} lớp`, { exact: true }).isVisible(), WAIT).toBe(true)
    const [download] = await Promise.all([page.waitForEvent('download'), list.getByRole('button', { name: /Xuất danh sách lớp/ }).click()])
    expect(download.suggestedFilename()).toMatch(/^lop-tap-huan_\d{4}-01_\d{4}-12.*\.csv$/)
    const file = readFileSync((await download.path()) ?? '', 'utf8')
    expect(file.charCodeAt(0)).toBe(0xfeff)
    const lines = file.slice(1).trim().split(/\r\n/)
    expect(lines.length - 1).toBe(courses)
    expect(lines[0]).toContain('Ngày')

    await screenshot(page, 'training-vi-1440')
    expect(await seriousAxeViolations(page)).toEqual([])
    // The tables behind the charts pass too.
    const toTable = page.getByRole('button', { name: 'Xem bảng số liệu' })
    // Each click renames its button ("Xem biểu đồ"), so always take the first one left.
    while ((await toTable.count()) > 0) await toTable.first().click()
    await screenshot(page, 'training-vi-1440-tables')
    expect(await seriousAxeViolations(page)).toEqual([])
    expect(pageErrors(page)).toEqual([])
    await page.context().close()
  })

  for (const [lang, width] of [
    ['en', 1440],
    ['vi', 390],
    ['en', 390],
    ['vi', 1280],
  ] as const) {
    it(`looks right in ${lang} at ${width} px (as reported, 2025)`, async () => {
      const page = await openPage(browser(), '/training?from=2025-01&to=2025-12&boundary=reported&granularity=quarter', { lang, width, height: 900 })
      await expect.poll(() => page.locator('.kpi-card').count(), WAIT).toBe(3)
      // Charts are drawn as they come near the screen.
      await expect
        .poll(
          async () => {
            await scrollThrough(page)
            return page.locator('.chart svg').count()
          },
          { timeout: 30_000 },
        )
        .toBeGreaterThan(2)
      await expect.poll(() => page.locator('.records__table').count(), WAIT).toBe(1)
      await screenshot(page, `training-${lang}-${width}`)
      expect(await seriousAxeViolations(page)).toEqual([])
      expect(pageErrors(page)).toEqual([])
      await page.context().close()
    })
  }
})
