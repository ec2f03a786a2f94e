/**
 * The filter bar's layout in Chromium, where jsdom sees none: the unit picker inside the
 * viewport at every width, the month selects showing their month on a phone, the bar folded
 * into one line there, and axe clean with all of it open.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openPage, pageErrors, screenshot, seriousAxeViolations, sharedBrowser, skipReason } from './browser'

/** How long a condition may take to hold on a loaded two-core machine. */
const WAIT = { timeout: 20_000 }

const WORDS = {
  vi: { filters: 'Bộ lọc', units: 'Tỉnh / thành phố', clear: 'Bỏ chọn tất cả', done: 'Xong', granularity: 'Chia theo', from: 'Từ tháng', to: 'Đến tháng' },
  en: { filters: 'Filters', units: 'Province / municipality', clear: 'Clear selection', done: 'Done', granularity: 'Group by', from: 'From month', to: 'To month' },
} as const

/** Whether the element's box lies inside the viewport (a pixel of rounding allowed). */
async function insideViewport(page: Page, selector: ReturnType<Page['locator']>): Promise<{ box: unknown; inside: boolean }> {
  const box = await selector.boundingBox()
  const viewport = page.viewportSize()
  if (!box || !viewport) return { box, inside: false }
  const inside = box.x >= -0.5 && box.y >= -0.5 && box.x + box.width <= viewport.width + 0.5 && box.y + box.height <= viewport.height + 0.5
  return { box, inside }
}

/** Opens the folded bar of a phone-width page (the full bar is always open on a wide one). */
async function openBar(page: Page, lang: 'vi' | 'en'): Promise<void> {
  await expect.poll(() => page.getByRole('region', { name: WORDS[lang].filters }).isVisible(), WAIT).toBe(true)
  const fold = page.getByRole('button', { name: WORDS[lang].filters, exact: true })
  if (await fold.isVisible()) await fold.click()
}

