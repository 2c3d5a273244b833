/**
 * The only SQLite-specific SQL of the query layer: FTS5 matching, ranking and snippets, and the
 * month of a date. A PostgreSQL port replaces this module (tsvector, to_char) and nothing else.
 */
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm'

export class InvalidSearchError extends Error {}

/**
 * Turns user text into a safe FTS5 query: every word becomes a quoted term (all required), so
 * FTS5 operators and syntax in user input are searched for literally instead of failing.
 * A trailing `*` on a word keeps its prefix meaning.
 */
export function ftsQuery(q: string): string {
  const terms = [...q.normalize('NFKC').matchAll(/[\p{L}\p{N}]+(\*)?/gu)].slice(0, 32)
  if (!terms.length) throw new InvalidSearchError('q must contain at least one word')
  return terms.map((m) => `"${m[0].replace(/\*$/, '')}"${m[1] ? '*' : ''}`).join(' ')
}

export type FtsTable = 'articles_fts' | 'quotes_fts' | 'claims_fts'

/** rowid IN (rows of the FTS table matching q): the filter behind `q=` on lists. */
export function ftsMatches(table: FtsTable, rowid: SQLWrapper, q: string): SQL {
  return sql`${rowid} in (select rowid from ${sql.raw(table)} where ${sql.raw(table)} match ${ftsQuery(q)})`
}


/** 'YYYY-MM' of an ISO date column. */
export function monthOf(dateCol: SQLWrapper): SQL<string | null> {
  return sql<string | null>`substr(${dateCol}, 1, 7)`
}

export type SearchHitType = 'article' | 'quote' | 'claim'

export interface SearchRow {
  type: SearchHitType
  id: string
  articleId: string
  rank: number
  snippet: string
}

/**
 * Hits of all three FTS tables in one ranked list. bm25 scores of different tables are not
 * strictly comparable, but they rank "many rare words matched in a short text" first in each,
 * which is what a reader scanning results expects.
 */
export function searchSql(q: string, types: SearchHitType[], after: [number, string, string] | null, limit: number): SQL {
  const match = ftsQuery(q)
  const parts: SQL[] = []
  if (types.includes('article'))
    parts.push(sql`select 'article' as type, a.id as id, a.id as article_id, bm25(articles_fts) as rank, snippet(articles_fts, 1, '[', ']', '…', 16) as snippet from articles_fts join articles a on a.rowid = articles_fts.rowid where articles_fts match ${match}`)
  if (types.includes('quote'))
    parts.push(sql`select 'quote' as type, q.id as id, q.article_id as article_id, bm25(quotes_fts) as rank, snippet(quotes_fts, 0, '[', ']', '…', 16) as snippet from quotes_fts join quotes q on q.rowid = quotes_fts.rowid where quotes_fts match ${match}`)
  if (types.includes('claim'))
    parts.push(sql`select 'claim' as type, c.id as id, c.article_id as article_id, bm25(claims_fts) as rank, snippet(claims_fts, 0, '[', ']', '…', 16) as snippet from claims_fts join claims c on c.rowid = claims_fts.rowid where claims_fts match ${match}`)
  const union = sql.join(parts, sql` union all `)
  const keyset = after ? sql`where (rank, type, id) > (${after[0]}, ${after[1]}, ${after[2]})` : sql``
  return sql`select type, id, article_id as articleId, rank, snippet from (${union}) ${keyset} order by rank, type, id limit ${limit}`
}

export function searchCountSql(q: string, types: SearchHitType[]): SQL {
  const match = ftsQuery(q)
  const parts: SQL[] = []
  if (types.includes('article')) parts.push(sql`select count(*) as n from articles_fts where articles_fts match ${match}`)
  if (types.includes('quote')) parts.push(sql`select count(*) as n from quotes_fts where quotes_fts match ${match}`)
  if (types.includes('claim')) parts.push(sql`select count(*) as n from claims_fts where claims_fts match ${match}`)
  return sql`select sum(n) as total from (${sql.join(parts, sql` union all `)})`
}
