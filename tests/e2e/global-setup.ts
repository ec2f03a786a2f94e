/**
 * End-to-end setup: finds Chromium, builds what `npm start` would build (once, when missing or
 * out of date), starts the production server (`node dist-server/main.js`) on a free loopback
 * port over a fresh data directory (its first start seeds the demo data), and hands both to
 * the tests. Without Chromium the tests are skipped loudly, unless E2E_REQUIRED=1 (set by CI),
 * which turns the skip into a failure.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { buildProduction, startProductionServer } from '../support/production-server'

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

  buildProduction()
  const dataDir = mkdtempSync(join(tmpdir(), 'ttdn-e2e-data-'))
  try {
    const server = await startProductionServer({ dataDir })
    project.provide('e2e', { baseUrl: server.baseUrl, chromiumPath })
    return async () => {
      await server.stop()
      rmSync(dataDir, { recursive: true, force: true })
    }
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true })
    throw error
  }
}
