/**
 * Size of the JavaScript the browser loads before the first render of `/`: the entry script
 * and the modules it preloads, as listed in the built index.html, gzipped.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { BenchRow } from './bench-utils'


function gzipKb(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length / 1024
}

export async function benchBundle(): Promise<BenchRow[]> {
  // Vite's module runner (which loaded this file) sets NODE_ENV=development; the build must not
  // inherit it, or it measures React's development build.
  const build = spawnSync('vite', ['build', '--logLevel', 'error'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
  if (build.status !== 0) throw new Error('vite build failed')
  const html = readFileSync('dist/index.html', 'utf8')
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map(
    (m) => m[1] as string,
  )
  const files = [...new Set(scripts)].map((src) => join('dist', src.replace(/^\//, '')))
  const initialKb = files.reduce((sum, f) => sum + gzipKb(f), 0)
  const all = readdirSync('dist/assets').filter((f) => f.endsWith('.js'))
  const allKb = all.reduce((sum, f) => sum + gzipKb(join('dist/assets', f)), 0)
  const charts = all.filter((f) => /charts/.test(f))
  return [
    {
      name: 'JS before first render of / (gzip)',
      value: `${initialKb.toFixed(1)} KB`,
      target: '≤ 120 KB',
      met: initialKb <= 120,
      extra: files.map((f) => f.replace('dist/', '')).join(', '),
    },
    { name: 'All JS chunks (gzip)', value: `${allKb.toFixed(1)} KB in ${all.length} files` },
    { name: 'Chart chunk loaded on demand', value: charts.length > 0 ? charts.join(', ') : 'none found' },
  ]
}
