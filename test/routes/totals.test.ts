import { join } from 'node:path'
import supertest from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/app.js'
import { openReadOnly, openWritable } from '../../src/db/client.js'
import { TOTAL_LIMIT } from '../../src/db/queries/pagination.js'
import { SEARCH_CANDIDATES } from '../../src/db/queries/search.js'
import { ingestPaths } from '../../src/ingest.js'
import { SEED_FILE, tempDir } from '../helpers.js'

/**
 * A database with more people than totals count and more quotes matching a word than search
 * ranks: rows are written directly, because ingesting ten thousand articles would take minutes.
 */
describe('totals that stay cheap on a large corpus', () => {
  const { dir, cleanup } = tempDir()
  const dbPath = join(dir, 'facts.db')
  let close = async () => {}
  let http: () => ReturnType<typeof supertest>

  beforeAll(async () => {
    const writer = openWritable(dbPath)
    await ingestPaths(writer.db, [SEED_FILE])
    const articleId = (writer.sqlite.prepare('select id from articles limit 1').get() as { id: string }).id
    const insertPerson = writer.sqlite.prepare("insert into people (id, name) values (?, ?)")
    const insertQuote = writer.sqlite.prepare("insert into quotes (id, article_id, text, kind, start, end) values (?, ?, ?, 'direct', ?, ?)")
    writer.sqlite.transaction(() => {
      for (let i = 0; i < TOTAL_LIMIT + 5; i++) insertPerson.run(`bulk-${i}`, `Bulk Person ${i}`)
      for (let i = 0; i < SEARCH_CANDIDATES + 5; i++) insertQuote.run(`q_bulk_${i}`, articleId, `the zanzibarite quote number ${i}`, i, i + 1)
    })()
    writer.close()
    const reader = openReadOnly(dbPath)
    const app = await buildApp({ db: reader.db })
    await app.ready()
    http = () => supertest(app.server)
    close = async () => {
      await app.close()
      reader.close()
    }
  })
  afterAll(async () => {
    await close()
    cleanup()
  })

  it(`counts a list up to ${TOTAL_LIMIT} and then says the total is a lower bound`, async () => {
    const res = await http().get('/v1/people?limit=1').expect(200)
    expect(res.body.page).toMatchObject({ total: TOTAL_LIMIT, totalExact: false })
  })

  it('gives exact totals below the limit', async () => {
    const res = await http().get('/v1/people?q=bulk%20person%2012&limit=1').expect(200)
    expect(res.body.page).toMatchObject({ totalExact: true })
    expect(res.body.page.total).toBeLessThan(TOTAL_LIMIT)
  })

  it(`ranks the ${SEARCH_CANDIDATES} newest matches of a kind and says there are more`, async () => {
    const first = await http().get('/v1/search?q=zanzibarite&type=quote&limit=500').expect(200)
    expect(first.body.page).toMatchObject({ total: SEARCH_CANDIDATES, totalExact: false })
    expect(first.body.data[0].snippet).toContain('[zanzibarite]')
    const ids = new Set<string>(first.body.data.map((h: { id: string }) => h.id))
    const second = await http().get(`/v1/search?q=zanzibarite&type=quote&limit=500&cursor=${first.body.page.nextCursor}`).expect(200)
    for (const h of second.body.data) ids.add(h.id)
    expect(ids.size).toBe(SEARCH_CANDIDATES)
    expect(second.body.page.nextCursor).toBeNull()
    // the five oldest rows are the ones left out
    expect(ids.has('q_bulk_0')).toBe(false)
    expect(ids.has(`q_bulk_${SEARCH_CANDIDATES + 4}`)).toBe(true)
  })

  it('ranks every match of a rarer query', async () => {
    const res = await http().get('/v1/search?q=zanzibarite%20number%2017&type=quote').expect(200)
    expect(res.body.page).toMatchObject({ totalExact: true })
    expect(res.body.data.map((h: { id: string }) => h.id)).toContain('q_bulk_17')
  })
})
