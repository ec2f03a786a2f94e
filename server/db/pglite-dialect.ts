/**
 * A Kysely dialect over PGlite (PostgreSQL compiled to WebAssembly, in-process). PGlite has one
 * connection, so the driver hands it out to one user at a time: a transaction holds it until it
 * commits, and other queries wait their turn instead of running inside someone's transaction.
 */
import type { PGlite } from '@electric-sql/pglite'
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely'

class PgliteConnection implements DatabaseConnection {
  readonly #pg: PGlite
  constructor(pg: PGlite) {
    this.#pg = pg
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.#pg.query<R>(query.sql, query.parameters as unknown[])
    const affected = result.affectedRows
    return affected === undefined || query.query.kind === 'SelectQueryNode'
      ? { rows: result.rows }
      : { rows: result.rows, numAffectedRows: BigInt(affected) }
  }

  // oxlint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not supported on PGlite.')
  }
}

class PgliteDriver implements Driver {
  readonly #pg: PGlite
  readonly #connection: PgliteConnection
  /** Resolves when the connection is free; each user chains its release onto it. */
  #queue: Promise<void> = Promise.resolve()

  constructor(pg: PGlite) {
    this.#pg = pg
    this.#connection = new PgliteConnection(pg)
  }

  async init(): Promise<void> {
    await this.#pg.waitReady
  }

  #releases: Array<() => void> = []

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.#queue
    let release!: () => void
    this.#queue = new Promise<void>((resolve) => (release = resolve))
    await previous
    this.#releases.push(release)
    return this.#connection
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'))
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'))
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'))
  }

  async releaseConnection(): Promise<void> {
    this.#releases.shift()?.()
  }

  async destroy(): Promise<void> {
    if (!this.#pg.closed) await this.#pg.close()
  }
}

/** The dialect for `new Kysely({ dialect: new PgliteDialect(pg) })`. */
export class PgliteDialect implements Dialect {
  readonly #pg: PGlite
  constructor(pg: PGlite) {
    this.#pg = pg
  }
  createDriver(): Driver {
    return new PgliteDriver(this.#pg)
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler()
  }
  createAdapter() {
    return new PostgresAdapter()
  }
  // oxlint-disable-next-line typescript/no-explicit-any
  createIntrospector(db: Kysely<any>) {
    return new PostgresIntrospector(db)
  }
}
