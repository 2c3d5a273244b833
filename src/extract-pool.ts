/**
 * Extraction in worker threads for the ingest. Storing stays on the main thread (one SQLite writer, one
 * transaction per file, in input order); reading and extracting the next files runs beside it on the other
 * cores, a few files ahead, so the main thread has the next file's facts ready when it has stored one.
 */
import { statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { PrepareReply, PrepareRequest } from './extract-worker.js'
import { findPendingClaims } from './extract/pipeline.js'
import type { ArticleFacts } from './extract/types.js'
import { describeError, prepareFile, type PreparedFile } from './prepare.js'

export interface ExtractionOptions {
  /** Extraction workers beside the main thread; 0 extracts on the main thread. Default: extractionThreads(). */
  threads?: number
  /** Inputs smaller than this in all are extracted on the main thread, where no worker has to start first. */
  minParallelBytes?: number
  /** Old-generation heap of each worker, in MB (default WORKER_HEAP_MB); a file that needs more is extracted on the main thread. */
  workerHeapMb?: number
}

/**
 * Workers to start: one per core beyond the main thread's (which stores), or INGEST_THREADS. On two cores
 * that is one worker: with the main thread storing, both cores are busy, and a second worker would only take
 * turns with them (and add its own heap to the ingest's memory).
 */
export function extractionThreads(env: NodeJS.ProcessEnv = process.env): number {
  const set = env.INGEST_THREADS?.trim()
  if (set) return Math.max(0, Math.floor(Number(set)) || 0)
  return availableParallelism() - 1
}

/** About one second of extraction: below that, starting a worker (a few hundred ms) is not worth it. */
export const MIN_PARALLEL_BYTES = 512 * 1024

/**
 * Old-generation heap of a worker. A 100-article file needs more than 32 MB (its text, its facts, the
 * extraction's caches and garbage); without a bound V8 lets the heap grow far beyond what it needs, and the
 * whole ingest must stay under 300 MB. The young generation is kept small for the same reason. Measured on
 * the bench's 10k corpus and the 181 web pages of the body-extraction benchmark (whose DOMs make garbage
 * fast): 48/16 MB gave 162 articles/s at 288 MB peak and 27–29 ms per page; 64/24 MB gave 180 articles/s at
 * 292 MB and 26–27 ms; 64/32 and 80/24 MB reached 298 MB for no steady gain; 48/32 MB starves the old
 * generation and is slower than any.
 */
export const WORKER_HEAP_MB = 64
const YOUNG_GENERATION_MB = 24

/**
 * Each file prepared (read, decoded, extracted; a failure is a result, never thrown), in input order. The
 * main thread extracts only a file too big for a worker's heap (or every file when no worker can run), not
 * even the first while the workers start: each thread compiles the pipeline's hot code for itself, and
 * compiling it twice costs more than the wait. On two cores, main thread first then workers gave 142–158
 * articles/s at 1k, workers only 161–164 (three alternated pairs); 10k was the same either way.
 * With one worker, the main thread finds each file's claims (see claimsOnMainThread).
 * At most threads + 2 files' facts are held at once (about 5 MB each for 100 articles): the one the
 * caller is storing, the ones being extracted, and one queued for the next free worker.
 */
export async function* prepareFiles(files: string[], opts: ExtractionOptions = {}): AsyncGenerator<PreparedFile> {
  const threads = Math.min(opts.threads ?? extractionThreads(), files.length - 1)
  const sizes = files.map(inputBytes)
  if (threads < 1 || sizes.reduce((a, b) => a + b, 0) < (opts.minParallelBytes ?? MIN_PARALLEL_BYTES)) {
    for (const file of files) yield prepareFile(file)
    return
  }
  const heapMb = opts.workerHeapMb ?? WORKER_HEAP_MB
  const deferClaims = claimsOnMainThread(threads)
  const pool = new ExtractPool(threads, heapMb, deferClaims)
  try {
    // null: the main thread prepares that file when its turn comes
    const pending = new Map<number, Promise<PreparedFile> | null>()
    let sent = 0
    const sendUpTo = (last: number): void => {
      for (; sent <= last && sent < files.length; sent++) {
        pending.set(sent, (sizes[sent] as number) > heapMb * BYTES_PER_HEAP_MB ? null : pool.prepare(files[sent] as string))
      }
    }
    for (let i = 0; i < files.length; i++) {
      sendUpTo(i + threads)
      const job = pending.get(i)
      pending.delete(i)
      // (deferred claims were found as the worker's articles came in: see received)
      yield job ? await job : prepareFile(files[i] as string)
    }
  } finally {
    await pool.close()
  }
}

/**
 * Whether the main thread finds the claims of the files a worker extracts. With one worker it balances the
 * two threads: per article the worker's split, sentences, entities and quotes take about 3 ms, the claims
 * 1 ms and storing 2.2 ms, so with the claims in the worker the main thread waited half the time. With more
 * workers the main thread, storing for all of them, has no time to spare.
 */
export const claimsOnMainThread = (threads: number): boolean => threads === 1

/**
 * Input text a worker's heap can take per MB: a 2.4 MB file (300 articles) fits in 48 MB, a 4.8 MB one does
 * not (measured with a 48 MB heap). Bigger files go to the main thread at once rather than to a worker that would run out of memory.
 */
const BYTES_PER_HEAP_MB = 48 * 1024

/** Size of a file's text, estimated for a gzipped one; 0 when unreadable (prepareFile reports it). */
function inputBytes(file: string): number {
  try {
    const size = statSync(file).size
    return file.toLowerCase().endsWith('.gz') ? size * 8 : size
  } catch {
    return 0
  }
}

interface Task {
  file: string
  resolve: (p: PreparedFile) => void
  /** Articles the worker sent so far, their claims found here when deferred. */
  articles: ArticleFacts[]
  /** Why finding their claims failed (the file fails, as when the worker fails on it). */
  claimsError?: unknown
}

/**
 * A fixed number of extraction workers, one file each at a time. A worker that stops (out of memory on a huge
 * file, or unable to start) has its file extracted on the main thread instead, so outcomes never depend on
 * the workers; one that had already done a file is replaced, and when none is left the main thread does all.
 */
class ExtractPool {
  private readonly live = new Set<Worker>()
  private readonly idle: Worker[] = []
  private readonly busy = new Map<Worker, Task>()
  private readonly queue: Task[] = []
  /** Workers that have prepared a file: their failure was about a file, not about starting. */
  private readonly proven = new WeakSet<Worker>()
  private closed = false

  constructor(
    size: number,
    private readonly heapMb: number,
    /** Workers leave the claims to the main thread. */
    private readonly deferClaims: boolean
  ) {
    for (let i = 0; i < size; i++) this.add()
  }

  prepare(file: string): Promise<PreparedFile> {
    return new Promise((resolve) => {
      this.queue.push({ file, resolve, articles: [] })
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    // closed first, so the workers' exits are not taken for failures
    this.closed = true
    const workers = [...this.live]
    this.live.clear()
    await Promise.all(workers.map((w) => w.terminate()))
  }

  private add(): void {
    const worker = startWorker(this.heapMb)
    worker.on('message', (reply: PrepareReply) => this.received(worker, reply))
    worker.on('error', (err) => this.lost(worker, err))
    worker.on('exit', (code) => this.lost(worker, new Error(`exit code ${code}`)))
    this.live.add(worker)
    this.idle.push(worker)
  }

  private dispatch(): void {
    if (this.live.size === 0) {
      for (const task of this.queue.splice(0)) onMainThread(task)
      return
    }
    while (this.queue.length && this.idle.length) {
      const worker = this.idle.pop() as Worker
      const task = this.queue.shift() as Task
      this.busy.set(worker, task)
      const request: PrepareRequest = { file: task.file, deferClaims: this.deferClaims }
      worker.postMessage(request)
    }
  }

  private received(worker: Worker, reply: PrepareReply): void {
    const task = this.busy.get(worker)
    if (!task) return
    if ('articles' in reply) {
      // the claims of these articles are found now, while the worker extracts the rest of the file
      if (this.deferClaims && task.claimsError === undefined) {
        try {
          for (const facts of reply.articles) findPendingClaims(facts)
        } catch (err) {
          task.claimsError = err
        }
      }
      task.articles.push(...reply.articles)
      return
    }
    this.busy.delete(worker)
    this.proven.add(worker)
    this.idle.push(worker)
    const { prepared } = reply
    if (prepared.ok && reply.sent) prepared.input.facts = task.articles
    if (prepared.ok && task.claimsError !== undefined) {
      task.resolve({ ok: false, outcome: { path: prepared.input.path, ok: false, format: prepared.input.format, error: describeError(task.claimsError) } })
    } else task.resolve(prepared)
    this.dispatch()
  }

  private lost(worker: Worker, err: Error): void {
    if (this.closed || !this.live.delete(worker)) return
    const at = this.idle.indexOf(worker)
    if (at >= 0) this.idle.splice(at, 1)
    const task = this.busy.get(worker)
    this.busy.delete(worker)
    process.emitWarning(`an extraction worker stopped (${err.message}); ${task ? `${task.file} is` : 'files are'} extracted on the main thread`)
    if (task) onMainThread(task)
    if (this.proven.has(worker)) this.add()
    this.dispatch()
  }
}

/** Prepares the task's file here, after the current turn: its promise is never settled in the middle of a caller's code. */
function onMainThread(task: Task): void {
  setImmediate(() => task.resolve(prepareFile(task.file)))
}

/**
 * A worker running extract-worker, its heap bounded (the ingest's memory budget holds one file's facts per
 * worker, not V8's default growth). From the built JavaScript it runs extract-worker.js; from the TypeScript
 * sources (npm start, npm run ingest, vitest) it runs sourceBundle(), or tsx inside the thread when that fails.
 */
function startWorker(heapMb: number): Worker {
  // in proportion: a young generation larger than a small old one runs the worker out of memory on promotion
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.max(2, Math.round((heapMb * YOUNG_GENERATION_MB) / WORKER_HEAP_MB)) }
  if (import.meta.url.endsWith('.js')) return new Worker(new URL('./extract-worker.js', import.meta.url), { resourceLimits })
  const bundle = sourceBundle()
  if (bundle) return new Worker(bundle, { resourceLimits })
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api')
  const entry = fileURLToPath(new URL('./extract-worker.ts', import.meta.url))
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)})`, { eval: true, resourceLimits })
}

let bundled: URL | null | undefined

/**
 * The worker's code from the TypeScript sources: extract-worker.ts and all it imports, bundled by esbuild
 * into one ES module (packages left to Node), as a data: URL; built once per process, in about 70 ms.
 * Why not tsx in the thread: Node 20 does not apply an inherited `--import tsx` to a worker's entry, tsx's
 * ES module hooks would start one more thread (some 20 MB) for each worker, and its CommonJS hooks turn every
 * imported function into a property getter of its module: the worker extracted 12 % slower that way
 * (6.1 s for the bench's 1k corpus against 5.4 s bundled, three alternated runs). null when esbuild fails.
 */
function sourceBundle(): URL | null {
  if (bundled !== undefined) return bundled
  try {
    const entry = fileURLToPath(new URL('./extract-worker.ts', import.meta.url))
    // loaded here, not at start: the built JavaScript never needs it
    const { buildSync } = createRequire(import.meta.url)('esbuild') as typeof import('esbuild')
    const { outputFiles } = buildSync({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      write: false,
      logLevel: 'silent',
      // a data: URL cannot resolve packages; the code that requires one (formats/html.ts) does it from here
      define: { 'import.meta.url': JSON.stringify(pathToFileURL(entry).href) }
    })
    const code = outputFiles[0]?.contents
    bundled = code ? new URL(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`) : null
  } catch {
    bundled = null
  }
  return bundled
}
