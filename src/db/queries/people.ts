/** People queries: list with name and article filters, one person with aliases, roles and affiliations. */
import { and, asc, count, eq, gt, inArray, or, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../client.js'
import { articleEntities, organisations, people, personOrganisations, personRoles, quotes } from '../schema.js'
import { entityInArticle, entityMatchesPrefix, namesByEntity } from './entity-names.js'
import { decodeCursor, toPage, type Page } from './pagination.js'

export interface Person {
  id: string
  name: string
  aliases: string[]
  roles: string[]
  organisations: { id: string; name: string }[]
  counts: { quotes: number; articles: number }
}

export interface ListPeopleArgs {
  limit: number
  cursor?: string | undefined
  articleId?: string | undefined
  q?: string | undefined
}

const columns = {
  id: people.id,
  name: people.name,
  quoteCount: sql<number>`(select count(*) from ${quotes} where ${quotes.speakerType} = 'person' and ${quotes.speakerId} = ${people.id})`,
  articleCount: sql<number>`(select count(*) from ${articleEntities} where ${articleEntities.entityType} = 'person' and ${articleEntities.entityId} = ${people.id})`
}

export async function listPeople(db: Db, args: ListPeopleArgs): Promise<Page<Person>> {
  const filters: SQL[] = []
  if (args.articleId) filters.push(entityInArticle('person', people.id, args.articleId))
  if (args.q) filters.push(entityMatchesPrefix('person', people.id, args.q))
  const where = [...filters]
  if (args.cursor) {
    const [name, id] = decodeCursor(args.cursor, ['string', 'string']) as [string, string]
    where.push(or(gt(people.name, name), and(eq(people.name, name), gt(people.id, id)))!)
  }
  const rows = await db
    .select(columns)
    .from(people)
    .where(and(...where))
    .orderBy(asc(people.name), asc(people.id))
    .limit(args.limit + 1)
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(people).where(and(...filters))
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

function toPerson(r: { id: string; name: string; quoteCount: number; articleCount: number }, d: Details): Person {
  return {
    id: r.id,
    name: r.name,
    aliases: (d.names.get(r.id) ?? []).filter((n) => n !== r.name),
    roles: d.roles.get(r.id) ?? [],
    organisations: d.orgs.get(r.id) ?? [],
    counts: { quotes: r.quoteCount, articles: r.articleCount }
  }
}
