/**
 * Files → text → facts, without the database: reading, decoding, format detection and extraction of one
 * input. The ingest runs this on its main thread or in extraction workers (extract-worker.ts), so it must not
 * import anything that opens the database.
 */
import { readFileSync, statSync } from 'node:fs'
import { relative, resolve, sep } from 'node:path'
import type { StoreResult } from './db/store.js'
import { decodeText, UnreadableInputError } from './decode.js'
import { extractArticle, extractFile, type ExtractOptions } from './extract/pipeline.js'
import type { ArticleFacts } from './extract/types.js'
import { detectFormat, InputFormatError, parseInput, type InputFormat, type InputRecord, type KnownMetadata } from './formats/index.js'
import { sha256Hex } from './hash.js'

export interface FileOutcome {
  path: string
  ok: boolean
  result?: StoreResult
  error?: string
  /** The format the file was read as. */
  format?: InputFormat
}

/** An input read and extracted, not yet stored. */
export interface PreparedInput {
  path: string
  sha256: string
  format: InputFormat
  facts: ArticleFacts[]
}

/** A file made ready to store, or the reason it cannot be. */
/** A file's input, ready to store; or, with nothing to store, its outcome: a failure, or unchanged (see prepareChangedFiles). */
export type PreparedFile = { ok: true; input: PreparedInput } | { ok: false; outcome: FileOutcome }

/** The path stored as provenance: relative to the working directory, with forward slashes. */
export function displayPath(p: string): string {
  return relative(process.cwd(), resolve(p)).split(sep).join('/') || '.'
}

/** Files above this size are refused before reading: extraction holds one file in memory. */
export const MAX_FILE_BYTES = Number(process.env.INGEST_MAX_FILE_MB ?? 32) * 1024 * 1024

/**
 * The facts of every record, numbered through the file. Known metadata wins over the text parser's guesses.
 * A record known to be one article stays one article even when the text parser would cut it in pieces
 * (a page's subheadings and datelines look like article headers to it). Throws InputFormatError naming the
 * record when one holds no article: a file is stored whole or not at all.
 */
export function extractRecords(records: InputRecord[], format: InputFormat, opts: ExtractOptions & StreamOptions = {}): ArticleFacts[] {
  const out: ArticleFacts[] = []
  for (const record of records) {
    const given = definedOnly(record.known)
    // the articles of a text record are final as soon as they are found: numbered and given the known metadata
    // they go out at once; a record known to be one article goes out when it is whole
    const { onFacts } = opts
    let streamed = 0
    const onArticle =
      onFacts && !record.single
        ? (f: ArticleFacts): void => {
            Object.assign(f.article, given)
            f.article.index = out.length + streamed++
            onFacts(f)
          }
        : undefined
    let facts = extractFile(record.text, { deferClaims: opts.deferClaims, onArticle })
    if (facts.length === 0 && record.single && looksLikeProse(record.text)) {
      // the text parser wants space-separated words and Latin sentence ends; a page or record already known to
      // be one article (Japanese, Chinese, Thai text) is kept as it is
      const body = record.text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim()
      facts = [extractArticle({ index: 0, title: null, byline: null, dateline: null, publishedAt: null, agency: null, body }, undefined, opts)]
    }
    if (facts.length === 0) {
      if (format === 'text') throw new InputFormatError('no article found in the file')
      if (format === 'html') throw new InputFormatError('no article found in the page')
      throw new InputFormatError(`${record.label}: no article found in the body (it needs at least one full sentence)`)
    }
    if (record.single && facts.length > 1) {
      const first = facts[0]!.article
      facts = [extractArticle({ ...first, body: facts.map((f) => f.article.body).join('\n\n') }, undefined, opts)]
    }
    for (const f of facts) {
      Object.assign(f.article, given)
      f.article.index = out.length
      out.push(f)
      if (onFacts && !onArticle) onFacts(f)
    }
  }
  return out
}

export interface StreamOptions {
  /** Called with each article's final facts, in file order, before the whole file is done (see extract-worker.ts). */
  onFacts?: (facts: ArticleFacts) => void
}

/** Decoded text of one input → its format and facts, without storing; throws on unreadable content. */
export function extractInput(
  name: string,
  text: string,
  opts: { format?: InputFormat; known?: KnownMetadata } & ExtractOptions & StreamOptions = {}
): { format: InputFormat; facts: ArticleFacts[] } {
  const { format, records } = parseInput(name, text, opts.format)
  if (opts.known) for (const r of records) r.known = { ...r.known, ...definedOnly(opts.known) }
  return { format, facts: extractRecords(records, format, opts) }
}

/** Reads, decodes (gunzipping), detects the format and extracts one file; a failure is returned, never thrown. */
export function prepareFile(file: string, opts: ExtractOptions & StreamOptions = {}): PreparedFile {
  const path = displayPath(file)
  let format: InputFormat | undefined
  try {
    const size = statSync(file).size
    if (size > MAX_FILE_BYTES) {
      return { ok: false, outcome: { path, ok: false, error: `file is too large (${(size / 2 ** 20).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 2 ** 20} MB)` } }
    }
    const bytes = readFileSync(file)
    const text = decodeText(bytes)
    // detected first, so a failure can still say which format the file was read as
    format = detectFormat(file, text)
    const { facts } = extractInput(file, text, { format, deferClaims: opts.deferClaims, onFacts: opts.onFacts })
    return { ok: true, input: { path, sha256: sha256Hex(bytes), format, facts } }
  } catch (err) {
    return { ok: false, outcome: { path, ok: false, format, error: describeError(err) } }
  }
}

/** Enough running text to be an article in a script the text parser does not split into words: a sentence end and 60 letters. */
function looksLikeProse(text: string): boolean {
  return /[.!?。！？…]/.test(text) && (text.match(/\p{L}/gu)?.length ?? 0) >= 60
}

function definedOnly(known: KnownMetadata): KnownMetadata {
  return Object.fromEntries(Object.entries(known).filter(([, v]) => v !== undefined && v !== null && v !== ''))
}

/** The message of a per-file failure: our own reasons as they are, file-system errors in words. */
export function describeError(err: unknown): string {
  if (err instanceof UnreadableInputError || err instanceof InputFormatError) return err.message
  const e = err as NodeJS.ErrnoException
  if (e?.code === 'ENOENT') return 'no such file or directory'
  if (e?.code === 'EACCES') return 'permission denied'
  if (e?.code === 'ELOOP') return 'too many levels of symbolic links'
  if (e?.code === 'EISDIR') return 'is a directory'
  return e?.message ?? String(err)
}
