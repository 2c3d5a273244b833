import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { openWritable, type DbHandle } from '../src/db/client.js'
import { ingestPaths, ingestPathsAsync, prepareChangedFiles } from '../src/ingest.js'
import { SEED_FILE, tempDir, useTempDb } from './helpers.js'

const counts = (h: DbHandle) =>
  Object.fromEntries(
    ['source_files', 'articles', 'people', 'organisations', 'quotes', 'claims', 'mentions', 'entity_names'].map((t) => [
      t,
      (h.sqlite.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n
    ])
  )

describe('ingest', () => {
  let dir: string
  let h: DbHandle
  useTempDb((ctx) => ({ dir, h } = ctx))

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

  it('does not extract again the files stored with the same content, and keeps the input order', async () => {
    const [a, b, c] = ['a.txt', 'b.txt', 'c.txt'].map((name) => join(dir, name))
    for (const f of [a, b, c]) copyFileSync(SEED_FILE, f as string)
    ingestPaths(h.db, [a as string, b as string, c as string])
    writeFileSync(b as string, 'By Jane Roe\nMar 3 2026 (IPS)\nThe agency said 45 people were killed in the floods on Monday.\n')
    const steps = []
    for await (const p of prepareChangedFiles(h.db, [a as string, b as string, c as string], { threads: 1, minParallelBytes: 0 })) steps.push(p)
    expect(steps.map((p) => (p.ok ? `prepared ${p.input.path.split('/').pop()}` : `${p.outcome.result?.status} ${p.outcome.path.split('/').pop()}`))).toEqual([
      'unchanged a.txt',
      'prepared b.txt',
      'unchanged c.txt'
    ])
    const outcomes = await ingestPathsAsync(h.db, [dir], undefined, { threads: 1, minParallelBytes: 0 })
    expect(outcomes.map((o) => o.result?.status)).toEqual(['unchanged', 'replaced', 'unchanged'])
    expect(counts(h).articles).toBe(3)
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

describe('ingest of bad input: a clear message per file, the others still ingest, nothing partial', () => {
  let dir: string
  let h: DbHandle
  useTempDb((ctx) => ({ dir, h } = ctx))

  const seed = () => readFileSync(SEED_FILE, 'utf8')
  const write = (name: string, data: string | Buffer) => {
    const p = join(dir, name)
    writeFileSync(p, data)
    return p
  }

  it.each([
    ['an empty file', () => '', 'file is empty'],
    ['a file of white space', () => ' \n\t\n  ', 'file has only white space'],
    ['a PNG image', () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]), 'binary file (PNG image), not text'],
    ['bytes with NULs', () => Buffer.from('abc\u0000def\u0000'), 'binary file, not text'],
    ['invalid UTF-8', () => Buffer.from([0x48, 0x69, 0xc3, 0x28, 0x0a]), 'not valid UTF-8 text'],
    ['a menu with no article in it', () => 'Home\nNews\nSport\nContact us\nLogin', 'no article found in the file'],
    ['a 50 MB file', () => Buffer.alloc(50 * 1024 * 1024, 'a'), /^file is too large \(50\.0 MB; the limit is \d+ MB\)$/]
  ] as [string, () => string | Buffer, string | RegExp][])('refuses %s', (_label, data, message) => {
    const bad = write('bad.txt', data())
    const outcomes = ingestPaths(h.db, [bad, SEED_FILE])
    expect(outcomes[0]?.ok).toBe(false)
    expect(outcomes[0]?.error).toMatch(typeof message === 'string' ? new RegExp(`^${message.replace(/[()]/g, '\\$&')}$`) : message)
    expect(outcomes[1]?.ok).toBe(true)
    expect(counts(h).source_files).toBe(1)
    expect(counts(h).articles).toBe(2)
  })

  it('decompresses gzip (by magic bytes, whatever the name) instead of refusing it as binary', () => {
    const [gz, named] = ingestPaths(h.db, [write('seed.txt.gz', gzipSync(readFileSync(SEED_FILE))), write('plain.txt', gzipSync(seed().replace('IPS', 'IPS ')))])
    expect(gz).toMatchObject({ ok: true, format: 'text', result: { articles: 2 } })
    expect(named).toMatchObject({ ok: true, format: 'text' })
  })

  it.each([
    ['a gzip bomb', () => gzipSync(Buffer.alloc(33 * 1024 * 1024, 'a')), /^gzip content is too large \(over \d+ MB decompressed\)$/],
    ['truncated gzip', () => gzipSync(readFileSync(SEED_FILE)).subarray(0, 40), /^not valid gzip data \(truncated or corrupt\)$/],
    ['gzip of a PNG', () => gzipSync(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(64, 7)])), /^binary file \(PNG image\), not text$/],
    ['an empty gzip', () => gzipSync(Buffer.alloc(0)), /^file is empty \(after gunzip\)$/]
  ] as const)('refuses %s', (_label, data, message) => {
    const outcomes = ingestPaths(h.db, [write('bad.gz', data()), SEED_FILE])
    expect(outcomes[0]?.error).toMatch(message)
    expect(outcomes[1]?.ok).toBe(true)
    expect(counts(h).source_files).toBe(1)
  })

  it('decodes UTF-16 with a BOM and Windows line endings into the same articles as UTF-8', () => {
    const crlf = seed().replace(/\n/g, '\r\n')
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(crlf, 'utf16le')])
    const [a] = ingestPaths(h.db, [write('utf16.txt', utf16)])
    expect(a).toMatchObject({ ok: true, result: { articles: 2 } })
    const ids16 = h.sqlite.prepare('select id from articles order by id').all()
    const other = openWritable(join(dir, 'other.db'))
    try {
      ingestPaths(other.db, [SEED_FILE])
      expect(other.sqlite.prepare('select id from articles order by id').all()).toEqual(ids16)
    } finally {
      other.close()
    }
  })

  it('ingests a file of 1,000 concatenated articles as 1,000 articles', () => {
    const articles = Array.from(
      { length: 1000 },
      (_, i) =>
        `By Reporter ${String.fromCharCode(65 + (i % 26))}${i}\nGENEVA, Mar ${1 + (i % 28)} 2026 (IPS)\nThe agency said on Monday that ${100 + i} families had been displaced by flooding in district ${i}, and that ${i % 7} shelters were full. Relief workers said roads into the district remained closed and that more rain was expected over the coming week, raising fears of further damage.\n`
    )
    const [o] = ingestPaths(h.db, [write('many.txt', articles.join('\n'))])
    expect(o).toMatchObject({ ok: true, result: { articles: 1000 } })
    expect(counts(h).claims).toBeGreaterThanOrEqual(1000)
  })

  it('walks nested folders, survives a symlink loop and reads a file named twice once', () => {
    mkdirSync(join(dir, 'a/b/c'), { recursive: true })
    copyFileSync(SEED_FILE, join(dir, 'a/b/c/deep.txt'))
    symlinkSync(join(dir, 'a'), join(dir, 'a/b/loop'))
    const outcomes = ingestPaths(h.db, [join(dir, 'a'), join(dir, 'a/b/c/deep.txt'), join(dir, 'a/b/c/deep.txt')])
    expect(outcomes).toHaveLength(1)
    expect(outcomes[0]).toMatchObject({ ok: true, result: { articles: 2 } })
  })

  it('reports a file it cannot read and goes on', () => {
    const locked = write('locked.txt', seed())
    chmodSync(locked, 0)
    const isRoot = process.getuid?.() === 0
    // root reads any file whatever its mode, so stand in a dangling link for the unreadable file
    const target = isRoot ? join(dir, 'gone.txt') : locked
    if (isRoot) symlinkSync(join(dir, 'nowhere'), target)
    const outcomes = ingestPaths(h.db, [target, SEED_FILE])
    expect(outcomes[0]).toMatchObject({ ok: false, error: isRoot ? 'no such file or directory' : 'permission denied' })
    expect(outcomes[1]?.ok).toBe(true)
  })
})
