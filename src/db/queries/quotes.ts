/** Quote queries: filtered by article, speaker (id or any name form) and kind, in article order. */
import { and, asc, count, eq, gt, or, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../client.js'
import { organisations, people, quotes } from '../schema.js'
import { entityNamed } from './entity-names.js'
import { decodeCursor, toPage, type Page } from './pagination.js'

export type EntityRefOut = { type: 'person' | 'organisation'; id: string; name: string }

export interface Quote {
  id: string
  articleId: string
  text: string
  kind: 'direct' | 'interview' | 'indirect'
  speaker: EntityRefOut | null
  start: number
  end: number
}

export interface ListQuotesArgs {
  limit: number
  cursor?: string | undefined
  articleId?: string | undefined
  speakerId?: string | undefined
  speaker?: string | undefined
  kind?: Quote['kind'] | undefined
}

/** Name of the entity a (type, id) pair points at: shared by quotes' speakers and claims' sources. */
export function entityNameSql(typeCol: SQL.Aliased | SQL | { getSQL(): SQL }, idCol: SQL | { getSQL(): SQL }): SQL<string | null> {
  return sql<string | null>`case ${typeCol} when 'person' then (select ${people.name} from ${people} where ${people.id} = ${idCol}) when 'organisation' then (select ${organisations.name} from ${organisations} where ${organisations.id} = ${idCol}) end`
}

export function toRef(type: 'person' | 'organisation' | null, id: string | null, name: string | null): EntityRefOut | null {
  return type && id && name ? { type, id, name } : null
}

export async function listQuotes(db: Db, args: ListQuotesArgs): Promise<Page<Quote>> {
  const filters: SQL[] = []
  if (args.articleId) filters.push(eq(quotes.articleId, args.articleId))
  if (args.speakerId) filters.push(eq(quotes.speakerId, args.speakerId))
  if (args.speaker) filters.push(entityNamed(quotes.speakerType, quotes.speakerId, args.speaker))
  if (args.kind) filters.push(eq(quotes.kind, args.kind))
  const where = [...filters]
  if (args.cursor) {
    const [articleId, start, id] = decodeCursor(args.cursor, ['string', 'number', 'string']) as [string, number, string]
    where.push(
      or(
        gt(quotes.articleId, articleId),
        and(eq(quotes.articleId, articleId), gt(quotes.start, start)),
        and(eq(quotes.articleId, articleId), eq(quotes.start, start), gt(quotes.id, id))
      )!
    )
  }
  const rows = await db
    .select({
      id: quotes.id,
      articleId: quotes.articleId,
      text: quotes.text,
      kind: quotes.kind,
      speakerType: quotes.speakerType,
      speakerId: quotes.speakerId,
      speakerName: entityNameSql(quotes.speakerType, quotes.speakerId),
      start: quotes.start,
      end: quotes.end
    })
    .from(quotes)
    .where(and(...where))
    .orderBy(asc(quotes.articleId), asc(quotes.start), asc(quotes.id))
    .limit(args.limit + 1)
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(quotes).where(and(...filters))
  return toPage(
    rows,
    args.limit,
    total,
    (r) => [r.articleId, r.start, r.id],
    (r) => ({
      id: r.id,
      articleId: r.articleId,
      text: r.text,
      kind: r.kind,
      speaker: toRef(r.speakerType, r.speakerId, r.speakerName),
      start: r.start,
      end: r.end
    })
  )
}
