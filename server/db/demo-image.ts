/**
 * The demo database as a prepared image: a PGlite data directory, created (initdb, migrations,
 * the demo data) once and dumped as a gzipped tarball. `npm start` builds it with the server
 * (`dist-server/demo-db.tar.gz`), so a first start on an empty data directory unpacks it in a
 * second or two instead of creating and seeding a database; development and the tests keep
 * one in `node_modules/.cache` (`mocks/prepared-db.ts`).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { prepareDatabase } from './setup'

/** Creates the demo database in memory and returns its data directory as a tarball. */
export async function buildDemoDump(): Promise<Blob> {
  const { database } = await prepareDatabase({ dataDir: 'memory://', seed: 'if-new' })
  try {
    const dump = await database.dumpDataDir?.()
    if (!dump) throw new Error('The embedded database cannot be dumped.')
    return dump
  } finally {
    await database.close()
  }
}

/** Writes the image to `file`, aside then renamed, so no reader ever sees half of it. */
export async function writeDemoImage(file: string, dump?: Blob): Promise<Blob> {
  const image = dump ?? (await buildDemoDump())
  mkdirSync(dirname(file), { recursive: true })
  const partial = `${file}.${process.pid}.partial`
  writeFileSync(partial, new Uint8Array(await image.arrayBuffer()))
  renameSync(partial, file)
  return image
}
