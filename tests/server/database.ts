/**
 * Fresh embedded databases for the server tests. Creating one (initdb) takes 5–20 s on a loaded
 * machine, so a test file creates one bare instance once and starts every further database
 * from its dumped data directory (about a second).
 */
import { expect } from 'vitest'
import { createApp } from '../../server/app'
import { openDatabase, type Database } from '../../server/db/connect'
import { migrateToLatest } from '../../server/db/migrate'
import { syncReference } from '../../server/db/reference'
import { appSession } from '../support/app-session'

/** Hands out databases: bare (no schema) or migrated with the reference tables, never with records. */
export interface DatabaseFactory {
  bare(): Promise<Database>
  migrated(): Promise<Database>
  close(): Promise<void>
}

export async function databaseFactory(): Promise<DatabaseFactory> {
  const first = await openDatabase({ dataDir: 'memory://' })
  const dataDir = await (first.dumpDataDir as () => Promise<Blob>)()
  await first.close()
  const opened: Database[] = []
  const bare = async () => {
    const database = await openDatabase({ dataDir: 'memory://', loadDataDir: dataDir })
    opened.push(database)
    return database
  }
  return {
    bare,
    async migrated() {
      const database = await bare()
      await migrateToLatest(database.db)
      await syncReference(database.db)
      return database
    },
    async close() {
      await Promise.all(opened.map((d) => d.close().catch(() => {})))
    },
  }
}

/** The server app's answers to `urls` over `database`, each expected to be 200 (named in the failure). */
export async function answersOf(database: Database, urls: readonly string[]): Promise<unknown[]> {
  const request = await appSession(createApp({ database }), database)
  const answers: unknown[] = []
  for (const url of urls) {
    const response = await request(url)
    expect({ url, status: response.status }).toEqual({ url, status: 200 })
    answers.push(await response.json())
  }
  return answers
}
