/** Full-text search over article bodies, quote texts and claim sentences, ranked, with snippets. */
import type { Db } from '../client.js'
import { SEARCH_CANDIDATES, searchCountSql, searchSql, snippetsSql, type RankedHit, type SearchHitType, type SearchRow } from '../sqlite-sql.js'
import { decodeCursor, toPage, type Page } from './pagination.js'

export { SEARCH_CANDIDATES }

export interface ListSearchArgs {
  q: string
  types: SearchHitType[]
  limit: number
  cursor?: string | undefined
}

export async function search(db: Db, args: ListSearchArgs): Promise<Page<SearchRow>> {
  const after = args.cursor ? (decodeCursor(args.cursor, ['number', 'string', 'string']) as [number, string, string]) : null
  const hits = (await db.all<RankedHit>(searchSql(args.q, args.types, after, args.limit + 1))).slice(0, args.limit + 1)
  const snippets = new Map<string, string>()
  for (const type of args.types) {
    const rowids = hits.filter((h) => h.type === type).map((h) => h.ftsRowid)
    if (!rowids.length) continue
    for (const s of await db.all<{ ftsRowid: number; snippet: string }>(snippetsSql(args.q, type, rowids))) snippets.set(`${type}:${s.ftsRowid}`, s.snippet)
  }
  const rows = hits.map(({ ftsRowid, ...h }) => ({ ...h, snippet: snippets.get(`${h.type}:${ftsRowid}`) ?? '' }))
  // The total is what paging can reach: up to SEARCH_CANDIDATES per kind, and not exact when a kind has more.
  const counts = await db.all<{ n: number }>(searchCountSql(args.q, args.types, SEARCH_CANDIDATES + 1))
  const total = counts.reduce((sum, c) => sum + Math.min(c.n, SEARCH_CANDIDATES), 0)
  return toPage(rows, args.limit, { total, totalExact: counts.every((c) => c.n <= SEARCH_CANDIDATES) }, (r) => [r.rank, r.type, r.id], (r) => r)
}
