/** `npm run ingest -- [--db PATH] [--json] [--dry-run] FILE_OR_DIR...`: stores the facts of news files (text, HTML, JSON, JSON Lines, gzip), one transaction per file. */
import { existsSync, realpathSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { BackgroundCheckpoints } from '../db/checkpoints.js'
import { openWritable, type DbHandle } from '../db/client.js'
import type { ArticleFacts } from '../extract/types.js'
import { extractionThreads, prepareFiles } from '../extract-pool.js'
import { heapBudget } from '../heap-budget.js'
import { collectInputFiles, prepareChangedFiles, storePrepared, type FileOutcome } from '../ingest.js'
import type { InputFormat } from '../formats/index.js'

const DEFAULT_DB = 'data/facts.db'
const DEFAULT_INPUT = 'data/articles'

export const USAGE = `usage: npm run ingest -- [--db PATH] [--json] [--dry-run] [FILE_OR_DIR...]   (default input: data/articles/)

  FILE_OR_DIR   .txt, .html/.htm, .json, .jsonl, or any of them gzipped (.gz); folders are walked recursively
  --db PATH     SQLite file to write (default: $DATABASE_PATH or ${DEFAULT_DB})
  --json        print a machine-readable summary on stdout instead of the per-file lines
  --dry-run     extract and print the facts that would be stored; writes nothing (the database is not even created)
  -h, --help    this text`

/** The streams the command writes to; tests pass in-memory ones. */
export interface CliIO {
  stdout: { write(s: string): unknown }
  stderr: { write(s: string): unknown; isTTY?: boolean; columns?: number }
  env?: NodeJS.ProcessEnv
  /** Milliseconds clock, for the progress rate and ETA. */
  now?: () => number
}

export interface CliOptions {
  db: string
  json: boolean
  dryRun: boolean
  inputs: string[]
}

/** Parsed options, or a usage error (unknown flag, missing value) to report with exit code 2. */
export function parseCli(argv: string[], env: NodeJS.ProcessEnv = process.env): { help: true } | { error: string } | { options: CliOptions } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' }
      }
    })
    if (values.help) return { help: true }
    if (values.db === '') return { error: '--db needs a file path' }
    return {
      options: {
        db: values.db ?? env.DATABASE_PATH ?? DEFAULT_DB,
        json: values.json ?? false,
        dryRun: values['dry-run'] ?? false,
        inputs: positionals.length ? positionals : [DEFAULT_INPUT]
      }
    }
  } catch (err) {
    // node's messages name the flag ("Unknown option '--jsn'"); the hint about positionals does not apply here
    return { error: (err as Error).message.replace(/\. To specify a positional argument.*$/s, '') }
  }
}

export interface Totals {
  files: number
  articles: number
  people: number
  organisations: number
  quotes: number
  claims: number
  failures: number
}

/** Sums per-file outcomes: stored counts for a real run, found counts for a dry run. */
export function totalsOf(outcomes: FileOutcome[]): Totals {
  const t: Totals = { files: outcomes.length, articles: 0, people: 0, organisations: 0, quotes: 0, claims: 0, failures: 0 }
  for (const o of outcomes) {
    if (!o.ok) t.failures++
    const r = o.result
    if (!r) continue
    t.articles += r.articles
    t.people += r.people
    t.organisations += r.organisations
    t.quotes += r.quotes
    t.claims += r.claims
  }
  return t
}

/** The closing table of the human output: one header row, one row of figures, aligned. */
export function renderTable(t: Totals): string {
  const cols: [string, number][] = [
    ['files', t.files],
    ['articles', t.articles],
    ['people', t.people],
    ['organisations', t.organisations],
    ['quotes', t.quotes],
    ['claims', t.claims],
    ['failures', t.failures]
  ]
  const widths = cols.map(([h, n]) => Math.max(h.length, n.toLocaleString('en-US').length))
  const row = (cells: string[]): string => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ')
  return `${row(cols.map(([h]) => h))}\n${row(cols.map(([, n]) => n.toLocaleString('en-US')))}\n`
}

export interface ProgressState {
  done: number
  total: number
  articles: number
  failures: number
  startedAt: number
  now: number
}

