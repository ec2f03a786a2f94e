// @vitest-environment node
/**
 * The production server as `npm start` runs it: a child process over real HTTP on a fresh data
 * directory (the first start creates and seeds it), then stopped with SIGTERM and started
 * again on the same directory.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildProduction, startProductionServer, type ProductionServer } from '../support/production-server'
import { DEMO_PASSWORD, signIn, type TestSession } from '../support/session'

const work = mkdtempSync(join(tmpdir(), 'ttdn-server-test-'))
const dataDir = join(work, 'data')
// A copy of the build with one large file, so a download is still under way when SIGTERM comes.
const distDir = join(work, 'dist')
const BIG_FILE_BYTES = 32 * 1024 * 1024

let server: ProductionServer
let hashedAsset: string
let firstStartMs = Infinity

beforeAll(async () => {
  buildProduction()
  cpSync('dist', distDir, { recursive: true })
  writeFileSync(join(distDir, 'big.bin'), Buffer.alloc(BIG_FILE_BYTES, 7))
  hashedAsset = readdirSync(join(distDir, 'assets')).find((name) => /^index-[\w-]+\.js$/.test(name)) ?? ''
  server = await startProductionServer({ dataDir, env: { TTDN_DIST_DIR: distDir } })
}, 300_000)

afterAll(async () => {
  await server?.stop('SIGKILL')
  rmSync(work, { recursive: true, force: true })
})

// Signed in as the demo viewer once: the session lives in the database, so it survives the restart.
let session: TestSession | undefined
const cookie = async () => (session ??= await signIn(server.baseUrl, 'viewer')).cookie
const get = async (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.baseUrl}${path}`, { headers: path.startsWith('/api/v1/') ? { cookie: await cookie(), ...headers } : headers })

/** A page as a browser asks for it (HTML, no redirect followed), signed in as the viewer unless told. */
const getPage = async (
  path: string,
  { signedIn = true, lang, headers = {} }: { signedIn?: boolean; lang?: 'en'; headers?: Record<string, string> } = {},
) => {
  const cookies = [signedIn ? await cookie() : '', lang ? `ttdn.lang=${lang}` : ''].filter(Boolean).join('; ')
  return fetch(`${server.baseUrl}${path}`, { redirect: 'manual', headers: { accept: 'text/html', ...headers, ...(cookies ? { cookie: cookies } : {}) } })
}

/** The metric groups of the units table a page request gets, and whether the page says it was rendered for a phone. */
async function unitsTableGroups(headers: Record<string, string>) {
  const response = await getPage('/units?sort=-awards', { headers })
  expect(response.headers.get('vary')).toMatch(/Sec-CH-UA-Mobile/)
  const html = await response.text()
  const state = JSON.parse(html.match(/<script type="application\/json" id="ttdn-ssr">([^<]*)<\/script>/)?.[1] ?? 'null') as { narrow: boolean }
  return { groups: [...html.matchAll(/<th scope="colgroup"[^>]*>([^<]*)</g)].map((m) => m[1]), narrow: state.narrow }
}

