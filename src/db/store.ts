/** Writes one input file's extracted facts: one transaction per file, idempotent by content hash. */
import { createHash } from 'node:crypto'
import { and, eq, gte, lt, sql } from 'drizzle-orm'
import { foldName, slugify } from '../extract/slug.js'
import type { ArticleFacts, EntityRef, OrganisationFact, PersonFact } from '../extract/types.js'
import type { Db } from './client.js'
import {
  articleEntities,
  articles,
  claims,
  entityNames,
  mentions,
  organisations,
  people,
  personOrganisations,
  personRoles,
  quotes,
  sourceFiles
} from './schema.js'

export interface StoreInput {
  /** Path of the input file as the user named it (relative to the working directory). */
  path: string
  sha256: string
  facts: ArticleFacts[]
}

export interface StoreResult {
  status: 'added' | 'replaced' | 'unchanged'
  articles: number
  /** Articles skipped because the same text was already stored from another file. */
  duplicates: number
  people: number
  organisations: number
  quotes: number
  claims: number
}

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex')

const shortHash = (s: string): string => sha256Hex(s).slice(0, 16)

/** Content-derived ids: the same text always gets the same id, whatever the database. */
export const articleIdFor = (body: string): string => `a_${shortHash(body)}`
const quoteIdFor = (articleId: string, start: number, end: number, kind: string): string =>
  `q_${shortHash(`${articleId}:${start}:${end}:${kind}`)}`
const claimIdFor = (articleId: string, start: number, end: number): string => `c_${shortHash(`${articleId}:${start}:${end}`)}`

/**
 * Stores a file's articles and facts. A file whose sha256 is already stored is left alone; a
 * changed file replaces all its articles. better-sqlite3 transactions are synchronous, so the
 * statements inside use `.run()/.get()/.all()` rather than `await`.
 */
export function storeFile(db: Db, input: StoreInput): StoreResult {
  return db.transaction((tx) => {
    const result: StoreResult = { status: 'added', articles: 0, duplicates: 0, people: 0, organisations: 0, quotes: 0, claims: 0 }
    const existing = tx.select().from(sourceFiles).where(eq(sourceFiles.path, input.path)).get()
    if (existing?.sha256 === input.sha256) return { ...result, status: 'unchanged' }
    if (existing) {
      result.status = 'replaced'
      tx.delete(sourceFiles).where(eq(sourceFiles.path, input.path)).run()
    }
    tx.insert(sourceFiles).values({ path: input.path, sha256: input.sha256, articleCount: 0 }).run()

    for (const facts of input.facts) {
      const articleId = articleIdFor(facts.article.body)
      if (tx.select({ id: articles.id }).from(articles).where(eq(articles.id, articleId)).get()) {
        result.duplicates++
        continue
      }
      const a = facts.article
      tx.insert(articles)
        .values({
          id: articleId,
          sourceFile: input.path,
          sourceSha256: input.sha256,
          sourceIndex: a.index,
          title: a.title,
          byline: a.byline,
          dateline: a.dateline,
          publishedAt: a.publishedAt,
          agency: a.agency,
          url: a.url ?? null,
          body: a.body
        })
        .run()
      result.articles++

      const orgIds = new Map<string, string>()
      for (const org of facts.organisations) {
        const id = resolveOrganisation(tx, org)
        orgIds.set(org.key, id)
        linkEntity(tx, articleId, 'organisation', id, [org.name, org.acronym, ...org.aliases], org.mentions, a.body)
        result.organisations++
      }
      const personIds = new Map<string, string>()
      for (const person of facts.people) {
        const id = resolvePerson(tx, person)
        personIds.set(person.key, id)
        linkEntity(tx, articleId, 'person', id, [person.name, ...person.aliases], person.mentions, a.body)
        for (const role of new Set(person.roles)) tx.insert(personRoles).values({ personId: id, role, articleId }).onConflictDoNothing().run()
        for (const orgKey of new Set(person.organisationKeys)) {
          const organisationId = orgIds.get(orgKey)
          if (organisationId) tx.insert(personOrganisations).values({ personId: id, organisationId, articleId }).onConflictDoNothing().run()
        }
        result.people++
      }
      const refId = (ref: EntityRef | null): string | null =>
        ref ? ((ref.type === 'person' ? personIds : orgIds).get(ref.key) ?? null) : null

      for (const q of facts.quotes) {
        const speakerId = refId(q.speaker)
        tx.insert(quotes)
          .values({
            id: quoteIdFor(articleId, q.start, q.end, q.kind),
            articleId,
            text: q.text,
            kind: q.kind,
            speakerType: speakerId ? q.speaker!.type : null,
            speakerId,
            start: q.start,
            end: q.end
          })
          .onConflictDoNothing()
          .run()
        result.quotes++
      }
      for (const c of facts.claims) {
        const sourceId = refId(c.source)
        tx.insert(claims)
          .values({
            id: claimIdFor(articleId, c.start, c.end),
            articleId,
            text: c.text,
            value: c.value,
            valueMax: c.valueMax,
            unit: c.unit,
            qualifier: c.qualifier,
            subject: c.subject,
            category: c.category,
            sourceType: sourceId ? c.source!.type : null,
            sourceId,
            sentence: c.sentence,
            start: c.start,
            end: c.end
          })
          .onConflictDoNothing()
          .run()
        result.claims++
      }
    }
    tx.update(sourceFiles).set({ articleCount: result.articles }).where(eq(sourceFiles.path, input.path)).run()
    if (existing) deleteOrphanEntities(tx)
    return result
  })
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

function linkEntity(
  tx: Tx,
  articleId: string,
  entityType: 'person' | 'organisation',
  entityId: string,
  names: (string | null)[],
  spans: { start: number; end: number }[],
  body: string
): void {
  tx.insert(articleEntities).values({ articleId, entityType, entityId }).onConflictDoNothing().run()
  for (const name of new Set(names)) {
    if (!name) continue
    const folded = foldName(name)
    if (folded) tx.insert(entityNames).values({ entityType, entityId, name, folded, articleId }).onConflictDoNothing().run()
  }
  for (const s of spans) {
    tx.insert(mentions)
      .values({ articleId, entityType, entityId, start: s.start, end: s.end, text: body.slice(s.start, s.end) })
      .onConflictDoNothing()
      .run()
  }
}

/** Entity ids already known under one of these folded names, most used first. */
function idsByName(tx: Tx, entityType: 'person' | 'organisation', name: string): string[] {
  const folded = foldName(name)
  if (!folded) return []
  return tx
    .select({ id: entityNames.entityId })
    .from(entityNames)
    .where(and(eq(entityNames.entityType, entityType), eq(entityNames.folded, folded)))
    .groupBy(entityNames.entityId)
    .orderBy(sql`count(*) desc`, entityNames.entityId)
    .all()
    .map((r) => r.id)
}

/**
 * The same person across articles is one row: matched by full name; else by a longer or shorter
 * form with the same first and last name ("Rafael Grossi" and "Rafael Mariano Grossi"); else,
 * for a one-word name ("Schmale"), by an alias that only one known person carries.
 */
function resolvePerson(tx: Tx, person: PersonFact): string {
  const candidates = idsByName(tx, 'person', person.name)
  let id = person.name.includes(' ') || candidates.length === 1 ? candidates[0] : undefined
  id ??= sameFirstAndLastName(tx, person.name)
  id ??= slugify(person.name) || `person-${shortHash(person.name)}`
  const row = tx.select().from(people).where(eq(people.id, id)).get()
  if (!row) tx.insert(people).values({ id, name: person.name }).run()
  else if (person.name.length > row.name.length && compatibleNames(foldName(person.name), foldName(row.name))) {
    tx.update(people).set({ name: person.name }).where(eq(people.id, id)).run()
  }
  return id
}

/** Same first and last token, and one name's tokens contained in the other's. */
function compatibleNames(a: string, b: string): boolean {
  const ta = a.split(' ')
  const tb = b.split(' ')
  if (ta.length < 2 || tb.length < 2 || ta[0] !== tb[0] || ta.at(-1) !== tb.at(-1)) return false
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta]
  return short.every((t) => long.includes(t))
}

