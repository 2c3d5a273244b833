/** Name matching shared by people, organisations, quotes and claims: every form an entity is known by. */
import { and, eq, inArray, like, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm'
import { foldName } from '../../extract/slug.js'
import type { Db } from '../client.js'
import { articleEntities, entityAliases } from '../schema.js'
import { preparedQuery, type Params } from './prepared.js'
import { q } from './qualified.js'

export type EntityType = 'person' | 'organisation'

/** Every distinct name an entity appears under, keyed by entity id. */
export async function namesByEntity(db: Db, type: EntityType, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  if (!ids.length) return out
  const rows = await db
    .selectDistinct({ id: entityAliases.entityId, name: entityAliases.name })
    .from(entityAliases)
    .where(and(eq(entityAliases.entityType, type), inArray(entityAliases.entityId, ids)))
    .orderBy(entityAliases.entityId, entityAliases.name)
  for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), r.name])
  return out
}

export interface EntityKey {
  type: EntityType
  id: string
}

/** Every entity known by exactly this name, acronym or alias (case- and accent-insensitive). */
export async function entitiesNamed(db: Db, name: string): Promise<EntityKey[]> {
  const folded = foldName(name)
  if (!folded) return []
  const query = preparedQuery(db, 'entitiesNamed', () =>
    db
      .select({ type: entityAliases.entityType, id: entityAliases.entityId })
      .from(entityAliases)
      .where(eq(entityAliases.folded, sql.placeholder('folded')))
      .limit(50)
      .prepare()
  )
  return query.all({ folded })
}

/**
 * (typeCol, idCol) is one of these entities. Names are resolved to ids first so that the filter
 * runs on the fact table's (type, id) index instead of a subquery per row.
 */
export function isOneOf(typeCol: SQLWrapper, idCol: SQLWrapper, keys: EntityKey[], params: Params): SQL {
  if (!keys.length) return sql`0`
  return or(...keys.map((k, i) => and(sql`${typeCol} = ${params.bind(`entityType${i}`, k.type)}`, sql`${idCol} = ${params.bind(`entityId${i}`, k.id)}`)))!
}

/**
 * Entities of a type whose name or alias starts with the prefix, or has a word starting with it.
 * One pass over the aliases (IN), not a pass per entity row (EXISTS).
 */
export function entityMatchesPrefix(type: EntityType, idCol: SQLWrapper, prefix: string, params: Params): SQL {
  // Folded names hold only [a-z0-9 ], so the pattern needs no LIKE escaping.
  const folded = foldName(prefix)
  return sql`${idCol} in (select ${q(entityAliases.entityId)} from ${entityAliases} where ${q(entityAliases.entityType)} = ${type} and (${or(
    like(entityAliases.folded, params.bind('namePrefix', `${folded}%`)),
    like(entityAliases.folded, params.bind('wordPrefix', `% ${folded}%`))
  )}))`
}

/** Entities of a type mentioned in an article. */
export function entityInArticle(type: EntityType, idCol: SQLWrapper, articleId: string, params: Params): SQL {
  // IN over the article's own rows (its primary key) rather than EXISTS per entity row.
  return sql`${idCol} in (select ${q(articleEntities.entityId)} from ${articleEntities} where ${q(articleEntities.articleId)} = ${params.bind('articleId', articleId)} and ${q(articleEntities.entityType)} = ${type})`
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
