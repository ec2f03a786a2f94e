/**
 * The server app inside Vite's Node process, as connect middleware for the dev and preview
 * servers: `npm run dev` and `npm run preview` answer the API with the real app over the
 * prepared demo database. A scenario (`MOCK_SCENARIO`, preview only) is layered in front with
 * MSW's `getResponse`; in the browser the worker layers `?mock=` scenarios the same way.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { getResponse } from 'msw'
import { API_BASE_PATH } from './config'
import { startApiHost, type ApiHost } from './api-host'
import { setApiTarget } from './forward'
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

/** Turns a Node request into a Fetch `Request`. */
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
 * Answers requests under the API base with the server app (the scenario's handlers first);
 * passes everything else to `next()`. The app's database opens on the first request.
 */
export function mockApiMiddleware(options: MockApiMiddlewareOptions = {}) {
  const scenario = options.scenario === undefined ? parseScenarioName(process.env.MOCK_SCENARIO) : options.scenario
  let host: Promise<ApiHost> | null = null
  const hosted = () => {
    if (!host) {
      host = startApiHost()
      host.then((h) => setApiTarget((request) => h.handle(request)), () => (host = null))
    }
    return host
  }
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    if (!isUnderBase(req.url ?? '')) {
      next()
      return
    }
    void (async () => {
      const api = await hosted()
      const request = await toFetchRequest(req)
      const response = (scenario ? await getResponse(scenarios[scenario], request.clone()) : undefined) ?? (await api.handle(request))
      res.statusCode = response.status
      response.headers.forEach((value, name) => {
        if (name !== 'set-cookie') res.setHeader(name, value)
      })
      // Each cookie its own header line (the session cookie at sign-in).
      const cookies = response.headers.getSetCookie()
      if (cookies.length > 0) res.setHeader('set-cookie', cookies)
      res.end(Buffer.from(await response.arrayBuffer()))
    })().catch(next)
  }
}
