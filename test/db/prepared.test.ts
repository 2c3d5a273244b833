import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openReadOnly, openWritable, type DbHandle } from '../../src/db/client.js'
import { listClaims } from '../../src/db/queries/claims.js'
import { Params, withRowMapper } from '../../src/db/queries/prepared.js'
import { articles, claims } from '../../src/db/schema.js'
import { count, eq, sql, sum } from 'drizzle-orm'
import { ingestPaths } from '../../src/ingest.js'
import { tempDir } from '../helpers.js'

/** A read-only connection to two ingested fixtures, for the describe block it is called in. */
function useIngestedReader(onReady: (reader: DbHandle) => void): void {
  const { dir, cleanup } = tempDir()
  let reader: DbHandle | undefined
  beforeAll(async () => {
    const writer = openWritable(join(dir, 'facts.db'))
    await ingestPaths(writer.db, ['test/fixtures/un-news-ukraine-fifth-year-general-assembly.txt', 'test/fixtures/polygraph-rukban-al-tanf.txt'])
    writer.close()
    reader = openReadOnly(join(dir, 'facts.db'))
    onReady(reader)
  })
  afterAll(() => {
    reader?.close()
    cleanup()
  })
}

describe('Params', () => {
  it('names the shape of a query by the parameters bound, in order', () => {
    const p = new Params()
    p.bind('unit', 'people')
    p.bind('limit', 51)
    expect(p.shape).toBe('unit,limit')
    expect(p.values).toEqual({ unit: 'people', limit: 51 })
  })

  it('refuses a name bound twice, which would make two shapes look alike', () => {
    const p = new Params()
    p.bind('q', 'a')
    expect(() => p.bind('q', 'b')).toThrow(/bound twice/)
  })
})

describe('a query shape prepared once and run with other values', () => {
  let reader: DbHandle
  useIngestedReader((r) => (reader = r))

  it('answers each value with its own rows', async () => {
    const all = (await listClaims(reader.db, { limit: 500 })).data
    const categories = [...new Set(all.map((c) => c.category))]
    expect(categories.length).toBeGreaterThan(1)
    for (const round of [1, 2])
      for (const category of categories) {
        const page = await listClaims(reader.db, { limit: 500, category })
        expect(page.data.map((c) => c.id), `round ${round}, ${category}`).toEqual(all.filter((c) => c.category === category).map((c) => c.id))
        expect(page.page.total).toBe(page.data.length)
      }
  })
})

describe('rows of a prepared select, mapped once per query', () => {
  let reader: DbHandle
  useIngestedReader((r) => (reader = r))

  it('are the objects drizzle makes: columns, SQL expressions, aliases and .mapWith() decoders, nulls included', () => {
    const db = reader.db
    const query = db
      .select({
        id: claims.id,
        unit: claims.unit,
        valueMax: claims.valueMax,
        publishedAt: articles.publishedAt,
        doubled: sql<number>`${claims.value} * 2`,
        asText: sql<string>`cast(${claims.value} as text)`.mapWith((v: string) => `#${v}`),
        one: sql<number>`1`.as('one')
      })
      .from(claims)
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .where(eq(claims.articleId, sql.placeholder('articleId')))
      .prepare()
    const articleId = (reader.sqlite.prepare('select article_id as id from claims limit 1').get() as { id: string }).id
    const expected = query.all({ articleId })
    expect(expected.some((r) => r.unit === null) && expected.some((r) => r.valueMax === null)).toBe(true)
    const mapped = withRowMapper(query)
    expect(mapped.all({ articleId })).toEqual(expected)
    expect(mapped.get({ articleId })).toEqual(query.get({ articleId }))
    expect(mapped.get({ articleId: 'no such article' })).toBeUndefined()
  })

  it('leaves nested selections and aggregates to drizzle, with the same result', () => {
    const db = reader.db
    const nested = db.select({ claim: { id: claims.id }, total: count() }).from(claims).groupBy(claims.id).limit(3).prepare()
    expect(withRowMapper(nested)).toBe(nested)
    const aggregate = db.select({ n: count(), total: sum(claims.value).mapWith(Number) }).from(claims).prepare()
    expect(withRowMapper(aggregate).get()).toEqual(aggregate.get())
  })
})