describe.skipIf(skipReason !== null)('filter bar in Chromium', () => {
  const browser = sharedBrowser()

  for (const [lang, width] of [
    ['vi', 1440],
    ['vi', 1280],
    ['en', 1280],
    ['vi', 390],
    ['vi', 320],
    ['en', 320],
  ] as const) {
    it(`keeps the open unit picker inside the viewport at ${width} px (${lang})`, async () => {
      const w = WORDS[lang]
      const page = await openPage(browser(), '/', { lang, width, height: width < 500 ? 844 : 900 })
      await openBar(page, lang)
      await page.getByRole('button', { name: new RegExp(`^${w.units}`) }).click()
      const panel = page.getByRole('dialog', { name: w.units })
      await expect.poll(() => panel.isVisible(), WAIT).toBe(true)
      for (const part of [panel, panel.getByRole('button', { name: w.done }), panel.getByRole('button', { name: w.clear }), panel.getByRole('searchbox')]) {
        expect(await insideViewport(page, part)).toMatchObject({ inside: true })
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow).toBe(0)
      await screenshot(page, `filter-bar-picker-${lang}-${width}`)
      expect(pageErrors(page)).toEqual([])
      await page.context().close()
    })
  }

  it('keeps the picker open on a click inside it, and closes it when focus moves on', async () => {
    const page = await openPage(browser(), '/', { width: 1280 })
    const button = page.getByRole('button', { name: /^Tỉnh \/ thành phố/ })
    await button.focus()
    await page.keyboard.press('Enter')
    const panel = page.getByRole('dialog', { name: 'Tỉnh / thành phố' })
    await expect.poll(() => panel.isVisible(), WAIT).toBe(true)
    await expect.poll(() => panel.getByRole('searchbox').evaluate((el) => el === document.activeElement), WAIT).toBe(true)
    // A click on a region's name (not a control) keeps it open.
    await panel.getByText('Cấp Trung ương').click()
    expect(await panel.isVisible()).toBe(true)
    await page.keyboard.down('Shift')
    await page.keyboard.press('Tab') // from the panel back to the button
    await page.keyboard.press('Tab') // out of the picker
    await page.keyboard.up('Shift')
    await expect.poll(() => panel.isVisible(), WAIT).toBe(false)
    expect(await button.getAttribute('aria-expanded')).toBe('false')
    await page.context().close()
  })

  for (const lang of ['vi', 'en'] as const) {
    for (const path of ['/', '/activities']) {
      it(`shows the whole month in the month selects at 390 px (${lang}, ${path})`, async () => {
        const w = WORDS[lang]
        const page = await openPage(browser(), `${path}${path.includes('?') ? '&' : '?'}from=2025-11&to=2026-10`, { lang, width: 390, height: 844 })
        await openBar(page, lang)
        for (const legend of [w.from, w.to]) {
          const select = page.getByRole('group', { name: legend }).getByRole('combobox').first()
          await expect.poll(() => select.isVisible(), WAIT).toBe(true)
          // As wide as the select needs for its longest option ("Tháng 10"), i.e. nothing cut.
          const { shown, needed } = await select.evaluate((el: HTMLElement) => {
            const clone = el.cloneNode(true) as HTMLElement
            clone.style.cssText = 'position:absolute;visibility:hidden;width:auto;min-width:0;flex:none'
            document.body.append(clone)
            const natural = clone.getBoundingClientRect().width
            clone.remove()
            return { shown: el.getBoundingClientRect().width, needed: natural }
          })
          expect(shown).toBeGreaterThanOrEqual(needed - 0.5)
        }
        await screenshot(page, `filter-bar-months-${lang}-390${path.replaceAll('/', '-')}`)
        await page.context().close()
      })
    }
  }

  it('folds into one line on a phone, so the figures come first, and opens from the keyboard', async () => {
    const page = await openPage(browser(), '/?from=2026-01&to=2026-10', { width: 390, height: 844 })
    const fold = page.getByRole('button', { name: 'Bộ lọc', exact: true })
    await expect.poll(() => fold.isVisible(), WAIT).toBe(true)
    expect(await fold.getAttribute('aria-expanded')).toBe('false')
    const summary = await fold.evaluate((el) => {
      const p = document.getElementById(el.getAttribute('aria-describedby') ?? '')
      return { text: p?.textContent, height: p?.getBoundingClientRect().height ?? 0, lineHeight: parseFloat(p ? getComputedStyle(p).lineHeight : '0') }
    })
    expect(summary.text).toBe('01–10/2026 · Toàn quốc · Sau sắp xếp (34)')
    expect(summary.height).toBeLessThan(summary.lineHeight * 1.5) // one line
    expect(await page.getByLabel('Chia theo').isVisible()).toBe(false)
    // The first figure is high on the first screen, below a header that also names who is
    // signed in (its own row on a phone) and the one-line filter bar.
    const firstKpi = page.getByRole('article', { name: 'Tin, bài' })
    await expect.poll(() => firstKpi.isVisible(), WAIT).toBe(true)
    expect((await firstKpi.boundingBox())?.y).toBeLessThan(360)

    await fold.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByLabel('Chia theo').isVisible(), WAIT).toBe(true)
    expect(await fold.getAttribute('aria-expanded')).toBe('true')
    await screenshot(page, 'filter-bar-open-vi-390')
    await page.context().close()
  })

  it('shows the full bar and no fold on a wide screen', async () => {
    const page = await openPage(browser(), '/', { width: 1280 })
    await expect.poll(() => page.getByLabel('Chia theo').isVisible(), WAIT).toBe(true)
    expect(await page.getByRole('button', { name: 'Bộ lọc', exact: true }).isVisible()).toBe(false)
    await page.context().close()
  })

  it('has no serious or critical axe violations with the bar open and a former unit explained (390 px, en)', async () => {
    const page = await openPage(browser(), '/', { lang: 'en', width: 390, height: 844 })
    await openBar(page, 'en')
    await page.getByRole('button', { name: /^Province \/ municipality/ }).click()
    await page.getByRole('searchbox', { name: 'Search provinces (diacritics optional)' }).fill('ha nam')
    await expect.poll(() => page.getByText('Hà Nam (former) — part of Ninh Bình from 1 Jul 2025').isVisible(), WAIT).toBe(true)
    await screenshot(page, 'filter-bar-former-en-390')
    expect(await seriousAxeViolations(page)).toEqual([])

    // One click picks the successor; the picker stays open, with focus in its search box.
    const panel = page.getByRole('dialog', { name: 'Province / municipality' })
    await panel.getByRole('button', { name: 'Select Ninh Bình' }).click()
    await expect.poll(() => page.url(), WAIT).toContain('units=c37')
    await expect.poll(() => panel.getByRole('button', { name: 'Ninh Bình selected' }).isDisabled(), WAIT).toBe(true)
    expect(await panel.isVisible()).toBe(true)
    expect(await panel.getByRole('searchbox').evaluate((el) => el === document.activeElement)).toBe(true)
    await page.context().close()
  })
})
