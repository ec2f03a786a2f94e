/**
 * The periodic report end to end, in Chromium against the production server
 * (`node dist-server/main.js`): `reporter-c37` drafts and submits Ninh Bình's 2026-H1 report;
 * `admin` finds it on the completeness screen and returns it with a comment; the reporter (in
 * English) sees the comment, fixes the narrative and submits again; the admin approves; a
 * record edit inside 2026-H1 for Ninh Bình is then refused through the records UI with a message
 * naming the report; the printed PDF and the .docx download hold the figures shown on screen.
 *
 * The journey locks Ninh Bình's 2026-H1 records, so it runs against a production server of its
 * own over a fresh data directory (or `REPORTS_E2E_DATABASE_URL`, an empty PostgreSQL database),
 * never the shared one the other e2e files use.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest'
import { CHROMIUM_ARGS } from '../support/preview-server'
import { buildProduction, startProductionServer, type ProductionServer } from '../support/production-server'
import { signIn } from '../support/session'
import { docxText, readZipEntry } from '../support/zip'
import { screenReady, seriousAxeViolations, skipReason } from './browser'

const REPORT = '/reports/2026-H1.c37'
const TITLE_VI = 'Báo cáo kết quả công tác thông tin đối ngoại 6 tháng đầu năm 2026'
const TITLE_EN = 'Report on external information work, first half of 2026'
const RETURN_COMMENT = 'Đề nghị bổ sung kết quả tập huấn cho cán bộ cấp xã.'

/** The figures table as the screen shows it: each row's header and cells, as text. */
async function figuresOnScreen(page: Page): Promise<string[][]> {
  const table = page.getByRole('table', { name: /Số liệu kết quả|Figures/ })
  await table.waitFor()
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').trim())),
  )
}

