// Runs every test (unit, feature, API and end-to-end in Chromium) through vitest, then prints the
// plain closing line `N passed, N failed` from vitest's JSON reports, which CI reads. With
// TEST_DATABASE_URL set (CI does), the API tests run a second time, the server app then on that
// PostgreSQL server instead of the embedded PGlite.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

mkdirSync('.test-results', { recursive: true })

/** One vitest run; returns its counts (a run that wrote no report counts as one failure). */
function vitest(name, args, env = process.env) {
  const report = `.test-results/vitest-${name}.json`
  rmSync(report, { force: true })
  const run = spawnSync('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args], {
    stdio: 'inherit',
    shell: false,
    env,
  })
  if (!existsSync(report)) {
    console.error(`vitest (${name}) wrote no report: it did not run.`)
    return { passed: 0, failed: 1, skipped: 0, ok: false }
  }
  const result = JSON.parse(readFileSync(report, 'utf8'))
  // A file that fails to load has no failed test but a failed suite: count it so it shows.
  const failed = (result.numFailedTests ?? 0) || (result.numFailedTestSuites ?? 0)
  return {
    passed: result.numPassedTests ?? 0,
    failed,
    skipped: (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0),
    ok: run.status === 0 && failed === 0,
  }
}

const runs = [vitest('all', process.argv.slice(2))]
const postgres = process.env.TEST_DATABASE_URL
if (postgres && process.argv.length <= 2) {
  console.log('\n== The API tests again, the server on PostgreSQL (TEST_DATABASE_URL) ==\n')
  runs.push(vitest('postgres', ['--project', 'unit', 'tests/api', 'tests/server/backup.test.ts'], { ...process.env, DATABASE_URL: postgres }))
}
const total = runs.reduce((a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, skipped: a.skipped + r.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
})
console.log('')
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`)
process.exit(runs.every((r) => r.ok) ? 0 : 1)
