import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { presetRange } from '../../src/filters/filters'
import { formatNumber } from '../../src/lib/format'
import { apiFetch, openPage, pageErrors, screenshot, scrollThrough, seriousAxeViolations, sharedBrowser, skipReason } from './browser'

/** Shared machines are slow: give the UI time before a poll fails. */
const POLL = { timeout: 10_000 }

/** Waits until the overview's KPI values and every chart are drawn (the performance marks). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('ttdn:kpis-visible').length > 0, null, { timeout: 30_000 })
  // Charts are drawn as they come near the screen: scroll through until every one is.
  await expect
    .poll(
      async () => {
        await scrollThrough(page)
        return page.evaluate(() => performance.getEntriesByName('ttdn:charts-drawn').length > 0)
      },
      { timeout: 30_000 },
    )
    .toBe(true)
}

describe.skipIf(skipReason !== null)('overview in Chromium', () => {
  const browser = sharedBrowser()

  it('follows a unit and a year from the filter bar, matches the API, and opens a unit from the map', async () => {
    const page = await openPage(browser(), '/', { lang: 'en' })
    await settled(page)
    expect(await page.getByRole('heading', { level: 1, name: 'Overview' }).isVisible()).toBe(true)

    // A unit: Quảng Ninh, found without diacritics.
    await page.getByRole('button', { name: /Province \/ municipality/ }).click()
    await page.getByLabel(/Search/).fill('quang ninh')
    // The URL holds the selection, so the box is ticked once the navigation has rendered.
    await page.getByRole('checkbox', { name: 'Quảng Ninh' }).click()
    await page.getByRole('button', { name: 'Done' }).click()
    await expect.poll(() => page.url(), POLL).toContain('units=c22')
    // Wait for the screen to show the unit before the next change, as a user would.
    await expect.poll(() => page.getByRole('button', { name: /Province \/ municipality Quảng Ninh/ }).isVisible(), POLL).toBe(true)

    // A year: last year.
    await page.getByLabel('Reporting period').selectOption('year')
    await expect.poll(() => page.url(), POLL).toContain('preset=year')

    const { from, to } = presetRange('year')
    const res = await apiFetch(`/api/v1/summary?from=${from}&to=${to}&units=c22&boundary=current`)
    const body = (await res.json()) as { metrics: Array<{ metric: string; value: number }> }
    const articles = body.metrics.find((x) => x.metric === 'articles')?.value ?? -1
    expect(articles).toBeGreaterThan(0)
    const card = page.getByRole('article', { name: 'News items & articles' })
    await expect.poll(() => card.getByRole('group', { name: 'News items & articles', exact: true }).textContent(), POLL).toBe(formatNumber(articles, 'en'))
    await expect.poll(() => page.getByRole('heading', { level: 1 }).locator('xpath=..').textContent(), POLL).toContain('Quảng Ninh')

    // Quảng Ninh is in colour, the rest muted; open Hà Nội from the map.
    const map = page.getByRole('list', { name: /Tile map of the 34 provinces/ })
    await expect.poll(() => map.getByRole('link', { name: /outside the filter/ }).count(), POLL).toBe(33)
    const hanoi = map.getByRole('link', { name: /^Hà Nội / })
    await hanoi.hover()
    await expect.poll(() => hanoi.locator('.tile__tip').isVisible(), POLL).toBe(true)
    await screenshot(page, 'overview-en-1440-filtered')
    await hanoi.click()
    await expect.poll(() => new URL(page.url()).pathname, POLL).toBe('/units/c01')
    expect(new URL(page.url()).search).toContain('units=c22')
    expect(pageErrors(page)).toEqual([])
    await page.context().close()
  })

  it('makes the map one Tab stop: the arrow keys move in the grid, Enter opens the unit with focus on its heading', async () => {
    const page = await openPage(browser(), '/?preset=year', { lang: 'vi' })
    await settled(page)
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.unit ?? document.activeElement?.tagName ?? null)
    // From the control before the map, Tab enters the map once (on its first tile) and the next Tab leaves it.
    await page.locator('.overview-map').getByRole('button', { name: 'Xem bảng số liệu' }).focus()
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('c12') // Lai Châu, top row, leftmost
    await page.keyboard.press('Tab')
    expect(await focused()).not.toMatch(/^c\d\d$/)
    await page.keyboard.press('Shift+Tab')
    expect(await focused()).toBe('c12')
    await page.keyboard.press('ArrowRight')
    expect(await focused()).toBe('c15') // Lào Cai
    const tip = page.locator('[data-unit="c15"] .tile__tip')
    await expect.poll(() => tip.isVisible(), POLL).toBe(true)
    await page.keyboard.press('ArrowDown')
    expect(await focused()).toBe('c25') // Phú Thọ
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url(), POLL).toContain('/units/c25?preset=year')
    await expect.poll(() => page.evaluate(() => (document.activeElement?.tagName === 'H1' ? document.activeElement.textContent : null)), POLL).toBe('Phú Thọ')
    // Back on the Overview (a new page reached by a link), the Tab order again holds one tile.
    await page.getByRole('link', { name: 'Tổng quan' }).click()
    await settled(page)
    await expect.poll(() => page.locator('.tile-map [tabindex="0"]').count(), POLL).toBe(1)
    await page.context().close()
  })

  it('draws every tile at the same height, where names wrap too (390 px, en)', async () => {
    const page = await openPage(browser(), '/?preset=year', { lang: 'en', width: 390, height: 844 })
    await settled(page)
    const heights = await page.locator('.tile').evaluateAll((tiles) => tiles.map((t) => Math.round(t.getBoundingClientRect().height)))
    expect(heights).toHaveLength(34)
    expect(new Set(heights).size).toBe(1)
    // Some names wrap onto two lines at this width: the equal heights are not a coincidence.
    const lines = await page.locator('.tile__name').evaluateAll((names) => names.map((n) => Math.round(n.getBoundingClientRect().height)))
    expect(new Set(lines).size).toBeGreaterThan(1)
    await page.context().close()
  })

  it('has no serious or critical axe violations, with the charts and in table view', async () => {
    const page = await openPage(browser(), '/?boundary=reported&preset=year', { lang: 'vi' })
    await settled(page)
    expect(await seriousAxeViolations(page)).toEqual([])
    // Each switched card's button is renamed, so always take the first one left.
    const toTable = page.getByRole('button', { name: 'Xem bảng số liệu' })
    expect(await toTable.count()).toBe(4)
    while ((await toTable.count()) > 0) await toTable.first().click()
    // Chart cards render their body as a deferred value: wait for the tables to be drawn.
    await expect.poll(() => page.getByRole('table').count()).toBe(4)
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.context().close()
  })

  for (const lang of ['vi', 'en'] as const) {
    for (const width of [1440, 1280, 390]) {
      it(`looks right at ${width} px in ${lang}`, async () => {
        const page = await openPage(browser(), '/', { lang, width, height: width < 500 ? 844 : 900 })
        await settled(page)
        await screenshot(page, `overview-${lang}-${width}`)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect(overflow).toBeLessThanOrEqual(0)
        expect(pageErrors(page)).toEqual([])
        await page.context().close()
      })
    }
  }
})
