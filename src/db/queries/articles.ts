/** Article queries: the list (newest first) and one article with its body. */
import { and, asc, count, desc, eq, gt, lt, or, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../client.js'
import { articleEntities, articles, claims, quotes } from '../schema.js'
import { decodeCursor, toPage, type Page } from './pagination.js'

export interface ArticleSummary {
  id: string
  title: string | null
  byline: string | null
  dateline: string | null
  publishedAt: string | null
  agency: string | null
  source: { file: string; sha256: string; index: number }
  counts: { quotes: number; claims: number; people: number; organisations: number }
}

export interface ArticleDetail extends ArticleSummary {
  body: string
}

// Articles without a date sort last in a newest-first list.
const publishedKey = sql<string>`coalesce(${articles.publishedAt}, '')`

const summaryColumns = {
  id: articles.id,
  title: articles.title,
  byline: articles.byline,
  dateline: articles.dateline,
  publishedAt: articles.publishedAt,
  agency: articles.agency,
  sourceFile: articles.sourceFile,
  sourceSha256: articles.sourceSha256,
  sourceIndex: articles.sourceIndex,
  quoteCount: sql<number>`(select count(*) from ${quotes} where ${quotes.articleId} = ${articles.id})`,
  claimCount: sql<number>`(select count(*) from ${claims} where ${claims.articleId} = ${articles.id})`,
  peopleCount: sql<number>`(select count(*) from ${articleEntities} where ${articleEntities.articleId} = ${articles.id} and ${articleEntities.entityType} = 'person')`,
  organisationCount: sql<number>`(select count(*) from ${articleEntities} where ${articleEntities.articleId} = ${articles.id} and ${articleEntities.entityType} = 'organisation')`
}

type SummaryRow = {
  id: string
  title: string | null
  byline: string | null
  dateline: string | null
  publishedAt: string | null
  agency: string | null
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
  source: { file: r.sourceFile, sha256: r.sourceSha256, index: r.sourceIndex },
  counts: { quotes: r.quoteCount, claims: r.claimCount, people: r.peopleCount, organisations: r.organisationCount }
})

export interface ListArticlesArgs {
  limit: number
  cursor?: string | undefined
}

export async function listArticles(db: Db, args: ListArticlesArgs): Promise<Page<ArticleSummary>> {
  const where: SQL[] = []
  if (args.cursor) {
    const [date, id] = decodeCursor(args.cursor, ['string', 'string']) as [string, string]
    where.push(or(lt(publishedKey, date), and(eq(publishedKey, date), gt(articles.id, id)))!)
  }
  const rows = await db
    .select(summaryColumns)
    .from(articles)
    .where(and(...where))
    .orderBy(desc(publishedKey), asc(articles.id))
    .limit(args.limit + 1)
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(articles)
  return toPage(rows, args.limit, total, (r) => [r.publishedAt ?? '', r.id], toSummary)
}

export async function getArticle(db: Db, id: string): Promise<ArticleDetail | null> {
  const [row] = await db
    .select({ ...summaryColumns, body: articles.body })
    .from(articles)
    .where(eq(articles.id, id))
  return row ? { ...toSummary(row), body: row.body } : null
}

export async function articleExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: articles.id }).from(articles).where(eq(articles.id, id))
  return !!row
}
