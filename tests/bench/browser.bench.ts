/**
 * The overview in headless Chromium against the production preview (`vite preview` with the
 * mock API over real HTTP on loopback):
 * - the JavaScript received before the KPI values appear (the `ttdn:kpis-visible` mark),
 *   re-gzipped at level 9 like the bundle bench, because the preview server does not compress;
 * - the time from navigation start to `ttdn:kpis-visible` and to `ttdn:charts-drawn` (set when
 *   every chart of the overview shows its marks in the DOM), median of cold-cache loads;
 * Lighthouse, screen by screen against a bare React + Recharts page: `lighthouse.bench.ts`.
 * Every server and browser it starts is stopped in `finally`, with bounded waits. Imports are
 * static: the module runner that loads this file is closed before the suite runs.
 */
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_ARGS, startPreview } from '../support/preview-server'
import { signIn } from '../support/session'
import { median, type BenchRow } from './bench-utils'

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const KPIS = 'ttdn:kpis-visible'
const CHARTS = 'ttdn:charts-drawn'


interface LoadResult {
  jsBeforeKpisKb: number
  jsFiles: string[]
  kpisMs: number
  chartsMs: number
}

/** One cold load of `/`: a fresh browser context has an empty cache. */
async function loadOnce(browser: Browser, baseUrl: string, gzCache: Map<string, number>): Promise<LoadResult> {
  // Tall enough to hold every chart of the overview: a chart is drawn when it comes near the screen.
  const context = await browser.newContext({ viewport: { width: 1440, height: 2400 } })
  // Signed in as the demo viewer (the dashboard, not the sign-in page, is what is timed).
  const [name = '', value = ''] = (await signIn(baseUrl, 'viewer')).cookie.split('=')
  await context.addCookies([{ name, value, url: baseUrl, httpOnly: true, sameSite: 'Lax' }])
  try {
    const page = await context.newPage()
    await page.goto(`${baseUrl}/`)
    await page.waitForFunction((n) => performance.getEntriesByName(n, 'mark').length > 0, KPIS, { timeout: 20_000 })
    await page.waitForFunction((n) => performance.getEntriesByName(n, 'mark').length > 0, CHARTS, { timeout: 20_000 })
    const timing = await page.evaluate(
      ([kpis, charts]) => {
        // Runs in the page (serialised), so no helper from outside can be used here.
        const kpisAt = performance.getEntriesByName(kpis, 'mark')[0]?.startTime ?? Number.NaN
        const chartsAt = performance.getEntriesByName(charts, 'mark')[0]?.startTime ?? Number.NaN
        const scripts = performance
          .getEntriesByType('resource')
          .filter((e) => e.name.endsWith('.js') && (e as PerformanceResourceTiming).responseEnd <= kpisAt)
          .map((e) => e.name)
        return { kpisAt, chartsAt, scripts }
      },
      [KPIS, CHARTS] as const,
    )
    let bytes = 0
    for (const url of timing.scripts) {
      let gz = gzCache.get(url)
      if (gz === undefined) {
        gz = gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).length
        gzCache.set(url, gz)
      }
      bytes += gz
    }
    return {
      jsBeforeKpisKb: bytes / 1024,
      jsFiles: timing.scripts.map((u) => new URL(u).pathname.replace('/assets/', '')),
      kpisMs: timing.kpisAt,
      chartsMs: timing.chartsAt,
    }
  } finally {
    await context.close()
  }
}

export async function benchBrowser(): Promise<BenchRow[]> {
  const server = await startPreview(join(tmpdir(), `ttdn-bench-dist-${process.pid}`))
  const { baseUrl } = server
  let browser: Browser | undefined
  try {
    browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS })
    const gzCache = new Map<string, number>()
    // One warm-up load so the server's first-request work (module runner, data generation) is not measured.
    await loadOnce(browser, baseUrl, gzCache)
    const loads: LoadResult[] = []
    for (let i = 0; i < RUNS; i++) loads.push(await loadOnce(browser, baseUrl, gzCache))
    await browser.close()
    browser = undefined

    const js = median(loads.map((l) => l.jsBeforeKpisKb))
    const kpis = median(loads.map((l) => l.kpisMs))
    const charts = median(loads.map((l) => l.chartsMs))
    return [
      {
        name: 'Overview: JS received before KPI values (gzip -9)',
        value: `${js.toFixed(1)} KB`,
        target: '≤ 120 KB',
        met: js <= 120,
        extra: [...new Set(loads.flatMap((l) => l.jsFiles))].join(', '),
      },
      { name: 'Overview: navigation → KPI values visible', medianMs: kpis, runs: loads.length, target: '< 1000 ms', met: kpis < 1000 },
      { name: 'Overview: navigation → all charts drawn', medianMs: charts, runs: loads.length, target: '< 2000 ms', met: charts < 2000 },
    ]
  } finally {
    await browser?.close().catch(() => undefined)
    server.stop()
  }
}
