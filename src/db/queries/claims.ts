/** Claim queries: numeric claims filtered by article, source, unit, category and value range. */
import { and, asc, count, eq, gt, gte, lte, or, type SQL } from 'drizzle-orm'
import type { ClaimCategory, Qualifier } from '../../extract/types.js'
import type { Db } from '../client.js'
import { claims } from '../schema.js'
import { entityNamed } from './entity-names.js'
import { decodeCursor, toPage, type Page } from './pagination.js'
import { entityNameSql, toRef, type EntityRefOut } from './quotes.js'

export interface Claim {
  id: string
  articleId: string
  text: string
  value: number
  valueMax: number | null
  unit: string | null
  qualifier: Qualifier
  subject: string
  category: ClaimCategory
  source: EntityRefOut | null
  sentence: string
  start: number
  end: number
}

export interface ListClaimsArgs {
  limit: number
  cursor?: string | undefined
  articleId?: string | undefined
  sourceId?: string | undefined
  source?: string | undefined
  unit?: string | undefined
  category?: ClaimCategory | undefined
  min?: number | undefined
  max?: number | undefined
}

export async function listClaims(db: Db, args: ListClaimsArgs): Promise<Page<Claim>> {
  const filters: SQL[] = []
  if (args.articleId) filters.push(eq(claims.articleId, args.articleId))
  if (args.sourceId) filters.push(eq(claims.sourceId, args.sourceId))
  if (args.source) filters.push(entityNamed(claims.sourceType, claims.sourceId, args.source))
  if (args.unit) filters.push(eq(claims.unit, args.unit))
  if (args.category) filters.push(eq(claims.category, args.category))
  if (args.min !== undefined) filters.push(gte(claims.value, args.min))
  if (args.max !== undefined) filters.push(lte(claims.value, args.max))
  const where = [...filters]
  if (args.cursor) {
    const [articleId, start, id] = decodeCursor(args.cursor, ['string', 'number', 'string']) as [string, number, string]
    where.push(
      or(
        gt(claims.articleId, articleId),
        and(eq(claims.articleId, articleId), gt(claims.start, start)),
        and(eq(claims.articleId, articleId), eq(claims.start, start), gt(claims.id, id))
      )!
    )
  }
  const rows = await db
    .select({
      id: claims.id,
      articleId: claims.articleId,
      text: claims.text,
      value: claims.value,
      valueMax: claims.valueMax,
      unit: claims.unit,
      qualifier: claims.qualifier,
      subject: claims.subject,
      category: claims.category,
      sourceType: claims.sourceType,
      sourceId: claims.sourceId,
      sourceName: entityNameSql(claims.sourceType, claims.sourceId),
      sentence: claims.sentence,
      start: claims.start,
      end: claims.end
    })
    .from(claims)
    .where(and(...where))
    .orderBy(asc(claims.articleId), asc(claims.start), asc(claims.id))
    .limit(args.limit + 1)
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(claims).where(and(...filters))
  return toPage(
    rows,
    args.limit,
    total,
    (r) => [r.articleId, r.start, r.id],
    ({ sourceType, sourceId, sourceName, ...r }) => ({ ...r, source: toRef(sourceType, sourceId, sourceName) })
  )
}
