/** Opening the facts database: connection pragmas, drizzle instance, pending migrations. */
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import * as schema from './schema.js'

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database }

export interface DbHandle {
  db: Db
  sqlite: Database.Database
  close(): void
}

export const MIGRATIONS_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), '../../migrations')

/**
 * A writable connection with every pending migration applied. WAL lets read-only servers keep
 * answering while an ingest writes; foreign keys make a replaced file cascade to its facts.
 */
export function openWritable(path: string): DbHandle {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true })
  const sqlite = new Database(path)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  // The ingest updates a dozen indexes per article: a larger page cache keeps them in memory. Since the store
  // writes quotes and claims in batches, 24 MB stores as fast as 32 or 64 MB did, at 1k articles and at 9k
  // (where a file's commit touches ~60 MB of pages whatever the cache); 16 MB is slower. The difference is
  // room for an extraction worker within the ingest's 300 MB.
  sqlite.pragma('cache_size = -24576')
  sqlite.pragma('temp_store = MEMORY')
  const db = drizzle(sqlite, { schema })
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER })
  return { db, sqlite, close: () => sqlite.close() }
}

/** A read-only connection, as the API server uses: it can never change what was ingested. */
export function openReadOnly(path: string): DbHandle {
  if (!existsSync(path)) throw new Error(`database not found: ${path}`)
  const sqlite = new Database(path, { readonly: true, fileMustExist: true })
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('cache_size = -65536')
  reusePreparedStatements(sqlite)
  const db = drizzle(sqlite, { schema })
  return { db, sqlite, close: () => sqlite.close() }
}

/** Distinct SQL texts kept compiled per connection: the query shapes of the API, with room to spare. */
const STATEMENT_CACHE_SIZE = 500

/**
 * Drizzle compiles a statement for every query it runs unless the query was built with
 * .prepare(), which the API's filter-dependent queries cannot be. The SQL text of a query shape
 * is the same on every request (values are bound as parameters), so compiled statements are
 * kept by text, least recently used first out. Each is handed out in its default row mode,
 * since drizzle switches a statement to raw mode for some queries.
 */
function reusePreparedStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite)
  const compiled = new Map<string, Database.Statement>()
  sqlite.prepare = ((source: string) => {
    let stmt = compiled.get(source)
    if (stmt) compiled.delete(source)
    else stmt = prepare(source)
    compiled.set(source, stmt)
    if (compiled.size > STATEMENT_CACHE_SIZE) compiled.delete(compiled.keys().next().value!)
    if (stmt.reader) stmt.raw(false).pluck(false).expand(false)
    return stmt
  }) as typeof sqlite.prepare
}