describe.skipIf(skipReason !== null)('the periodic report in Chromium (own production server)', () => {
  let server: ProductionServer
  let dataDir: string
  let browser: Browser
  const e2e = inject('e2e')

  beforeAll(async () => {
    buildProduction()
    dataDir = mkdtempSync(join(tmpdir(), 'ttdn-e2e-reports-'))
    // REPORTS_E2E_DATABASE_URL (an empty PostgreSQL database) runs the journey on PostgreSQL instead of PGlite.
    const databaseUrl = process.env.REPORTS_E2E_DATABASE_URL
    server = await startProductionServer({ dataDir, ...(databaseUrl ? { env: { DATABASE_URL: databaseUrl } } : {}) })
    if (!('chromiumPath' in e2e)) throw new Error('Chromium is not available')
    browser = await chromium.launch({ executablePath: e2e.chromiumPath, headless: true, args: CHROMIUM_ARGS })
  }, 300_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  /** A browser context signed in as `username` on this file's server, in a language. */
  async function signedIn(username: string, lang: 'vi' | 'en'): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
    await context.addInitScript((l) => localStorage.setItem('ttdn.lang', l), lang)
    const [name = '', value = ''] = (await signIn(server.baseUrl, username)).cookie.split('=')
    // The language as the app keeps a choice: in the browser's storage and in the cookie the server reads.
    await context.addCookies([
      { name, value, url: server.baseUrl, httpOnly: true, sameSite: 'Lax' },
      { name: 'ttdn.lang', value: lang, url: server.baseUrl, sameSite: 'Lax' },
    ])
    return context
  }

  async function open(context: BrowserContext, path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (err) => errors.push(err.message))
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy')) errors.push(message.text())
    })
    await page.goto(`${server.baseUrl}${path}`)
    await screenReady(page)
    return { page, errors }
  }

  it('draft, submit, return with a comment, fix, submit again, approve; the period is then locked; the PDF and the .docx hold the figures', { timeout: 300_000 }, async () => {
    // 1. The reporter (Vietnamese) finds the report from the list, drafts and submits it.
    const reporter = await signedIn('reporter-c37', 'vi')
    const admin = await signedIn('admin', 'vi')
    try {
      const { page, errors } = await open(reporter, '/reports')
      await page.getByRole('link', { name: 'Báo cáo', exact: true }).waitFor()
      await page.getByRole('table', { name: 'Các kỳ báo cáo của đơn vị' }).getByRole('link', { name: '6 tháng đầu năm 2026' }).click()
      await page.getByRole('heading', { level: 1, name: TITLE_VI }).waitFor()
      expect(page.url()).toBe(`${server.baseUrl}${REPORT}`)
      // Accessible as it is edited (text boxes, buttons, badges) …
      expect(await seriousAxeViolations(page)).toEqual([])
      await page.getByRole('textbox', { name: '1. Kết quả' }).fill('Ninh Bình đã phát hành tin, bài và tổ chức hội nghị theo kế hoạch.')
      await page.getByRole('textbox', { name: '2. Hạn chế' }).fill('Số lớp tập huấn giảm so với cùng kỳ.')
      await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
      await page.getByText('Đã lưu bản nháp.').waitFor()
      await page.getByRole('button', { name: 'Gửi báo cáo' }).click()
      await page.getByRole('button', { name: 'Gửi báo cáo' }).last().click()
      await page.getByText('Đã gửi báo cáo.').waitFor()
      expect(await page.getByRole('textbox').count()).toBe(0)
      const submittedFigures = await figuresOnScreen(page)
      expect(submittedFigures.map((r) => r[0])).toEqual(['Tin, bài', 'Hội nghị, hội thảo', 'Khen thưởng', 'Lớp tập huấn, bồi dưỡng', 'Học viên'])
      expect(errors).toEqual([])
      await page.close()

      // 2. The admin sees it on the completeness screen, opens it from there and returns it.
      const adminView = await open(admin, '/completeness?period=2026-H1')
      const row = adminView.page.getByRole('row').filter({ has: adminView.page.getByRole('rowheader', { name: 'Ninh Bình' }) })
      await row.waitFor({ timeout: 60_000 })
      await expect.poll(() => row.textContent()).toMatch(/muộn/)
      await row.getByRole('link', { name: 'Ninh Bình' }).click()
      await adminView.page.getByRole('heading', { level: 1, name: TITLE_VI }).waitFor()
      await adminView.page.getByRole('button', { name: 'Trả lại', exact: true }).click()
      await adminView.page.getByRole('textbox', { name: 'Ý kiến khi trả lại (bắt buộc)' }).fill(RETURN_COMMENT)
      await adminView.page.getByRole('button', { name: 'Trả lại báo cáo' }).click()
      await adminView.page.getByText('Đã trả lại báo cáo.').waitFor()
      expect(adminView.errors).toEqual([])
      await adminView.page.close()
    } finally {
      await reporter.close()
    }

    // 3. The reporter, in English this time, reads the comment, fixes the narrative and submits again.
    const reporterEn = await signedIn('reporter-c37', 'en')
    try {
      const { page, errors } = await open(reporterEn, REPORT)
      await page.getByRole('heading', { level: 1, name: TITLE_EN }).waitFor()
      const returned = page.getByRole('region', { name: 'The report was returned: correct it and submit it again' })
      await expect.poll(() => returned.textContent()).toContain(RETURN_COMMENT)
      const results = page.getByRole('textbox', { name: '1. Results' })
      expect(await results.inputValue()).toBe('Ninh Bình đã phát hành tin, bài và tổ chức hội nghị theo kế hoạch.')
      await results.fill('Ninh Bình đã phát hành tin, bài, tổ chức hội nghị và 3 lớp tập huấn cho cán bộ cấp xã.')
      await page.getByRole('button', { name: 'Submit the report' }).click()
      await page.getByRole('button', { name: 'Submit the report' }).last().click()
      await page.getByText('Report submitted.').waitFor()
      expect(await page.getByRole('region', { name: /returned/ }).count()).toBe(0)
      expect(errors).toEqual([])
    } finally {
      await reporterEn.close()
    }

    // 4. The admin approves.
    const { page: approvePage, errors: approveErrors } = await open(admin, REPORT)
    await approvePage.getByRole('button', { name: 'Duyệt', exact: true }).click()
    await approvePage.getByText('Đã duyệt báo cáo.').waitFor()
    await expect.poll(() => approvePage.getByText('Trạng thái: Đã duyệt').count()).toBe(1)
    const history = approvePage.getByRole('region', { name: 'Lịch sử xử lý' })
    const historyText = (await history.textContent()) ?? ''
    for (const word of ['Tạo bản nháp', 'Gửi', 'Trả lại', 'Duyệt', RETURN_COMMENT, 'reporter-c37', 'admin']) expect(historyText).toContain(word)
    const figures = await figuresOnScreen(approvePage)
    // … and as it is read.
    expect(await seriousAxeViolations(approvePage)).toEqual([])

    // 5. The printed PDF holds the title, the administrative header and every figure on screen.
    await approvePage.emulateMedia({ media: 'print' })
    const pdfPath = join(dataDir, 'report.pdf')
    writeFileSync(pdfPath, await approvePage.pdf({ format: 'A4', preferCSSPageSize: true }))
    await approvePage.emulateMedia({ media: 'screen' })
    const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })
    expect(pdfText).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    // The title may wrap over two lines on paper.
    expect(pdfText.replace(/\s+/g, ' ')).toContain('BÁO CÁO KẾT QUẢ CÔNG TÁC THÔNG TIN ĐỐI NGOẠI 6 THÁNG ĐẦU NĂM 2026')
    for (const cells of figures) {
      const line = pdfText.split('\n').find((l) => l.includes(cells[1] ?? '∅') && l.includes(cells[0]?.split(',')[0] ?? '∅'))
      expect(line, `PDF line for ${cells[0]}`).toBeDefined()
      for (const cell of cells.slice(1, 3)) expect(line).toContain(cell)
    }
    // No navigation or controls on paper.
    expect(pdfText).not.toContain('Tổng quan')
    expect(pdfText).not.toContain('Lưu bản nháp')

    // 6. The .docx download holds the same figures.
    const [download] = await Promise.all([approvePage.waitForEvent('download'), approvePage.getByRole('button', { name: 'Tải về .docx' }).click()])
    expect(download.suggestedFilename()).toBe('bao-cao-2026-H1-ninh-binh.docx')
    const docxPath = join(dataDir, 'report.docx')
    await download.saveAs(docxPath)
    const docLines = docxText(readZipEntry(new Uint8Array(readFileSync(docxPath)), 'word/document.xml'))
      .split('\n')
      .map((l) => l.trim())
    expect(docLines).toContain('BÁO CÁO KẾT QUẢ CÔNG TÁC THÔNG TIN ĐỐI NGOẠI 6 THÁNG ĐẦU NĂM 2026')
    for (const cells of figures) for (const cell of cells) expect(docLines).toContain(cell)
    // The Word writer loaded on demand under the server's Content Security Policy.
    expect(approveErrors).toEqual([])
    await approvePage.close()
    await admin.close()

    // 7. A record of Ninh Bình dated inside 2026-H1 can no longer be edited: the form says why (English).
    const editor = await signedIn('reporter-c37', 'en')
    try {
      const { page } = await open(editor, '/units/c37?from=2026-03&to=2026-03')
      const edit = page.getByRole('button', { name: /^Edit — / }).first()
      await edit.waitFor({ timeout: 60_000 })
      await edit.click()
      const dialog = page.getByRole('dialog')
      await dialog.waitFor()
      const title = dialog.getByLabel(/^Title/).first()
      await title.fill(`${await title.inputValue()} (e2e)`)
      await dialog.getByRole('button', { name: 'Save', exact: true }).click()
      const alert = dialog.getByRole('alert')
      await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain("The 2026 first half-year report of Ninh Bình has been approved, so records in that period cannot be added, changed or deleted")
    } finally {
      await editor.close()
    }
  })
})
