/**
 * The production server as `npm start` runs it (`node dist-server/main.js`), for the server
 * and end-to-end tests: build what is out of date, start on a free loopback port over a data
 * directory of the caller's choice, read its JSON log lines, stop it with a signal.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { ensureBuilt } from '../../server/start.mjs'

const ROOT = join(import.meta.dirname, '..', '..')

/** Builds the app (dist/) and the server (dist-server/) if either is missing or stale. */
export function buildProduction(): void {
  ensureBuilt({ log: () => {} })
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export type LogLine = Record<string, unknown> & { time: string; level: string }

export interface ProductionServer {
  baseUrl: string
  child: ChildProcess
  /** Every JSON line the server has written to stdout so far. */
  logs: LogLine[]
  /** Everything the server has written to stderr so far (also passed on to this process's stderr). */
  stderr(): string
  /** Resolves with the first log line (past or future) that matches. */
  waitForLog(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>
  /** Sends the signal and resolves with the exit code once the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

export interface StartOptions {
  dataDir: string
  /** More environment (e.g. TTDN_DIST_DIR). */
  env?: Record<string, string>
  /** How long the first start (initdb, migrations, demo data) may take. */
  timeoutMs?: number
}

export async function startProductionServer({ dataDir, env = {}, timeoutMs = 180_000 }: StartOptions): Promise<ProductionServer> {
  const port = await freePort()
  const child = spawn(process.execPath, [join(ROOT, 'dist-server', 'main.js')], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), TTDN_DATA_DIR: dataDir, DATABASE_URL: '', ...env },
  })
  const logs: LogLine[] = []
  let stderr = ''
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
    process.stderr.write(chunk)
  })
  const waiters = new Set<() => void>()
  let pending = ''
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) {
      if (!line.trim()) continue
      try {
        logs.push(JSON.parse(line) as LogLine)
      } catch {
        logs.push({ time: '', level: 'unparsed', line })
      }
    }
    for (const wake of waiters) wake()
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))

  const waitForLog = (match: (line: LogLine) => boolean, ms = 30_000) =>
    new Promise<LogLine>((resolve, reject) => {
      const check = () => {
        const found = logs.find(match)
        if (found) {
          done()
          resolve(found)
        } else if (child.exitCode !== null) {
          done()
          reject(new Error(`the server exited (code ${child.exitCode}) before the awaited log line`))
        }
      }
      const timer = setTimeout(() => {
        done()
        reject(new Error(`no matching log line within ${ms} ms; lines so far:\n${logs.map((l) => JSON.stringify(l)).join('\n')}`))
      }, ms)
      const done = () => {
        clearTimeout(timer)
        waiters.delete(check)
      }
      waiters.add(check)
      void exited.then(check)
      check()
    })

  const server: ProductionServer = {
    baseUrl: `http://127.0.0.1:${port}`,
    child,
    logs,
    stderr: () => stderr,
    waitForLog,
    stop: (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    },
  }
  try {
    await waitForLog((line) => line.msg === 'listening', timeoutMs)
  } catch (error) {
    await server.stop('SIGKILL')
    throw error
  }
  return server
}
