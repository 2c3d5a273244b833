/** Table totals for GET /v1/stats. */
import { count, max, min } from 'drizzle-orm'
import type { Db } from '../client.js'
import { articles, claims, organisations, people, quotes, sourceFiles } from '../schema.js'

export interface Stats {
  sourceFiles: number
  articles: number
  people: number
  organisations: number
  quotes: number
  claims: number
  firstPublished: string | null
  lastPublished: string | null
}

export async function getStats(db: Db): Promise<Stats> {
  const total = async (table: typeof articles | typeof claims | typeof organisations | typeof people | typeof quotes | typeof sourceFiles) =>
    (await db.select({ n: count() }).from(table))[0]?.n ?? 0
  const [range] = await db.select({ first: min(articles.publishedAt), last: max(articles.publishedAt) }).from(articles)
  return {
    sourceFiles: await total(sourceFiles),
    articles: await total(articles),
    people: await total(people),
    organisations: await total(organisations),
    quotes: await total(quotes),
    claims: await total(claims),
    firstPublished: range?.first ?? null,
    lastPublished: range?.last ?? null
  }
}