// node:http, not fetch: fetch would decode the body and hide the encoding.
const fetchRaw = async (path: string, acceptEncoding: string) => {
  const headers: Record<string, string> = { 'accept-encoding': acceptEncoding, cookie: await cookie() }
  return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    request(`${server.baseUrl}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    })
      .on('error', reject)
      .end()
  })
}

describe('the production server', () => {
  it('says on its first start that it created the database and loaded the demo data', () => {
    const ready = server.logs.find((line) => String(line.msg).startsWith('database ready'))
    expect(ready).toMatchObject({ level: 'info', database: 'pglite', location: dataDir, demoDataLoaded: true })
    expect(ready?.records).toBeGreaterThan(1000)
    const listening = server.logs.find((line) => line.msg === 'listening')
    expect(listening).toMatchObject({ url: server.baseUrl, startMs: expect.any(Number) })
    firstStartMs = Number(listening?.startMs)
  })

  it('warns at start that the demo accounts exist', () => {
    expect(server.logs.find((line) => String(line.msg).startsWith('demo accounts exist'))).toMatchObject({ level: 'warn', demoAccounts: 4 })
  })

  it('answers the API only with a session, and never writes a password into its log', async () => {
    expect((await fetch(`${server.baseUrl}/api/v1/org-units?boundary=current`)).status).toBe(401)
    const wrong = 'Wrong-Password-7f3a9c'
    const failed = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: wrong }),
    })
    expect(failed.status).toBe(401)
    const admin = await signIn(server.baseUrl, 'admin')
    const me = await fetch(`${server.baseUrl}/api/v1/auth/me`, { headers: { cookie: admin.cookie } })
    expect(await me.json()).toMatchObject({ username: 'admin', role: 'admin', unit: null })
    const id = me.headers.get('x-request-id')
    await server.waitForLog((l) => l.id === id)
    const written = `${server.logs.map((l) => JSON.stringify(l)).join('\n')}\n${server.stderr()}`
    expect(written).toContain('/api/v1/auth/login')
    for (const secret of [DEMO_PASSWORD, wrong, admin.cookie.split('=')[1] ?? '', admin.csrfToken]) expect(written).not.toContain(secret)
  })

  it('answers /healthz and /readyz', async () => {
    const health = await get('/healthz')
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ status: 'ok' })
    const ready = await get('/readyz')
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ status: 'ready', database: 'pglite' })
  })

  it('sends the security headers on every response: page, asset, API and 404', async () => {
    const paths = ['/', `/assets/${hashedAsset}`, '/api/v1/org-units?boundary=current', '/api/v1/nope', '/assets/nope.js']
    const seen: Record<string, Record<string, string | null>> = {}
    for (const path of paths) {
      const { headers } = await get(path)
      seen[path] = {
        csp: headers.get('content-security-policy'),
        nosniff: headers.get('x-content-type-options'),
        frameOptions: headers.get('x-frame-options'),
        referrer: headers.get('referrer-policy'),
        requestId: headers.get('x-request-id'),
      }
    }
    const expected = {
      // script-src 'self' and frame-ancestors 'none' somewhere; 'unsafe-inline' and 'unsafe-eval' nowhere.
      csp: expect.stringMatching(/^(?!.*'unsafe-(?:inline|eval)')(?=.*script-src 'self';)(?=.*frame-ancestors 'none')/),
      nosniff: 'nosniff',
      frameOptions: 'DENY',
      referrer: 'strict-origin-when-cross-origin',
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    }
    expect(seen).toEqual(Object.fromEntries(paths.map((path) => [path, expected])))
  })

  it('lets the style attribute of the static skeleton in index.html through its CSP hash, and nothing inline else', async () => {
    const res = await get('/')
    const html = await res.text()
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/)
    const styles = [...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1])
    const csp = res.headers.get('content-security-policy') ?? ''
    const { createHash } = await import('node:crypto')
    for (const style of styles) {
      expect(csp).toContain(`'sha256-${createHash('sha256').update(style ?? '').digest('base64')}'`)
    }
  })

  it('caches hashed assets for a year and revalidates index.html', async () => {
    const asset = await get(`/assets/${hashedAsset}`)
    expect(asset.status).toBe(200)
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const index = await get('/')
    expect(index.headers.get('content-type')).toMatch(/^text\/html/)
    expect(index.headers.get('cache-control')).toBe('no-cache')
  })

  it('compresses text with gzip or brotli when asked, and not otherwise', async () => {
    const raw = readFileSync(join(distDir, 'assets', hashedAsset))
    const gzip = await fetchRaw(`/assets/${hashedAsset}`, 'gzip')
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gzip.headers.vary).toMatch(/accept-encoding/i)
    expect(gunzipSync(gzip.body).equals(raw)).toBe(true)
    expect(gzip.body.length).toBeLessThan(raw.length / 2)

    const br = await fetchRaw('/api/v1/org-units?boundary=current', 'gzip, deflate, br')
    expect(br.headers['content-encoding']).toBe('br')

    const identity = await fetchRaw(`/assets/${hashedAsset}`, 'identity')
    expect(identity.headers['content-encoding']).toBeUndefined()
    expect(identity.body.equals(raw)).toBe(true)
  })

  it('answers a page path with the page, but not unknown assets or non-HTML requests', async () => {
    const page = await get('/units/HN-new?from=2024-01', { accept: 'text/html,application/xhtml+xml', cookie: await cookie() })
    // A unit that does not exist: the not-found page, rendered, with its status.
    expect(page.status).toBe(404)
    expect(await page.text()).toContain('class="card not-found"')
    expect(page.headers.get('cache-control')).toBe('private, no-cache')
    expect((await get('/assets/missing-abc123.js', { accept: 'text/html' })).status).toBe(404)
    expect((await get('/units/HN-new', { accept: 'application/json' })).status).toBe(404)
  })

  it('sends a signed-out visitor of a page to sign in, with the way back', async () => {
    const res = await getPage('/units/c37?from=2026-01', { signedIn: false })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/sign-in?next=%2Funits%2Fc37%3Ffrom%3D2026-01')
    const signInPage = await getPage('/sign-in', { signedIn: false })
    expect(signInPage.status).toBe(200)
    expect(await signInPage.text()).toMatch(/<form[\s\S]*type="password"/)
  })

  it('renders a page with its figures in it, the answers for React beside them, and nothing the CSP refuses', async () => {
    const res = await getPage('/units/c37?from=2026-01&to=2026-06')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('private, no-cache')
    const html = await res.text()
    expect(html).toContain('<html lang="vi"')
    expect(html).toMatch(/<h1[^>]*>Ninh Bình/)
    // The KPI figures, as the API gives them, written the Vietnamese way.
    const summary = (await (await get('/api/v1/summary?from=2026-01&to=2026-06&units=c37')).json()) as { metrics: { value: number }[] }
    const figures = [...html.matchAll(/class="kpi-card__value"[^>]*>([^<]*)</g)].map((m) => m[1])
    expect(figures).toEqual(summary.metrics.map((m) => new Intl.NumberFormat('vi-VN').format(m.value)))
    const csp = res.headers.get('content-security-policy') ?? ''
    const { createHash } = await import('node:crypto')
    // Scripts: the JSON data block (never executed) and the loader, which the CSP lets run by
    // its hash and nothing else inline; it loads the app and what it preloads from /assets/.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attributes: m[1] ?? '', text: m[2] ?? '' }))
    expect(scripts.map((s) => s.attributes)).toEqual([' type="application/json" id="ttdn-ssr"', ' type="module" id="ttdn-start"'])
    const loader = scripts[1]?.text ?? ''
    expect(csp).toContain(`script-src 'self' 'sha256-${createHash('sha256').update(loader).digest('base64')}';`)
    const loaded = [...loader.matchAll(/"(\/assets\/[\w.-]+\.js)"/g)].map((m) => m[1] ?? '')
    expect(loader).toMatch(/import\("\/assets\/index-[\w-]+\.js"\)/)
    expect(loaded.some((file) => file.startsWith('/assets/unit-page-'))).toBe(true)
    for (const file of loaded) {
      const script = await get(file)
      expect(script.headers.get('content-type')).toMatch(/javascript/)
      // The page hydrates with the answers it came with: the schema library that reads the
      // API's responses is not among the scripts it loads before that (it comes with the first
      // response the app reads).
      expect(await script.text()).not.toContain('ZodMini')
    }
    // (The mark is there to be found: the build has the library, in a script of its own.)
    const chunks = readdirSync(join(distDir, 'assets')).filter((name) => name.endsWith('.js'))
    expect(chunks.filter((name) => readFileSync(join(distDir, 'assets', name), 'utf8').includes('ZodMini')).length).toBeGreaterThan(0)
    const styles = [...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1] ?? '')
    expect(styles.length).toBeGreaterThan(0)
    for (const style of styles) expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`)
    const state = JSON.parse(html.match(/<script type="application\/json" id="ttdn-ssr">([^<]*)<\/script>/)?.[1] ?? 'null') as {
      lang: string
      queries: { key: unknown[]; data: unknown }[]
    }
    expect(state.lang).toBe('vi')
    expect(state.queries.find((q) => q.key.join('/') === 'auth/me')?.data).toMatchObject({ username: 'viewer', role: 'viewer', unit: null })
    // The stylesheets, the app's and the screen's own, are written in (no request before the
    // first paint): each the file the server serves, each allowed by its hash.
    // (Each also named by a disabled link, never fetched, so that the app's loader does not ask for it.)
    expect(html.match(/<link rel="stylesheet"[^>]*>/g)?.every((link) => link.endsWith(' disabled>'))).toBe(true)
    const sheets = [...html.matchAll(/<style data-href="([^"]+)">([\s\S]*?)<\/style>/g)].map((m) => ({ href: m[1] ?? '', text: m[2] ?? '' }))
    expect(sheets.map((sheet) => sheet.href.replace(/-[\w-]+\.css$/, ''))).toEqual(expect.arrayContaining(['/assets/index', '/assets/units']))
    for (const sheet of sheets) {
      expect(await (await get(sheet.href)).text()).toBe(sheet.text)
      expect(csp).toContain(`'sha256-${createHash('sha256').update(sheet.text).digest('base64')}'`)
    }
  })

  it('renders the units table for a phone with one metric’s columns, when the request says it is one', async () => {
    const desktop = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36'
    const phone = 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36'
    const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1'
    const all = ['Tin, bài', 'Hội nghị, hội thảo', 'Khen thưởng', 'Lớp tập huấn, bồi dưỡng', 'Học viên']
    // Chromium's client hint decides; without one, the user agent.
    expect(await unitsTableGroups({ 'sec-ch-ua-mobile': '?1', 'user-agent': phone })).toEqual({ groups: ['Khen thưởng'], narrow: true })
    expect(await unitsTableGroups({ 'sec-ch-ua-mobile': '?0', 'user-agent': desktop })).toEqual({ groups: all, narrow: false })
    expect(await unitsTableGroups({ 'user-agent': iphone })).toEqual({ groups: ['Khen thưởng'], narrow: true })
    expect(await unitsTableGroups({ 'user-agent': desktop })).toEqual({ groups: all, narrow: false })
  })

  it('renders in the language of the cookie the app writes', async () => {
    const html = await (await getPage('/', { lang: 'en' })).text()
    expect(html).toContain('<html lang="en"')
    expect(html).toMatch(/<h1[^>]*>Overview</)
    expect(html).toContain('"lang":"en"')
  })

  it('answers unknown API paths with a 404 JSON error, not the app', async () => {
    const res = await get('/api/v1/nope', { accept: 'text/html' })
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No API resource at /api/v1/nope.' } })
    const otherVersion = await get('/api/v2/stats', { accept: 'text/html' })
    expect(otherVersion.status).toBe(404)
    expect(await otherVersion.json()).toEqual({ error: { code: 'not_found', message: 'No API resource at /api/v2/stats.' } })
  })

  it('writes one JSON log line per request, with the id it sends back', async () => {
    const res = await get('/api/v1/nope-logged?secret=1')
    const id = res.headers.get('x-request-id')
    const line = await server.waitForLog((l) => l.id === id)
    expect(Object.keys(line).toSorted()).toEqual(['id', 'level', 'method', 'ms', 'path', 'status', 'time'])
    expect(line).toMatchObject({ level: 'info', method: 'GET', path: '/api/v1/nope-logged', status: 404 })
    expect(line.ms).toEqual(expect.any(Number))
    expect(Number.isNaN(Date.parse(line.time))).toBe(false)
    expect(server.logs.filter((l) => l.id === id)).toHaveLength(1)
  })

  let activitiesBefore: unknown
  it('stops on SIGTERM with exit code 0 after finishing a download in flight', async () => {
    activitiesBefore = await (await get('/api/v1/activities?sort=-date')).json()

    let downloading: (() => void) | undefined
    const started = new Promise<void>((resolve) => (downloading = resolve))
    const finished = new Promise<number>((resolve, reject) => {
      request(`${server.baseUrl}/big.bin`, (res) => {
        let received = 0
        res.once('data', (chunk: Buffer) => {
          received += chunk.length
          // Hold the download (the server's writes back up) until the server has begun to stop.
          res.pause()
          downloading?.()
          void server.waitForLog((l) => typeof l.msg === 'string' && l.msg.startsWith('shutting down')).then(() => {
            res.on('data', (c: Buffer) => (received += c.length))
            res.resume()
          })
        })
        res.on('end', () => resolve(received))
        res.on('error', reject)
      })
        .on('error', reject)
        .end()
    })
    await started
    const exitCode = server.stop('SIGTERM')
    expect(await finished).toBe(BIG_FILE_BYTES)
    expect(await exitCode).toBe(0)
    expect(server.logs.at(-1)).toMatchObject({ msg: 'stopped' })
  })

  it('starts again on the same data directory without seeding, with the data kept', async () => {
    server = await startProductionServer({ dataDir, env: { TTDN_DIST_DIR: distDir }, timeoutMs: 120_000 })
    const ready = server.logs.find((line) => String(line.msg).startsWith('database ready'))
    expect(ready).toMatchObject({ msg: 'database ready: existing data, no seeding', demoDataLoaded: false, records: 0 })
    expect(server.logs.some((line) => line.msg === 'database migrated')).toBe(false)
    // No initdb and no demo data: quicker than the first start by far, however busy the machine.
    expect(Number(server.logs.find((line) => line.msg === 'listening')?.startMs)).toBeLessThan(firstStartMs)
    expect(await (await get('/api/v1/activities?sort=-date')).json()).toEqual(activitiesBefore)
  })
})
