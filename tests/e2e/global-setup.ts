/**
 * End-to-end setup: finds Chromium, builds the app, starts `vite preview` (the production
 * build with the mock API over real HTTP) on a free loopback port, and hands both to the
 * tests. Without Chromium the tests are skipped loudly, unless E2E_REQUIRED=1 (set by CI),
 * which turns the skip into a failure.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: { baseUrl: string; chromiumPath: string } | { skip: string }
  }
}

const CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(
  (p): p is string => Boolean(p),
)

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
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`)
}

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
  const outDir = `.test-results/dist-e2e-${process.pid}`
  const build = spawnSync('vite', ['build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { stdio: 'inherit' })
  if (build.status !== 0) throw new Error('vite build failed')

  const port = await freePort()
  const server = spawn('vite', ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, MOCK_SCENARIO: '' },
  })
  const baseUrl = `http://127.0.0.1:${port}`
  try {
    await waitForServer(`${baseUrl}/api/v1/org-units?boundary=current`, server, 30_000)
  } catch (error) {
    server.kill()
    throw error
  }
  project.provide('e2e', { baseUrl, chromiumPath })
  return () => {
    server.kill()
    rmSync(outDir, { recursive: true, force: true })
  }
}
