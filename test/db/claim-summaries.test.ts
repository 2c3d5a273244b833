import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DbHandle } from '../../src/db/client.js'
import { summariseClaims, type ClaimGroupRow } from '../../src/db/queries/claims.js'
import { ingestPaths } from '../../src/ingest.js'
import { useTempDb } from '../helpers.js'

const GROUPINGS = ['source', 'category', 'unit', 'month', 'qualifier'] as const
const FIXTURES = ['test/fixtures/un-news-ukraine-fifth-year-general-assembly.txt', 'test/fixtures/polygraph-rukban-al-tanf.txt', 'test/fixtures/000_b8a49620419f854f.txt']

// Sums kept row by row and sums of a fresh aggregate may differ in the last bits.
const rounded = (rows: ClaimGroupRow[]) => rows.map((r) => ({ ...r, sum: Number(r.sum.toPrecision(12)) }))

/** A filter that matches every claim forces the live aggregate over the claims table. */
const live = (h: DbHandle, groupBy: (typeof GROUPINGS)[number]) => summariseClaims(h.db, groupBy, { min: -Number.MAX_VALUE })
const stored = (h: DbHandle, groupBy: (typeof GROUPINGS)[number]) => summariseClaims(h.db, groupBy, {})

describe('the unfiltered claims summary, kept by the ingest', () => {
  let ctx: { dir: string; h: DbHandle }
  useTempDb((c) => (ctx = c))

  it.each(GROUPINGS)('by %s equals the aggregate over every claim', async (groupBy) => {
    await ingestPaths(ctx.h.db, FIXTURES)
    const expected = await live(ctx.h, groupBy)
    expect(expected.length).toBeGreaterThan(0)
    expect(rounded(await stored(ctx.h, groupBy))).toEqual(rounded(expected))
  })

  it('drops the claims of a replaced file, minimum and maximum included', async () => {
    const path = join(ctx.dir, 'article.txt')
    copyFileSync(FIXTURES[0]!, path)
    await ingestPaths(ctx.h.db, [path, FIXTURES[1]!])
    const before = await stored(ctx.h, 'unit')
    // The same file with every figure gone but one: the old extremes must not survive.
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\d[\d,.]*/g, 'some') + '\nThe agency said 7 people were hurt.\n')
    await ingestPaths(ctx.h.db, [path])
    const after = await stored(ctx.h, 'unit')
    expect(after).not.toEqual(before)
    for (const groupBy of GROUPINGS) expect(rounded(await stored(ctx.h, groupBy))).toEqual(rounded(await live(ctx.h, groupBy)))
  })
})
