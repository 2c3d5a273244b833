import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DbHandle } from '../../src/db/client.js'
import { getStats } from '../../src/db/queries/stats.js'
import { ingestPaths } from '../../src/ingest.js'
import { useTempDb } from '../helpers.js'

const FIXTURES = ['test/fixtures/un-news-ukraine-fifth-year-general-assembly.txt', 'test/fixtures/polygraph-rukban-al-tanf.txt', 'test/fixtures/000_b8a49620419f854f.txt']

/** What /v1/stats must say, counted the slow way. */
function counted(h: DbHandle) {
  const n = (table: string) => (h.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n
  const range = h.sqlite.prepare('select min(published_at) as first, max(published_at) as last from articles').get() as { first: string | null; last: string | null }
  return {
    sourceFiles: n('source_files'),
    articles: n('articles'),
    people: n('people'),
    organisations: n('organisations'),
    quotes: n('quotes'),
    claims: n('claims'),
    firstPublished: range.first,
    lastPublished: range.last
  }
}

describe('the table totals /v1/stats reads, kept by triggers', () => {
  let ctx: { dir: string; h: DbHandle }
  useTempDb((c) => (ctx = c))

  it('are zero and dateless on an empty database', async () => {
    expect(await getStats(ctx.h.db)).toEqual({ sourceFiles: 0, articles: 0, people: 0, organisations: 0, quotes: 0, claims: 0, firstPublished: null, lastPublished: null })
  })

  it('equal the rows of every table after an ingest', async () => {
    await ingestPaths(ctx.h.db, FIXTURES)
    const expected = counted(ctx.h)
    expect(expected.quotes).toBeGreaterThan(0)
    expect(await getStats(ctx.h.db)).toEqual(expected)
  })

  it('follow a replaced file and an ingest of the same file again', async () => {
    const path = join(ctx.dir, 'article.txt')
    copyFileSync(FIXTURES[0]!, path)
    await ingestPaths(ctx.h.db, [path, FIXTURES[1]!])
    // fewer quotes and figures in the new version: the cascade deletes rows one by one
    writeFileSync(path, readFileSync(path, 'utf8').replace(/["“”]/g, '').replace(/\d[\d,.]*/g, 'some'))
    await ingestPaths(ctx.h.db, [path])
    await ingestPaths(ctx.h.db, [path, FIXTURES[1]!])
    expect(await getStats(ctx.h.db)).toEqual(counted(ctx.h))
  })
})
