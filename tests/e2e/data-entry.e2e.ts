/**
 * Data entry end to end, in Chromium against the production server (`node dist-server/main.js`):
 * a reporter adds a conference dated today and sees the meetings figure rise by one without a
 * reload, edits it, deletes it and sees the figure return; a viewer gets no edit controls and a
 * forced write is refused; two tabs editing one record end in the conflict view; axe finds no
 * serious or critical violation on the forms; in Vietnamese and English.
 *
 * These tests write records, so they run against a production server of their own over a fresh
 * data directory, never the shared one the other e2e files compare with their oracle.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest'
import { buildProduction, startProductionServer, type ProductionServer } from '../support/production-server'
import { signIn } from '../support/session'
import { CHROMIUM_ARGS } from '../support/preview-server'
import { screenReady, seriousAxeViolations, skipReason } from './browser'

/** Today in Vietnam, computed here rather than with the app's helper. */
function todayInVietnam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date())
}

const WORDS = {
  vi: {
    meetings: 'Hội nghị, hội thảo',
    kind: 'Loại hồ sơ',
    add: /Thêm hoạt động/,
    date: /^Ngày/,
    category: /^Loại hội nghị/,
    title: /^Tiêu đề/,
    format: /^Hình thức/,
    attendees: /^Số người tham dự/,
    save: 'Lưu',
    edit: /^Sửa — /,
    delete: /^Xóa — /,
    history: /^Lịch sử — /,
    confirmDelete: 'Xóa hồ sơ',
    conflict: 'Hồ sơ đã được người khác thay đổi',
    takeCurrent: 'Dùng bản hiện tại',
    overview: 'Tổng quan',
    close: 'Đóng',
  },
  en: {
    meetings: 'Conferences & seminars',
    kind: 'Kind of record',
    add: /Add a record/,
    date: /^Date/,
    category: /^Kind of meeting/,
    title: /^Title/,
    format: /^Format/,
    attendees: /^Attendees/,
    save: 'Save',
    edit: /^Edit — /,
    delete: /^Delete — /,
    history: /^History — /,
    confirmDelete: 'Delete record',
    conflict: 'Someone else changed this record',
    takeCurrent: 'Use the current one',
    overview: 'Overview',
    close: 'Close',
  },
} as const

/** The meetings KPI figure of the page (Overview or unit page), as a number. */
async function meetingsFigure(page: Page, lang: 'vi' | 'en'): Promise<number> {
  const figure = page.getByRole('article', { name: WORDS[lang].meetings }).getByRole('group', { name: WORDS[lang].meetings })
  await figure.waitFor({ timeout: 60_000 })
  const text = (await figure.textContent()) ?? ''
  const digits = text.match(/\d[\d.,]*/)?.[0] ?? ''
  return Number(digits.replace(/[.,]/g, ''))
}

async function expectNoSeriousAxe(page: Page, where: string) {
  const violations = await seriousAxeViolations(page)
  expect(violations, `${where}: ${JSON.stringify(violations, null, 1)}`).toEqual([])
}

