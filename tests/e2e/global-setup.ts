/**
 * End-to-end setup: finds Chromium, builds the app, starts `vite preview` (the production
 * build with the mock API over real HTTP) on a free loopback port, and hands both to the
 * tests. Without Chromium the tests are skipped loudly, unless E2E_REQUIRED=1 (set by CI),
 * which turns the skip into a failure.
 */
import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { startPreview } from '../support/preview-server'

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: { baseUrl: string; chromiumPath: string } | { skip: string }
  }
}

const CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(
  (p): p is string => Boolean(p),
)

export default async function setup(project: TestProject) {
  const chromiumPath = CANDIDATES.find((p) => existsSync(p))
  if (!chromiumPath) {
    const reason = `No Chromium found (looked at ${CANDIDATES.join(', ')}). Install it with: apt-get install -y chromium`
    if (process.env.E2E_REQUIRED === '1') throw new Error(`E2E_REQUIRED=1 but ${reason}`)
    const banner = '!'.repeat(78)
    console.warn(`\n${banner}\n!! END-TO-END TESTS SKIPPED: ${reason}\n${banner}\n`)
    project.provide('e2e', { skip: reason })
    return
  }

  // Each run builds into its own folder, so parallel runs never serve each other's files.
  const server = await startPreview(`.test-results/dist-e2e-${process.pid}`)
  project.provide('e2e', { baseUrl: server.baseUrl, chromiumPath })
  return () => server.stop()
}
