/**
 * Every screen of the production server against the yardstick of issue 14: a bare page with
 * React 19 and one Recharts line chart (`tests/bench/bare/`), built with the same Vite and build
 * settings and served by the same server (same compression, same headers). Lighthouse 13 with
 * its default settings (mobile, simulated throttling), the pages interleaved run by run so a
 * change in the machine's load touches them all alike, median of `BENCH_LIGHTHOUSE_RUNS` (3).
 * Screens behind sign-in are measured signed in as the demo viewer (its session cookie sent
 * with every request); the sign-in page signed out.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launch as launchChrome } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS } from '../support/preview-server'
import { buildProduction, startProductionServer, type ProductionServer } from '../support/production-server'
import { signIn } from '../support/session'
import { median, type BenchRow } from './bench-utils'

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3)
const ROOT = join(import.meta.dirname, '..', '..')
const SCREENS = ['/', '/units', '/units/c37', '/activities', '/training']

export interface LighthouseResult {
  performance: number
  accessibility: number
  bestPractices: number
  fcpMs: number
  lcpMs: number
  tbtMs: number
  /** Scripts transferred (compressed), KB. */
  jsKb: number
  /** Audits that cost points, to say what to fix. */
  failing: string[]
  /** Why Lighthouse could not finish the run (its error code, or the metric it could not measure), if it could not. */
  unfinished?: string
}

/** One Lighthouse run (default config: mobile, simulated throttling) in a fresh headless Chromium. */
export async function lighthouseRun(url: string, headers: Record<string, string> = {}): Promise<LighthouseResult> {
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
      extraHeaders: headers,
    })
    if (!result) throw new Error('Lighthouse returned no result')
    const { categories, audits } = result.lhr
    const failing = Object.values(categories)
      .flatMap((cat) => cat.auditRefs.filter((ref) => ref.weight > 0).map((ref) => audits[ref.id]))
      .filter((a) => a !== undefined && a.score !== null && a.score < (a.scoreDisplayMode === 'binary' ? 1 : 0.9))
      .map((a) => `${a?.id} (${a?.displayValue ?? a?.score})`)
    const requests = (audits['network-requests']?.details as { items?: Array<{ resourceType?: string; transferSize?: number }> } | undefined)?.items ?? []
    const jsBytes = requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0)
    const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100)
    const unmeasured = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time'].filter((id) => !Number.isFinite(audits[id]?.numericValue))
    const unfinished = result.lhr.runtimeError?.code ?? (unmeasured.length > 0 ? `no ${unmeasured.join(', ')}: ${audits[unmeasured[0] ?? '']?.errorMessage ?? 'no value'}` : undefined)
    return {
      ...(unfinished ? { unfinished } : {}),
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcpMs: Math.round(audits['first-contentful-paint']?.numericValue ?? Number.NaN),
      lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
      tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? Number.NaN),
      jsKb: jsBytes / 1024,
      failing,
    }
  } finally {
    chrome.kill()
  }
}

/** A run Lighthouse could not finish (no paint recorded, a protocol timeout) has no metrics. */
const completed = (r: LighthouseResult) => Number.isFinite(r.lcpMs) && Number.isFinite(r.tbtMs) && Number.isFinite(r.fcpMs)

/** The median of the completed runs (an unfinished run would make every median NaN). */
function medianResult(all: LighthouseResult[]): LighthouseResult {
  const runs = all.filter(completed)
  const m = (pick: (r: LighthouseResult) => number) => median(runs.map(pick))
  return {
    performance: m((r) => r.performance),
    accessibility: m((r) => r.accessibility),
    bestPractices: m((r) => r.bestPractices),
    fcpMs: m((r) => r.fcpMs),
    lcpMs: m((r) => r.lcpMs),
    tbtMs: m((r) => r.tbtMs),
    jsKb: m((r) => r.jsKb),
    failing: [...new Set(runs.flatMap((r) => r.failing))],
  }
}

