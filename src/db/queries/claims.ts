/** Claim queries: numeric claims filtered by article, source, unit, category, value and date; sorted; summarised. */
import { and, count, eq, gte, lte, max, min, sql, sum, type SQL } from 'drizzle-orm'
import type { ClaimCategory, ClaimFact, Qualifier } from '../../extract/types.js'
import type { Db } from '../client.js'
import { articles, claims, claimSummaries } from '../schema.js'
import { ftsMatches, ftsQuery, monthOf } from '../sqlite-sql.js'
import { entitiesNamed, isOneOf, type EntityKey } from './entity-names.js'
import { factTotal, onlyEntities } from './entity-counts.js'
import { afterCursor, countUpTo, orderByKeys, toPage, type Page, type SortKey } from './pagination.js'
import { Params, preparedQuery } from './prepared.js'
import { entityNameSql, toRef, type EntityRefOut } from './quotes.js'
import { q } from './qualified.js'

/** A stored claim: the extracted fact with its ids, its article's date and a resolved source. */
export interface Claim extends Omit<ClaimFact, 'source'> {
  id: string
  articleId: string
  publishedAt: string | null
  source: EntityRefOut | null
}

export interface ClaimFilters {
  articleId?: string | undefined
  sourceId?: string | undefined
  source?: string | undefined
  unit?: string | undefined
  category?: ClaimCategory | undefined
  qualifier?: Qualifier | undefined
  min?: number | undefined
  max?: number | undefined
  from?: string | undefined
  to?: string | undefined
  q?: string | undefined
}

export const CLAIM_SORTS = ['article', 'value', '-value', 'publishedAt', '-publishedAt'] as const
export type ClaimSort = (typeof CLAIM_SORTS)[number]

export interface ListClaimsArgs extends ClaimFilters {
  limit: number
  cursor?: string | undefined
  sort?: ClaimSort | undefined
}

const publishedKey = sql<string>`coalesce(${q(articles.publishedAt)}, '')`

const SORT_KEYS: Record<ClaimSort, SortKey[]> = {
  article: [
    { column: claims.articleId, type: 'string' },
    { column: claims.start, type: 'number' },
    { column: claims.id, type: 'string' }
  ],
  value: [
    { column: claims.value, type: 'number' },
    { column: claims.id, type: 'string' }
  ],
  '-value': [
    { column: claims.value, type: 'number', desc: true },
    { column: claims.id, type: 'string', desc: true }
  ],
  publishedAt: [
    { column: publishedKey, type: 'string' },
    { column: claims.id, type: 'string' }
  ],
  '-publishedAt': [
    { column: publishedKey, type: 'string', desc: true },
    { column: claims.id, type: 'string', desc: true }
  ]
}

const cursorOf: Record<ClaimSort, (r: ClaimRowOut) => (string | number)[]> = {
  article: (r) => [r.articleId, r.start, r.id],
  value: (r) => [r.value, r.id],
  '-value': (r) => [r.value, r.id],
  publishedAt: (r) => [r.publishedAt ?? '', r.id],
  '-publishedAt': (r) => [r.publishedAt ?? '', r.id]
}

/** The WHERE of every claims query (the list, the CSV export and the summary share it), its values bound in `params`. */
export async function claimFilters(db: Db, f: ClaimFilters, params: Params): Promise<SQL[]> {
  return claimWhere(f, f.source ? await entitiesNamed(db, f.source) : null, params)
}

/** claimFilters with the entities the source filter names already looked up. */
function claimWhere(f: ClaimFilters, named: EntityKey[] | null, params: Params): SQL[] {
  const where: SQL[] = []
  if (f.articleId) where.push(eq(claims.articleId, params.bind('articleId', f.articleId)))
  if (f.sourceId) where.push(eq(claims.sourceId, params.bind('sourceId', f.sourceId)))
  if (named) where.push(isOneOf(q(claims.sourceType), q(claims.sourceId), named, params))
  if (f.unit) where.push(eq(claims.unit, params.bind('unit', f.unit)))
  if (f.category) where.push(eq(claims.category, params.bind('category', f.category)))
  if (f.qualifier) where.push(eq(claims.qualifier, params.bind('qualifier', f.qualifier)))
  if (f.min !== undefined) where.push(gte(claims.value, params.bind('min', f.min)))
  if (f.max !== undefined) where.push(lte(claims.value, params.bind('max', f.max)))
  if (f.from) where.push(gte(articles.publishedAt, params.bind('from', f.from)))
  if (f.to) where.push(lte(articles.publishedAt, params.bind('to', f.to)))
  if (f.q) where.push(ftsMatches('claims_fts', sql`${claims}.rowid`, params.bind('q', ftsQuery(f.q))))
  return where
}

const columns = {
  id: claims.id,
  articleId: claims.articleId,
  publishedAt: articles.publishedAt,
  text: claims.text,
  value: claims.value,
  valueMax: claims.valueMax,
  unit: claims.unit,
  qualifier: claims.qualifier,
  subject: claims.subject,
  category: claims.category,
  sourceType: claims.sourceType,
  sourceId: claims.sourceId,
  sourceName: entityNameSql(q(claims.sourceType), q(claims.sourceId)),
  sentence: claims.sentence,
  start: claims.start,
  end: claims.end
}

type ClaimRowOut = Claim

