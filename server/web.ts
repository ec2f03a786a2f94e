/**
 * What the production server answers on its one port: the API app (`/api/v1/*`, `/healthz`,
 * `/readyz`) and the built dashboard (`dist/`), behind request logging, security headers and
 * compression. Kept apart from `main.ts` (environment, database, signals) so it stays a plain
 * Hono app.
 */
import { readFileSync } from 'node:fs'
import { createHash, randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { Duplex } from 'node:stream'
import { constants as zlib, createBrotliCompress, createGzip } from 'node:zlib'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono, type Context, type MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress'
import type { RenderedPage, RenderRequest } from '../src/entry-server'
import { API_BASE_PATH } from './config'
import { errorResponse } from './errors'
import type { Logger } from './log'

export interface WebAppOptions {
  /** The API app (`createApp`): answers `/api/v1/*`, `/healthz` and `/readyz`. */
  api: { fetch: (request: Request, env?: unknown) => Response | Promise<Response> }
  /** The built dashboard (`vite build` output). */
  distDir: string
  log: Logger
  /** True once shutdown has begun: `/readyz` then answers 503 so a balancer stops sending. */
  isShuttingDown?: () => boolean
  /**
   * Renders a page on the server (`src/entry-server.tsx`), with the build's manifest
   * (`dist/.vite/manifest.json`) for its stylesheets and preloads. Without it every page is
   * the shell that renders in the browser.
   */
  pages?: { render: (request: RenderRequest) => Promise<RenderedPage>; manifest: ViteManifest }
}

/** The part of Vite's build manifest read here: each source module's file, stylesheets and static imports. */
export type ViteManifest = Record<string, { file: string; css?: string[]; imports?: string[]; dynamicImports?: string[] }>

/** Hashed file names never change content, so browsers may keep them for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable'
/** Everything else (index.html above all) is revalidated, so a new build shows at once. */
const REVALIDATE = 'no-cache'

/** A CSP source expression allowing exactly `text` inline (`'sha256-…'`). */
const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

/**
 * The inline styles of a page as CSP hashes: the style attributes (of the skeleton painted
 * before the script runs, or of a page rendered on the server) and the `<style>` elements a
 * rendered page carries. Allowing exactly these (with 'unsafe-hashes' for the attributes) keeps
 * 'unsafe-inline' out of the policy: everything else the app styles is either a stylesheet from
 * 'self' or set through the CSSOM by React and recharts (`element.style`), which CSP does not
 * govern.
 */
export function inlineStyleHashes(html: string): string[] {
  const hashes = new Set<string>()
  // The stylesheets a rendered page carries inline (`<style>` elements).
  for (const match of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
    hashes.add(cspHash(match[1] ?? ''))
  }
  for (const match of html.matchAll(/\sstyle="([^"]*)"/g)) {
    // The browser hashes the attribute's value, after the character references are read.
    const value = (match[1] ?? '').replace(/&(quot|amp|#x27|#39|lt|gt);/g, (_, name: string) => CHARACTER_REFERENCES[name] ?? '')
    hashes.add(cspHash(value))
  }
  return [...hashes].toSorted()
}
const CHARACTER_REFERENCES: Record<string, string> = { quot: '"', amp: '&', '#x27': "'", '#39': "'", lt: '<', gt: '>' }

/** A CSP in its header form (`default-src 'self'; …`). */
export function contentSecurityPolicyHeader(html: string): string {
  return Object.entries(contentSecurityPolicy(html))
    .map(([name, values]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${values.join(' ')}`)
    .join('; ')
}

/** The inline scripts of a page that run (not its JSON data blocks) as CSP hashes: the loader of a rendered page. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const match of html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.add(cspHash(match[1] ?? ''))
  }
  return [...hashes].toSorted()
}

export function contentSecurityPolicy(indexHtml: string) {
  const attributeHashes = inlineStyleHashes(indexHtml)
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", ...inlineScriptHashes(indexHtml)],
    styleSrc: ["'self'", ...(attributeHashes.length > 0 ? ["'unsafe-hashes'", ...attributeHashes] : [])],
    // blob: for the chart downloads: the PNG is drawn from the chart's SVG loaded as a blob URL.
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  }
}

/** Sets the cache policy of a static file answered below it, by whether its name is hashed. */
const cacheHeaders: MiddlewareHandler = async (c, next) => {
  await next()
  if (c.res.ok) c.res.headers.set('Cache-Control', c.req.path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE)
}

function requestLog(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now()
    const id = randomUUID()
    c.header('X-Request-Id', id)
    try {
      await next()
    } finally {
      c.res.headers.set('X-Request-Id', id)
      const status = c.res.status
      log(status >= 500 ? 'error' : 'info', {
        id,
        method: c.req.method,
        path: c.req.path,
        status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      })
    }
  }
}

function pickEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  if (!acceptEncoding) return null
  const accepted = new Map<string, number>()
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    accepted.set(name.trim(), q ? Number(q.slice(2)) : 1)
  }
  const weight = (name: string) => accepted.get(name) ?? accepted.get('*') ?? 0
  if (weight('br') > 0 && weight('br') >= weight('gzip')) return 'br'
  if (weight('gzip') > 0) return 'gzip'
  return null
}

/**
 * Brotli or gzip for text bodies of 1 KB and more, streamed through node:zlib (Hono's own
 * `compress` speaks gzip and deflate only). Brotli at quality 5 compresses about as fast as
 * gzip and a good deal smaller; 11 would cost tens of milliseconds per request.
 */
function compression(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const res = c.res
    const type = res.headers.get('Content-Type') ?? ''
    if (!res.body || c.req.method === 'HEAD' || res.headers.has('Content-Encoding')) return
    if (!COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type)) return
    const length = res.headers.get('Content-Length')
    if (length !== null && Number(length) < 1024) return
    c.res.headers.append('Vary', 'Accept-Encoding')
    const encoding = pickEncoding(c.req.header('Accept-Encoding'))
    if (!encoding) return
    const compressor =
      encoding === 'br'
        ? createBrotliCompress({ params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } })
        : createGzip({ level: 6 })
    const pair = Duplex.toWeb(compressor) as unknown as ReadableWritablePair<Uint8Array, Uint8Array>
    c.res = new Response(res.body.pipeThrough(pair), res)
    // Set after the assignment: Hono copies the previous response's headers onto the new one.
    c.res.headers.delete('Content-Length')
    c.res.headers.set('Content-Encoding', encoding)
  }
}

/** A browser asking for a page: HTML accepted, and a path with no file extension (`/`, `/units/c37`). */
function asksForPage(c: Context): boolean {
  return !c.req.path.startsWith('/assets/') && c.req.header('Accept')?.includes('text/html') === true && !/\.[^/]*$/.test(c.req.path)
}

/**
 * Whether a page is asked for by a phone, to render it for that width: the client hint
 * Chromium browsers send unasked (`Sec-CH-UA-Mobile`), else the user agent (browsers on phones
 * write "Mobi" in it). A wrong guess costs only a render: the browser corrects it once it starts.
 */
function asksFromPhone(c: Context): boolean {
  const hint = c.req.header('Sec-CH-UA-Mobile')
  if (hint !== undefined) return hint.trim() === '?1'
  return /Mobi/.test(c.req.header('User-Agent') ?? '')
}

/** The region of index.html that a page rendered on the server replaces (the static skeleton). */
const OUTLET = /<!--ssr-outlet-->[\s\S]*?<!--\/ssr-outlet-->/

/** The stylesheets and scripts of `modules` and what they import, leaving out those index.html already loads. */
function moduleAssets(manifest: ViteManifest, modules: readonly string[], template: string): { css: string[]; js: string[] } {
  const css = new Set<string>()
  const js = new Set<string>()
  const seen = new Set<string>()
  const visit = (key: string) => {
    const entry = manifest[key]
    if (!entry || seen.has(key)) return
    seen.add(key)
    js.add(entry.file)
    for (const file of entry.css ?? []) css.add(file)
    for (const imported of entry.imports ?? []) visit(imported)
  }
  for (const module of modules) visit(module)
  const fresh = (file: string) => !template.includes(`/${file}"`)
  return { css: [...css].filter(fresh), js: [...js].filter(fresh) }
}

/** A stylesheet of the build by its file name (`assets/index-….css`), or null when it cannot be written inline. */
type StylesheetReader = (file: string) => string | null

/** JSON to write inside a script element: `<` escaped, so that it cannot close the element, whatever it holds. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c')

/**
 * The script that starts the app on a rendered page, written inline at the end of the body in
 * place of index.html's entry script and module preloads. It waits for the first contentful
 * paint before it asks for any script: the page is already complete as HTML, so nothing it
 * needs to paint competes with the app's code for the connection or the main thread, and the
 * scripts' evaluation and hydration come after the figures are on screen. The preloads are
 * added for a few milliseconds at a time, a task each (the browser spends one or two on each
 * link, too long for one task on a phone; a message, unlike a timer, starts the next task with
 * no delay), then the entry is imported. A page loaded in the background
 * (no paint to wait for), or a browser without paint timing, starts at once; and it starts
 * anyway after a while, should the paint never be reported.
 */
export function loaderScript(entry: string, preloads: readonly string[]): string {
  return [
    'let started=false;',
    `const start=()=>{if(started)return;started=true;const hrefs=${scriptJson(preloads)};`,
    'const channel=new MessageChannel();',
    'const next=()=>{const until=performance.now()+4;',
    'do{const link=document.createElement("link");link.rel="modulepreload";link.crossOrigin="";link.href=hrefs.shift();document.head.append(link)}while(hrefs.length>0&&performance.now()<until);',
    `if(hrefs.length>0)channel.port2.postMessage(0);else import(${scriptJson(entry)})};channel.port1.onmessage=next;next()};`,
    'if(document.visibilityState!=="visible"||!PerformanceObserver.supportedEntryTypes?.includes("paint"))start();',
    'else{new PerformanceObserver((list)=>{if(list.getEntriesByName("first-contentful-paint").length>0)start()}).observe({type:"paint",buffered:true});',
    'addEventListener("visibilitychange",start,{once:true});setTimeout(start,3000)}',
  ].join('')
}

/**
 * index.html with the rendered page in its outlet, the page's state for React, its language, and
 * its assets: the stylesheets written inline, so the page paints without waiting for another
 * request (the CSP lists their hashes), and the scripts loaded once it has painted
 * (`loaderScript`).
 */
export function composePage(
  template: string,
  page: Extract<RenderedPage, { kind: 'page' }>,
  assets: { css: readonly string[]; js: readonly string[] },
  stylesheet: StylesheetReader,
): string {
  const styleOrLink = (file: string) => {
    const text = stylesheet(file)
    if (text === null) return `<link rel="stylesheet" crossorigin href="/${file}">`
    // The disabled link is never fetched; it tells Vite's loader, which looks for stylesheet
    // links before it adds one for a screen it loads, that this one is in the page already.
    return `<style data-href="/${file}">${text}</style><link rel="stylesheet" crossorigin href="/${file}" disabled>`
  }
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(template)?.[1]
  const preloads = [...template.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1] ?? '')
  const scripts = entry
    ? `<script type="module" id="ttdn-start">${loaderScript(entry, [...preloads, ...assets.js.map((file) => `/${file}`)])}</script>`
    : ''
  // The first paint waits for the page's last element: the whole page is laid out once, before
  // it is shown, rather than piece by piece as it is read, each piece a task of its own.
  const last = entry ? 'ttdn-start' : 'ttdn-ssr'
  const state = scriptJson(page.state)
  return template
    .replace(/<html lang="[^"]*"/, `<html lang="${page.state.lang}"`)
    .replace(/<script type="module" crossorigin src="[^"]+"><\/script>\s*/, entry ? '' : '$&')
    .replace(/<link rel="modulepreload" crossorigin href="[^"]+">\s*/g, entry ? '' : '$&')
    .replace(/<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/g, (_, file: string) => styleOrLink(file))
    .replace('</head>', () => `${assets.css.map(styleOrLink).join('')}<link rel="expect" href="#${last}" blocking="render"></head>`)
    .replace(OUTLET, () => page.html)
    .replace('</body>', () => `<script type="application/json" id="ttdn-ssr">${state}</script>${scripts}</body>`)
}

export function createWebApp({ api, distDir, log, isShuttingDown = () => false, pages }: WebAppOptions): Hono {
  const indexHtml = readFileSync(join(distDir, 'index.html'), 'utf8')
  const shellHtml = indexHtml.replace(/<!--\/?ssr-outlet-->/g, '')
  const stylesheets = new Map<string, string | null>()
  const stylesheet: StylesheetReader = (file) => {
    if (!stylesheets.has(file)) {
      let text: string | null = null
      try {
        text = readFileSync(join(distDir, file), 'utf8')
      } catch {
        // Not in the build (it cannot happen with its own manifest): linked instead.
      }
      stylesheets.set(file, text !== null && /^assets\/[\w.-]+\.css$/.test(file) && !text.includes('</style') ? text : null)
    }
    return stylesheets.get(file) ?? null
  }
  const web = new Hono()
  web.use(requestLog(log))
  web.use(
    secureHeaders({
      // The CSP is set below: a page rendered on the server brings its own (its style attributes' hashes).
      xFrameOptions: 'DENY',
      referrerPolicy: 'strict-origin-when-cross-origin',
      // HSTS belongs to whatever terminates TLS in front of this server; over plain HTTP on
      // loopback it means nothing, and a wrong includeSubDomains is hard to take back.
      strictTransportSecurity: false,
    }),
  )
  const defaultPolicy = contentSecurityPolicyHeader(indexHtml)
  web.use(async (c, next) => {
    await next()
    if (!c.res.headers.has('Content-Security-Policy')) c.res.headers.set('Content-Security-Policy', defaultPolicy)
  })
  web.use(compression())

  // The Node server's bindings go along: the API reads the client's address from them (sign-in limit).
  const toApi: MiddlewareHandler = (c) => Promise.resolve(api.fetch(c.req.raw, c.env))
  web.get('/healthz', toApi)
  web.get('/readyz', (c, next) =>
    isShuttingDown() ? Promise.resolve(c.json({ status: 'shutting down' }, 503)) : toApi(c, next),
  )
  web.all(API_BASE_PATH, toApi)
  web.all(`${API_BASE_PATH}/*`, toApi)
  // Another version or a mistyped base is still an API request: a JSON 404, never the app.
  web.all('/api/*', (c) => errorResponse(404, 'not_found', `No API resource at ${c.req.path}.`))

  const indexFile = serveStatic({ root: distDir, path: 'index.html' })
  if (pages) {
    // What the entry script loads as it starts, step by step (src/main.tsx): preloaded with the
    // page's own modules, so that no step waits for the network.
    const startup = pages.manifest['index.html']?.dynamicImports ?? []
    web.get('*', async (c, next) => {
      if (!asksForPage(c)) return next()
      const url = new URL(c.req.url)
      const cookie = c.req.header('Cookie')
      let page: RenderedPage
      try {
        page = await pages.render({
          url: `${url.pathname}${url.search}`,
          cookie,
          narrow: asksFromPhone(c),
          api: (request) => Promise.resolve(api.fetch(request, c.env)),
        })
      } catch (error) {
        page = { kind: 'shell', reason: error instanceof Error ? (error.stack ?? error.message) : String(error) }
      }
      // Pages hold the user's data and session token: never kept by a shared cache.
      c.header('Cache-Control', 'private, no-cache')
      c.header('Vary', 'Cookie, Sec-CH-UA-Mobile, User-Agent')
      if (page.kind === 'redirect') return c.redirect(page.location, 302)
      if (page.kind === 'shell') {
        log('warn', { msg: 'page served unrendered', path: c.req.path, reason: page.reason })
        return c.html(shellHtml)
      }
      const html = composePage(indexHtml, page, moduleAssets(pages.manifest, [...startup, ...page.modules], indexHtml), stylesheet)
      c.header('Content-Security-Policy', contentSecurityPolicyHeader(html))
      const { renders, renderMs, dataMs } = page.timing
      c.header('Server-Timing', `render;desc="${renders} renders";dur=${renderMs.toFixed(1)}, data;dur=${dataMs.toFixed(1)}`)
      return c.html(html, page.status as 200 | 404)
    })
  }

  web.use(cacheHeaders, serveStatic({ root: distDir }))

  // Client-side routes (/units/…, /activities?…) when pages are not rendered here: a browser
  // asking for a page gets the app, which routes itself. Assets and anything not asking for
  // HTML get a plain 404.
  web.get('*', (c, next) => {
    if (c.req.path.startsWith('/assets/') || !c.req.header('Accept')?.includes('text/html')) return next()
    return indexFile(c, next)
  })
  web.notFound((c) => c.text('Not found', 404))
  web.onError((error) => {
    log('error', { msg: 'unhandled error', error: error instanceof Error ? error.message : String(error) })
    return errorResponse(500, 'internal_error', 'The server failed to answer this request.')
  })
  return web
}
