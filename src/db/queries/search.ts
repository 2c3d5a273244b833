/** Full-text search over article bodies, quote texts and claim sentences, ranked, with snippets. */
import type { Db } from '../client.js'
import {
  candidateTextsSql,
  ftsQuery,
  maxRowidSql,
  queryTerms,
  rankedArticlesSql,
  SEARCH_CANDIDATES,
  articleSnippetsSql,
  termSampleSql,
  type SearchHitType,
  type SearchRow,
  type SearchTerm
} from '../sqlite-sql.js'
import { decodeCursor, toPage, type Page } from './pagination.js'
import { bm25Scores, foldForMatch, inverseDocumentFrequency, snippetOf } from './search-text.js'

export { SEARCH_CANDIDATES }

export interface ListSearchArgs {
  q: string
  types: SearchHitType[]
  limit: number
  cursor?: string | undefined
}

/** Where a hit stands: its rank, then kind and row to break ties (rowids are stable and cheaper to read than ids). */
interface HitKey {
  rank: number
  type: string
  ftsRowid: number
}

function compareHits(a: HitKey, b: HitKey): number {
  return a.rank - b.rank || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || a.ftsRowid - b.ftsRowid
}

/** A ranked hit. Quotes and claims come with their ids and the text their snippet is cut from; articles get theirs once on a page. */
interface Hit extends HitKey {
  type: SearchHitType
  id?: string
  articleId?: string
  text?: string | null
}

interface Ranked {
  hits: Hit[]
  /** More than SEARCH_CANDIDATES rows of this kind match. */
  more: boolean
}

export async function search(db: Db, args: ListSearchArgs): Promise<Page<SearchRow>> {
  const key = args.cursor ? decodeCursor(args.cursor, ['number', 'string', 'number']) : null
  const after = key && { rank: key[0] as number, type: key[1] as string, ftsRowid: key[2] as number }
  const terms = queryTerms(args.q)
  const match = ftsQuery(terms)
  const kinds: Ranked[] = []
  for (const type of args.types) kinds.push(await rankedHits(db, type, terms, match))
  const hits = firstAfter(
    kinds.map((k) => k.hits),
    after,
    args.limit + 1
  )
  const articles = new Map<number, { id: string; snippet: string }>()
  const articleRowids = hits.filter((h) => h.type === 'article').map((h) => h.ftsRowid)
  if (articleRowids.length) {
    for (const a of await db.all<{ ftsRowid: number; id: string; snippet: string }>(articleSnippetsSql(match, articleRowids))) articles.set(a.ftsRowid, a)
  }
  const rows = hits.flatMap((h): (SearchRow & HitKey)[] => {
    if (h.type === 'article') {
      const article = articles.get(h.ftsRowid)
      // gone since it was ranked: an ingest replaced its file in between
      if (!article) return []
      return [{ type: h.type, id: article.id, articleId: article.id, rank: h.rank, snippet: article.snippet, ftsRowid: h.ftsRowid }]
    }
    return [{ type: h.type, id: h.id ?? '', articleId: h.articleId ?? '', rank: h.rank, snippet: snippetOf(h.text ?? '', terms), ftsRowid: h.ftsRowid }]
  })
  // The total is what paging can reach: up to SEARCH_CANDIDATES per kind, and not exact when a kind has more.
  const total = kinds.reduce((sum, k) => sum + k.hits.length, 0)
  return toPage(
    rows,
    args.limit,
    { total, totalExact: kinds.every((k) => !k.more) },
    (r) => [r.rank, r.type, r.ftsRowid],
    ({ ftsRowid: _, ...row }) => row
  )
}

/**
 * The first `n` hits after a key, in key order: a page of up to a few thousand ranked hits, so
 * kept by insertion into a short sorted list rather than by sorting them all.
 */
function firstAfter(lists: Hit[][], after: HitKey | null, n: number): Hit[] {
  const best: Hit[] = []
  for (const list of lists) {
    for (const h of list) {
      if (after && compareHits(h, after) <= 0) continue
      if (best.length === n && compareHits(h, best[n - 1]!) >= 0) continue
      let at = best.length
      while (at > 0 && compareHits(h, best[at - 1]!) < 0) at--
      best.splice(at, 0, h)
      if (best.length > n) best.pop()
    }
  }
  return best
}

/**
 * The newest matches of one kind with their rank. Articles are ranked by FTS5; quotes and claims,
 * which outnumber articles twenty to one, by search-text.ts from their own text, so that a common
 * word does not make FTS5 count all its matches in the corpus first.
 */
async function rankedHits(db: Db, type: SearchHitType, terms: SearchTerm[], match: string): Promise<Ranked> {
  // one row past the window says whether there are more
  const limit = SEARCH_CANDIDATES + 1
  if (type === 'article') {
    const hits = await db.all<Hit>(rankedArticlesSql(match, limit))
    return { hits: hits.slice(0, SEARCH_CANDIDATES), more: hits.length > SEARCH_CANDIDATES }
  }
  const rows = await db.all<{ id: string; articleId: string; ftsRowid: number; text: string | null; otherText: string | null }>(candidateTextsSql(type, match, limit))
  const candidates = rows.slice(0, SEARCH_CANDIDATES)
  if (!candidates.length) return { hits: [], more: false }
  const maxRowid = (await db.get<{ maxRowid: number }>(maxRowidSql(type)))?.maxRowid ?? 0
  const weighted = []
  for (const term of terms) {
    // a one-word query's candidates are that word's newest matches already
    const sample =
      terms.length === 1
        ? { sampled: candidates.length, lowestRowid: candidates[candidates.length - 1]!.ftsRowid }
        : await db.get<{ sampled: number; lowestRowid: number | null }>(termSampleSql(type, term, SEARCH_CANDIDATES))
    weighted.push({ ...term, idf: inverseDocumentFrequency(sample?.sampled ?? 0, sample?.lowestRowid ?? null, SEARCH_CANDIDATES, maxRowid) })
  }
  const scores = bm25Scores(
    candidates.map((c) => foldForMatch(c.otherText ? `${c.text ?? ''} ${c.otherText}` : (c.text ?? ''))),
    weighted
  )
  const hits = candidates.map((c, i): Hit => ({ type, id: c.id, articleId: c.articleId, rank: scores[i] as number, ftsRowid: c.ftsRowid, text: c.text }))
  return { hits, more: rows.length > SEARCH_CANDIDATES }
}
