/** Opaque keyset cursors: the sort key of the last row of a page, base64url-encoded. */

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

export interface Page<T> {
  data: T[]
  page: { limit: number; nextCursor: string | null; total: number }
}

/** Builds a page from limit+1 fetched rows: the extra row only tells that there is a next page. */
export function toPage<R, T>(rows: R[], limit: number, total: number, keyOf: (row: R) => CursorValue[], map: (row: R) => T): Page<T> {
  const hasMore = rows.length > limit
  const pageRows = hasMore ? rows.slice(0, limit) : rows
  const last = pageRows[pageRows.length - 1]
  return {
    data: pageRows.map(map),
    page: { limit, nextCursor: hasMore && last !== undefined ? encodeCursor(keyOf(last)) : null, total }
  }
}
