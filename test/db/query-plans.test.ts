/**
 * EXPLAIN QUERY PLAN of the main queries: none may read a big table (claims, quotes, articles,
 * people) from end to end. The SQL is the real query functions' own, captured with drizzle's
 * logger while they run against a migrated database holding the fixture articles; the plans do
 * not depend on the amount of data (the app never runs ANALYZE), so they are the plans a
 * 100k-article database gets.
 *
 * Rules:
 *  - a filtered list (by source, category, speaker, article, id) must reach the big table with
 *    SEARCH, an index seek: a "SCAN claims USING INDEX …" walks the whole index and costs O(table);
 *  - a keyset page of a sorted list must seek to the cursor in an index in the sort order (SEARCH,
 *    no "USE TEMP B-TREE FOR ORDER BY"), so page 1,000 costs what page 1 costs;
 *  - the unfiltered total of a list (a count) may scan a covering index, never the table.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openWritable, type Db } from '../../src/db/client.js'
import { getArticle } from '../../src/db/queries/articles.js'
import { listClaims } from '../../src/db/queries/claims.js'
import { encodeCursor } from '../../src/db/queries/pagination.js'
import { listPeople } from '../../src/db/queries/people.js'
import { listQuotes } from '../../src/db/queries/quotes.js'
import { search } from '../../src/db/queries/search.js'
import * as schema from '../../src/db/schema.js'
import { ingestPaths } from '../../src/ingest.js'
import { tempDir } from '../helpers.js'

const BIG_TABLES = ['claims', 'quotes', 'articles', 'people']
const FIXTURES = 'test/fixtures'

interface Captured {
  sql: string
  params: unknown[]
}

let cleanup: () => void
let sqlite: Database.Database
let db: Db
let captured: Captured[] = []
/** Ids and names that exist in the fixture database. */
let known: { articleId: string; sourceId: string; sourceName: string; speaker: string; claim: { value: number; id: string } }

beforeAll(() => {
  const tmp = tempDir()
  cleanup = tmp.cleanup
  const dbPath = join(tmp.dir, 'facts.db')
  const writer = openWritable(dbPath)
  const files = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(FIXTURES, f))
  const outcomes = ingestPaths(writer.db, files)
  writer.close()
  expect(outcomes.filter((o) => !o.ok)).toEqual([])
  sqlite = new Database(dbPath, { readonly: true, fileMustExist: true })
  db = drizzle(sqlite, { schema, logger: { logQuery: (sql, params) => void captured.push({ sql, params }) } })
  const one = <T>(q: string): T => {
    const row = sqlite.prepare(q).get() as T | undefined
    if (!row) throw new Error(`the fixture database has no row for: ${q}`)
    return row
  }
  const source = one<{ id: string; name: string }>(
    `select o.id, coalesce(o.acronym, o.name) as name from claims c join organisations o on o.id = c.source_id
     where c.source_type = 'organisation' group by o.id order by count(*) desc, o.id limit 1`
  )
  known = {
    articleId: one<{ id: string }>('select article_id as id from quotes group by article_id order by count(*) desc limit 1').id,
    sourceId: source.id,
    sourceName: source.name,
    speaker: one<{ name: string }>(
      `select p.name from quotes q join people p on p.id = q.speaker_id where q.speaker_type = 'person' group by p.id order by count(*) desc limit 1`
    ).name,
    claim: one<{ value: number; id: string }>('select value, id from claims order by value, id limit 1 offset 10')
  }
})

afterAll(() => {
  sqlite?.close()
  cleanup?.()
})

/** Runs a real query function and returns the plan of every statement it sent, one line per plan step. */
async function plansOf(run: () => Promise<unknown>): Promise<{ sql: string; plan: string[] }[]> {
  captured = []
  await run()
  expect(captured.length).toBeGreaterThan(0)
  return captured.map((c) => ({
    sql: c.sql,
    plan: (sqlite.prepare(`EXPLAIN QUERY PLAN ${c.sql}`).all(...c.params) as { detail: string }[]).map((r) => r.detail)
  }))
}

const tableOf = (step: string): string | undefined => step.match(/^(?:SCAN|SEARCH) (\w+)/)?.[1]
const isBig = (step: string): boolean => BIG_TABLES.includes(tableOf(step) ?? '')
/** "SCAN claims" with no index: the table itself, row by row. */
const tableScans = (plan: string[]): string[] => plan.filter((s) => isBig(s) && s.startsWith('SCAN ') && !/USING (COVERING )?INDEX/.test(s))
/** Any SCAN of a big table, through an index or not: O(table) for a filtered query. */
const anyScans = (plan: string[]): string[] => plan.filter((s) => isBig(s) && s.startsWith('SCAN '))

/** Every statement of a filtered query reaches the big tables by index seeks only. */
async function expectSeeksOnly(run: () => Promise<unknown>): Promise<void> {
  for (const { sql, plan } of await plansOf(run)) {
    expect({ sql, scans: anyScans(plan) }).toEqual({ sql, scans: [] })
  }
}

describe('query plans of the main queries (no full scan of a big table)', () => {
  it('claims by source name', async () => {
    await expectSeeksOnly(() => listClaims(db, { limit: 50, source: known.sourceName }))
  })

  it('claims by source id', async () => {
    await expectSeeksOnly(() => listClaims(db, { limit: 50, sourceId: known.sourceId }))
  })

  it('claims by category', async () => {
    await expectSeeksOnly(() => listClaims(db, { limit: 50, category: 'killed' }))
  })

  it('quotes by speaker', async () => {
    await expectSeeksOnly(() => listQuotes(db, { limit: 50, speaker: known.speaker }))
  })

  it('quotes by article', async () => {
    await expectSeeksOnly(() => listQuotes(db, { limit: 50, articleId: known.articleId }))
  })

  it('article by id', async () => {
    await expectSeeksOnly(() => getArticle(db, known.articleId))
  })

  it('people by article', async () => {
    await expectSeeksOnly(() => listPeople(db, { limit: 50, articleId: known.articleId }))
  })

  it.each(['civilians', 'civilians killed', 'ukrain*'])('search for %j reads FTS5 matches and looks rows up by rowid', async (q) => {
    const plans = await plansOf(() => search(db, { q, types: ['article', 'quote', 'claim'], limit: 50 }))
    for (const { sql, plan } of plans) {
      // the only scans allowed: of an FTS5 index, and of the rows it returned (subqueries)
      const scans = plan.filter((s) => s.startsWith('SCAN ') && !/VIRTUAL TABLE|^SCAN (c|\(subquery-\d+\))$/.test(s))
      expect({ sql, scans }).toEqual({ sql, scans: [] })
    }
  })

  it('keyset page of claims sorted by value seeks to the cursor in a (value, id) index', async () => {
    const cursor = encodeCursor([known.claim.value, known.claim.id])
    const [rows, total] = await plansOf(() => listClaims(db, { limit: 50, sort: 'value', cursor }))
    expect(rows).toBeDefined()
    // SEARCH, not SCAN: "SCAN claims USING INDEX (value, id)" would walk every row before the
    // cursor, so page 1,000 would read 50,000 index entries; no sort of the matching rows either.
    expect({ sql: rows!.sql, scans: anyScans(rows!.plan), sorts: rows!.plan.filter((s) => s.includes('TEMP B-TREE FOR ORDER BY')) }).toEqual({
      sql: rows!.sql,
      scans: [],
      sorts: []
    })
    // the total over all claims is a count: a covering index may be scanned, the table may not
    expect({ sql: total?.sql, tableScans: tableScans(total?.plan ?? []) }).toEqual({ sql: total?.sql, tableScans: [] })
  })
})
