import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openWritable, type DbHandle } from '../src/db/client.js'
import { ingestPaths } from '../src/ingest.js'
import { SEED_FILE, tempDir } from './helpers.js'

const counts = (h: DbHandle) =>
  Object.fromEntries(
    ['source_files', 'articles', 'people', 'organisations', 'quotes', 'claims', 'mentions', 'entity_names'].map((t) => [
      t,
      (h.sqlite.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n
    ])
  )

describe('ingest', () => {
  let dir: string
  let cleanup: () => void
  let h: DbHandle
  beforeEach(() => {
    ;({ dir, cleanup } = tempDir())
    h = openWritable(join(dir, 'facts.db'))
  })
  afterEach(() => {
    h.close()
    cleanup()
  })

  it('splits the bundled IPS file into its two articles', () => {
    const [outcome] = ingestPaths(h.db, [SEED_FILE])
    expect(outcome).toMatchObject({ ok: true, result: { status: 'added', articles: 2 } })
    const rows = h.sqlite.prepare('select source_index, byline from articles order by source_index').all()
    expect(rows).toEqual([
      { source_index: 0, byline: 'CIVICUS' },
      { source_index: 1, byline: 'Oritro Karim' }
    ])
  })

  it('changes nothing when the same file is ingested again', () => {
    ingestPaths(h.db, [SEED_FILE])
    const before = counts(h)
    const [again] = ingestPaths(h.db, [SEED_FILE])
    expect(again?.result?.status).toBe('unchanged')
    expect(counts(h)).toEqual(before)
  })

  it('replaces the articles of a file whose content changed', () => {
    const file = join(dir, 'story.txt')
    writeFileSync(file, 'By Jane Roe\nMar 3 2026 (IPS)\nThe agency said 40 people were killed in the floods.\n')
    ingestPaths(h.db, [file])
    writeFileSync(file, 'By Jane Roe\nMar 3 2026 (IPS)\nThe agency said 45 people were killed in the floods on Monday.\n')
    const [outcome] = ingestPaths(h.db, [file])
    expect(outcome?.result?.status).toBe('replaced')
    const bodies = h.sqlite.prepare('select body from articles').all() as { body: string }[]
    expect(bodies).toHaveLength(1)
    expect(bodies[0]?.body).toContain('45 people')
  })

  it('reports a bad file, stores nothing of it, and still ingests the others', () => {
    const bad = join(dir, 'bad.txt')
    const empty = join(dir, 'empty.txt')
    writeFileSync(bad, Buffer.from([0x41, 0xff, 0xfe, 0x42, 0x0a]))
    writeFileSync(empty, '   \n\n')
    const outcomes = ingestPaths(h.db, [bad, empty, SEED_FILE, join(dir, 'missing.txt')])
    expect(outcomes.map((o) => [o.path.split('/').pop(), o.ok, o.error ?? null])).toEqual([
      ['missing.txt', false, 'no such file or directory'],
      ['bad.txt', false, 'not valid UTF-8 text'],
      ['empty.txt', false, 'file has only white space'],
      ['000_b8a49620419f854f.txt', true, null]
    ])
    expect(counts(h).source_files).toBe(1)
    expect(counts(h).articles).toBe(2)
  })

  it('walks directories and reads each real file once', () => {
    copyFileSync(SEED_FILE, join(dir, 'a.txt'))
    const outcomes = ingestPaths(h.db, [dir, join(dir, 'a.txt')])
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1)
  })
})

describe('npm run ingest', () => {
  it('prints a line per file and exits non-zero when a file failed', () => {
    const { dir, cleanup } = tempDir()
    try {
      const bad = join(dir, 'bad.txt')
      writeFileSync(bad, '')
      const run = spawnSync('npx', ['tsx', 'src/cli/ingest.ts', '--db', join(dir, 'x.db'), SEED_FILE, bad], { encoding: 'utf8' })
      expect(run.status).toBe(1)
      expect(run.stdout).toMatch(/ok {3}data\/articles\/000_b8a49620419f854f\.txt: added, 2 article\(s\)/)
      expect(run.stderr).toMatch(/FAIL .*bad\.txt: file is empty/)
      const ok = execFileSync('npx', ['tsx', 'src/cli/ingest.ts', '--db', join(dir, 'x.db'), SEED_FILE], { encoding: 'utf8' })
      expect(ok).toMatch(/unchanged/)
    } finally {
      cleanup()
    }
  })
})
