/**
 * Queries prepared once per shape. Building a drizzle query turns its tree into SQL text on
 * every call, which cost more than running the query on the API's hot routes. A filtered list
 * has one SQL text per combination of filters, with the values bound as named parameters, so
 * each combination is built and prepared once and then only executed.
 */
import { Column, fillPlaceholders, is, SQL, sql, Subquery, type Placeholder } from 'drizzle-orm'
import type { Db } from '../client.js'

/** Values bound as named parameters, and the names in the order bound: the query's shape. */
export class Params {
  readonly values: Record<string, unknown> = {}
  private readonly names: string[] = []

  bind(name: string, value: unknown): Placeholder {
    if (name in this.values) throw new Error(`parameter ${name} bound twice`)
    this.values[name] = value
    this.names.push(name)
    return sql.placeholder(name)
  }

  get shape(): string {
    return this.names.join(',')
  }
}

/** Shapes kept per connection; the code has far fewer, but a bound keeps memory bounded whatever. */
const MAX_SHAPES = 1000
const byDb = new WeakMap<Db, Map<string, unknown>>()

/** The query prepared for this key (which must name everything that changes its SQL text), built on first use. */
export function preparedQuery<T>(db: Db, key: string, build: () => T): T {
  let shapes = byDb.get(db)
  if (!shapes) byDb.set(db, (shapes = new Map()))
  let query = shapes.get(key) as T | undefined
  if (query === undefined) {
    query = withRowMapper(build())
    if (shapes.size >= MAX_SHAPES) shapes.delete(shapes.keys().next().value!)
    shapes.set(key, query)
  }
  return query
}

/** What the rows of a drizzle SQLite prepared select are made of (fields and driver are internal to drizzle). */
interface DrizzleSelect {
  fields?: { path: string[]; field: unknown }[]
  customResultMapper?: unknown
  query: { sql: string; params: unknown[] }
  stmt: { raw(): { get(...params: unknown[]): unknown[] | undefined } }
  logger: { logQuery(sql: string, params: unknown[]): void }
  values(placeholderValues?: Record<string, unknown>): unknown[][]
}

interface Decoder {
  mapFromDriverValue(value: unknown): unknown
}

/**
 * A prepared select whose rows are mapped to objects by a mapping made once. drizzle's own mapping
 * (mapResultRow) asks every field of every row which class it is, and that cost more than the query on
 * the API's routes: 35 µs of a 19-row summary, several times that on a page of 50 claims. The rows are
 * still read through drizzle's prepared statement, with its placeholders and SQL; only flat selections
 * (one object, no nested tables) are mapped here, anything else is left to drizzle.
 */
export function withRowMapper<T>(query: T): T {
  const q = query as unknown as DrizzleSelect
  const fields = typeof q === 'object' && q !== null ? q.fields : undefined
  if (!Array.isArray(fields) || q.customResultMapper || typeof q.values !== 'function' || fields.some((f) => f.path.length !== 1)) return query
  const keys = fields.map((f) => f.path[0] as string)
  const decoders = fields.map((f) => decoderOf(f.field))
  const toObject = (row: unknown[]): Record<string, unknown> => {
    const out: Record<string, unknown> = {}
    for (let i = 0; i < keys.length; i++) {
      const value = row[i]
      out[keys[i] as string] = value === null ? null : (decoders[i] as Decoder).mapFromDriverValue(value)
    }
    return out
  }
  const mapped = Object.create(q) as DrizzleSelect & { all: unknown; get: unknown }
  mapped.all = (placeholderValues?: Record<string, unknown>) => q.values(placeholderValues).map(toObject)
  // as drizzle's get: the first row only, logged the same way
  mapped.get = (placeholderValues?: Record<string, unknown>) => {
    const params = fillPlaceholders(q.query.params, placeholderValues ?? {})
    q.logger.logQuery(q.query.sql, params)
    const row = q.stmt.raw().get(...params)
    return row === undefined ? undefined : toObject(row)
  }
  return mapped as unknown as T
}

/** How drizzle's mapResultRow decodes a field, decided once. */
function decoderOf(field: unknown): Decoder {
  // the decoder of an SQL expression is internal to drizzle (what .mapWith() sets)
  const decoder = (expression: SQL): Decoder => (expression as unknown as { decoder: Decoder }).decoder
  if (is(field, Column)) return field
  if (is(field, SQL)) return decoder(field)
  if (is(field, Subquery)) return decoder((field as unknown as { _: { sql: SQL } })._.sql)
  return decoder((field as SQL.Aliased).sql)
}
