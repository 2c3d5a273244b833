import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openWritable, type DbHandle } from '../src/db/client.js'
import { claimsOnMainThread, extractionThreads, prepareFiles, type ExtractionOptions } from '../src/extract-pool.js'
import { ingestPaths, ingestPathsAsync, prepareFile, type FileOutcome, type PreparedFile } from '../src/ingest.js'
import { tempDir } from './helpers.js'

const FIXTURES = 'test/fixtures'
/** Worker extraction even for these small inputs, which the ingest would otherwise extract on the main thread. */
const WORKERS = { threads: 2, minParallelBytes: 0 }

/** Text files, HTML pages, a JSON feed, and files that fail for each kind of reason, in a fixed order. */
function inputs(dir: string): string[] {
  const files: string[] = []
  const add = (name: string, content: string | Buffer): void => {
    writeFileSync(join(dir, name), content)
    files.push(join(dir, name))
  }
  for (const f of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort()) files.push(join(FIXTURES, f))
  add('not-utf8.txt', Buffer.from([0x41, 0xff, 0xfe, 0x42, 0x0a]))
  for (const f of readdirSync(join(FIXTURES, 'html')).filter((f) => f.endsWith('.html')).sort()) files.push(join(FIXTURES, 'html', f))
  add('empty.txt', '   \n\n')
  add('feed.jsonl', [1, 2].map((n) => JSON.stringify({ title: `Day ${n}`, body: `GENEVA (IPS) - At least ${n}00 people were displaced, the agency said on Monday.` })).join('\n'))
  add('no-article.json', '[{"title":"x"}]')
  files.push(join(dir, 'missing.txt'))
  return files
}

/** Runs f and returns the process warnings it raised: a worker that fails falls back to the main thread with one. */
async function warningsOf(f: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = []
  const note = (w: Error): void => void seen.push(w.message)
  process.on('warning', note)
  try {
    await f()
    // warnings are emitted on the next tick
    await new Promise((r) => setImmediate(r))
  } finally {
    process.off('warning', note)
  }
  return seen
}

async function collect(files: string[], opts: ExtractionOptions): Promise<PreparedFile[]> {
  const out: PreparedFile[] = []
  for await (const prepared of prepareFiles(files, opts)) out.push(prepared)
  return out
}

const TABLES = ['source_files', 'articles', 'people', 'organisations', 'entity_names', 'entity_aliases', 'article_entities', 'mentions', 'person_roles', 'person_organisations', 'quotes', 'claims']
const rows = (h: DbHandle) => Object.fromEntries(TABLES.map((t) => [t, h.sqlite.prepare(`select * from ${t} order by rowid`).all()]))
const summary = (o: FileOutcome) => [o.path.split('/').pop(), o.ok, o.error ?? o.result?.status]

