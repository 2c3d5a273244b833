/** People queries: list with name and article filters, one person with aliases, roles and affiliations. */
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../client.js'
import { articles, organisations, people, personOrganisations, personRoles } from '../schema.js'
import { entityInArticle, entityMatchesPrefix, groupArticles, namesByEntity, type ArticleRef } from './entity-names.js'
import { afterCursor, countUpTo, orderByKeys, toPage, type Page, type SortKey } from './pagination.js'
import { Params, preparedQuery } from './prepared.js'
import { q } from './qualified.js'

export interface Person {
  id: string
  name: string
  aliases: string[]
  roles: string[]
  organisations: { id: string; name: string }[]
  counts: { quotes: number; articles: number }
  firstSeen: string | null
  lastSeen: string | null
}

/** What a profile page needs beyond the list row: where each role and affiliation comes from. */
export interface PersonProfile extends Person {
  roleSources: { role: string; articles: ArticleRef[] }[]
  organisationSources: { id: string; name: string; articles: ArticleRef[] }[]
}

export interface ListPeopleArgs {
  limit: number
  cursor?: string | undefined
  articleId?: string | undefined
  q?: string | undefined
}

const SORT_KEYS: SortKey[] = [
  { column: people.name, type: 'string' },
  { column: people.id, type: 'string' }
]

const columns = {
  id: people.id,
  name: people.name,
  quoteCount: people.quoteCount,
  articleCount: people.articleCount,
  firstSeen: people.firstSeen,
  lastSeen: people.lastSeen
}

export async function listPeople(db: Db, args: ListPeopleArgs): Promise<Page<Person>> {
  const params = new Params()
  const filters: SQL[] = []
  if (args.articleId) filters.push(entityInArticle('person', q(people.id), args.articleId, params))
  if (args.q) filters.push(entityMatchesPrefix('person', q(people.id), args.q, params))
  const filterShape = params.shape
  const where = [...filters]
  if (args.cursor) where.push(afterCursor(SORT_KEYS, args.cursor, params))
  const limit = params.bind('limit', args.limit + 1)
  const rows = await preparedQuery(db, `people:${params.shape}`, () =>
    db.select(columns).from(people).where(and(...where)).orderBy(...orderByKeys(SORT_KEYS)).limit(limit).prepare()
  ).all(params.values)
  const total = await countUpTo(db, `people-count:${filterShape}`, params, () => db.select({ one: sql`1`.as('one') }).from(people).where(and(...filters)))
  const details = await detailsFor(db, rows.map((r) => r.id))
  return toPage(rows, args.limit, total, (r) => [r.name, r.id], (r) => toPerson(r, details))
}

export async function getPerson(db: Db, id: string): Promise<Person | null> {
  const [row] = await db.select(columns).from(people).where(eq(people.id, id))
  if (!row) return null
  return toPerson(row, await detailsFor(db, [id]))
}

type Details = Awaited<ReturnType<typeof detailsFor>>

async function detailsFor(db: Db, ids: string[]) {
  const names = await namesByEntity(db, 'person', ids)
  const roles = new Map<string, string[]>()
  const orgs = new Map<string, { id: string; name: string }[]>()
  if (ids.length) {
    const roleRows = await db
      .selectDistinct({ id: personRoles.personId, role: personRoles.role })
      .from(personRoles)
      .where(inArray(personRoles.personId, ids))
      .orderBy(personRoles.personId, personRoles.role)
    for (const r of roleRows) roles.set(r.id, [...(roles.get(r.id) ?? []), r.role])
    const orgRows = await db
      .selectDistinct({ id: personOrganisations.personId, orgId: organisations.id, name: organisations.name })
      .from(personOrganisations)
      .innerJoin(organisations, eq(organisations.id, personOrganisations.organisationId))
      .where(inArray(personOrganisations.personId, ids))
      .orderBy(personOrganisations.personId, organisations.name)
    for (const r of orgRows) orgs.set(r.id, [...(orgs.get(r.id) ?? []), { id: r.orgId, name: r.name }])
  }
  return { names, roles, orgs }
}

export async function getPersonProfile(db: Db, id: string): Promise<PersonProfile | null> {
  const person = await getPerson(db, id)
  if (!person) return null
  const article = { articleId: articles.id, title: articles.title, publishedAt: articles.publishedAt }
  const roleRows = await db
    .select({ role: personRoles.role, ...article })
    .from(personRoles)
    .innerJoin(articles, eq(articles.id, personRoles.articleId))
    .where(eq(personRoles.personId, id))
    .orderBy(personRoles.role, articles.publishedAt, articles.id)
  const orgRows = await db
    .select({ orgId: organisations.id, name: organisations.name, ...article })
    .from(personOrganisations)
    .innerJoin(organisations, eq(organisations.id, personOrganisations.organisationId))
    .innerJoin(articles, eq(articles.id, personOrganisations.articleId))
    .where(eq(personOrganisations.personId, id))
    .orderBy(organisations.name, articles.publishedAt, articles.id)
  const byRole = groupArticles(roleRows, 'role')
  const byOrg = groupArticles(orgRows, 'orgId')
  const orgNames = new Map(orgRows.map((r) => [r.orgId, r.name]))
  return {
    ...person,
    roleSources: [...byRole].map(([role, articles]) => ({ role, articles })),
    organisationSources: [...byOrg].map(([orgId, articles]) => ({ id: orgId, name: orgNames.get(orgId) ?? orgId, articles }))
  }
}

type Row = { id: string; name: string; quoteCount: number; articleCount: number; firstSeen: string | null; lastSeen: string | null }

function toPerson(r: Row, d: Details): Person {
  return {
    id: r.id,
    name: r.name,
    aliases: (d.names.get(r.id) ?? []).filter((n) => n !== r.name),
    roles: d.roles.get(r.id) ?? [],
    organisations: d.orgs.get(r.id) ?? [],
    counts: { quotes: r.quoteCount, articles: r.articleCount },
    firstSeen: r.firstSeen,
    lastSeen: r.lastSeen
  }
}
