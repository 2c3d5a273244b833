/**
 * The only SQLite-specific SQL of the query layer: FTS5 matching, ranking and snippets, and the
 * month of a date. A PostgreSQL port replaces this module (tsvector, to_char) and nothing else.
 */
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm'
import { foldForMatch, type QueryTerm } from './queries/search-text.js'

export class InvalidSearchError extends Error {}

/** A word of a search: as typed, for FTS5 to tokenize and fold its own way, and folded, for search-text.ts. */
export interface SearchTerm extends QueryTerm {
  typed: string
}

/** The words of a search; a trailing `*` marks a prefix. */
export function queryTerms(q: string): SearchTerm[] {
  const terms = [...q.normalize('NFKC').matchAll(/[\p{L}\p{N}]+(\*)?/gu)].slice(0, 32)
  if (!terms.length) throw new InvalidSearchError('q must contain at least one word')
  return terms.map((m) => {
    const typed = m[0].replace(/\*$/, '')
    return { typed, word: foldForMatch(typed), prefix: Boolean(m[1]) }
  })
}

/**
 * One term as an FTS5 phrase: quoted, so that FTS5 syntax in user input is searched for literally.
 * The word as typed: FTS5 folds case and Latin accents only ("ελλάδα" is not "ελλαδα" to it).
 */
function ftsPhrase(term: SearchTerm): string {
  return `"${term.typed}"${term.prefix ? '*' : ''}`
}

/**
 * Turns user text into a safe FTS5 query: every word becomes a quoted term (all required), so
 * FTS5 operators and syntax in user input are searched for literally instead of failing.
 * A trailing `*` on a word keeps its prefix meaning.
 */
export function ftsQuery(q: string | SearchTerm[]): string {
  return (typeof q === 'string' ? queryTerms(q) : q).map(ftsPhrase).join(' ')
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

/**
 * How many of the newest matches of each kind are ranked. FTS5 has no top-k shortcut, so ranking
 * every match of a common word would cost time in proportion to the corpus; a rarer or longer
 * query has fewer matches and is ranked in full.
 */
export const SEARCH_CANDIDATES = 1_000

const FTS_OF: Record<SearchHitType, { table: FtsTable; rows: string }> = {
  article: { table: 'articles_fts', rows: 'articles' },
  quote: { table: 'quotes_fts', rows: 'quotes' },
  claim: { table: 'claims_fts', rows: 'claims' }
}

/** The columns each FTS table indexes: the one its snippets show, and the other. */
const INDEXED_TEXT = { quote: sql`t.text as text, null as otherText`, claim: sql`t.sentence as text, t.subject as otherText` }

/** The newest `limit` matches of one kind, newest first. */
function newestMatches(type: SearchHitType, match: string, limit: number): SQL {
  const fts = sql.raw(FTS_OF[type].table)
  return sql`select rowid from ${fts} where ${fts} match ${match} order by rowid desc limit ${limit}`
}

/**
 * Article candidates ranked by FTS5's bm25(), which reads word counts from the index: bodies are
 * too long to count words in at query time, and there are far fewer articles than quotes or claims.
 * Ids are read for the page shown only (articleSnippetsSql): each article is a row of several pages.
 */
export function rankedArticlesSql(match: string, limit: number): SQL {
  return sql`select 'article' as type, bm25(articles_fts) as rank, rowid as ftsRowid from articles_fts
    where articles_fts match ${match} order by rowid desc limit ${limit}`
}

/** Quote or claim candidates with the text they matched in, for search-text.ts to rank. */
export function candidateTextsSql(type: 'quote' | 'claim', match: string, limit: number): SQL {
  return sql`select t.id as id, t.article_id as articleId, c.rowid as ftsRowid, ${INDEXED_TEXT[type]}
    from (${newestMatches(type, match, limit)}) c join ${sql.raw(FTS_OF[type].rows)} t on t.rowid = c.rowid`
}

/** A sample of one term's matches for its weight: how many of its newest `limit`, and the lowest rowid among them. */
export function termSampleSql(type: SearchHitType, term: SearchTerm, limit: number): SQL {
  return sql`select count(*) as sampled, min(rowid) as lowestRowid from (${newestMatches(type, ftsPhrase(term), limit)})`
}

/** The highest rowid of a kind: the size of the table, for term weights. */
export function maxRowidSql(type: SearchHitType): SQL {
  return sql`select coalesce(max(rowid), 0) as maxRowid from ${sql.raw(FTS_OF[type].rows)}`
}

/**
 * Ids and snippets of the articles on a page. The rows are passed to FTS5 as one rowid range and
 * picked out after (`+rowid`): as `rowid in`, FTS5 would look the query up again for each row,
 * which for a prefix means merging every word that starts with it, each time.
 */
export function articleSnippetsSql(match: string, rowids: number[]): SQL {
  const ids = sql.join(rowids.map((r) => sql`${r}`), sql`, `)
  return sql`select f.rowid as ftsRowid, a.id as id, snippet(articles_fts, 1, '[', ']', '…', 16) as snippet
    from articles_fts f join articles a on a.rowid = f.rowid
    where articles_fts match ${match} and f.rowid between ${Math.min(...rowids)} and ${Math.max(...rowids)} and +f.rowid in (${ids})`
}

/**
 * A reader of a number that changes when another connection commits (SQLite's data_version):
 * lets a reader keep what it read until then. Prepared once: `pragma()` compiles it per call.
 * Read once per turn of the event loop: the PRAGMA takes the WAL's read lock, about 10 µs, and
 * the requests handled in one turn were read from their sockets together, so a commit that
 * finished before they arrived is seen by all of them.
 */
export function dataVersionReader(db: { $client: { prepare(source: string): { pluck(): { get(): unknown } } } }): () => number {
  const stmt = db.$client.prepare('PRAGMA data_version').pluck()
  let current: number | null = null
  const forget = () => {
    current = null
  }
  return () => {
    if (current === null) {
      current = Number(stmt.get())
      setImmediate(forget)
    }
    return current
  }
}
