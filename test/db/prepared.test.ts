import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openReadOnly, openWritable, type DbHandle } from '../../src/db/client.js'
import { listClaims } from '../../src/db/queries/claims.js'
import { Params } from '../../src/db/queries/prepared.js'
import { ingestPaths } from '../../src/ingest.js'
import { tempDir } from '../helpers.js'

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
  const { dir, cleanup } = tempDir()
  let reader: DbHandle
  beforeAll(async () => {
    const writer = openWritable(join(dir, 'facts.db'))
    await ingestPaths(writer.db, ['test/fixtures/un-news-ukraine-fifth-year-general-assembly.txt', 'test/fixtures/polygraph-rukban-al-tanf.txt'])
    writer.close()
    reader = openReadOnly(join(dir, 'facts.db'))
  })
  afterAll(() => {
    reader.close()
    cleanup()
  })

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
