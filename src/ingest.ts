/** Files → formats → extraction → database: the ingest shared by the command, the POST route and the server's first start. */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { BackgroundCheckpoints } from './db/checkpoints.js'
import type { Db } from './db/client.js'
import { storedSha256, storeFile, unchangedResult } from './db/store.js'
import { sha256Hex } from './hash.js'
import { prepareFiles, type ExtractionOptions } from './extract-pool.js'
import { heapBudget } from './heap-budget.js'
import { INPUT_EXTENSIONS, type InputFormat, type KnownMetadata } from './formats/index.js'
import { describeError, displayPath, extractInput, MAX_FILE_BYTES, prepareFile, type FileOutcome, type PreparedFile, type PreparedInput } from './prepare.js'

export type { KnownMetadata } from './formats/index.js'
export { displayPath, extractInput, extractRecords, MAX_FILE_BYTES, prepareFile, type FileOutcome, type PreparedFile, type PreparedInput } from './prepare.js'

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

/** Text of one input (already decoded) → stored facts; shared by files and the POST route. */
export function ingestText(
  db: Db,
  path: string,
  text: string,
  sha256: string,
  known: KnownMetadata = {},
  format: InputFormat = 'text'
): FileOutcome {
  try {
    const { facts } = extractInput(path, text, { format, known })
    return { path, ok: true, format, result: storeFile(db, { path, sha256, facts }) }
  } catch (err) {
    return { path, ok: false, format, error: describeError(err) }
  }
}

/** Stores a prepared input in one transaction; a failure is reported, never thrown. */
export function storePrepared(db: Db, input: PreparedInput): FileOutcome {
  try {
    return { path: input.path, ok: true, format: input.format, result: storeFile(db, input) }
  } catch (err) {
    return { path: input.path, ok: false, format: input.format, error: describeError(err) }
  }
}

/** Reads, extracts and stores one file; a failure is reported, never thrown. */
export function ingestFile(db: Db, file: string): FileOutcome {
  const unchanged = unchangedOutcome(db, file)
  if (unchanged) return unchanged
  const prepared = prepareFile(file)
  return prepared.ok ? storePrepared(db, prepared.input) : prepared.outcome
}

/**
 * The outcome of a file already stored under its path with the same content, found by hashing its bytes
 * (a few hundred µs for a 100-article file, against half a second to extract it); else null, and also
 * when it cannot be read: prepareFile reports why.
 */
function unchangedOutcome(db: Db, file: string): FileOutcome | null {
  const path = displayPath(file)
  const stored = storedSha256(db, path)
  if (!stored) return null
  try {
    if (statSync(file).size > MAX_FILE_BYTES || sha256Hex(readFileSync(file)) !== stored) return null
  } catch {
    return null
  }
  return { path, ok: true, result: unchangedResult() }
}

/**
 * prepareFiles for the files whose content is not stored yet under their path, in input order, with the
 * outcome of each unchanged one in its place: ingesting a folder again extracts only the files that changed.
 */
export async function* prepareChangedFiles(db: Db, files: string[], opts: ExtractionOptions = {}): AsyncGenerator<PreparedFile> {
  const unchanged = files.map((f) => unchangedOutcome(db, f))
  const changed = prepareFiles(
    files.filter((_, i) => !unchanged[i]),
    opts
  )
  try {
    for (const outcome of unchanged) {
      if (outcome) yield { ok: false, outcome }
      else {
        const next = await changed.next()
        if (next.done) throw new Error('prepareFiles ended early')
        yield next.value
      }
    }
  } finally {
    await changed.return(undefined)
  }
}

/** Ingests files and folders on this thread, one transaction per file; each outcome is also passed to onFile as it comes. */
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

/**
 * What ingestPaths does, with the files read and extracted in worker threads while this thread stores
 * (extract-pool.ts), and the WAL checkpoints on another (db/checkpoints.ts): the same outcomes, in the same
 * order, each file stored in its own transaction.
 */
export async function ingestPathsAsync(db: Db, paths: string[], onFile?: (o: FileOutcome) => void, opts: ExtractionOptions = {}): Promise<FileOutcome[]> {
  const { files, errors } = collectInputFiles(paths)
  const outcomes: FileOutcome[] = [...errors]
  errors.forEach((e) => onFile?.(e))
  const checkpoints = files.length > 1 ? BackgroundCheckpoints.start(db.$client) : null
  try {
    for await (const prepared of prepareChangedFiles(db, files, opts)) {
      const o = prepared.ok ? storePrepared(db, prepared.input) : prepared.outcome
      outcomes.push(o)
      onFile?.(o)
      checkpoints?.committed()
      heapBudget()
    }
  } finally {
    checkpoints?.stop()
  }
  return outcomes
}

