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

/** rowid IN (rows of the FTS table matching an ftsQuery() string, or a parameter bound to one): the filter behind `q=` on lists. */
export function ftsMatches(table: FtsTable, rowid: SQLWrapper, match: string | SQLWrapper): SQL {
  return sql`${rowid} in (select rowid from ${sql.raw(table)} where ${sql.raw(table)} match ${match})`
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

export type RankedHit = Omit<SearchRow, 'snippet'> & { ftsRowid: number }

/**
 * Matches ranked per kind of hit: only the most recently ingested SEARCH_CANDIDATES matches of
 * each table are scored. FTS5 has no top-k shortcut, so ranking every match of a common word
 * would cost time in proportion to the corpus; a rarer or longer query has fewer matches and
 * is ranked in full.
 */
export const SEARCH_CANDIDATES = 1_000

const FTS_OF: Record<SearchHitType, { table: FtsTable; column: number; rows: string; articleId: string }> = {
  article: { table: 'articles_fts', column: 1, rows: 'articles', articleId: 'id' },
  quote: { table: 'quotes_fts', column: 0, rows: 'quotes', articleId: 'article_id' },
  claim: { table: 'claims_fts', column: 0, rows: 'claims', articleId: 'article_id' }
}

/**
 * Hits of the chosen FTS tables in one ranked list (without snippets: see snippetsSql). bm25
 * scores of different tables are not strictly comparable, but they rank "many rare words
 * matched in a short text" first in each, which is what a reader scanning results expects.
 */
export function searchSql(q: string, types: SearchHitType[], after: [number, string, string] | null, limit: number): SQL {
  const match = ftsQuery(q)
  const parts = types.map((type) => {
    const f = FTS_OF[type]
    const fts = sql.raw(f.table)
    const candidates = sql`select rowid, bm25(${fts}) as rank from ${fts} where ${fts} match ${match} order by rowid desc limit ${SEARCH_CANDIDATES}`
    return sql`select * from (select ${type} as type, t.id as id, t.${sql.raw(f.articleId)} as article_id, c.rank as rank, c.rowid as fts_rowid from (${candidates}) c join ${sql.raw(f.rows)} t on t.rowid = c.rowid)`
  })
  const keyset = after ? sql`where (rank, type, id) > (${after[0]}, ${after[1]}, ${after[2]})` : sql``
  return sql`select type, id, article_id as articleId, rank, fts_rowid as ftsRowid from (${sql.join(parts, sql` union all `)}) ${keyset} order by rank, type, id limit ${limit}`
}

/** Snippets of the given FTS rows of one kind: computed for the page shown, never for every match. */
export function snippetsSql(q: string, type: SearchHitType, rowids: number[]): SQL {
  const f = FTS_OF[type]
  const fts = sql.raw(f.table)
  const ids = sql.join(rowids.map((r) => sql`${r}`), sql`, `)
  return sql`select rowid as ftsRowid, snippet(${fts}, ${sql.raw(String(f.column))}, '[', ']', '…', 16) as snippet from ${fts} where ${fts} match ${ftsQuery(q)} and rowid in (${ids})`
}

/** Matches of each chosen FTS table, counted up to `upTo`: one row per table. */
export function searchCountSql(q: string, types: SearchHitType[], upTo: number): SQL {
  const match = ftsQuery(q)
  const parts = types.map((type) => {
    const fts = sql.raw(FTS_OF[type].table)
    return sql`select count(*) as n from (select rowid from ${fts} where ${fts} match ${match} limit ${upTo})`
  })
  return sql.join(parts, sql` union all `)
}

/**
 * A reader of a number that changes when another connection commits (SQLite's data_version):
 * lets a reader keep what it read until then. Prepared once: `pragma()` compiles it per call.
 */
export function dataVersionReader(db: { $client: { prepare(source: string): { pluck(): { get(): unknown } } } }): () => number {
  const stmt = db.$client.prepare('PRAGMA data_version').pluck()
  return () => Number(stmt.get())
}
