/** `npm run ingest -- [--db PATH] FILE_OR_DIR...`: stores the facts of news text files, one transaction per file. */
import { parseArgs } from 'node:util'
import { openWritable } from '../db/client.js'
import { ingestPaths, type FileOutcome } from '../ingest.js'

const DEFAULT_DB = 'data/facts.db'
const DEFAULT_INPUT = 'data/articles'

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { db: { type: 'string', default: process.env.DATABASE_PATH ?? DEFAULT_DB }, help: { type: 'boolean', short: 'h' } }
  })
  if (values.help) {
    console.log('usage: npm run ingest -- [--db PATH] [FILE_OR_DIR...]   (default input: data/articles/)')
    return 0
  }
  const inputs = positionals.length ? positionals : [DEFAULT_INPUT]
  const handle = openWritable(values.db)
  try {
    const outcomes = ingestPaths(handle.db, inputs, printOutcome)
    const failed = outcomes.filter((o) => !o.ok).length
    const ok = outcomes.length - failed
    console.log(`${ok} file(s) ingested, ${failed} failed → ${values.db}`)
    return failed ? 1 : 0
  } finally {
    handle.close()
  }
}

function printOutcome(o: FileOutcome): void {
  if (!o.ok) {
    console.error(`FAIL ${o.path}: ${o.error}`)
    return
  }
  const r = o.result!
  const dup = r.duplicates ? `, ${r.duplicates} duplicate(s) skipped` : ''
  console.log(
    `ok   ${o.path}: ${r.status}, ${r.articles} article(s), ${r.people} people, ${r.organisations} organisations, ${r.quotes} quotes, ${r.claims} claims${dup}`
  )
}

try {
  process.exitCode = main()
} catch (err) {
  console.error(`ingest: ${(err as Error).message}`)
  process.exitCode = 2
}
