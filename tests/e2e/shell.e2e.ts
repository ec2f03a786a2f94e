import { describe, expect, it } from 'vitest'
import { apiFetch, openPage, pageErrors, screenshot, seriousAxeViolations, sharedBrowser, skipReason } from './browser'

describe.skipIf(skipReason !== null)('app shell in Chromium (smoke)', () => {
  const browser = sharedBrowser()

  it('serves the API from the production server next to the built app', async () => {
    const res = await apiFetch(`/api/v1/org-units?boundary=current`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { units: unknown[] }
    expect(body.units).toHaveLength(35)
    const bad = await apiFetch(`/api/v1/stats?metric=nope&from=2024-01&to=2024-12`)
    expect(bad.status).toBe(400)
  })

  it('opens in Vietnamese, navigates, switches to English and remembers it', async () => {
    const page = await openPage(browser(), '/')
    await expect.poll(() => page.getByRole('navigation', { name: 'Điều hướng chính' }).isVisible()).toBe(true)
    expect(await page.getAttribute('html', 'lang')).toBe('vi')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true)
    await screenshot(page, 'shell-vi-1440')

    await page.getByRole('link', { name: 'Hoạt động' }).click()
    await expect.poll(() => page.url()).toContain('/activities')

    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => page.getByRole('link', { name: 'Activities' }).isVisible()).toBe(true)
    await page.reload()
    await expect.poll(() => page.getByRole('link', { name: 'Training' }).isVisible()).toBe(true)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await screenshot(page, 'shell-en-1440')
    expect(pageErrors(page)).toEqual([])
    await page.context().close()
  })

  it('keeps filters in the URL, reports a bad parameter, and works at 390 px', async () => {
    const page = await openPage(browser(), '/?granularity=weekly&units=c22', { width: 390, height: 844 })
    await expect.poll(() => page.getByText('granularity=weekly').isVisible()).toBe(true)
    // On a phone the bar is folded into one line; it opens the full bar.
    await page.getByRole('button', { name: 'Bộ lọc' }).click()
    await expect.poll(() => page.getByRole('button', { name: /Quảng Ninh/ }).isVisible()).toBe(true)
    await page.getByLabel('Chia theo').selectOption('quarter')
    await expect.poll(() => page.url()).toContain('granularity=quarter')
    await page.goBack()
    await expect.poll(() => page.url()).toContain('granularity=weekly')
    await screenshot(page, 'shell-vi-390')
    await page.context().close()
  })

  it('paints the rendered page, figures included, before it asks for any script, then hydrates it', async () => {
    const page = await openPage(browser(), '/units', { width: 412, height: 823 })
    const timing = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.js'))
        .map((entry) => ({ name: entry.name.replace(location.origin, ''), start: entry.startTime }))
      return { fcp, scripts }
    })
    expect(timing.fcp).not.toBeNull()
    expect(timing.scripts.length).toBeGreaterThan(3)
    expect(timing.scripts.filter((script) => script.start < (timing.fcp ?? 0))).toEqual([])
    // Hydrated: the table's sort buttons answer (the server's HTML alone would not).
    await page.getByRole('button', { name: /Số lượng/ }).first().click()
    await expect.poll(() => page.url()).toContain('sort=')
    expect(pageErrors(page)).toEqual([])
    await page.context().close()
  })

  it('has no serious or critical axe violations', async () => {
    const page = await openPage(browser(), '/')
    await expect.poll(() => page.getByRole('navigation', { name: 'Điều hướng chính' }).isVisible()).toBe(true)
    await page.getByRole('button', { name: /Toàn quốc/ }).click()
    const violations = await seriousAxeViolations(page)
    expect(violations).toEqual([])
    await page.context().close()
  })
})
