/**
 * The overview in headless Chromium against the production preview (`vite preview` with the
 * mock API over real HTTP on loopback):
 * - the JavaScript received before the KPI values appear (the `ttdn:kpis-visible` mark),
 *   re-gzipped at level 9 like the bundle bench, because the preview server does not compress;
 * - the time from navigation start to `ttdn:kpis-visible` and to `ttdn:charts-drawn` (set when
 *   every chart of the overview shows its marks in the DOM), median of cold-cache loads;
 * - a Lighthouse run (mobile preset, its default simulated throttling).
 * Every server and browser it starts is stopped in `finally`, with bounded waits. Imports are
 * static: the module runner that loads this file is closed before the suite runs.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { launch as launchChrome } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromium, type Browser } from 'playwright-core'
import type { BenchRow } from './bundle.bench'

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium'
/** Same flags as the end-to-end tests (tests/e2e/browser.ts, which needs vitest to load). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
]
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3)
const KPIS = 'ttdn:kpis-visible'
const CHARTS = 'ttdn:charts-drawn'

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`)
}

function median(values: number[]): number {
  const s = values.toSorted((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}

interface LoadResult {
  jsBeforeKpisKb: number
  jsFiles: string[]
  kpisMs: number
  chartsMs: number
}

/** One cold load of `/`: a fresh browser context has an empty cache. */
async function loadOnce(browser: Browser, baseUrl: string, gzCache: Map<string, number>): Promise<LoadResult> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
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

async function lighthouseScores(url: string): Promise<Record<string, number>> {
  const chrome = await launchChrome({
    chromePath: CHROME_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    connectionPollInterval: 200,
    maxConnectionRetries: 50,
  })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    })
    if (!result) throw new Error('Lighthouse returned no result')
    const cats = result.lhr.categories
    // Audits that cost points in the scored categories, so the report says what to fix.
    const failing = Object.values(cats)
      .flatMap((cat) => cat.auditRefs.filter((ref) => ref.weight > 0).map((ref) => result.lhr.audits[ref.id]))
      .filter((a) => a !== undefined && a.score !== null && a.score < (a.scoreDisplayMode === 'binary' ? 1 : 0.9))
      .map((a) => `${a?.id} (${a?.displayValue ?? a?.score})`)
    const out: Record<string, number> = {}
    for (const [key, cat] of Object.entries(cats)) out[key] = Math.round((cat.score ?? 0) * 100)
    out['lcp-ms'] = Math.round(result.lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN)
    out['fcp-ms'] = Math.round(result.lhr.audits['first-contentful-paint']?.numericValue ?? Number.NaN)
    out['tbt-ms'] = Math.round(result.lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN)
    if (failing.length > 0) console.log(`  Lighthouse audits not passed: ${failing.join(', ')}`)
    return out
  } finally {
    chrome.kill()
  }
}

export async function benchBrowser(): Promise<BenchRow[]> {
  const outDir = join(tmpdir(), `ttdn-bench-dist-${process.pid}`)
  // The runner that loads this file sets NODE_ENV=development; a benchmark needs the production build.
  const env = { ...process.env, NODE_ENV: 'production', MOCK_SCENARIO: '' }
  const build = spawnSync('vite', ['build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'], { stdio: 'inherit', env })
  if (build.status !== 0) throw new Error('vite build failed')
  const port = await freePort()
  const server = spawn('vite', ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  })
  const baseUrl = `http://127.0.0.1:${port}`
  let browser: Browser | undefined
  try {
    await waitForServer(`${baseUrl}/api/v1/org-units?boundary=current`, server, 30_000)
    browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS })
    const gzCache = new Map<string, number>()
    // One warm-up load so the server's first-request work (module runner, data generation) is not measured.
    await loadOnce(browser, baseUrl, gzCache)
    const loads: LoadResult[] = []
    for (let i = 0; i < RUNS; i++) loads.push(await loadOnce(browser, baseUrl, gzCache))
    await browser.close()
    browser = undefined

    // Lighthouse varies from run to run (TBT most): report the median of several runs.
    const lhRuns: Record<string, number>[] = []
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) lhRuns.push(await lighthouseScores(`${baseUrl}/`))
    const lh: Record<string, number> = {}
    for (const key of Object.keys(lhRuns[0] ?? {})) lh[key] = median(lhRuns.map((r) => r[key] ?? Number.NaN))
    const js = median(loads.map((l) => l.jsBeforeKpisKb))
    const kpis = median(loads.map((l) => l.kpisMs))
    const charts = median(loads.map((l) => l.chartsMs))
    const perf = lh.performance ?? 0
    const a11y = lh.accessibility ?? 0
    const bp = lh['best-practices'] ?? 0
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
      {
        name: 'Lighthouse (mobile) performance',
        value: String(perf),
        target: '≥ 95',
        met: perf >= 95,
        extra: `median of ${lhRuns.length} runs (${lhRuns.map((r) => r.performance).join(', ')}): FCP ${lh['fcp-ms']} ms, LCP ${lh['lcp-ms']} ms, TBT ${lh['tbt-ms']} ms (simulated mobile throttling)`,
      },
      { name: 'Lighthouse accessibility', value: String(a11y), target: '100', met: a11y === 100 },
      { name: 'Lighthouse best practices', value: String(bp), target: '100', met: bp === 100 },
    ]
  } finally {
    await browser?.close().catch(() => undefined)
    server.kill()
    await new Promise<void>((resolve) => {
      if (server.exitCode !== null) return resolve()
      const timer = setTimeout(() => {
        server.kill('SIGKILL')
        resolve()
      }, 5000)
      server.once('exit', () => {
        clearTimeout(timer)
        resolve()
      })
    })
    rmSync(outDir, { recursive: true, force: true })
  }
}
