/**
 * The routes the bench loads, shared by the bench process (URLs) and the server child (the real
 * query function behind each route, called once to capture its SQL for the bare floor server).
 */
import type Database from 'better-sqlite3'
import type { Db } from '../../src/db/client.js'
import { getArticle } from '../../src/db/queries/articles.js'
import { listClaims, summariseClaims } from '../../src/db/queries/claims.js'
import { encodeCursor } from '../../src/db/queries/pagination.js'
import { listQuotes } from '../../src/db/queries/quotes.js'
import { search } from '../../src/db/queries/search.js'

/** Values that exist in the database under test, picked by `pickParams`. */
export interface RouteParams {
  source: string
  speaker: string
  articleId: string
  q: string
  /** Cursor of page `deepPage` of /v1/claims?sort=value (null when there are not that many claims). */
  deepCursor: string | null
  deepPage: number
}

export interface RouteSpec {
  name: string
  url: string
  /** Calls the same query function with the same arguments as the route handler does. */
  query: (db: Db) => Promise<unknown>
  /** Part of the ours/bare overhead table (the page-1/page-N pair is reported separately). */
  main: boolean
  /** The SQL returns candidates that ours ranks and cuts to a page in JS; bare answers all of them. */
  rankedInJs?: boolean
}

export const PAGE_LIMIT = 50

export function routeSpecs(p: RouteParams): RouteSpec[] {
  const enc = encodeURIComponent
  const specs: RouteSpec[] = [
    {
      name: 'claims?source',
      url: `/v1/claims?source=${enc(p.source)}`,
      query: (db) => listClaims(db, { limit: PAGE_LIMIT, source: p.source, cursor: undefined }),
      main: true
    },
    {
      name: 'quotes?speaker',
      url: `/v1/quotes?speaker=${enc(p.speaker)}`,
      query: (db) => listQuotes(db, { limit: PAGE_LIMIT, speaker: p.speaker, cursor: undefined }),
      main: true
    },
    {
      name: 'articles/:id',
      url: `/v1/articles/${enc(p.articleId)}`,
      query: (db) => getArticle(db, p.articleId),
      main: true
    },
    {
      name: 'search?q',
      url: `/v1/search?q=${enc(p.q)}`,
      query: (db) => search(db, { q: p.q, types: ['article', 'quote', 'claim'], limit: PAGE_LIMIT, cursor: undefined }),
      main: true,
      rankedInJs: true
    },
    {
      name: 'claims/summary',
      url: '/v1/claims/summary?groupBy=category',
      query: (db) => summariseClaims(db, 'category', {}),
      main: true
    },
    {
      name: 'claims?sort=value p1',
      url: '/v1/claims?sort=value',
      query: (db) => listClaims(db, { limit: PAGE_LIMIT, sort: 'value', cursor: undefined }),
      main: false
    }
  ]
  if (p.deepCursor) {
    const cursor = p.deepCursor
    specs.push({
      name: `claims?sort=value p${p.deepPage}`,
      url: `/v1/claims?sort=value&cursor=${enc(cursor)}`,
      query: (db) => listClaims(db, { limit: PAGE_LIMIT, sort: 'value', cursor }),
      main: false
    })
  }
  return specs
}

/**
 * Parameters that exist in this database: the organisation with the most claims (by acronym or
 * name), the person with the most quotes, an article from the middle, and the keyset cursor of
 * page `deepPage` of claims by value — the same cursor following nextCursor would reach, built
 * from the sort key of the last row of page deepPage - 1.
 */
export function pickParams(sqlite: Database.Database, deepPage: number, q = 'drones'): RouteParams {
  const src = sqlite
    .prepare(
      `select o.id, coalesce(o.acronym, o.name) as name from claims c join organisations o on o.id = c.source_id
       where c.source_type = 'organisation' group by o.id order by count(*) desc, o.id limit 1`
    )
    .get() as { id: string; name: string } | undefined
  const speaker = sqlite
    .prepare(
      `select p.id, p.name from quotes q join people p on p.id = q.speaker_id
       where q.speaker_type = 'person' group by p.id order by count(*) desc, p.id limit 1`
    )
    .get() as { id: string; name: string } | undefined
  const n = (sqlite.prepare('select count(*) as n from articles').get() as { n: number }).n
  const article = sqlite.prepare('select id from articles order by rowid limit 1 offset ?').get(Math.floor(n / 2)) as { id: string } | undefined
  const offset = (deepPage - 1) * PAGE_LIMIT - 1
  const last = sqlite
    .prepare('select c.value, c.id from claims c join articles a on a.id = c.article_id order by c.value, c.id limit 1 offset ?')
    .get(offset) as { value: number; id: string } | undefined
  if (!src || !speaker || !article) throw new Error('the database has no claims with a source, no quotes with a speaker or no articles')
  return {
    source: src.name,
    speaker: speaker.name,
    articleId: article.id,
    q,
    deepCursor: last ? encodeCursor([last.value, last.id]) : null,
    deepPage
  }
}
