/**
 * A prepared demo database for development and tests: created once (initdb, migrations, the
 * demo records) and kept as a PGlite data-directory dump under `node_modules/.cache`, keyed by
 * a hash of everything that shapes it, so later starts load it in about a second instead of
 * building it again.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase } from '../server/db/connect'
import { writeDemoImage } from '../server/db/demo-image'

/** Files whose content decides what the prepared database holds. */
const SOURCES = ['server/db', 'server/auth', 'server/reference', 'server/store', 'src/lib/api/reports.ts', 'src/lib/periods.ts', 'mocks/data', 'mocks/config.ts', 'src/lib/text.ts', 'package-lock.json']

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path)
    .toSorted()
    .flatMap((name) => filesUnder(join(path, name)))
}

function sourceHash(root: string): string {
  const hash = createHash('sha256')
  for (const file of SOURCES.flatMap((s) => filesUnder(join(root, s)))) {
    hash.update(file.slice(root.length))
    hash.update(readFileSync(file))
  }
  return hash.digest('hex').slice(0, 16)
}

/** The dump of the seeded demo database, built on first use. */
export async function preparedDemoDump(root: string = process.cwd()): Promise<Blob> {
  const file = join(root, 'node_modules', '.cache', 'ttdn-db', `demo-${sourceHash(root)}.tar.gz`)
  if (existsSync(file)) return new Blob([readFileSync(file)])
  return writeDemoImage(file)
}

/** A demo database in memory, started from the prepared dump. */
export async function openDemoDatabase(root?: string) {
  return openDatabase({ dataDir: 'memory://', loadDataDir: await preparedDemoDump(root) })
}
