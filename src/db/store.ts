/** Writes one input file's extracted facts: one transaction per file, idempotent by content hash. */
import type Database from 'better-sqlite3'
import { and, eq, gte, is, lt, Param, Placeholder, sql } from 'drizzle-orm'
import { foldName, slugify } from '../extract/slug.js'
import { sha256Hex } from '../hash.js'
import type { ArticleFacts, EntityRef, EntityType, OrganisationFact, PersonFact, Span } from '../extract/types.js'
import { rebuildClaimSummaries } from './claim-summaries.js'
import type { Db } from './client.js'
import {
  articleEntities,
  articles,
  claims,
  entityAliases,
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

export { sha256Hex }

const shortHash = (s: string): string => sha256Hex(s).slice(0, 16)

/** Content-derived ids: the same text always gets the same id, whatever the database. */
export const articleIdFor = (body: string): string => `a_${shortHash(body)}`
/**
 * A quote's or claim's id starts with the start of its article's hash, so an article's quotes (and claims)
 * sit side by side in the primary key: storing an article then changes a page or two of it, not a page per quote. At
 * 9k articles that was 18 fewer pages (of 164) written per article stored.
 */
const factIdFor = (prefix: string, articleId: string, span: string): string => `${prefix}_${articleId.slice(2, 10)}${sha256Hex(`${articleId}:${span}`).slice(0, 12)}`
const quoteIdFor = (articleId: string, start: number, end: number, kind: string): string => factIdFor('q', articleId, `${start}:${end}:${kind}`)
const claimIdFor = (articleId: string, start: number, end: number): string => factIdFor('c', articleId, `${start}:${end}`)

const p = sql.placeholder

/** A query drizzle builds (so its SQL follows the schema): its SQL text and parameters, placeholders among them. */
type Built = { toSQL(): { sql: string; params: unknown[] } }

/**
 * A drizzle-built statement prepared on better-sqlite3 directly, each parameter bound by `valueOf(name)` for
 * a placeholder (through its column's encoder, as drizzle does) or as the constant it is. Drizzle's own
 * prepared queries look the placeholders up with type checks and log on every run: a tenth of storing.
 */
function prepareDirect(db: Db, query: Built) {
  const built = query.toSQL()
  const stmt = db.$client.prepare(built.sql)
  const params = built.params.map((param): { name: string; encode?: (v: unknown) => unknown } | { constant: unknown } => {
    if (is(param, Placeholder)) return { name: param.name }
    if (is(param, Param) && is(param.value, Placeholder)) return { name: param.value.name, encode: (v) => param.encoder.mapToDriverValue(v) }
    return { constant: param }
  })
  return (valueOf: (name: string) => unknown): Database.RunResult => {
    const args = params.map((p) => ('constant' in p ? p.constant : p.encode ? p.encode(valueOf(p.name)) : valueOf(p.name)))
    return stmt.run(...args)
  }
}

/** A write run with named values, as a drizzle prepared query is. */
function direct(db: Db, query: Built): { run(values: Record<string, unknown>): Database.RunResult } {
  const run = prepareDirect(db, query)
  return { run: (values) => run((name) => valueOf(values, name)) }
}

function valueOf(values: Record<string, unknown>, name: string): unknown {
  if (!(name in values)) throw new Error(`No value for placeholder "${name}" was provided`)
  return values[name]
}

/** Most rows one batched insert writes (a power of two; smaller batches take the rest). */
const MAX_ROWS_PER_INSERT = 64

/**
 * Inserts many rows with one statement per batch, in their order (so rowids are what row-by-row inserts give).
 * Articles, quotes and claims have triggers, so each insert runs in a statement savepoint, and at every
 * savepoint FTS5 writes its pending index data to disk: inserted one by one, every article, quote and claim
 * became a tiny index segment to merge again (about 30 µs a quote). `rowsOf(n)` builds the insert of n rows,
 * with placeholders named `${k}.${field}` for row k (rowPlaceholders).
 */
function batchInsert<Row extends object>(db: Db, rowsOf: (n: number) => Built) {
  const statements = new Map<number, ReturnType<typeof prepareDirect>>()
  const insert = (rows: Row[], from: number, n: number): void => {
    let run = statements.get(n)
    if (!run) statements.set(n, (run = prepareDirect(db, rowsOf(n))))
    run((name) => {
      const dot = name.indexOf('.')
      return valueOf(rows[from + Number(name.slice(0, dot))] as Record<string, unknown>, name.slice(dot + 1))
    })
  }
  return {
    run(rows: Row[]): void {
      for (let at = 0; at < rows.length; ) {
        const n = Math.min(MAX_ROWS_PER_INSERT, 2 ** Math.floor(Math.log2(rows.length - at)))
        insert(rows, at, n)
        at += n
      }
    }
  }
}

interface ArticleRow {
  id: string
  sourceFile: string
  sourceSha256: string
  sourceIndex: number
  title: string | null
  byline: string | null
  dateline: string | null
  publishedAt: string | null
  agency: string | null
  url: string | null
  body: string
}

interface QuoteRow {
  id: string
  articleId: string
  text: string
  kind: string
  speakerType: string | null
  speakerId: string | null
  start: number
  end: number
}

interface ClaimRow {
  id: string
  articleId: string
  text: string
  value: number
  valueMax: number | null
  unit: string | null
  qualifier: string
  subject: string
  category: string
  sourceType: string | null
  sourceId: string | null
  sentence: string
  start: number
  end: number
}

/** Placeholders of row k of a batched insert, one per field. */
const rowPlaceholders = (k: number) => <F extends string>(field: F) => p(`${k}.${field}`)

/** One more article mentions the entity: its count, and its first/last dates widened to this one. */
function seenUpdate(table: typeof people | typeof organisations) {
  const date = sql`${p('date')}`
  return {
    articleCount: sql`${table.articleCount} + 1`,
    firstSeen: sql`case when ${date} is null then ${table.firstSeen} when ${table.firstSeen} is null or ${date} < ${table.firstSeen} then ${date} else ${table.firstSeen} end`,
    lastSeen: sql`case when ${date} is null then ${table.lastSeen} when ${table.lastSeen} is null or ${date} > ${table.lastSeen} then ${date} else ${table.lastSeen} end`
  }
}

/**
 * Every statement the store runs, prepared once per connection: an article writes hundreds of
 * rows (mentions, names), and building each statement anew would cost more than running it.
 */
function prepareStatements(db: Db) {
  return {
    fileSha: db.select({ sha256: sourceFiles.sha256 }).from(sourceFiles).where(eq(sourceFiles.path, p('path'))).prepare(),
    deleteFile: db.delete(sourceFiles).where(eq(sourceFiles.path, p('path'))).prepare(),
    insertFile: db.insert(sourceFiles).values({ path: p('path'), sha256: p('sha256'), articleCount: 0 }).prepare(),
    setFileCount: db.update(sourceFiles).set({ articleCount: sql`${p('count')}` }).where(eq(sourceFiles.path, p('path'))).prepare(),
    articleExists: db.select({ id: articles.id }).from(articles).where(eq(articles.id, p('id'))).prepare(),
    insertArticles: batchInsert<ArticleRow>(db, (n) =>
      db.insert(articles).values(
        Array.from({ length: n }, (_, k) => {
          const r = rowPlaceholders(k)
          return {
            id: r('id'),
            sourceFile: r('sourceFile'),
            sourceSha256: r('sourceSha256'),
            sourceIndex: r('sourceIndex'),
            title: r('title'),
            byline: r('byline'),
            dateline: r('dateline'),
            publishedAt: r('publishedAt'),
            agency: r('agency'),
            url: r('url'),
            body: r('body')
          }
        })
      )
    ),
    idsByName: db
      .select({ id: entityAliases.entityId })
      .from(entityAliases)
      .where(and(eq(entityAliases.entityType, sql`${p('type')}`), eq(entityAliases.folded, p('folded'))))
      .orderBy(entityAliases.entityId)
      .prepare(),
    // A range on the alias key instead of LIKE, which SQLite would not index here.
    personNamesFrom: db
      .select({ id: entityAliases.entityId, folded: entityAliases.folded })
      .from(entityAliases)
      .where(and(eq(entityAliases.entityType, 'person'), gte(entityAliases.folded, p('lo')), lt(entityAliases.folded, p('hi'))))
      .prepare(),
    person: db.select().from(people).where(eq(people.id, p('id'))).prepare(),
    insertPerson: direct(db, db.insert(people).values({ id: p('id'), name: p('name') })),
    renamePerson: db.update(people).set({ name: sql`${p('name')}` }).where(eq(people.id, p('id'))).prepare(),
    organisation: db.select().from(organisations).where(eq(organisations.id, p('id'))).prepare(),
    insertOrganisation: db.insert(organisations).values({ id: p('id'), name: p('name'), acronym: p('acronym') }).prepare(),
    updateOrganisation: db
      .update(organisations)
      .set({ name: sql`${p('name')}`, acronym: sql`${p('acronym')}` })
      .where(eq(organisations.id, p('id')))
      .prepare(),
    seenPerson: direct(
      db,
      db
        .update(people)
        .set(seenUpdate(people))
        .where(eq(people.id, p('id')))
    ),
    seenOrganisation: direct(
      db,
      db
        .update(organisations)
        .set(seenUpdate(organisations))
        .where(eq(organisations.id, p('id')))
    ),
    linkArticle: direct(
      db,
      db
        .insert(articleEntities)
        .values({ articleId: p('articleId'), entityType: sql`${p('type')}`, entityId: p('entityId') })
        .onConflictDoNothing()
    ),
    insertName: direct(
      db,
      db
        .insert(entityNames)
        .values({ entityType: sql`${p('type')}`, entityId: p('entityId'), name: p('name'), folded: p('folded'), articleId: p('articleId') })
        .onConflictDoNothing()
    ),
    insertAlias: direct(
      db,
      db
        .insert(entityAliases)
        .values({ entityType: sql`${p('type')}`, folded: p('folded'), entityId: p('entityId'), name: p('name') })
        .onConflictDoNothing()
    ),
    insertMention: direct(
      db,
      db
        .insert(mentions)
        .values({ articleId: p('articleId'), entityType: sql`${p('type')}`, entityId: p('entityId'), start: p('start'), end: p('end'), text: p('text') })
        .onConflictDoNothing()
    ),
    insertRole: direct(db, db.insert(personRoles).values({ personId: p('personId'), role: p('role'), articleId: p('articleId') }).onConflictDoNothing()),
    insertAffiliation: direct(
      db,
      db
        .insert(personOrganisations)
        .values({ personId: p('personId'), organisationId: p('organisationId'), articleId: p('articleId') })
        .onConflictDoNothing()
    ),
    insertQuotes: batchInsert<QuoteRow>(db, (n) =>
      db
        .insert(quotes)
        .values(
          Array.from({ length: n }, (_, k) => {
            const r = rowPlaceholders(k)
            return {
              id: r('id'),
              articleId: r('articleId'),
              text: r('text'),
              kind: sql`${r('kind')}`,
              speakerType: sql`${r('speakerType')}`,
              speakerId: r('speakerId'),
              start: r('start'),
              end: r('end')
            }
          })
        )
        .onConflictDoNothing()
    ),
    insertClaims: batchInsert<ClaimRow>(db, (n) =>
      db
        .insert(claims)
        .values(
          Array.from({ length: n }, (_, k) => {
            const r = rowPlaceholders(k)
            return {
              id: r('id'),
              articleId: r('articleId'),
              text: r('text'),
              value: r('value'),
              valueMax: r('valueMax'),
              unit: r('unit'),
              qualifier: sql`${r('qualifier')}`,
              subject: r('subject'),
              category: sql`${r('category')}`,
              sourceType: sql`${r('sourceType')}`,
              sourceId: r('sourceId'),
              sentence: r('sentence'),
              start: r('start'),
              end: r('end')
            }
          })
        )
        .onConflictDoNothing()
    )
  }
}

type Statements = ReturnType<typeof prepareStatements>
const statementCache = new WeakMap<Db, Statements>()
const statementsFor = (db: Db): Statements => {
  let s = statementCache.get(db)
  if (!s) statementCache.set(db, (s = prepareStatements(db)))
  return s
}

/** The content hash of the file stored under this path, if any. */
export function storedSha256(db: Db, path: string): string | undefined {
  return statementsFor(db).fileSha.get({ path })?.sha256
}

/** What storing a file already stored with the same content does: nothing. */
export const unchangedResult = (): StoreResult => ({ status: 'unchanged', articles: 0, duplicates: 0, people: 0, organisations: 0, quotes: 0, claims: 0 })

/**
 * Stores a file's articles and facts. A file whose sha256 is already stored is left alone; a
 * changed file replaces all its articles. better-sqlite3 transactions are synchronous, so the
 * statements inside run with `.run()/.get()/.all()` rather than `await`.
 */
export function storeFile(db: Db, input: StoreInput): StoreResult {
  const st = statementsFor(db)
  return db.transaction(() => {
    const existing = st.fileSha.get({ path: input.path })
    if (existing?.sha256 === input.sha256) return unchangedResult()
    const result: StoreResult = { ...unchangedResult(), status: 'added' }
    if (existing) {
      result.status = 'replaced'
      st.deleteFile.run({ path: input.path })
    }
    st.insertFile.run({ path: input.path, sha256: input.sha256 })
    // Articles, quotes and claims are written in batches (see batchInsert), each table's rows in file order:
    // the articles first (their facts refer to them), then each article's entities, then the quotes and claims.
    // Nothing read while entities are resolved depends on the order of the tables.
    const fresh = newArticles(st, input.facts)
    result.duplicates = input.facts.length - fresh.length
    st.insertArticles.run(fresh.map(({ id, facts }) => articleRow(input, id, facts)))
    const rows: FactRows = { quotes: [], claims: [] }
    for (const { id, facts } of fresh) {
      storeArticleFacts(st, id, facts, result, rows)
      result.articles++
    }
    st.insertQuotes.run(rows.quotes)
    st.insertClaims.run(rows.claims)
    st.setFileCount.run({ path: input.path, count: result.articles })
    if (existing) deleteOrphanEntities(db)
    return result
  })
}

/** Quote and claim rows of a file's stored articles, in order. */
interface FactRows {
  quotes: QuoteRow[]
  claims: ClaimRow[]
}

/** The file's articles not stored yet (from another file, or earlier in this one), with their ids, in order. */
function newArticles(st: Statements, all: ArticleFacts[]): { id: string; facts: ArticleFacts }[] {
  const seen = new Set<string>()
  const out: { id: string; facts: ArticleFacts }[] = []
  for (const facts of all) {
    const id = articleIdFor(facts.article.body)
    if (seen.has(id) || st.articleExists.get({ id })) continue
    seen.add(id)
    out.push({ id, facts })
  }
  return out
}

function articleRow(input: StoreInput, id: string, { article: a }: ArticleFacts): ArticleRow {
  return {
    id,
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
  }
}

/** An article's entities, names, mentions, roles and affiliations; its quote and claim rows are added to `rows`. */
function storeArticleFacts(st: Statements, articleId: string, facts: ArticleFacts, result: StoreResult, rows: FactRows): void {
  const a = facts.article
  const orgIds = new Map<string, string>()
  for (const org of facts.organisations) {
    const id = resolveOrganisation(st, org)
    orgIds.set(org.key, id)
    linkEntity(st, articleId, a.publishedAt, 'organisation', id, [org.name, org.acronym, ...org.aliases], org.mentions, a.body)
    result.organisations++
  }
  const personIds = new Map<string, string>()
  for (const person of facts.people) {
    const id = resolvePerson(st, person)
    personIds.set(person.key, id)
    linkEntity(st, articleId, a.publishedAt, 'person', id, [person.name, ...person.aliases], person.mentions, a.body)
    for (const role of new Set(person.roles)) st.insertRole.run({ personId: id, role, articleId })
    for (const orgKey of new Set(person.organisationKeys)) {
      const organisationId = orgIds.get(orgKey)
      if (organisationId) st.insertAffiliation.run({ personId: id, organisationId, articleId })
    }
    result.people++
  }
  const refId = (ref: EntityRef | null): string | null => (ref ? ((ref.type === 'person' ? personIds : orgIds).get(ref.key) ?? null) : null)

  for (const q of facts.quotes) {
    const speakerId = refId(q.speaker)
    rows.quotes.push({
      id: quoteIdFor(articleId, q.start, q.end, q.kind),
      articleId,
      text: q.text,
      kind: q.kind,
      speakerType: speakerId ? q.speaker!.type : null,
      speakerId,
      start: q.start,
      end: q.end
    })
    result.quotes++
  }
  for (const c of facts.claims) {
    const sourceId = refId(c.source)
    rows.claims.push({
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
    result.claims++
  }
}

function linkEntity(
  st: Statements,
  articleId: string,
  publishedAt: string | null,
  type: EntityType,
  entityId: string,
  names: (string | null)[],
  spans: Span[],
  body: string
): void {
  // Counted once per article, even when two forms in one article resolve to the same entity.
  if (st.linkArticle.run({ articleId, type, entityId }).changes === 1) {
    ;(type === 'person' ? st.seenPerson : st.seenOrganisation).run({ id: entityId, date: publishedAt })
  }
  for (const name of new Set(names)) {
    const folded = name ? foldName(name) : ''
    if (!folded) continue
    st.insertName.run({ type, entityId, name, folded, articleId })
    st.insertAlias.run({ type, folded, entityId, name })
  }
  for (const s of spans) st.insertMention.run({ articleId, type, entityId, start: s.start, end: s.end, text: body.slice(s.start, s.end) })
}

/** Entity ids already known under this name (folded). */
function idsByName(st: Statements, type: EntityType, name: string): string[] {
  const folded = foldName(name)
  return folded ? st.idsByName.all({ type, folded }).map((r) => r.id) : []
}

/**
 * The same person across articles is one row: matched by full name; else by a longer or shorter
 * form with the same first and last name ("Rafael Grossi" and "Rafael Mariano Grossi"); else,
 * for a one-word name ("Schmale"), by an alias that only one known person carries.
 */
function resolvePerson(st: Statements, person: PersonFact): string {
  const candidates = idsByName(st, 'person', person.name)
  let id = person.name.includes(' ') || candidates.length === 1 ? candidates[0] : undefined
  id ??= sameFirstAndLastName(st, person.name)
  id ??= slugify(person.name) || `person-${shortHash(person.name)}`
  const row = st.person.get({ id })
  if (!row) st.insertPerson.run({ id, name: person.name })
  else if (person.name.length > row.name.length && compatibleNames(foldName(person.name), foldName(row.name))) {
    st.renamePerson.run({ id, name: person.name })
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

function sameFirstAndLastName(st: Statements, name: string): string | undefined {
  const folded = foldName(name)
  const first = folded.split(' ')[0]
  if (!first || !folded.includes(' ')) return undefined
  const rows = st.personNamesFrom.all({ lo: `${first} `, hi: `${first}!` })
  const ids = new Set(rows.filter((r) => compatibleNames(r.folded, folded)).map((r) => r.id))
  return ids.size === 1 ? [...ids][0] : undefined
}

/**
 * The same organisation across articles is one row: matched by full name or alias, and by
 * acronym ("OHCHR" and "Office of the United Nations High Commissioner for Human Rights") when no
 * full name contradicts it.
 */
function resolveOrganisation(st: Statements, org: OrganisationFact): string {
  let id: string | undefined
  for (const form of [org.name, ...org.aliases]) {
    id = idsByName(st, 'organisation', form)[0]
    if (id) break
  }
  // By acronym only when one side knows no full name: "ICC" is two courts' and a chamber's.
  if (!id && org.acronym) {
    id = idsByName(st, 'organisation', org.acronym).find((candidate) => {
      const known = st.organisation.get({ id: candidate })
      return !known || org.name === org.acronym || known.name === known.acronym || foldName(known.name) === foldName(org.name)
    })
  }
  if (!id) {
    id = org.key || slugify(org.name)
    const taken = st.organisation.get({ id })
    // Two different bodies can share an acronym; keep them apart when both full names are known.
    if (taken && taken.name !== taken.acronym && org.name !== org.acronym && foldName(taken.name) !== foldName(org.name)) {
      id = slugify(org.name)
    }
  }
  const row = st.organisation.get({ id })
  if (!row) st.insertOrganisation.run({ id, name: org.name, acronym: org.acronym })
  else {
    const nameIsOnlyAcronym = row.name === row.acronym || (row.acronym === null && row.name === org.acronym)
    const name = nameIsOnlyAcronym && org.name !== org.acronym ? org.name : row.name
    const acronym = row.acronym ?? org.acronym
    if (name !== row.name || acronym !== row.acronym) st.updateOrganisation.run({ id, name, acronym })
  }
  return id
}

/** After a file is replaced: entities no article mentions any more are removed, and the roll-ups (claim summaries too) recounted. */
function deleteOrphanEntities(db: Db): void {
  db.run(sql`DELETE FROM people WHERE id NOT IN (SELECT entity_id FROM article_entities WHERE entity_type = 'person')`)
  db.run(sql`DELETE FROM organisations WHERE id NOT IN (SELECT entity_id FROM article_entities WHERE entity_type = 'organisation')`)
  db.run(sql`DELETE FROM person_roles WHERE person_id NOT IN (SELECT id FROM people)`)
  db.run(sql`DELETE FROM person_organisations WHERE person_id NOT IN (SELECT id FROM people) OR organisation_id NOT IN (SELECT id FROM organisations)`)
  for (const [table, type] of [['people', 'person'], ['organisations', 'organisation']] as const) {
    db.run(
      sql.raw(
        `UPDATE ${table} SET article_count = (SELECT count(*) FROM article_entities e WHERE e.entity_type = '${type}' AND e.entity_id = ${table}.id), ` +
          `first_seen = (SELECT min(a.published_at) FROM article_entities e JOIN articles a ON a.id = e.article_id WHERE e.entity_type = '${type}' AND e.entity_id = ${table}.id), ` +
          `last_seen = (SELECT max(a.published_at) FROM article_entities e JOIN articles a ON a.id = e.article_id WHERE e.entity_type = '${type}' AND e.entity_id = ${table}.id)`
      )
    )
  }
  rebuildClaimSummaries(db)
  // entity_names is keyed by article, so the forms still carried are listed once rather than looked up per alias
  db.run(sql`DELETE FROM entity_aliases WHERE (entity_type, entity_id, folded) NOT IN (SELECT entity_type, entity_id, folded FROM entity_names)`)
}
