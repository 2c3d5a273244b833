import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DbHandle } from '../../src/db/client.js'
import { listClaims } from '../../src/db/queries/claims.js'
import { listQuotes } from '../../src/db/queries/quotes.js'
import { TOTAL_LIMIT } from '../../src/db/queries/pagination.js'
import { ingestPaths } from '../../src/ingest.js'
import { useTempDb } from '../helpers.js'

const FIXTURES = ['test/fixtures/un-news-ukraine-fifth-year-general-assembly.txt', 'test/fixtures/polygraph-rukban-al-tanf.txt', 'test/fixtures/000_b8a49620419f854f.txt']

/** Each entity's quotes and claims counted from the fact tables, as the triggers must keep them. */
function counted(h: DbHandle) {
  const rows = (table: string, type: string) =>
    h.sqlite
      .prepare(
        `select id, quote_count as quotes, claim_count as claims,
           (select count(*) from quotes where speaker_type = '${type}' and speaker_id = e.id) as countedQuotes,
           (select count(*) from claims where source_type = '${type}' and source_id = e.id) as countedClaims
         from ${table} e order by id`
      )
      .all() as { id: string; quotes: number; claims: number; countedQuotes: number; countedClaims: number }[]
  return [...rows('people', 'person'), ...rows('organisations', 'organisation')]
}

describe('quote and claim counts kept on people and organisations', () => {
  let ctx: { dir: string; h: DbHandle }
  useTempDb((c) => (ctx = c))

  it('equal the quotes each entity speaks and the claims it is the source of', async () => {
    await ingestPaths(ctx.h.db, FIXTURES)
    const rows = counted(ctx.h)
    expect(rows.some((r) => r.quotes > 0) && rows.some((r) => r.claims > 0)).toBe(true)
    for (const r of rows) expect([r.id, r.quotes, r.claims]).toEqual([r.id, r.countedQuotes, r.countedClaims])
  })

  it('drop the facts of a replaced file', async () => {
    const path = join(ctx.dir, 'article.txt')
    copyFileSync(FIXTURES[0]!, path)
    await ingestPaths(ctx.h.db, [path, FIXTURES[1]!])
    // the same file without its quotation marks and figures: fewer quotes and claims to count
    writeFileSync(path, readFileSync(path, 'utf8').replace(/["“”]/g, '').replace(/\d[\d,.]*/g, 'some'))
    await ingestPaths(ctx.h.db, [path])
    for (const r of counted(ctx.h)) expect([r.id, r.quotes, r.claims]).toEqual([r.id, r.countedQuotes, r.countedClaims])
  })

  it('are the totals of lists filtered by speaker or source alone, exact beyond the counting limit', async () => {
    await ingestPaths(ctx.h.db, FIXTURES)
    const speaker = ctx.h.sqlite.prepare("select speaker_id as id from quotes where speaker_type = 'person' group by 1 order by count(*) desc limit 1").get() as { id: string }
    const articleId = (ctx.h.sqlite.prepare('select id from articles limit 1').get() as { id: string }).id
    // more quotes than a count goes up to, written directly: the trigger counts them as the ingest's
    const insert = ctx.h.sqlite.prepare("insert into quotes (id, article_id, text, kind, speaker_type, speaker_id, start, end) values (?, ?, 'more', 'direct', 'person', ?, ?, ?)")
    ctx.h.sqlite.transaction(() => {
      for (let i = 0; i < TOTAL_LIMIT + 5; i++) insert.run(`q_more_${i}`, articleId, speaker.id, i, i + 1)
    })()
    const expected = (ctx.h.sqlite.prepare("select count(*) as n from quotes where speaker_type = 'person' and speaker_id = ?").get(speaker.id) as { n: number }).n
    const bySpeakerId = await listQuotes(ctx.h.db, { limit: 5, speakerId: speaker.id })
    expect(bySpeakerId.page).toMatchObject({ total: expected, totalExact: true })
    // with another filter the rows are counted again, up to the limit
    const withKind = await listQuotes(ctx.h.db, { limit: 5, speakerId: speaker.id, kind: 'direct' })
    expect(withKind.page).toMatchObject({ total: TOTAL_LIMIT, totalExact: false })

    const source = ctx.h.sqlite.prepare("select s.name, c.source_id as id, count(*) as n from claims c join organisations s on s.id = c.source_id where c.source_type = 'organisation' group by 2 order by 3 desc limit 1").get() as { name: string; id: string; n: number }
    const bySource = await listClaims(ctx.h.db, { limit: 5, source: source.name })
    expect(bySource.page).toMatchObject({ total: source.n, totalExact: true })
    expect(bySource.data.length).toBe(Math.min(5, source.n))
    const unknown = await listClaims(ctx.h.db, { limit: 5, source: 'No Such Organisation Anywhere' })
    expect(unknown.page).toMatchObject({ total: 0, totalExact: true })
  })
})
