import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openReadOnly, openWritable, type DbHandle } from '../../src/db/client.js'
import { ingestPaths } from '../../src/ingest.js'
import { SEED_FILE, tempDir } from '../helpers.js'

describe('the read-only connection', () => {
  const { dir, cleanup } = tempDir()
  let reader: DbHandle
  beforeAll(async () => {
    const writer = openWritable(join(dir, 'facts.db'))
    await ingestPaths(writer.db, [SEED_FILE])
    writer.close()
    reader = openReadOnly(join(dir, 'facts.db'))
  })
  afterAll(() => {
    reader.close()
    cleanup()
  })

  it('compiles a SQL text once and reuses the statement', () => {
    expect(reader.sqlite.prepare('select count(*) as n from articles')).toBe(reader.sqlite.prepare('select count(*) as n from articles'))
  })

  it('hands a reused statement out in row mode, whatever mode its last user left it in', () => {
    const sql = 'select id from articles order by id limit 1'
    const id = (reader.sqlite.prepare(sql).get() as { id: string }).id
    expect(reader.sqlite.prepare(sql).raw().get()).toEqual([id])
    expect(reader.sqlite.prepare(sql).pluck().get()).toBe(id)
    expect(reader.sqlite.prepare(sql).get()).toEqual({ id })
  })
})
