/**
 * A prepared demo database for development and tests: created once (initdb, migrations, the
 * demo records) and kept as a PGlite data-directory dump under `node_modules/.cache`, keyed by
 * a hash of everything that shapes it, so later starts load it in about a second instead of
 * building it again.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase } from '../server/db/connect'
import { prepareDatabase } from '../server/db/setup'

/** Files whose content decides what the prepared database holds. */
const SOURCES = ['server/db', 'server/auth', 'server/reference', 'server/store/records.ts', 'mocks/data', 'mocks/config.ts', 'src/lib/text.ts', 'package-lock.json']

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
  const dir = join(root, 'node_modules', '.cache', 'ttdn-db')
  const file = join(dir, `demo-${sourceHash(root)}.tar.gz`)
  if (existsSync(file)) return new Blob([readFileSync(file)])
  const { database } = await prepareDatabase({ dataDir: 'memory://', seed: 'if-new' })
  try {
    const dump = await database.dumpDataDir?.()
    if (!dump) throw new Error('The embedded database cannot be dumped.')
    mkdirSync(dir, { recursive: true })
    // Written aside and renamed: a parallel run never reads half a file.
    const partial = `${file}.${process.pid}.partial`
    writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()))
    renameSync(partial, file)
    return dump
  } finally {
    await database.close()
  }
}

/** A demo database in memory, started from the prepared dump. */
export async function openDemoDatabase(root?: string) {
  return openDatabase({ dataDir: 'memory://', loadDataDir: await preparedDemoDump(root) })
}