function sameFirstAndLastName(tx: Tx, name: string): string | undefined {
  const folded = foldName(name)
  const first = folded.split(' ')[0]
  if (!first || !folded.includes(' ')) return undefined
  // A range on the folded-name index instead of LIKE, which SQLite would not index here.
  const rows = tx
    .selectDistinct({ id: entityNames.entityId, folded: entityNames.folded })
    .from(entityNames)
    .where(and(eq(entityNames.entityType, 'person'), gte(entityNames.folded, `${first} `), lt(entityNames.folded, `${first}!`)))
    .all()
  const ids = new Set(rows.filter((r) => compatibleNames(r.folded, folded)).map((r) => r.id))
  return ids.size === 1 ? [...ids][0] : undefined
}

/**
 * The same organisation across articles is one row: matched by acronym, full name or alias
 * ("OHCHR" and "Office of the United Nations High Commissioner for Human Rights").
 */
function resolveOrganisation(tx: Tx, org: OrganisationFact): string {
  let id: string | undefined
  for (const form of [org.name, ...org.aliases]) {
    id = idsByName(tx, 'organisation', form)[0]
    if (id) break
  }
  // By acronym only when one side knows no full name: "ICC" is two courts' and a chamber's.
  if (!id && org.acronym) {
    id = idsByName(tx, 'organisation', org.acronym).find((candidate) => {
      const known = tx.select().from(organisations).where(eq(organisations.id, candidate)).get()
      return !known || org.name === org.acronym || known.name === known.acronym || foldName(known.name) === foldName(org.name)
    })
  }
  if (!id) {
    id = org.key || slugify(org.name)
    const taken = tx.select().from(organisations).where(eq(organisations.id, id)).get()
    // Two different bodies can share an acronym; keep them apart when both full names are known.
    if (taken && taken.name !== taken.acronym && org.name !== org.acronym && foldName(taken.name) !== foldName(org.name)) {
      id = slugify(org.name)
    }
  }
  const row = tx.select().from(organisations).where(eq(organisations.id, id)).get()
  if (!row) tx.insert(organisations).values({ id, name: org.name, acronym: org.acronym }).run()
  else {
    const nameIsOnlyAcronym = row.name === row.acronym || (row.acronym === null && row.name === org.acronym)
    const update: { name?: string; acronym?: string } = {}
    if (nameIsOnlyAcronym && org.name !== org.acronym) update.name = org.name
    if (!row.acronym && org.acronym) update.acronym = org.acronym
    if (update.name || update.acronym) tx.update(organisations).set(update).where(eq(organisations.id, id)).run()
  }
  return id
}

/** After a file is replaced, entities that no article mentions any more are removed. */
function deleteOrphanEntities(tx: Tx): void {
  tx.run(sql`DELETE FROM people WHERE id NOT IN (SELECT entity_id FROM article_entities WHERE entity_type = 'person')`)
  tx.run(
    sql`DELETE FROM organisations WHERE id NOT IN (SELECT entity_id FROM article_entities WHERE entity_type = 'organisation')`
  )
  tx.run(sql`DELETE FROM person_roles WHERE person_id NOT IN (SELECT id FROM people)`)
  tx.run(sql`DELETE FROM person_organisations WHERE person_id NOT IN (SELECT id FROM people) OR organisation_id NOT IN (SELECT id FROM organisations)`)
}