const clock = (seconds: number): string => {
  if (!Number.isFinite(seconds)) return '--:--'
  const s = Math.max(0, Math.round(seconds))
  const h = Math.floor(s / 3600)
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0')
  const ss = String(s % 60).padStart(2, '0')
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`
}

/**
 * One frame of the progress bar (files done/total, articles per second, ETA), or '' when stderr is not a
 * terminal: CI logs get no carriage returns or escape codes. The frame starts with \r and an erase-line
 * code so it overwrites the previous one.
 */
export function renderProgress(p: ProgressState, opts: { isTTY: boolean; columns?: number }): string {
  if (!opts.isTTY) return ''
  const elapsed = Math.max(0.001, (p.now - p.startedAt) / 1000)
  const rate = p.articles / elapsed
  const eta = p.done > 0 ? (elapsed / p.done) * (p.total - p.done) : Number.NaN
  const fails = p.failures ? ` · ${p.failures} failed` : ''
  const info = ` ${p.done}/${p.total} files · ${rate.toFixed(1)} articles/s · ETA ${clock(eta)}${fails}`
  const barWidth = Math.max(10, Math.min(30, (opts.columns ?? 80) - info.length - 3))
  const filled = p.total ? Math.round((barWidth * p.done) / p.total) : barWidth
  return `\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]${info}`
}

/** Erases the bar's line before ordinary output, so lines never land in the middle of a bar. */
export const CLEAR_LINE = '\r\x1b[2K'

/** The human line of one file: "ok   path: added, …" (stdout) or "FAIL path: reason" (stderr). */
export function outcomeLine(o: FileOutcome): { stream: 'stdout' | 'stderr'; line: string } {
  if (!o.ok) return { stream: 'stderr', line: `FAIL ${o.path}: ${o.error}` }
  const r = o.result!
  const dup = r.duplicates ? `, ${r.duplicates} duplicate(s) skipped` : ''
  return {
    stream: 'stdout',
    line: `ok   ${o.path}: ${r.status}, ${r.articles} article(s), ${r.people} people, ${r.organisations} organisations, ${r.quotes} quotes, ${r.claims} claims${dup}`
  }
}

/** A dry run's outcome: the counts it would store, with status "dry-run". */
function dryOutcome(path: string, format: InputFormat, facts: ArticleFacts[]): FileOutcome {
  const sum = (f: (a: ArticleFacts) => number): number => facts.reduce((n, a) => n + f(a), 0)
  return {
    path,
    ok: true,
    format,
    result: {
      status: 'added',
      articles: facts.length,
      duplicates: 0,
      people: sum((a) => a.people.length),
      organisations: sum((a) => a.organisations.length),
      quotes: sum((a) => a.quotes.length),
      claims: sum((a) => a.claims.length)
    }
  }
}

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

/** The facts of one article, compact: what a dry run prints and what --json --dry-run nests. */
export function compactFacts(f: ArticleFacts) {
  const a = f.article
  return {
    index: a.index,
    title: a.title,
    byline: a.byline,
    dateline: a.dateline,
    publishedAt: a.publishedAt,
    agency: a.agency,
    url: a.url ?? null,
    words: a.body.split(/\s+/).filter(Boolean).length,
    people: f.people.map((p) => p.name),
    organisations: f.organisations.map((o) => (o.acronym && o.acronym !== o.name ? `${o.name} (${o.acronym})` : o.name)),
    quotes: f.quotes.map((q) => ({ speaker: q.speaker?.name ?? null, kind: q.kind, text: q.text })),
    claims: f.claims.map((c) => ({ text: c.text, value: c.value, unit: c.unit, category: c.category, subject: c.subject, source: c.source?.name ?? null }))
  }
}

/** Human rendering of a dry run's articles: a few indented lines per article. */
export function renderDryRun(facts: ArticleFacts[]): string {
  const out: string[] = []
  for (const f of facts.map(compactFacts)) {
    const meta = [f.byline && `by ${f.byline}`, f.dateline, f.publishedAt, f.agency, f.url].filter(Boolean).join(' · ')
    out.push(`  [${f.index}] ${f.title ? JSON.stringify(clip(f.title, 100)) : '(no title)'}${meta ? ` — ${meta}` : ''} (${f.words} words)`)
    const list = (label: string, items: string[]): void => {
      if (items.length) out.push(`      ${label} (${items.length}): ${clip(items.join('; '), 220)}`)
    }
    list('people', f.people)
    list('organisations', f.organisations)
    list(
      'quotes',
      f.quotes.map((q) => `${q.speaker ?? '?'}: “${clip(q.text, 60)}”`)
    )
    list(
      'claims',
      f.claims.map((c) => `${c.text} ${c.subject}${c.source ? ` (${c.source})` : ''}`.trim())
    )
  }
  return out.length ? `${out.join('\n')}\n` : ''
}

/**
 * Runs the command; resolves to the exit code (0 ok, 1 a file failed, 2 usage error). Files are read and
 * extracted in worker threads (extract-pool.ts) and stored here in input order.
 */
export async function runIngest(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCli(argv, io.env)
  if ('help' in parsed) {
    io.stdout.write(`${USAGE}\n`)
    return 0
  }
  if ('error' in parsed) {
    io.stderr.write(`ingest: ${parsed.error}\n${USAGE}\n`)
    return 2
  }
  const { options } = parsed
  const now = io.now ?? Date.now
  const isTTY = Boolean(io.stderr.isTTY)
  const { files, errors } = collectInputFiles(options.inputs)
  const outcomes: FileOutcome[] = []
  const dryArticles: { path: string; facts: ArticleFacts[] }[] = []
  const progress: ProgressState = { done: 0, total: files.length + errors.length, articles: 0, failures: 0, startedAt: now(), now: now() }
  let lastFrame = 0
  let barShown = false
  const drawBar = (force = false): void => {
    if (!isTTY) return
    const t = now()
    // redraw at most ~12 times a second: a terminal write per file would cost more than small files take
    if (!force && t - lastFrame < 80) return
    lastFrame = t
    progress.now = t
    io.stderr.write(renderProgress(progress, { isTTY, columns: io.stderr.columns }))
    barShown = true
  }
  const say = (stream: 'stdout' | 'stderr', text: string): void => {
    if (barShown) {
      io.stderr.write(CLEAR_LINE)
      barShown = false
    }
    io[stream].write(text)
  }
  const record = (o: FileOutcome, facts?: ArticleFacts[]): void => {
    outcomes.push(o)
    progress.done++
    progress.articles += o.result?.articles ?? 0
    if (!o.ok) progress.failures++
    if (!options.json) {
      const { stream, line } = outcomeLine(o)
      say(stream, `${options.dryRun && o.ok ? line.replace(/: added, /, ': would add ') : line}\n`)
      if (facts) say('stdout', renderDryRun(facts))
    }
    drawBar(progress.done === progress.total)
  }

  let handle: DbHandle | null = null
  let checkpoints: BackgroundCheckpoints | null = null
  try {
    if (!options.dryRun) handle = openWritable(options.db)
    if (handle && files.length > 1) checkpoints = BackgroundCheckpoints.start(handle.sqlite)
    drawBar(true)
    errors.forEach((e) => record(e))
    const threads = extractionThreads(io.env)
    for await (const prepared of handle ? prepareChangedFiles(handle.db, files, { threads }) : prepareFiles(files, { threads })) {
      if (!prepared.ok) record(prepared.outcome)
      else if (options.dryRun) {
        const { path, format, facts } = prepared.input
        dryArticles.push({ path, facts })
        record(dryOutcome(path, format, facts), options.json ? undefined : facts)
      } else {
        record(storePrepared(handle!.db, prepared.input))
        checkpoints?.committed()
        heapBudget()
      }
    }
  } finally {
    checkpoints?.stop()
    handle?.close()
    if (barShown) io.stderr.write(CLEAR_LINE)
  }

  const totals = totalsOf(outcomes)
  if (options.json) io.stdout.write(`${JSON.stringify(jsonSummary(options, outcomes, totals, dryArticles))}\n`)
  else {
    say('stdout', renderTable(totals))
    const where = options.dryRun ? `dry run: nothing written${existsSync(options.db) ? '' : ` (${options.db} not created)`}` : `→ ${options.db}`
    say('stdout', `${totals.files - totals.failures} file(s) ${options.dryRun ? 'read' : 'ingested'}, ${totals.failures} failed${options.dryRun ? ' — ' : ' '}${where}\n`)
  }
  return totals.failures ? 1 : 0
}

/** The --json document: options, one entry per file (with its facts on a dry run), and the totals. */
export function jsonSummary(options: CliOptions, outcomes: FileOutcome[], totals: Totals, dry: { path: string; facts: ArticleFacts[] }[]) {
  const factsOf = new Map(dry.map((d) => [d.path, d.facts]))
  return {
    db: options.dryRun ? null : options.db,
    dryRun: options.dryRun,
    ok: totals.failures === 0,
    files: outcomes.map((o) => ({
      path: o.path,
      ok: o.ok,
      format: o.format ?? null,
      ...(o.ok && o.result ? { status: options.dryRun ? 'dry-run' : o.result.status, ...countsOf(o) } : { error: o.error ?? 'unknown error' }),
      ...(options.dryRun && factsOf.has(o.path) ? { facts: factsOf.get(o.path)!.map(compactFacts) } : {})
    })),
    totals
  }
}

function countsOf(o: FileOutcome) {
  const r = o.result!
  return { articles: r.articles, duplicates: r.duplicates, people: r.people, organisations: r.organisations, quotes: r.quotes, claims: r.claims }
}

/** True when this module is the program being run, not imported by a test. */
function isMain(): boolean {
  const entry = process.argv[1]
  if (!entry) return false
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href
  } catch {
    return false
  }
}

if (isMain()) {
  runIngest(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code
    },
    (err: unknown) => {
      process.stderr.write(`ingest: ${(err as Error).message}\n`)
      process.exitCode = 2
    }
  )
}
