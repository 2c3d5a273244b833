/** Organisation queries: list with name and article filters, one organisation with aliases and counts. */
import { and, eq, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../client.js'
import { organisations } from '../schema.js'
import { summariseClaims, type ClaimGroupRow } from './claims.js'
import { entityInArticle, entityMatchesPrefix, namesByEntity } from './entity-names.js'
import { afterCursor, countUpTo, orderByKeys, toPage, type Page, type SortKey } from './pagination.js'
import { Params, preparedQuery } from './prepared.js'
import { q } from './qualified.js'

export interface Organisation {
  id: string
  name: string
  acronym: string | null
  aliases: string[]
  counts: { claims: number; quotes: number; articles: number }
  firstSeen: string | null
  lastSeen: string | null
}

/** An organisation's page: its figures grouped by category (and unit, never summed across units). */
export interface OrganisationProfile extends Organisation {
  figuresByCategory: ClaimGroupRow[]
}

export interface ListOrganisationsArgs {
  limit: number
  cursor?: string | undefined
  articleId?: string | undefined
  q?: string | undefined
}

const SORT_KEYS: SortKey[] = [
  { column: organisations.name, type: 'string' },
  { column: organisations.id, type: 'string' }
]

const columns = {
  id: organisations.id,
  name: organisations.name,
  acronym: organisations.acronym,
  claimCount: organisations.claimCount,
  quoteCount: organisations.quoteCount,
  articleCount: organisations.articleCount,
  firstSeen: organisations.firstSeen,
  lastSeen: organisations.lastSeen
}

type Row = {
  id: string
  name: string
  acronym: string | null
  claimCount: number
  quoteCount: number
  articleCount: number
  firstSeen: string | null
  lastSeen: string | null
}

export async function listOrganisations(db: Db, args: ListOrganisationsArgs): Promise<Page<Organisation>> {
  const params = new Params()
  const filters: SQL[] = []
  if (args.articleId) filters.push(entityInArticle('organisation', q(organisations.id), args.articleId, params))
  if (args.q) filters.push(entityMatchesPrefix('organisation', q(organisations.id), args.q, params))
  const filterShape = params.shape
  const where = [...filters]
  if (args.cursor) where.push(afterCursor(SORT_KEYS, args.cursor, params))
  const limit = params.bind('limit', args.limit + 1)
  const rows = await preparedQuery(db, `organisations:${params.shape}`, () =>
    db.select(columns).from(organisations).where(and(...where)).orderBy(...orderByKeys(SORT_KEYS)).limit(limit).prepare()
  ).all(params.values)
  const total = await countUpTo(db, `organisations-count:${filterShape}`, params, () => db.select({ one: sql`1`.as('one') }).from(organisations).where(and(...filters)))
  const names = await namesByEntity(db, 'organisation', rows.map((r) => r.id))
  return toPage(rows, args.limit, total, (r) => [r.name, r.id], (r) => toOrganisation(r, names))
}

export async function getOrganisation(db: Db, id: string): Promise<Organisation | null> {
  const [row] = await db.select(columns).from(organisations).where(eq(organisations.id, id))
  if (!row) return null
  return toOrganisation(row, await namesByEntity(db, 'organisation', [id]))
}

export async function getOrganisationProfile(db: Db, id: string): Promise<OrganisationProfile | null> {
  const org = await getOrganisation(db, id)
  if (!org) return null
  return { ...org, figuresByCategory: await summariseClaims(db, 'category', { sourceId: id }) }
}

function toOrganisation(r: Row, names: Map<string, string[]>): Organisation {
  return {
    id: r.id,
    name: r.name,
    acronym: r.acronym,
    aliases: (names.get(r.id) ?? []).filter((n) => n !== r.name && n !== r.acronym),
    counts: { claims: r.claimCount, quotes: r.quoteCount, articles: r.articleCount },
    firstSeen: r.firstSeen,
    lastSeen: r.lastSeen
  }
}
