/**
 * Child process of the bench: the real ingest (ingestPathsAsync, as `npm run ingest` runs it: extraction
 * in worker threads, storing on this thread) of one corpus folder into a fresh database, then a per-phase
 * profile of a sample file on this thread. Prints one JSON
 * line prefixed with "RESULT " on stdout. Run in its own process so peak RSS is the ingest's own.
 *
 *   node --import tsx bench/ingest-child.ts DB_PATH CORPUS_DIR
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { openWritable } from '../src/db/client.js'
import { sha256Hex, storeFile } from '../src/db/store.js'
import { extractionThreads } from '../src/extract-pool.js'
import { ingestPathsAsync } from '../src/ingest.js'
import { findClaims } from '../src/extract/claims.js'
import { findEntities } from '../src/extract/entities.js'
import { findQuotes } from '../src/extract/quotes.js'
import { splitSentences } from '../src/extract/sentences.js'
import { splitArticles } from '../src/extract/split.js'

export interface IngestChildResult {
  files: number
  failed: number
  articles: number
  quotes: number
  claims: number
  people: number
  organisations: number
  elapsedMs: number
  /** Extraction worker threads beside the main thread, which stores. */
  threads: number
  /** Peak resident set size of this process during the ingest, in bytes. */
  maxRssBytes: number
  dbBytes: number
  /** Wall time of each file, in order: shows whether the ingest slows down as the database grows. */
  fileMs: number[]
  /** Milliseconds per article of each phase on one thread, warm, measured again on a sample file (not part of elapsedMs). */
  profile: { articles: number; split: number; sentences: number; entities: number; quotes: number; claims: number; store: number }
}

const [dbPath, corpusDir] = process.argv.slice(2)
if (!dbPath || !corpusDir) {
  console.error('usage: ingest-child.ts DB_PATH CORPUS_DIR')
  process.exit(2)
}

for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true })

const handle = openWritable(dbPath)
const t0 = performance.now()
let files = 0
let failed = 0
const fileMs: number[] = []
let last = t0
await ingestPathsAsync(handle.db, [corpusDir], (o) => {
  const now = performance.now()
  fileMs.push(Math.round(now - last))
  last = now
  files++
  if (!o.ok) {
    failed++
    console.error(`FAIL ${o.path}: ${o.error}`)
  }
})
const elapsedMs = performance.now() - t0
const maxRssBytes = process.resourceUsage().maxRSS * 1024
const count = (table: string): number => (handle.db.get<{ n: number }>(sql.raw(`select count(*) as n from ${table}`))?.n ?? 0)
const totals = {
  articles: count('articles'),
  quotes: count('quotes'),
  claims: count('claims'),
  people: count('people'),
  organisations: count('organisations')
}
handle.sqlite.pragma('wal_checkpoint(TRUNCATE)')
handle.close()
const dbBytes = statSync(dbPath).size

// Where the time goes: the same phases the pipeline runs, timed one by one on the first file, then the store
// into a scratch database. The extraction ran in a worker, so this thread's copy of its code is cold: the
// phases run three times and the last, warm, pass counts, as the worker's steady state does.
const sampleFile = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort()[0]!
const sampleText = readFileSync(join(corpusDir, sampleFile), 'utf8')
const ms = { split: 0, sentences: 0, entities: 0, quotes: 0, claims: 0, store: 0 }
const time = <T>(phase: keyof typeof ms, f: () => T): T => {
  const s = performance.now()
  const out = f()
  ms[phase] += performance.now() - s
  return out
}
const extractTimed = () => {
  for (const phase of Object.keys(ms) as (keyof typeof ms)[]) ms[phase] = 0
  const drafts = time('split', () => splitArticles(sampleText))
  const facts = drafts.map((article) => {
    const sentences = time('sentences', () => splitSentences(article.body))
    const entities = time('entities', () => findEntities(article.body, sentences))
    const quotes = time('quotes', () => findQuotes(article.body, sentences, entities))
    const claims = time('claims', () => findClaims(article.body, sentences, entities, quotes))
    return { article, ...entities, quotes, claims }
  })
  return { drafts, facts }
}
extractTimed()
extractTimed()
const { drafts, facts } = extractTimed()
const scratchPath = `${dbPath}.profile`
for (const suffix of ['', '-wal', '-shm']) rmSync(scratchPath + suffix, { force: true })
const scratch = openWritable(scratchPath)
time('store', () => storeFile(scratch.db, { path: sampleFile, sha256: sha256Hex(sampleText), facts }))
scratch.close()
for (const suffix of ['', '-wal', '-shm']) rmSync(scratchPath + suffix, { force: true })
const per = (v: number): number => Math.round((v / Math.max(1, drafts.length)) * 100) / 100

const result: IngestChildResult = {
  files,
  failed,
  threads: extractionThreads(),
  ...totals,
  elapsedMs,
  maxRssBytes,
  dbBytes,
  fileMs,
  profile: {
    articles: drafts.length,
    split: per(ms.split),
    sentences: per(ms.sentences),
    entities: per(ms.entities),
    quotes: per(ms.quotes),
    claims: per(ms.claims),
    store: per(ms.store)
  }
}
console.log(`RESULT ${JSON.stringify(result)}`)
