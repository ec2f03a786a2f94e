// Runs every test (unit, feature, API and end-to-end in Chromium) through vitest, then prints the
// plain closing line `N passed, N failed` from vitest's JSON reports, which CI reads. With
// TEST_DATABASE_URL set (CI does), the API tests run a second time, the server app then on that
// PostgreSQL server instead of the embedded PGlite.
//
// Two lanes run side by side, each one file at a time, taking the next run from one queue
// (longest first): the end-to-end files (Chromium against the production server), the jsdom and
// API files, the server's process-level tests, the PostgreSQL pass. One lane often waits on a
// browser or a child process while the other computes, so together they take about as long as
// the longer one instead of the sum; the queue keeps the two about equally long whichever run
// ends first. Each run's output is printed whole when it ends.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

mkdirSync('.test-results', { recursive: true })

/**
 * The server tests start databases, servers and child processes: on a loaded two-core machine
 * one can take far longer than a unit test, so they get more time (they wait on conditions).
 */
const SERVER_TIMEOUT = ['--testTimeout=120000']

/** One vitest run; resolves to its counts (a run that wrote no report counts as one failure). */
function vitest(name, args, env = process.env) {
  const report = `.test-results/vitest-${name}.json`
  rmSync(report, { force: true })
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: false,
      env: { ...env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
    })
    const output = []
    child.stdout.on('data', (chunk) => output.push(chunk))
    child.stderr.on('data', (chunk) => output.push(chunk))
    child.on('close', (status) => {
      console.log(`\n==== ${name}: vitest ${args.join(' ')} (${Math.round((Date.now() - started) / 1000)} s) ====\n`)
      process.stdout.write(Buffer.concat(output))
      if (!existsSync(report)) {
        console.error(`vitest (${name}) wrote no report: it did not run.`)
        resolve({ passed: 0, failed: 1, skipped: 0, ok: false })
        return
      }
      const result = JSON.parse(readFileSync(report, 'utf8'))
      // A file that fails to load has no failed test but a failed suite: count it so it shows.
      const failed = (result.numFailedTests ?? 0) || (result.numFailedTestSuites ?? 0)
      resolve({
        passed: result.numPassedTests ?? 0,
        failed,
        skipped: (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0),
        ok: status === 0 && failed === 0,
      })
    })
  })
}

const extra = process.argv.slice(2)
let runs
if (extra.length > 0) {
  runs = [await vitest('all', extra)]
} else {
  // The prepared demo database every lane starts from (the API host of each vitest run, and the
  // production server's first start): built once here rather than by three runs at the same time.
  const prepared = spawnSync(process.execPath, ['server/demo-image.mjs', '--prepare'], { stdio: 'inherit' })
  if (prepared.status !== 0) console.error('Preparing the demo database failed; each run will try on its own.')
  const postgres = process.env.TEST_DATABASE_URL
  // Measured on a two-core machine with both lanes busy: e2e ~500 s, server ~250-300 s,
  // PostgreSQL ~125-200 s, and the jsdom and API files ~600 s with a fresh worker per file (alone:
  // 350 s; 196 s sharing one). The first two start at once; the server's tests go to whichever
  // lane frees first, the PostgreSQL pass to the next.
  const queue = [
    () => vitest('e2e', ['--project', 'e2e']),
    // The jsdom and API files share one worker's modules and jsdom (`--no-isolate`): each file
    // still runs the setup file, starts from an empty DOM and signs in afresh (tests/setup.ts),
    // without building a jsdom and importing the app again, which took about half of this run.
    () => vitest('unit', ['--project', 'unit', '--exclude', 'tests/server/**', '--no-isolate']),
    // The server's own process-level tests (crash, CLI, backup, production server).
    () => vitest('server', ['--project', 'unit', 'tests/server', ...SERVER_TIMEOUT]),
  ]
  if (postgres) {
    queue.push(() =>
      vitest('postgres', ['--project', 'unit', 'tests/api', 'tests/server/backup.test.ts', ...SERVER_TIMEOUT], { ...process.env, DATABASE_URL: postgres }),
    )
  }
  runs = []
  const lane = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) runs.push(await next())
  }
  await Promise.all([lane(), lane()])
}
const total = runs.reduce((a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, skipped: a.skipped + r.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
})
console.log('')
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`)
process.exit(runs.every((r) => r.ok) ? 0 : 1)
