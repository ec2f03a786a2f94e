/**
 * Global setup of the unit project: the real server app over real HTTP on a loopback port,
 * over the prepared demo database (PGlite), or over PostgreSQL when `DATABASE_URL` is set. The
 * tests' MSW handlers forward every API request to it (`tests/setup.ts`), so the screens and the
 * API tests see the server's answers. It runs in Vitest's main process, outside jsdom: PGlite
 * inside a jsdom worker starts two to three times slower and would start once per test file.
 */
import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import type { TestProject } from 'vitest/node'
import { startApiHost } from '../../mocks/api-host'

declare module 'vitest' {
  export interface ProvidedContext {
    apiOrigin: string
    apiDatabase: string
  }
}

export default async function setup(project: TestProject) {
  // Every worker signs in from 127.0.0.1: a screen test's wrong passwords must not lock the
  // others out (the limits themselves are tested on servers of their own, tests/api/auth.test.ts).
  const host = await startApiHost({ databaseUrl: process.env.DATABASE_URL, eager: true, auth: { maxFailuresPerAddress: 100_000 } })
  const server = serve({ fetch: (request, env) => host.handle(request, env), hostname: '127.0.0.1', port: 0 })
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  // Test workers keep connections alive across tests: closing an idle one just as a worker
  // reuses it would fail that request ("other side closed").
  if ('keepAliveTimeout' in server) {
    server.keepAliveTimeout = 10 * 60_000
    server.headersTimeout = 10 * 60_000 + 1000
  }
  const { port } = server.address() as AddressInfo
  project.provide('apiOrigin', `http://127.0.0.1:${port}`)
  project.provide('apiDatabase', process.env.DATABASE_URL ? 'postgres' : 'pglite')
  return async () => {
    // Kept-alive connections would hold `close` open for their whole (long) timeout.
    if ('closeAllConnections' in server) server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await host.close()
  }
}