describe('extraction in worker threads', () => {
  it('prepares every file exactly as the main thread does, failures included, in input order', async () => {
    const { dir, cleanup } = tempDir()
    try {
      const files = inputs(dir)
      let inWorkers: PreparedFile[] = []
      expect(await warningsOf(async () => (inWorkers = await collect(files, WORKERS)))).toEqual([])
      expect(inWorkers).toEqual(files.map((f) => prepareFile(f)))
      expect(inWorkers.filter((p) => !p.ok).map((p) => !p.ok && p.outcome.error)).toEqual([
        'not valid UTF-8 text',
        'file has only white space',
        'record 1: body or text is required',
        'no such file or directory'
      ])
    } finally {
      cleanup()
    }
  })

  it('prepares every file as the main thread does with one worker, which leaves the claims to the main thread', async () => {
    const { dir, cleanup } = tempDir()
    try {
      const files = inputs(dir)
      const withOneWorker = await collect(files, { threads: 1, minParallelBytes: 0 })
      expect(withOneWorker).toEqual(files.map((f) => prepareFile(f)))
      expect(withOneWorker.flatMap((p) => (p.ok ? p.input.facts.flatMap((f) => f.claims) : [])).length).toBeGreaterThan(50)
    } finally {
      cleanup()
    }
  })

  it('stores the same rows as the ingest on one thread, one transaction per file', async () => {
    const { dir, cleanup } = tempDir()
    const one = openWritable(join(dir, 'one.db'))
    const many = openWritable(join(dir, 'many.db'))
    try {
      const files = inputs(dir)
      const reported: FileOutcome[] = []
      const outcomes = await ingestPathsAsync(many.db, files, (o) => reported.push(o), WORKERS)
      expect(outcomes).toEqual(ingestPaths(one.db, files))
      expect(reported).toEqual(outcomes)
      expect(rows(many)).toEqual(rows(one))
    } finally {
      one.close()
      many.close()
      cleanup()
    }
  })

  it('hands files back in input order even when a later one is ready first', async () => {
    const { dir, cleanup } = tempDir()
    try {
      // a long file first: the small ones after it finish in the other workers while it is extracted
      const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'))
      const long = join(dir, 'long.txt')
      writeFileSync(long, Array.from({ length: 3 }, () => fixtures.map((f) => readFileSync(join(FIXTURES, f), 'utf8'))).flat().join('\n\n'))
      const files = [join(FIXTURES, fixtures[0] as string), long]
      fixtures.forEach((f, i) => {
        copyFileSync(join(FIXTURES, f), join(dir, `small-${i}.txt`))
        files.push(join(dir, `small-${i}.txt`))
      })
      const prepared = await collect(files, WORKERS)
      expect(prepared.map((p) => (p.ok ? p.input.path : p.outcome.path))).toEqual(files.map((f) => prepareFile(f)).map((p) => (p.ok ? p.input.path : p.outcome.path)))
      expect(prepared.every((p) => p.ok)).toBe(true)
    } finally {
      cleanup()
    }
  })

  it('reports each failed file with its own reason, stores nothing of it, and goes on with the next', async () => {
    const { dir, cleanup } = tempDir()
    const h = openWritable(join(dir, 'facts.db'))
    try {
      const outcomes = await ingestPathsAsync(h.db, inputs(dir), undefined, WORKERS)
      const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'))
      expect(outcomes.map(summary)).toEqual([
        ['missing.txt', false, 'no such file or directory'],
        ...fixtures.sort().map((f) => [f, true, 'added']),
        ['not-utf8.txt', false, 'not valid UTF-8 text'],
        ...readdirSync(join(FIXTURES, 'html')).filter((f) => f.endsWith('.html')).sort().map((f) => [f, true, 'added']),
        ['empty.txt', false, 'file has only white space'],
        ['feed.jsonl', true, 'added'],
        ['no-article.json', false, 'record 1: body or text is required']
      ])
      const stored = h.sqlite.prepare('select count(*) as n from source_files').get() as { n: number }
      expect(stored.n).toBe(outcomes.filter((o) => o.ok).length)
    } finally {
      h.close()
      cleanup()
    }
  })

  it('stores nothing of a file that fails after its first articles went to the main thread', async () => {
    const { dir, cleanup } = tempDir()
    const h = openWritable(join(dir, 'facts.db'))
    try {
      const record = (n: number) => JSON.stringify({ title: `Day ${n}`, body: `GENEVA (IPS) - At least ${n}00 people were displaced in the north, the agency said on Monday.` })
      const good = Array.from({ length: 25 }, (_, n) => record(n + 1))
      // the worker sends articles ten at a time: two batches had gone when the last record fails
      writeFileSync(join(dir, 'bad.jsonl'), [...good, JSON.stringify({ title: 'Menu', body: 'Home' })].join('\n'))
      writeFileSync(join(dir, 'good.jsonl'), good.join('\n'))
      const one = { threads: 1, minParallelBytes: 0 }
      const [failed] = await ingestPathsAsync(h.db, [join(dir, 'bad.jsonl')], undefined, one)
      expect(failed).toMatchObject({ ok: false, error: 'line 26: no article found in the body (it needs at least one full sentence)' })
      expect(h.sqlite.prepare('select count(*) as n from articles').get()).toEqual({ n: 0 })
      const [stored] = await ingestPathsAsync(h.db, [join(dir, 'good.jsonl')], undefined, one)
      expect(stored?.ok).toBe(true)
      expect(h.sqlite.prepare('select count(*) as n from articles').get()).toEqual({ n: 25 })
    } finally {
      h.close()
      cleanup()
    }
  })

  it('leaves a file too big for a worker heap to the main thread, so no worker runs out of memory', async () => {
    const { dir, cleanup } = tempDir()
    try {
      const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort()
      const big = join(dir, 'big.txt')
      // about 4 MB of text, which runs a 32 MB worker heap out of memory (routed by size above 32 × 48 KB); a smaller heap is too close to
      // what a worker needs for the extraction code alone under tsx, and ran out on a small file on a busy CI
      writeFileSync(big, Array.from({ length: 52 }, () => fixtures.map((f) => readFileSync(join(FIXTURES, f), 'utf8'))).flat().join('\n\n'))
      const files = [...fixtures.slice(0, 3).map((f) => join(FIXTURES, f)), big, ...fixtures.slice(3).map((f) => join(FIXTURES, f))]
      let prepared: PreparedFile[] = []
      expect(await warningsOf(async () => (prepared = await collect(files, { ...WORKERS, workerHeapMb: 32 })))).toEqual([])
      expect(prepared).toEqual(files.map((f) => prepareFile(f)))
    } finally {
      cleanup()
    }
  })

  it('extracts on the main thread, with the same outcomes, when the workers cannot run', async () => {
    const { dir, cleanup } = tempDir()
    try {
      const files = inputs(dir)
      let prepared: PreparedFile[] = []
      // far too little heap for a worker even to load the extraction code
      const warnings = await warningsOf(async () => (prepared = await collect(files, { ...WORKERS, workerHeapMb: 1 })))
      expect(prepared).toEqual(files.map((f) => prepareFile(f)))
      expect(warnings.length).toBeGreaterThan(0)
      expect(warnings[0]).toMatch(/^an extraction worker stopped \(.+\); .* extracted on the main thread$/)
    } finally {
      cleanup()
    }
  })
})

describe('extraction threads', () => {
  it('leave the claims to the main thread only when there is one worker, which the main thread keeps pace with', () => {
    expect([1, 2, 3].map(claimsOnMainThread)).toEqual([true, false, false])
  })

  it('are one per core beyond the main thread, or INGEST_THREADS', () => {
    expect(extractionThreads({ INGEST_THREADS: '3' })).toBe(3)
    expect(extractionThreads({ INGEST_THREADS: '0' })).toBe(0)
    expect(extractionThreads({ INGEST_THREADS: 'many' })).toBe(0)
    expect(extractionThreads({})).toBeGreaterThanOrEqual(0)
  })
})
