/** Files → extraction → database: the ingest shared by the command and the server's first start. */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import type { Db } from './db/client.js'
import { decodeText, UnreadableInputError } from './decode.js'
import { sha256Hex, storeFile, type StoreResult } from './db/store.js'
import { extractFile } from './extract/pipeline.js'
import type { ArticleDraft } from './extract/types.js'

/** Extensions picked up when a directory is given; a file named explicitly is always read. */
const INPUT_EXTENSIONS = ['.txt', '.text']

export interface FileOutcome {
  path: string
  ok: boolean
  result?: StoreResult
  error?: string
}

/** Expands directories (recursively, each real folder once, so symlink loops end) into input files. */
export function collectInputFiles(paths: string[]): { files: string[]; errors: FileOutcome[] } {
  const files: string[] = []
  const errors: FileOutcome[] = []
  const seenDirs = new Set<string>()
  const seenFiles = new Set<string>()
  const addFile = (p: string): void => {
    const real = realpathSync(p)
    if (seenFiles.has(real)) return
    seenFiles.add(real)
    files.push(p)
  }
  const walk = (dir: string): void => {
    const real = realpathSync(dir)
    if (seenDirs.has(real)) return
    seenDirs.add(real)
    for (const entry of readdirSync(dir).sort()) {
      const p = join(dir, entry)
      try {
        const st = statSync(p)
        if (st.isDirectory()) walk(p)
        else if (st.isFile() && INPUT_EXTENSIONS.some((ext) => entry.toLowerCase().endsWith(ext))) addFile(p)
      } catch (err) {
        errors.push({ path: displayPath(p), ok: false, error: describeError(err) })
      }
    }
  }
  for (const p of paths) {
    try {
      const st = statSync(p)
      if (st.isDirectory()) walk(p)
      else addFile(p)
    } catch (err) {
      errors.push({ path: displayPath(p), ok: false, error: describeError(err) })
    }
  }
  return { files, errors }
}

/** The path stored as provenance: relative to the working directory, with forward slashes. */
export function displayPath(p: string): string {
  return relative(process.cwd(), resolve(p)).split(sep).join('/') || '.'
}

/** Files above this size are refused before reading: extraction holds one file in memory. */
export const MAX_FILE_BYTES = Number(process.env.INGEST_MAX_FILE_MB ?? 32) * 1024 * 1024

/** Metadata the caller knows better than the text (from JSON fields or page metadata). */
export type KnownMetadata = Partial<Pick<ArticleDraft, 'title' | 'byline' | 'publishedAt' | 'url'>>

/** Text of one input (already decoded) → stored facts; shared by files and the POST route. */
export function ingestText(db: Db, path: string, text: string, sha256: string, known: KnownMetadata = {}): FileOutcome {
  const facts = extractFile(text)
  if (facts.length === 0) return { path, ok: false, error: 'no article found in the file' }
  const given = Object.fromEntries(Object.entries(known).filter(([, v]) => v !== undefined && v !== null && v !== ''))
  for (const f of facts) Object.assign(f.article, given)
  return { path, ok: true, result: storeFile(db, { path, sha256, facts }) }
}

/** Reads, extracts and stores one file; a failure is reported, never thrown. */
export function ingestFile(db: Db, file: string): FileOutcome {
  const path = displayPath(file)
  try {
    const size = statSync(file).size
    if (size > MAX_FILE_BYTES) {
      return { path, ok: false, error: `file is too large (${(size / 2 ** 20).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 2 ** 20} MB)` }
    }
    const bytes = readFileSync(file)
    return ingestText(db, path, decodeText(bytes), sha256Hex(bytes))
  } catch (err) {
    return { path, ok: false, error: describeError(err) }
  }
}

export function ingestPaths(db: Db, paths: string[], onFile?: (o: FileOutcome) => void): FileOutcome[] {
  const { files, errors } = collectInputFiles(paths)
  const outcomes: FileOutcome[] = [...errors]
  errors.forEach((e) => onFile?.(e))
  for (const f of files) {
    const o = ingestFile(db, f)
    outcomes.push(o)
    onFile?.(o)
  }
  return outcomes
}

function describeError(err: unknown): string {
  if (err instanceof UnreadableInputError) return err.message
  const e = err as NodeJS.ErrnoException
  if (e?.code === 'ENOENT') return 'no such file or directory'
  if (e?.code === 'EACCES') return 'permission denied'
  if (e?.code === 'ELOOP') return 'too many levels of symbolic links'
  if (e?.code === 'EISDIR') return 'is a directory'
  return e?.message ?? String(err)
}
