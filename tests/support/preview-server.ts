/**
 * The production build served with the mock API over real HTTP (`vite preview`), for the
 * end-to-end tests and the browser benchmark: build into a folder of one's own, start on a free
 * loopback port, wait until the API answers, stop.
 */
import { spawn, spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { freePort } from './production-server'

/** Headless Chromium on these machines: no sandbox as root, no network beyond loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
]

export interface PreviewServer {
  baseUrl: string
  /** Stops the server and removes the build. */
  stop: () => void
}

/** Builds the app into `outDir` (production) and serves it with the mock API. */
export async function startPreview(outDir: string, { timeoutMs = 30_000 }: { timeoutMs?: number } = {}): Promise<PreviewServer> {
  // NODE_ENV is forced: Vite's module runner (which loads the benchmarks) sets it to development.
  const env = { ...process.env, NODE_ENV: 'production', MOCK_SCENARIO: '' }
  const build = spawnSync('vite', ['build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { stdio: 'inherit', env })
  if (build.status !== 0) throw new Error('vite build failed')

  const port = await freePort()
  const child = spawn('vite', ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  })
  const baseUrl = `http://127.0.0.1:${port}`
  const stop = () => {
    child.kill()
    rmSync(outDir, { recursive: true, force: true })
  }

  const ready = `${baseUrl}/api/v1/org-units?boundary=current`
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null) {
      stop()
      throw new Error(`vite preview exited with code ${child.exitCode}`)
    }
    try {
      // The API answers (401 without a session): the server is up.
      const status = (await fetch(ready)).status
      if (status === 200 || status === 401) return { baseUrl, stop }
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      stop()
      throw new Error(`vite preview did not answer at ${ready} within ${timeoutMs} ms`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
}
