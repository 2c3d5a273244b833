/** The drizzle schema: every table of the facts database, the single source of the SQL shape. */
import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/** One row per ingested input file: what makes a re-ingest idempotent. */
export const sourceFiles = sqliteTable('source_files', {
  path: text('path').primaryKey(),
  sha256: text('sha256').notNull(),
  /** Articles stored from this file (an article already stored from another file is not counted). */
  articleCount: integer('article_count').notNull()
})

export const articles = sqliteTable(
  'articles',
  {
    id: text('id').primaryKey(),
    sourceFile: text('source_file')
      .notNull()
      .references(() => sourceFiles.path, { onDelete: 'cascade' }),
    sourceSha256: text('source_sha256').notNull(),
    sourceIndex: integer('source_index').notNull(),
    title: text('title'),
    byline: text('byline'),
    dateline: text('dateline'),
    // ISO date; '' is never stored, NULL means the text states no date.
    publishedAt: text('published_at'),
    agency: text('agency'),
    url: text('url'),
    body: text('body').notNull()
  },
  (t) => [
    index('articles_source_idx').on(t.sourceFile, t.sourceIndex),
    index('articles_published_idx').on(t.publishedAt, t.id)
  ]
)

/**
 * Kept by the ingest, not counted per request: a list of organisations would otherwise count
 * and date thousands of mentions for every row of every page.
 */
function seenColumns() {
  return {
    articleCount: integer('article_count').notNull().default(0),
    firstSeen: text('first_seen'),
    lastSeen: text('last_seen'),
    // Kept by triggers on quotes and claims (migration 0015): the totals of ?speaker= and ?source=
    // lists, exact at any size without counting the rows.
    /** Quotes this entity is the speaker of. */
    quoteCount: integer('quote_count').notNull().default(0),
    /** Claims this entity is the source of. */
    claimCount: integer('claim_count').notNull().default(0)
  }
}

export const people = sqliteTable(
  'people',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    ...seenColumns()
  },
  // Lists walk this index in order and stop at the page size, so per-row counts run for one page.
  (t) => [index('people_name_idx').on(t.name, t.id)]
)

export const organisations = sqliteTable(
  'organisations',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    acronym: text('acronym'),
    ...seenColumns()
  },
  (t) => [index('organisations_name_idx').on(t.name, t.id)]
)

/**
 * Every form under which an entity appears, per article: the canonical name, aliases and
 * acronyms, with `folded`, their case- and accent-insensitive key. Written by the ingest and
 * read only when a replaced file's articles are gone, to drop the forms (entity_aliases) no
 * article carries any more. Keyed by article first: an article's rows sit together, so storing
 * one touches a page or two of this table, where a key by entity touched a page per name.
 */
export const entityNames = sqliteTable(
  'entity_names',
  {
    entityType: text('entity_type', { enum: ['person', 'organisation'] }).notNull(),
    entityId: text('entity_id').notNull(),
    name: text('name').notNull(),
    folded: text('folded').notNull(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' })
  },
  (t) => [primaryKey({ columns: [t.articleId, t.entityType, t.entityId, t.folded] })]
)

/**
 * One row per (form, entity), whatever the number of articles: the lookup behind `speaker=`,
 * `source=` and the ingest's cross-article merging, which must not grow with the corpus.
 */
export const entityAliases = sqliteTable(
  'entity_aliases',
  {
    entityType: text('entity_type', { enum: ['person', 'organisation'] }).notNull(),
    folded: text('folded').notNull(),
    entityId: text('entity_id').notNull(),
    /** The form as first written, for display. */
    name: text('name').notNull().default('')
  },
  (t) => [
    primaryKey({ columns: [t.entityType, t.folded, t.entityId] }),
    index('entity_aliases_entity_idx').on(t.entityType, t.entityId),
    // speaker= and source= look a form up whatever the entity type
    index('entity_aliases_folded_idx').on(t.folded, t.entityType, t.entityId)
  ]
)

/** Which entities an article mentions: the join behind `?articleId=` and the article counts. */
export const articleEntities = sqliteTable(
  'article_entities',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    entityType: text('entity_type', { enum: ['person', 'organisation'] }).notNull(),
    entityId: text('entity_id').notNull()
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.entityType, t.entityId] }),
    index('article_entities_entity_idx').on(t.entityType, t.entityId)
  ]
)

/**
 * Character offsets of every mention of an entity in an article body, keyed by article. No query
 * reads them by entity, so they have no index by entity: at 9k articles it was 7 of the 110 pages storing
 * an article wrote.
 */
export const mentions = sqliteTable(
  'mentions',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    entityType: text('entity_type', { enum: ['person', 'organisation'] }).notNull(),
    entityId: text('entity_id').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    text: text('text').notNull()
  },
  (t) => [primaryKey({ columns: [t.articleId, t.start, t.end, t.entityType] })]
)

