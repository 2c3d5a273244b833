/** Opaque keyset cursors: the sort key of the last row of a page, base64url-encoded. */
import { and, asc, count, desc, eq, gt, lt, or, sql, type SQL, type SQLWrapper, type Subquery } from 'drizzle-orm'
import type { Db } from '../client.js'
import { preparedQuery, type Params } from './prepared.js'

export class InvalidCursorError extends Error {
  constructor() {
    super('cursor is not a cursor this API issued')
  }
}

export type CursorValue = string | number

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url')
}

/** Decodes a cursor and checks it has the shape the list expects; anything else is a client error. */
export function decodeCursor(cursor: string, shape: ('string' | 'number')[]): CursorValue[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw new InvalidCursorError()
  }
  if (!Array.isArray(parsed) || parsed.length !== shape.length) throw new InvalidCursorError()
  parsed.forEach((v, i) => {
    if (typeof v !== shape[i] || (typeof v === 'number' && !Number.isFinite(v))) throw new InvalidCursorError()
  })
  return parsed as CursorValue[]
}

/**
 * Totals are exact up to this many rows and a lower bound beyond (as Elasticsearch's
 * track_total_hits): counting every match of a broad filter grows with the corpus, and a
 * page of a list must not.
 */
export const TOTAL_LIMIT = 10_000

export interface Total {
  total: number
  totalExact: boolean
}

export interface Page<T> {
  data: T[]
  page: { limit: number; nextCursor: string | null } & Total
}

/** Selects every row of the list's filters (any columns): what countUpTo counts. */
interface MatchingRows {
  limit(n: number): { as(alias: string): Subquery }
}

/** Counts the rows `matching` selects, up to TOTAL_LIMIT + 1, with a query prepared once per key (its shape). */
export async function countUpTo(db: Db, key: string, params: Params, matching: () => MatchingRows): Promise<Total> {
  const query = preparedQuery(db, key, () => db.select({ n: count() }).from(matching().limit(TOTAL_LIMIT + 1).as('matching')).prepare())
  const [{ n } = { n: 0 }] = await query.all(params.values)
  return totalOf(n)
}

/** The page's total from a count of up to TOTAL_LIMIT + 1 rows. */
export const totalOf = (n: number): Total => (n > TOTAL_LIMIT ? { total: TOTAL_LIMIT, totalExact: false } : { total: n, totalExact: true })

/** Builds a page from limit+1 fetched rows: the extra row only tells that there is a next page. */
export function toPage<R, T>(rows: R[], limit: number, total: Total, keyOf: (row: R) => CursorValue[], map: (row: R) => T): Page<T> {
  const hasMore = rows.length > limit
  const pageRows = hasMore ? rows.slice(0, limit) : rows
  const last = pageRows[pageRows.length - 1]
  return {
    data: pageRows.map(map),
    page: { limit, nextCursor: hasMore && last !== undefined ? encodeCursor(keyOf(last)) : null, ...total }
  }
}


/** One column of a list's sort order; the last key of every order must be unique (the tie-break). */
export interface SortKey {
  column: SQLWrapper
  desc?: boolean
  type: 'string' | 'number'
}

export function orderByKeys(keys: SortKey[]): SQL[] {
  return keys.map((k) => (k.desc ? desc(k.column) : asc(k.column)))
}

/**
 * The keyset condition "row comes after the cursor" for a sort order, from an opaque cursor.
 * When every key runs the same way it is one row-value comparison, `(a, b) > (?, ?)`, which
 * SQLite and PostgreSQL turn into a seek on a matching index; mixed directions fall back to
 * the expanded OR form.
 */
export function afterCursor(keys: SortKey[], cursor: string, params: Params): SQL {
  const values = decodeCursor(
    cursor,
    keys.map((k) => k.type)
  ).map((v, i) => params.bind(`cursor${i}`, v))
  const desc0 = !!keys[0]?.desc
  if (keys.every((k) => !!k.desc === desc0)) {
    const cols = sql.join(keys.map((k) => sql`${k.column}`), sql`, `)
    const vals = sql.join(values.map((v) => sql`${v}`), sql`, `)
    return desc0 ? sql`(${cols}) < (${vals})` : sql`(${cols}) > (${vals})`
  }
  const branches = keys.map((key, i) => {
    const equalBefore = keys.slice(0, i).map((k, j) => eq(k.column, values[j]))
    const beyond = key.desc ? lt(key.column, values[i]) : gt(key.column, values[i])
    return and(...equalBefore, beyond)!
  })
  return or(...branches)!
}
