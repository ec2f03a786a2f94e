/**
 * Chart downloads and printed pages, in Chromium against the production build: the Overview
 * trend as PNG and SVG, and the Overview, Units and Training screens printed to A4 landscape
 * PDF, each page turned into an image (pdftoppm) and checked for content. Small images of the
 * pages are written to .test-results/export/reference/ to look at; the ones in
 * tests/e2e/reference/print/ are copies of them.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { openPage, pageErrors, scrollThrough, sharedBrowser, skipReason } from './browser'

const PDFTOPPM = ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].find((p) => existsSync(p)) ?? null
const OUT = '.test-results/export'
/** Small images of every printed page and the trend's SVG, to look at (copied by hand to tests/e2e/reference/print/ when they change). */
const REFERENCE = join(OUT, 'reference')

/** Waits until the screen has drawn: no loading placeholder left, every chart drawn, no request in flight. */
async function drawn(page: Page, ready: string): Promise<void> {
  // Charts are drawn as they come near the screen: scroll through until every one is.
  await expect
    .poll(
      async () => {
        await scrollThrough(page)
        return page.evaluate(
          (selector) =>
            document.querySelector(selector) !== null &&
            document.querySelectorAll('main .skeleton').length === 0 &&
            [...document.querySelectorAll('main .chart')].every((chart) => chart.querySelector('.recharts-surface') !== null),
          ready,
        )
      },
      { timeout: 30_000 },
    )
    .toBe(true)
  await page.waitForLoadState('networkidle')
}

/** Dark pixels in a binary PGM (P5) image: how much of the page is ink. */
function inkShare(pgm: Buffer): number {
  // Header: "P5\n<width> <height>\n<max>\n", then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'))
  if (!header) throw new Error('not a PGM image')
  const [, w, h] = header.map(Number) as [number, number, number, number]
  const pixels = pgm.subarray(header[0].length)
  let ink = 0
  for (let i = 0; i < w * h; i++) if ((pixels[i] ?? 255) < 200) ink++
  return ink / (w * h)
}

