/** Name matching shared by people, organisations, quotes and claims: every form an entity is known by. */
import { and, eq, inArray, like, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm'
import { foldName } from '../../extract/slug.js'
import type { Db } from '../client.js'
import { articleEntities, articles, entityNames } from '../schema.js'
import { q } from './qualified.js'

export type EntityType = 'person' | 'organisation'

/** Every distinct name an entity appears under, keyed by entity id. */
export async function namesByEntity(db: Db, type: EntityType, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  if (!ids.length) return out
  const rows = await db
    .selectDistinct({ id: entityNames.entityId, name: entityNames.name })
    .from(entityNames)
    .where(and(eq(entityNames.entityType, type), inArray(entityNames.entityId, ids)))
    .orderBy(entityNames.entityId, entityNames.name)
  for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), r.name])
  return out
}

/** True when (typeCol, idCol) names an entity known by exactly this name (case- and accent-insensitive). */
export function entityNamed(typeCol: SQLWrapper, idCol: SQLWrapper, name: string): SQL {
  return sql`exists (select 1 from ${entityNames} where ${q(entityNames.entityType)} = ${typeCol} and ${q(entityNames.entityId)} = ${idCol} and ${q(entityNames.folded)} = ${foldName(name)})`
}

/** Entities of a type whose name or alias starts with q, or has a word starting with q. */
export function entityMatchesPrefix(type: EntityType, idCol: SQLWrapper, prefix: string): SQL {
  // Folded names hold only [a-z0-9 ], so the pattern needs no LIKE escaping.
  const folded = foldName(prefix)
  return sql`exists (select 1 from ${entityNames} where ${q(entityNames.entityType)} = ${type} and ${q(entityNames.entityId)} = ${idCol} and (${or(
    like(entityNames.folded, `${folded}%`),
    like(entityNames.folded, `% ${folded}%`)
  )}))`
}

/** Entities of a type mentioned in an article. */
export function entityInArticle(type: EntityType, idCol: SQLWrapper, articleId: string): SQL {
  return sql`exists (select 1 from ${articleEntities} where ${q(articleEntities.entityType)} = ${type} and ${q(articleEntities.entityId)} = ${idCol} and ${q(articleEntities.articleId)} = ${articleId})`
}

/** Earliest and latest publication date of the articles that mention an entity. */
export function seenSql(type: EntityType, idCol: SQLWrapper, fn: 'min' | 'max'): SQL<string | null> {
  return sql<string | null>`(select ${sql.raw(fn)}(${q(articles.publishedAt)}) from ${articleEntities} join ${articles} on ${q(articles.id)} = ${q(articleEntities.articleId)} where ${q(articleEntities.entityType)} = ${type} and ${q(articleEntities.entityId)} = ${idCol})`
}

export interface ArticleRef {
  id: string
  title: string | null
  publishedAt: string | null
}

/** Groups (key, article) rows into key → articles, keeping first-seen order of keys. */
export function groupArticles<K extends string>(rows: ({ [P in K]: string } & { articleId: string; title: string | null; publishedAt: string | null })[], key: K): Map<string, ArticleRef[]> {
  const out = new Map<string, ArticleRef[]>()
  for (const r of rows) out.set(r[key], [...(out.get(r[key]) ?? []), { id: r.articleId, title: r.title, publishedAt: r.publishedAt }])
  return out
}
