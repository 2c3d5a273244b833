/** Full-text search over article bodies, quote texts and claim sentences, ranked, with snippets. */
import type { Db } from '../client.js'
import { searchCountSql, searchSql, type SearchHitType, type SearchRow } from '../sqlite-sql.js'
import { decodeCursor, toPage, type Page } from './pagination.js'

export interface ListSearchArgs {
  q: string
  types: SearchHitType[]
  limit: number
  cursor?: string | undefined
}

export async function search(db: Db, args: ListSearchArgs): Promise<Page<SearchRow>> {
  const after = args.cursor ? (decodeCursor(args.cursor, ['number', 'string', 'string']) as [number, string, string]) : null
  const rows = await db.all<SearchRow>(searchSql(args.q, args.types, after, args.limit + 1))
  const [{ total } = { total: 0 }] = await db.all<{ total: number | null }>(searchCountSql(args.q, args.types))
  return toPage(rows, args.limit, total ?? 0, (r) => [r.rank, r.type, r.id], (r) => r)
}