describe.skipIf(skipReason !== null)('downloads and print in Chromium', () => {
  const browser = sharedBrowser()
  beforeAll(() => {
    mkdirSync(OUT, { recursive: true })
  })

  const downloads = {
    vi: {
      menu: 'Tải xuống: Xu hướng: Tin, bài',
      svg: 'Ảnh SVG (vector)',
      png: 'Ảnh PNG',
      csv: 'Bảng số liệu CSV',
      file: 'tin-bai_toan-quoc_2025-01_2025-12',
      title: 'Xu hướng: Tin, bài',
      caption: 'Toàn quốc · Năm 2025 · Sau sắp xếp (34) · Tin, bài',
      unit: 'Đơn vị tính: tin, bài',
      source: /Nguồn: TTĐN Dashboard – Ban Chỉ đạo công tác thông tin đối ngoại, truy xuất ngày \d\d\/\d\d\/\d{4}/,
      legend: 'Cùng kỳ năm trước',
      csvHeader: 'Kỳ,Kỳ này,Cùng kỳ năm trước,Thay đổi',
    },
    en: {
      menu: 'Download: Trend: News items & articles',
      svg: 'SVG image (vector)',
      png: 'PNG image',
      csv: 'Data table (CSV)',
      file: 'news-items-articles_nationwide_2025-01_2025-12',
      title: 'Trend: News items & articles',
      caption: 'Nationwide · 2025 · Current units (34) · News items & articles',
      unit: 'Unit: news items & articles',
      source: /Source: TTĐN Dashboard – External Information Steering Committee, retrieved \d{1,2} [A-Z][a-z]{2} \d{4}/,
      legend: 'Same period last year',
      csvHeader: 'Period,This period,Same period last year,Change',
    },
  } as const

  for (const lang of ['vi', 'en'] as const) {
    it(`downloads the Overview trend as SVG, PNG and CSV with title, caption, unit and source drawn in (${lang})`, async () => {
      const t = downloads[lang]
      const page = await openPage(browser(), '/?from=2025-01&to=2025-12', { lang })
      await drawn(page, '.overview-trend .recharts-surface')
      const card = page.locator('.overview-trend')
      // The pointer over the chart draws a cursor and highlighted points: they stay out of the image.
      await card.locator('.recharts-surface').first().hover()
      const save = async (label: string) => {
        await card.getByRole('button', { name: t.menu }).click()
        const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: label }).click()])
        const path = join(OUT, download.suggestedFilename())
        await download.saveAs(path)
        return { name: download.suggestedFilename(), path }
      }

      const svg = await save(t.svg)
      expect(svg.name).toBe(`${t.file}.svg`)
      const raw = readFileSync(svg.path, 'utf8')
      // Text is escaped XML: read it back as text.
      const text = raw.replace(/&amp;/g, '&')
      expect(text).toContain(`<title>${t.title}</title>`)
      expect(text).toContain(t.caption)
      expect(text).toContain(t.unit)
      expect(text).toMatch(t.source)
      // The legend (HTML beside recharts' SVG) is drawn in too; no HTML element and no pointer marks.
      expect(text).toContain(t.legend)
      expect(raw).not.toMatch(/<(div|span|p|ul|li)\b/)
      expect(raw).not.toContain('recharts-tooltip-cursor')
      const width = Number(/<svg[^>]* width="(\d+)"/.exec(raw)?.[1])
      const height = Number(/<svg[^>]* height="(\d+)"/.exec(raw)?.[1])
      expect(width).toBeGreaterThanOrEqual(640)
      expect(height).toBeGreaterThan(300)

      const png = await save(t.png)
      expect(png.name).toBe(`${t.file}.png`)
      const bytes = readFileSync(png.path)
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
      // Twice the SVG's size: 2× pixel density.
      expect(bytes.readUInt32BE(16)).toBe(width * 2)
      expect(bytes.readUInt32BE(20)).toBe(height * 2)
      // Not blank: drawn back in the page, a good share of its pixels are not white.
      const inked = await page.evaluate(async (base64) => {
        const image = new Image()
        image.src = `data:image/png;base64,${base64}`
        await image.decode()
        const canvas = document.createElement('canvas')
        canvas.width = image.width
        canvas.height = image.height
        const ctx = canvas.getContext('2d') as CanvasRenderingContext2D
        ctx.drawImage(image, 0, 0)
        const data = ctx.getImageData(0, 0, image.width, image.height).data
        let ink = 0
        for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 200 || (data[i + 1] ?? 255) < 200 || (data[i + 2] ?? 255) < 200) ink++
        return ink / (data.length / 4)
      }, bytes.toString('base64'))
      expect(inked).toBeGreaterThan(0.01)
      mkdirSync(REFERENCE, { recursive: true })
      writeFileSync(join(REFERENCE, `trend-download-${lang}.svg`), raw)

      // The table view as CSV, from chart view (the table is drawn for the export only).
      const csv = await save(t.csv)
      expect(csv.name).toBe(`${t.file}.csv`)
      const lines = readFileSync(csv.path, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n')
      expect(lines[0]).toBe(t.csvHeader)
      expect(lines).toHaveLength(13)
      // Figures written plainly, whatever the language shows on screen.
      expect(lines[1]).toMatch(/^[^,]+,\d+,/)
      expect(pageErrors(page)).toEqual([])
      await page.context().close()
    })
  }

  const screens = [
    { name: 'overview', path: '/?preset=y2025', ready: '.overview-trend .recharts-surface', pages: [2, 6] },
    { name: 'units', path: '/units?preset=y2025', ready: '.units-table tbody tr', pages: [1, 6] },
    { name: 'training', path: '/training?preset=y2025', ready: '.recharts-surface', pages: [2, 8] },
  ] as const
  for (const lang of ['vi', 'en'] as const) {
    for (const screen of screens) {
      it.skipIf(PDFTOPPM === null)(`prints ${screen.name} (${lang}) on A4 landscape pages, none blank`, async () => {
        // The printable width of A4 landscape with the stylesheet's margins (273 mm at 96 px per inch): the screen lays out as the paper will.
        const page = await openPage(browser(), screen.path, { lang, width: 1032, height: 720 })
        await drawn(page, screen.ready)
        // The header's button opens the browser's print dialog (stubbed here: headless has none).
        await page.evaluate(() => {
          window.print = () => document.documentElement.setAttribute('data-print-called', '')
        })
        await page.getByRole('button', { name: lang === 'vi' ? 'In / Xuất PDF' : 'Print / Save as PDF' }).click()
        await page.waitForSelector('html[data-print-called]', { state: 'attached' })
        await page.emulateMedia({ media: 'print' })
        // Charts redraw at the page's width: wait until they are all back.
        await drawn(page, screen.ready)
        const pdf = join(OUT, `${screen.name}-${lang}.pdf`)
        await page.pdf({ path: pdf, format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true })
        const prefix = join(OUT, `${screen.name}-${lang}`)
        for (const file of readdirSync(OUT)) if (file.startsWith(`${screen.name}-${lang}-`)) rmSync(join(OUT, file))
        execFileSync(PDFTOPPM as string, ['-r', '20', '-gray', pdf, prefix])
        const pages = readdirSync(OUT).filter((f) => f.startsWith(`${screen.name}-${lang}-`) && f.endsWith('.pgm')).toSorted()
        expect(pages.length).toBeGreaterThanOrEqual(screen.pages[0])
        expect(pages.length).toBeLessThanOrEqual(screen.pages[1])
        const blank = pages.filter((file) => inkShare(readFileSync(join(OUT, file))) <= 0.005)
        expect(blank).toEqual([])
        // Small reference images of every page, to look at.
        mkdirSync(REFERENCE, { recursive: true })
        for (const file of readdirSync(REFERENCE)) if (file.startsWith(`${screen.name}-${lang}-`)) rmSync(join(REFERENCE, file))
        execFileSync(PDFTOPPM as string, ['-r', '40', '-png', pdf, join(REFERENCE, `${screen.name}-${lang}`)])
        // What is printed is what is on screen: the header names the filters of the URL.
        const header = await page.locator('.print-header').textContent()
        expect(header).toContain(lang === 'vi' ? 'Toàn quốc · Năm 2025' : 'Nationwide · 2025')
        expect(pageErrors(page)).toEqual([])
        await page.context().close()
      })
    }
  }
})
