/**
 * The mock API over real HTTP, as connect middleware for Vite's preview server (the
 * production build, end-to-end tests, benchmarks). MSW's `getResponse` answers a `Request`
 * with the shared handlers, no service worker needed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { getResponse } from 'msw'
import { API_BASE_PATH } from './config'
import { handlers } from './handlers'
import { parseScenarioName, scenarios, type ScenarioName } from './scenarios'

export interface MockApiMiddlewareOptions {
  /** A named scenario; by default the one in the `MOCK_SCENARIO` environment variable. */
  scenario?: ScenarioName | null
}

type Next = (error?: unknown) => void

function isUnderBase(url: string): boolean {
  const path = url.split('?', 1)[0] ?? ''
  return path === API_BASE_PATH || path.startsWith(`${API_BASE_PATH}/`)
}

async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return chunks.length > 0 ? Uint8Array.from(Buffer.concat(chunks)) : undefined
}

/** Turns a Node request into a Fetch `Request` for the handlers. */
export async function toFetchRequest(req: IncomingMessage): Promise<Request> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v)
  }
  const body = await readBody(req)
  return new Request(url, { method: req.method ?? 'GET', headers, ...(body ? { body } : {}) })
}

/**
 * Answers requests under the API base with the mock handlers (plus the scenario's, first);
 * passes everything else to `next()`.
 */
export function mockApiMiddleware(options: MockApiMiddlewareOptions = {}) {
  const scenario = options.scenario === undefined ? parseScenarioName(process.env.MOCK_SCENARIO) : options.scenario
  const active = scenario ? [...scenarios[scenario], ...handlers] : handlers
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    if (!isUnderBase(req.url ?? '')) {
      next()
      return
    }
    void (async () => {
      const response = await getResponse(active, await toFetchRequest(req))
      if (!response) {
        next()
        return
      }
      res.statusCode = response.status
      response.headers.forEach((value, name) => res.setHeader(name, value))
      res.end(Buffer.from(await response.arrayBuffer()))
    })().catch(next)
  }
}
