/**
 * Queries prepared once per shape. Building a drizzle query turns its tree into SQL text on
 * every call, which cost more than running the query on the API's hot routes. A filtered list
 * has one SQL text per combination of filters, with the values bound as named parameters, so
 * each combination is built and prepared once and then only executed.
 */
import { sql, type Placeholder } from 'drizzle-orm'
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
    query = build()
    if (shapes.size >= MAX_SHAPES) shapes.delete(shapes.keys().next().value!)
    shapes.set(key, query)
  }
  return query
}
