// Runs every test (unit, feature, mock API and end-to-end in Chromium) through vitest, then
// prints the plain closing line `N passed, N failed` from vitest's JSON report, which CI reads.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const report = '.test-results/vitest.json'
mkdirSync('.test-results', { recursive: true })
rmSync(report, { force: true })

const run = spawnSync(
  'vitest',
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit', shell: false },
)

if (!existsSync(report)) {
  console.log('0 passed, 1 failed')
  console.error('vitest wrote no report: it did not run.')
  process.exit(run.status || 1)
}
const result = JSON.parse(readFileSync(report, 'utf8'))
const passed = result.numPassedTests ?? 0
// A file that fails to load has no failed test but a failed suite: count it so it shows.
const failed = (result.numFailedTests ?? 0) || (result.numFailedTestSuites ?? 0)
const skipped = (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0)
console.log('')
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(run.status ?? (failed > 0 ? 1 : 0))
