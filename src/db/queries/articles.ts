/** Article queries: the list (newest first) and one article with its body. */
import { and, eq, gte, lte, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../client.js'
import { articleEntities, articles, claims, quotes } from '../schema.js'
import { ftsMatches, ftsQuery } from '../sqlite-sql.js'
import { afterCursor, countUpTo, orderByKeys, toPage, type Page, type SortKey } from './pagination.js'
import { Params, preparedQuery, withRowMapper } from './prepared.js'
import { q } from './qualified.js'

export interface ArticleSummary {
  id: string
  title: string | null
  byline: string | null
  dateline: string | null
  publishedAt: string | null
  agency: string | null
  url: string | null
  source: { file: string; sha256: string; index: number }
  counts: { quotes: number; claims: number; people: number; organisations: number }
}

export interface ArticleDetail extends ArticleSummary {
  body: string
}

// Articles without a date sort last in a newest-first list.
const publishedKey = sql<string>`coalesce(${q(articles.publishedAt)}, '')`

const summaryColumns = {
  id: articles.id,
  title: articles.title,
  byline: articles.byline,
  dateline: articles.dateline,
  publishedAt: articles.publishedAt,
  agency: articles.agency,
  url: articles.url,
  sourceFile: articles.sourceFile,
  sourceSha256: articles.sourceSha256,
  sourceIndex: articles.sourceIndex,
  quoteCount: sql<number>`(select count(*) from ${quotes} where ${q(quotes.articleId)} = ${q(articles.id)})`,
  claimCount: sql<number>`(select count(*) from ${claims} where ${q(claims.articleId)} = ${q(articles.id)})`,
  peopleCount: sql<number>`(select count(*) from ${articleEntities} where ${q(articleEntities.articleId)} = ${q(articles.id)} and ${q(articleEntities.entityType)} = 'person')`,
  organisationCount: sql<number>`(select count(*) from ${articleEntities} where ${q(articleEntities.articleId)} = ${q(articles.id)} and ${q(articleEntities.entityType)} = 'organisation')`
}

/** A row of summaryColumns, as drizzle returns it. */
type SummaryRow = Omit<ArticleSummary, 'source' | 'counts'> & {
  sourceFile: string
  sourceSha256: string
  sourceIndex: number
  quoteCount: number
  claimCount: number
  peopleCount: number
  organisationCount: number
}

const toSummary = (r: SummaryRow): ArticleSummary => ({
  id: r.id,
  title: r.title,
  byline: r.byline,
  dateline: r.dateline,
  publishedAt: r.publishedAt,
  agency: r.agency,
  url: r.url,
  source: { file: r.sourceFile, sha256: r.sourceSha256, index: r.sourceIndex },
  counts: { quotes: r.quoteCount, claims: r.claimCount, people: r.peopleCount, organisations: r.organisationCount }
})

export const ARTICLE_SORTS = ['-publishedAt', 'publishedAt'] as const
export type ArticleSort = (typeof ARTICLE_SORTS)[number]

export interface ListArticlesArgs {
  limit: number
  cursor?: string | undefined
  sort?: ArticleSort | undefined
  from?: string | undefined
  to?: string | undefined
  q?: string | undefined
}

const SORT_KEYS: Record<ArticleSort, SortKey[]> = {
  '-publishedAt': [
    { column: publishedKey, type: 'string', desc: true },
    { column: articles.id, type: 'string', desc: true }
  ],
  publishedAt: [
    { column: publishedKey, type: 'string' },
    { column: articles.id, type: 'string' }
  ]
}

export async function listArticles(db: Db, args: ListArticlesArgs): Promise<Page<ArticleSummary>> {
  const keys = SORT_KEYS[args.sort ?? '-publishedAt']
  const params = new Params()
  const filters: SQL[] = []
  if (args.from) filters.push(gte(articles.publishedAt, params.bind('from', args.from)))
  if (args.to) filters.push(lte(articles.publishedAt, params.bind('to', args.to)))
  if (args.q) filters.push(ftsMatches('articles_fts', sql`${articles}.rowid`, params.bind('q', ftsQuery(args.q))))
  const filterShape = params.shape
  const where = args.cursor ? [...filters, afterCursor(keys, args.cursor, params)] : filters
  const limit = params.bind('limit', args.limit + 1)
  const rows = await preparedQuery(db, `articles:${args.sort ?? '-publishedAt'}:${params.shape}`, () =>
    db.select(summaryColumns).from(articles).where(and(...where)).orderBy(...orderByKeys(keys)).limit(limit).prepare()
  ).all(params.values)
  const total = await countUpTo(db, `articles-count:${filterShape}`, params, () => db.select({ one: sql`1`.as('one') }).from(articles).where(and(...filters)))
  return toPage(rows, args.limit, total, (r) => [r.publishedAt ?? '', r.id], toSummary)
}

/**
 * The one-article lookup is the hottest query, so it is built and prepared once per connection:
 * building the SQL string on every request cost more than running it.
 */
const articleStatements = new WeakMap<Db, ReturnType<typeof prepareGetArticle>>()
function prepareGetArticle(db: Db) {
  return db
    .select({ ...summaryColumns, body: articles.body })
    .from(articles)
    .where(eq(articles.id, sql.placeholder('id')))
    .prepare()
}

export async function getArticle(db: Db, id: string): Promise<ArticleDetail | null> {
  let stmt = articleStatements.get(db)
  if (!stmt) articleStatements.set(db, (stmt = withRowMapper(prepareGetArticle(db))))
  const row = await stmt.get({ id })
  return row ? { ...toSummary(row), body: row.body } : null
}