const describe = (r: LighthouseResult) =>
  `perf ${r.performance} · FCP ${(r.fcpMs / 1000).toFixed(2)} s · LCP ${(r.lcpMs / 1000).toFixed(2)} s · TBT ${r.tbtMs} ms · JS ${r.jsKb.toFixed(0)} KB`

export async function benchLighthouse(): Promise<BenchRow[]> {
  buildProduction()
  const work = mkdtempSync(join(tmpdir(), 'ttdn-bench-lh-'))
  const servers: ProductionServer[] = []
  try {
    const bareDist = join(work, 'bare-dist')
    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'tests/bench/bare/vite.config.ts', '--outDir', bareDist], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    })
    if (build.status !== 0) throw new Error('Building the bare page failed')
    const app = await startProductionServer({ dataDir: join(work, 'data-app') })
    servers.push(app)
    const bare = await startProductionServer({ dataDir: join(work, 'data-bare'), env: { TTDN_DIST_DIR: bareDist } })
    servers.push(bare)
    const { cookie } = await signIn(app.baseUrl, 'viewer')
    const headers: Record<string, string> = { Cookie: cookie }

    const pages: Array<{ name: string; url: string; headers: Record<string, string> }> = [
      { name: 'bare React + one Recharts chart', url: `${bare.baseUrl}/`, headers: {} },
      ...SCREENS.map((path) => ({ name: `TTĐN ${path}`, url: `${app.baseUrl}${path}`, headers })),
    ]
    pages.push({ name: 'TTĐN /sign-in (signed out)', url: `${app.baseUrl}/sign-in`, headers: {} })

    const results = new Map<string, LighthouseResult[]>(pages.map((p) => [p.name, []]))
    // Interleaved: each run measures every page once, so drifts in load touch them all.
    for (let run = 0; run < RUNS; run++) {
      for (const page of pages) {
        let result = await lighthouseRun(page.url, page.headers)
        // Once more if Lighthouse could not finish it (it happens on a loaded machine); the
        // runs list shows both.
        if (!completed(result)) {
          results.get(page.name)?.push(result)
          result = await lighthouseRun(page.url, page.headers)
        }
        results.get(page.name)?.push(result)
      }
    }
    const baseline = medianResult(results.get(pages[0]?.name ?? '') ?? [])
    const rows: BenchRow[] = [{ name: `Lighthouse 13 (mobile): ${pages[0]?.name}`, value: describe(baseline), extra: `median of ${RUNS} interleaved runs` }]
    for (const page of pages.slice(1)) {
      const runs = results.get(page.name) ?? []
      const r = medianResult(runs)
      const met =
        r.performance >= baseline.performance && r.lcpMs <= baseline.lcpMs && r.tbtMs <= baseline.tbtMs && r.performance >= 95 && r.accessibility === 100 && r.bestPractices === 100
      rows.push({
        name: `Lighthouse 13 (mobile): ${page.name}`,
        value: describe(r),
        target: `perf ≥ bare and ≥ 95, LCP and TBT ≤ bare, a11y and best practices 100`,
        met,
        extra:
          `vs bare: perf ${r.performance - baseline.performance >= 0 ? '+' : ''}${r.performance - baseline.performance}, ` +
          `LCP ×${(r.lcpMs / baseline.lcpMs).toFixed(2)}, TBT ×${(r.tbtMs / Math.max(1, baseline.tbtMs)).toFixed(2)}, ` +
          `JS ×${(r.jsKb / baseline.jsKb).toFixed(2)}; a11y ${r.accessibility}, best practices ${r.bestPractices}; runs ${runs.map((x) => (completed(x) ? x.performance : `unfinished (${x.unfinished ?? '?'})`)).join(', ')}` +
          (r.failing.length > 0 ? `\n${''.padEnd(60)}not passed: ${r.failing.join(', ')}` : ''),
      })
    }
    return rows
  } finally {
    for (const server of servers) await server.stop('SIGTERM').catch(() => undefined)
    rmSync(work, { recursive: true, force: true })
  }
}