/** A claim from its row, written out field by field: an object rest per row cost about a microsecond. */
const toClaim = (r: Omit<Claim, 'source'> & { sourceType: 'person' | 'organisation' | null; sourceId: string | null; sourceName: string | null }): Claim => ({
  id: r.id,
  articleId: r.articleId,
  publishedAt: r.publishedAt,
  text: r.text,
  value: r.value,
  valueMax: r.valueMax,
  unit: r.unit,
  qualifier: r.qualifier,
  subject: r.subject,
  category: r.category,
  sentence: r.sentence,
  start: r.start,
  end: r.end,
  source: toRef(r.sourceType, r.sourceId, r.sourceName)
})

export async function listClaims(db: Db, args: ListClaimsArgs): Promise<Page<Claim>> {
  const sort = args.sort ?? 'article'
  const keys = SORT_KEYS[sort]
  const params = new Params()
  const named = args.source ? await entitiesNamed(db, args.source) : null
  const filters = claimWhere(args, named, params)
  const filterShape = params.shape
  const where = args.cursor ? [...filters, afterCursor(keys, args.cursor, params)] : filters
  const limit = params.bind('limit', args.limit + 1)
  const rowsQuery = preparedQuery(db, `claims:${sort}:${params.shape}`, () =>
    db
      .select(columns)
      .from(claims)
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .where(and(...where))
      .orderBy(...orderByKeys(keys))
      .limit(limit)
      .prepare()
  )
  const rows = await rowsQuery.all(params.values)
  const sources = onlyEntities(filterShape, named, args.sourceId, 'sourceId')
  const total = sources
    ? await factTotal(db, 'claimCount', sources)
    : await countUpTo(db, `claims-count:${filterShape}`, params, () => {
        const matching = db.select({ one: sql`1`.as('one') }).from(claims).$dynamic()
        // Every claim has its article; the join is only needed when a date filter reads it.
        return (args.from || args.to ? matching.innerJoin(articles, eq(articles.id, claims.articleId)) : matching).where(and(...filters))
      })
  const out = rows.map(toClaim)
  return toPage(out, args.limit, total, cursorOf[sort], (r) => r)
}

export const CLAIM_GROUPS = ['source', 'category', 'unit', 'month', 'article', 'qualifier'] as const
export type ClaimGroup = (typeof CLAIM_GROUPS)[number]

export interface ClaimGroupRow {
  key: string | null
  label: string | null
  unit: string | null
  count: number
  sum: number
  min: number
  max: number
}

/**
 * Count, sum, min and max of claim values per group and unit: values in different units are
 * never added together, so a group with figures in USD and in people yields two rows.
 */
export async function summariseClaims(db: Db, groupBy: ClaimGroup, filters: ClaimFilters): Promise<ClaimGroupRow[]> {
  const unfiltered = Object.values(filters).every((v) => v === undefined)
  if (unfiltered && groupBy !== 'article') return storedSummary(db, groupBy)
  const keyCol: Record<ClaimGroup, SQL<string | null>> = {
    source: sql`${q(claims.sourceId)}`,
    category: sql`${q(claims.category)}`,
    unit: sql`${q(claims.unit)}`,
    month: monthOf(articles.publishedAt),
    article: sql`${q(claims.articleId)}`,
    qualifier: sql`${q(claims.qualifier)}`
  }
  const labelCol: Record<ClaimGroup, SQL<string | null>> = {
    ...keyCol,
    // grouped by type and id below, so the name is looked up once per group, not per claim
    source: entityNameSql(q(claims.sourceType), q(claims.sourceId)),
    article: sql<string | null>`max(coalesce(${q(articles.title)}, ${q(articles.byline)}, ${q(articles.id)}))`
  }
  const key = keyCol[groupBy]
  const params = new Params()
  const where = await claimFilters(db, filters, params)
  const query = preparedQuery(db, `claims-summary:${groupBy}:${params.shape}`, () => {
    const base = db
      .select({
        key,
        label: labelCol[groupBy],
        unit: claims.unit,
        count: count(),
        sum: sum(claims.value).mapWith(Number),
        min: min(claims.value),
        max: max(claims.value)
      })
      .from(claims)
      .$dynamic()
    // The join to articles costs a lookup per claim: only when a date or the article is asked for.
    const needsArticles = groupBy === 'month' || groupBy === 'article' || !!filters.from || !!filters.to
    const joined = needsArticles ? base.innerJoin(articles, eq(articles.id, claims.articleId)) : base
    return joined
      .where(and(...where))
      .groupBy(...(groupBy === 'source' ? [key, claims.sourceType, claims.unit] : [key, claims.unit]))
      .orderBy(key, claims.unit)
      .prepare()
  })
  const rows = await query.all(params.values)
  return rows.map((r) => ({ ...r, min: r.min ?? 0, max: r.max ?? 0, sum: r.sum ?? 0 }))
}

/** The unfiltered summary, from the totals the ingest keeps (claim_summaries): a few rows, whatever the corpus size. */
async function storedSummary(db: Db, groupBy: Exclude<ClaimGroup, 'article'>): Promise<ClaimGroupRow[]> {
  const query = preparedQuery(db, `claims-summary-stored:${groupBy}`, () => {
    const key = sql<string | null>`nullif(${q(claimSummaries.key)}, '')`
    const label = groupBy === 'source' ? entityNameSql(sql`nullif(${q(claimSummaries.keyType)}, '')`, q(claimSummaries.key)) : key
    return db
      .select({
        key,
        label,
        unit: sql<string | null>`nullif(${q(claimSummaries.unit)}, '')`,
        count: claimSummaries.claimCount,
        sum: claimSummaries.valueSum,
        min: claimSummaries.valueMin,
        max: claimSummaries.valueMax
      })
      .from(claimSummaries)
      .where(eq(claimSummaries.groupBy, groupBy))
      .orderBy(claimSummaries.key, claimSummaries.unit)
      .prepare()
  })
  return query.all()
}