describe.skipIf(skipReason !== null)('data entry in Chromium (own production server)', () => {
  let server: ProductionServer
  let dataDir: string
  let browser: Browser
  const e2e = inject('e2e')

  beforeAll(async () => {
    buildProduction()
    dataDir = mkdtempSync(join(tmpdir(), 'ttdn-e2e-entry-'))
    server = await startProductionServer({ dataDir })
    if (!('chromiumPath' in e2e)) throw new Error('Chromium is not available')
    browser = await chromium.launch({ executablePath: e2e.chromiumPath, headless: true, args: CHROMIUM_ARGS })
  }, 300_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  /** A browser context signed in as `username` over the API on this file's server, in a language. */
  async function signedIn(username: string, lang: 'vi' | 'en'): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    await context.addInitScript((l) => localStorage.setItem('ttdn.lang', l), lang)
    const [name = '', value = ''] = (await signIn(server.baseUrl, username)).cookie.split('=')
    // The language as the app keeps a choice: in the browser's storage and in the cookie the server reads.
    await context.addCookies([
      { name, value, url: server.baseUrl, httpOnly: true, sameSite: 'Lax' },
      { name: 'ttdn.lang', value: lang, url: server.baseUrl, sameSite: 'Lax' },
    ])
    return context
  }

  async function open(context: BrowserContext, path: string): Promise<Page> {
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}${path}`)
    await screenReady(page)
    return page
  }



  for (const lang of ['vi', 'en'] as const) {
    const w = WORDS[lang]
    it(`${lang}: a reporter adds a conference dated today, sees the figure rise, edits it, deletes it, and sees the figure return`, async () => {
      const today = todayInVietnam()
      const month = today.slice(0, 7)
      const range = `from=${month}&to=${month}&units=c37`
      const context = await signedIn('reporter-c37', lang)
      try {
        const overview = await open(context, `/?${range}`)
        const before = await meetingsFigure(overview, lang)
        await overview.close()

        const page = await open(context, `/units/c37?from=${month}&to=${month}`)
        const unitBefore = await meetingsFigure(page, lang)
        expect(unitBefore).toBe(before)
        await page.getByRole('combobox', { name: w.kind }).selectOption('meetings')
        await page.getByRole('button', { name: w.add }).click()
        const dialog = page.getByRole('dialog')
        await dialog.waitFor()
        await expectNoSeriousAxe(page, 'empty form')

        // Submitting empty shows the errors; axe checks that state too.
        await dialog.getByRole('button', { name: w.save, exact: true }).click()
        await expect.poll(() => dialog.getByLabel(w.date).getAttribute('aria-invalid')).toBe('true')
        await expectNoSeriousAxe(page, 'form with errors')

        const title = `E2E ${lang} hội nghị ${Date.now()}`
        await dialog.getByLabel(w.date).fill(today)
        await dialog.getByLabel(w.category).selectOption('conference')
        await dialog.getByLabel(w.title).fill(title)
        await dialog.getByLabel(w.format).selectOption('in-person')
        await dialog.getByLabel(w.attendees).fill('120')
        await dialog.getByRole('button', { name: w.save, exact: true }).click()
        await dialog.waitFor({ state: 'detached' })

        // The same page's figure rises without a reload, and so does the Overview's.
        await expect.poll(() => meetingsFigure(page, lang), { timeout: 30_000 }).toBe(before + 1)
        await page.getByRole('link', { name: w.overview, exact: true }).click()
        await expect.poll(() => meetingsFigure(page, lang), { timeout: 30_000 }).toBe(before + 1)
        await page.goBack()

        // Edit the attendees.
        const row = page.getByRole('row').filter({ hasText: title })
        await row.getByRole('button', { name: w.edit }).click()
        await dialog.waitFor()
        await expect.poll(() => dialog.getByLabel(w.attendees).inputValue()).toBe('120')
        await dialog.getByLabel(w.attendees).fill('150')
        await dialog.getByRole('button', { name: w.save, exact: true }).click()
        await dialog.waitFor({ state: 'detached' })
        await expect.poll(() => row.textContent()).toContain('150')

        // Its history says who changed what.
        await row.getByRole('button', { name: w.history }).click()
        await dialog.waitFor()
        await expect.poll(() => dialog.textContent(), { timeout: 30_000 }).toContain('120 → 150')
        expect(await dialog.textContent()).toContain('reporter-c37')
        await expectNoSeriousAxe(page, 'history')
        await page.keyboard.press('Escape')
        await dialog.waitFor({ state: 'detached' })

        // Delete it: the figure returns.
        await row.getByRole('button', { name: w.delete }).click()
        await dialog.getByRole('button', { name: w.confirmDelete }).click()
        await dialog.waitFor({ state: 'detached' })
        await expect.poll(() => meetingsFigure(page, lang), { timeout: 30_000 }).toBe(before)
        await page.getByRole('link', { name: w.overview, exact: true }).click()
        await expect.poll(() => meetingsFigure(page, lang), { timeout: 30_000 }).toBe(before)
      } finally {
        await context.close()
      }
    })
  }

  it('gives a viewer no edit controls, and the server refuses a forced write with 403', async () => {
    const context = await signedIn('viewer', 'vi')
    try {
      const page = await open(context, '/units/c37')
      await page.getByRole('button', { name: /^Lịch sử — / }).first().waitFor({ timeout: 60_000 })
      expect(await page.getByRole('button', { name: /Thêm hoạt động/ }).count()).toBe(0)
      expect(await page.getByRole('button', { name: /^Sửa — / }).count()).toBe(0)
      expect(await page.getByRole('button', { name: /^Xóa — / }).count()).toBe(0)
      const today = todayInVietnam()
      const status = await page.evaluate(async (date) => {
        const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string }
        const response = await fetch('/api/v1/activities', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
          body: JSON.stringify({ unit: 'c37', kind: 'meetings', date, category: 'conference', title: 'Forced', quantity: 1, participants: 10, format: 'online', recipient: null }),
        })
        return response.status
      }, today)
      expect(status).toBe(403)
    } finally {
      await context.close()
    }
  })

  for (const lang of ['vi', 'en'] as const) {
    const w = WORDS[lang]
    it(`${lang}: two tabs editing the same record: the second save shows the conflict`, async () => {
      const today = todayInVietnam()
      const month = today.slice(0, 7)
      const context = await signedIn('reporter-c37', lang)
      try {
        // The record both tabs edit, created over the API with the session's token.
        const setup = await open(context, `/units/c37?from=${month}&to=${month}`)
        const title = `E2E ${lang} conflict ${Date.now()}`
        const created = await setup.evaluate(
          async ({ date, title: name }) => {
            const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string }
            const response = await fetch('/api/v1/activities', {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
              body: JSON.stringify({ unit: 'c37', kind: 'meetings', date, category: 'seminar', title: name, quantity: 1, participants: 40, format: 'online', recipient: null }),
            })
            return response.status
          },
          { date: today, title },
        )
        expect(created).toBe(201)
        await setup.close()

        const tabs = [await open(context, `/units/c37?from=${month}&to=${month}`), await open(context, `/units/c37?from=${month}&to=${month}`)]
        for (const tab of tabs) {
          const row = tab.getByRole('row').filter({ hasText: title })
          await row.getByRole('button', { name: w.edit }).click({ timeout: 60_000 })
          await tab.getByRole('dialog').getByLabel(w.attendees).fill(tab === tabs[0] ? '41' : '42')
        }
        const [first, second] = tabs as [Page, Page]
        await first.getByRole('dialog').getByRole('button', { name: w.save, exact: true }).click()
        await first.getByRole('dialog').waitFor({ state: 'detached' })
        await second.getByRole('dialog').getByRole('button', { name: w.save, exact: true }).click()
        const conflict = second.getByRole('dialog', { name: w.conflict })
        await conflict.waitFor({ timeout: 30_000 })
        const attendeesRow = conflict.getByRole('row').filter({ has: second.getByRole('rowheader', { name: w.attendees }) })
        await expect.poll(() => attendeesRow.textContent()).toMatch(/42.*41/)
        await expectNoSeriousAxe(second, 'conflict view')
        await conflict.getByRole('button', { name: w.takeCurrent }).click()
        await conflict.waitFor({ state: 'detached' })

        // Clean up: delete it.
        // Wait for the list to hold the current version (attendees 41) before deleting, or the
        // delete would be stale. A cell, not the row's text: the title's timestamp may hold "41".
        const row = second.getByRole('row').filter({ hasText: title })
        await expect
          .poll(async () => (await row.getByRole('cell').allTextContents()).map((text) => text.trim()), { timeout: 30_000 })
          .toContain('41')
        await row.getByRole('button', { name: w.delete }).click()
        await second.getByRole('dialog').getByRole('button', { name: w.confirmDelete }).click()
        await second
          .getByRole('dialog')
          .waitFor({ state: 'detached' })
          .catch(async (error: unknown) => {
            throw new Error(`the delete dialog stayed open: ${await second.getByRole('dialog').textContent()}`, { cause: error })
          })
      } finally {
        await context.close()
      }
    })
  }
})