/** Roles and affiliations of a person, with the article each comes from. */
export const personRoles = sqliteTable(
  'person_roles',
  {
    personId: text('person_id').notNull(),
    role: text('role').notNull(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' })
  },
  (t) => [primaryKey({ columns: [t.personId, t.role, t.articleId] })]
)

export const personOrganisations = sqliteTable(
  'person_organisations',
  {
    personId: text('person_id').notNull(),
    organisationId: text('organisation_id').notNull(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' })
  },
  (t) => [primaryKey({ columns: [t.personId, t.organisationId, t.articleId] })]
)

export const quotes = sqliteTable(
  'quotes',
  {
    id: text('id').primaryKey(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    kind: text('kind', { enum: ['direct', 'interview', 'indirect'] }).notNull(),
    speakerType: text('speaker_type', { enum: ['person', 'organisation'] }),
    speakerId: text('speaker_id'),
    start: integer('start').notNull(),
    end: integer('end').notNull()
  },
  (t) => [
    index('quotes_article_idx').on(t.articleId, t.start, t.id),
    // speaker_id first because ?speakerId= has no type; the type second so that ?speaker= (type and
    // id) is answered from the index alone, counts included.
    index('quotes_speaker_idx').on(t.speakerId, t.speakerType, t.articleId, t.start, t.id),
    check('quotes_span_check', sql`${t.start} >= 0 AND ${t.end} >= ${t.start}`)
  ]
)

export const claims = sqliteTable(
  'claims',
  {
    id: text('id').primaryKey(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    value: real('value').notNull(),
    valueMax: real('value_max'),
    unit: text('unit'),
    qualifier: text('qualifier', {
      enum: ['exact', 'at_least', 'more_than', 'about', 'almost', 'up_to', 'range']
    }).notNull(),
    subject: text('subject').notNull(),
    category: text('category', {
      enum: ['killed', 'injured', 'detained', 'displaced', 'in_need', 'attacks', 'money', 'percent', 'duration', 'other']
    }).notNull(),
    sourceType: text('source_type', { enum: ['person', 'organisation'] }),
    sourceId: text('source_id'),
    sentence: text('sentence').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull()
  },
  (t) => [
    index('claims_article_idx').on(t.articleId, t.start, t.id),
    index('claims_source_idx').on(t.sourceId, t.sourceType, t.articleId, t.start, t.id), // as quotes_speaker_idx
    index('claims_category_idx').on(t.category, t.articleId, t.start, t.id),
    index('claims_value_idx').on(t.value, t.id),
    // covers the summary's group keys and aggregates without touching the table
    index('claims_summary_idx').on(t.category, t.unit, t.value, t.sourceId, t.qualifier),
    check('claims_span_check', sql`${t.start} >= 0 AND ${t.end} >= ${t.start}`)
  ]
)

/**
 * Count, sum, min and max of claim values per grouping, key and unit: a trigger adds every new
 * claim (migration 0011) and a replaced file rebuilds them, so the unfiltered
 * /v1/claims/summary reads these few rows instead of every claim. '' stands for "none" in the
 * key columns, because a primary key treats NULLs as all different.
 */
export const claimSummaries = sqliteTable(
  'claim_summaries',
  {
    groupBy: text('group_by', { enum: ['source', 'category', 'unit', 'month', 'qualifier'] }).notNull(),
    key: text('key').notNull(),
    /** The entity type of a source key; '' for the other groupings. */
    keyType: text('key_type').notNull(),
    unit: text('unit').notNull(),
    claimCount: integer('claim_count').notNull(),
    valueSum: real('value_sum').notNull(),
    valueMin: real('value_min').notNull(),
    valueMax: real('value_max').notNull()
  },
  (t) => [primaryKey({ columns: [t.groupBy, t.key, t.keyType, t.unit] })]
)

/**
 * One row: a random token that a trigger replaces whenever an input file is added, replaced or
 * removed (migration 0013). The API's ETags are derived from it and the request, so a response
 * need not be hashed to be revalidated.
 */
export const contentVersion = sqliteTable('content_version', {
  id: integer('id').primaryKey(),
  version: text('version').notNull()
})

/**
 * Rows in each fact table, kept by triggers (migration 0017): /v1/stats reads them instead of counting
 * millions of quotes and claims on every request.
 */
export const tableCounts = sqliteTable('table_counts', {
  name: text('name').primaryKey(),
  rows: integer('rows').notNull()
})

export type ArticleRow = typeof articles.$inferSelect
export type QuoteRow = typeof quotes.$inferSelect
export type ClaimRow = typeof claims.$inferSelect
