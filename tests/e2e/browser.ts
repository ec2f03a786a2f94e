/**
 * Helpers for end-to-end tests: one headless Chromium per file, pages at a chosen width and
 * language, screenshots into .test-results/screenshots, and axe-core for accessibility.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { CHROMIUM_ARGS } from '../support/preview-server'
import { signIn, type TestSession } from '../support/session'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')


const e2e = inject('e2e')
/** Why the end-to-end tests are skipped, or null when they run. */
export const skipReason: string | null = 'skip' in e2e ? e2e.skip : null
export const baseUrl: string = 'baseUrl' in e2e ? e2e.baseUrl : ''

async function launch(): Promise<Browser> {
  if (!('chromiumPath' in e2e)) throw new Error('Chromium is not available')
  return chromium.launch({ executablePath: e2e.chromiumPath, headless: true, args: CHROMIUM_ARGS })
}

/**
 * One Chromium for the calling suite: launched before its tests and closed after them. Call it
 * inside `describe.skipIf(skipReason !== null)(…)`, so that when the end-to-end tests are skipped
 * (no Chromium; E2E_REQUIRED=1 makes that a failure in the global setup) nothing is launched.
 * Returns a getter, as the browser exists only once `beforeAll` has run.
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('sharedBrowser(): Chromium is not launched yet (use the getter inside a test)')
    return browser
  }
}

/** One session per demo account for the whole file, signed in over the API on first use. */
const sessions = new Map<string, Promise<TestSession>>()
export function e2eSession(account: string): Promise<TestSession> {
  let session = sessions.get(account)
  if (!session) {
    session = signIn(baseUrl, account)
    sessions.set(account, session)
  }
  return session
}

/** `fetch` of a path on the server with the `viewer` session (the API answers nobody without one). */
export async function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  headers.set('Cookie', (await e2eSession('viewer')).cookie)
  return fetch(`${baseUrl}${path}`, { ...init, headers })
}

/** Gives the browser context the account's session cookie, as if it had signed in on the sign-in page. */
export async function signInContext(context: BrowserContext, account: string): Promise<void> {
  const [name = '', value = ''] = (await e2eSession(account)).cookie.split('=')
  await context.addCookies([{ name, value, url: baseUrl, httpOnly: true, sameSite: 'Lax' }])
}

/**
 * A new page at `path`, with the language preset in storage, at the given viewport width,
 * signed in as `account` (the demo `viewer` by default; `null`: not signed in).
 */
export async function openPage(
  browser: Browser,
  path: string,
  {
    lang = 'vi',
    width = 1440,
    height = 900,
    account = 'viewer',
  }: { lang?: 'vi' | 'en'; width?: number; height?: number; account?: string | null } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true })
  if (account !== null) await signInContext(context, account)
  // The language as the app keeps a choice: in the browser's storage (below) and in the cookie
  // the server renders pages by.
  if (baseUrl) await context.addCookies([{ name: 'ttdn.lang', value: lang, url: baseUrl, sameSite: 'Lax' }])
  await context.addInitScript((l) => {
    if (!sessionStorage.getItem('ttdn.e2e-init')) {
      localStorage.setItem('ttdn.lang', l)
      sessionStorage.setItem('ttdn.e2e-init', '1')
    }
  }, lang)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (err) => errors.push(err.message))
  // Whatever the Content Security Policy refuses counts as an error: the app must run under it.
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) errors.push(message.text())
  })
  uncaught.set(page, errors)
  await page.goto(`${baseUrl}${path}`)
  await screenReady(page)
  return page
}

/**
 * Waits until the first screen answers to the user: the page the server rendered is painted at
 * once, but a click before React has hydrated it may go unanswered (the app's own mark).
 */
export async function screenReady(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('ttdn:screen-ready', 'mark').length > 0, null, { timeout: 60_000 })
}

/**
 * Scrolls the page to its end and back to the top, as a reader would: a chart is drawn when it
 * comes near the screen. Charts whose data arrives later are drawn on a later pass: poll with it.
 */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y)
      // Two frames: the observers see the new position, then the charts start drawing.
      for (let frames = 0; frames < 2; frames++) await new Promise((resolve) => requestAnimationFrame(() => resolve(null)))
    }
    window.scrollTo(0, 0)
  })
}

/** Uncaught errors the page has thrown so far, and what its Content Security Policy refused. */
export function pageErrors(page: Page): string[] {
  return uncaught.get(page) ?? []
}

const uncaught = new WeakMap<Page, string[]>()

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync('.test-results/screenshots', { recursive: true })
  const path = `.test-results/screenshots/${name}.png`
  await page.screenshot({ path, fullPage: true })
  return path
}

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: number
  targets: string[]
}

/** Runs axe-core (WCAG 2.x A/AA rules) on the page; returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated rather than added as a <script>: the server's CSP refuses inline scripts.
  await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')),
    }))
  })
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}
