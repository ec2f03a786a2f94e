// `npm run bench`: runs every benchmark of the project in one process and prints the figures.
// Bench modules are TypeScript; Vite's module runner loads them (TS, JSON and the app's imports).
import { runnerImport } from 'vite'

// Measure what users get: without this, the module runner sets NODE_ENV=development, so React
// and any build a suite starts would be development builds.
process.env.NODE_ENV = 'production'

const SUITES = [
  ['Server API', './tests/bench/server-api.bench.ts', 'benchServerApi'],
  ['Server process', './tests/bench/server-api.bench.ts', 'benchServerProcess'],
  ['Bundle', './tests/bench/bundle.bench.ts', 'benchBundle'],
  ['Units table', './tests/bench/units-table.bench.ts', 'benchUnitsTable'],
  ['Export CSV', './tests/bench/export.bench.ts', 'benchExport'],
  ['Browser (overview)', './tests/bench/browser.bench.ts', 'benchBrowser'],
  ['Lighthouse (every screen vs a bare React + Recharts page)', './tests/bench/lighthouse.bench.ts', 'benchLighthouse'],
]

const only = process.argv[2]
let failed = false
for (const [title, path, fn] of SUITES) {
  if (only && !title.toLowerCase().includes(only.toLowerCase())) continue
  console.log(`\n== ${title} ==`)
  try {
    const { module } = await runnerImport(path)
    const rows = await module[fn]()
    for (const row of rows) {
      const value = row.medianMs !== undefined ? `${row.medianMs.toFixed(2)} ms (median of ${row.runs})` : row.value
      const target = row.target ? `  target ${row.target}${row.met === undefined ? '' : row.met ? '  ✔ met' : '  ✘ NOT met'}` : ''
      console.log(`${row.name.padEnd(58)} ${String(value).padStart(28)}${target}`)
      if (row.extra) console.log(`${''.padEnd(60)}${row.extra}`)
      if (row.met === false) failed = true
    }
  } catch (error) {
    failed = true
    console.error(`${title} failed:`, error)
  }
}
console.log(failed ? '\nSome targets were not met (see ✘ above).' : '\nAll measured targets met.')
