/**
 * WAL checkpoints of a bulk ingest on a thread of their own. SQLite copies the write-ahead log back into the
 * database file, and waits for the disk to sync it, in the commit that crosses wal_autocheckpoint: once the
 * database holds thousands of articles, a file's commit rewrites thousands of scattered index pages, and
 * that copy took a third of the time of storing the file. During the ingest the writing connection does not
 * checkpoint; a worker with its own connection does, after every few committed files, while the next file is
 * stored. Every SYNC_FRAMES frames the writer waits for the checkpoints to catch up, so that the log starts
 * over instead of growing with the whole ingest.
 *
 * Synchronous on purpose (a shared counter and Atomics.wait): the writer stores file after file without
 * giving its event loop a turn, and must still see when a checkpoint is done.
 */
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type Database from 'better-sqlite3'

/** About 256 MB of log (4 KB pages) before the writer lets the checkpoints catch up. */
const SYNC_FRAMES = 65_536
/**
 * Commits between background checkpoints. Consecutive files change many of the same index pages, and a
 * checkpoint copies each page once whatever the number of commits that changed it: at 10k articles one
 * checkpoint per file cost the checkpointing thread 0.67 ms of CPU per article, one per four files 0.42.
 */
const COMMITS_PER_CHECKPOINT = 4
/** Longest wait for a checkpoint; past it the writer takes checkpointing back. */
const WAIT_MS = 60_000

// [0] checkpoints done, [1] frames in the log at the last one, [2] 1 once the worker has failed
const DONE = 0
const FRAMES = 1
const FAILED = 2

// Plain JavaScript: the worker needs only the SQLite driver, not the TypeScript sources.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const state = new Int32Array(workerData.state)
try {
  const Database = require(workerData.driver)
  const db = new Database(workerData.file, { fileMustExist: true })
  parentPort.on('message', () => {
    try {
      const [r] = db.pragma('wal_checkpoint(PASSIVE)')
      Atomics.store(state, ${FRAMES}, r.log)
    } catch {
      Atomics.store(state, ${FAILED}, 1)
    }
    Atomics.add(state, ${DONE}, 1)
    Atomics.notify(state, ${DONE})
  })
} catch {
  Atomics.store(state, ${FAILED}, 1)
  Atomics.notify(state, ${DONE})
}
`

export class BackgroundCheckpoints {
  private readonly state = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT))
  private readonly worker: Worker
  private requested = 0
  private commits = 0
  private stopped = false

  private constructor(
    private readonly sqlite: Database.Database,
    private readonly autocheckpoint: number
  ) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3')
    this.worker = new Worker(WORKER, { eval: true, workerData: { driver, file: sqlite.name, state: this.state.buffer } })
    this.worker.on('error', () => Atomics.store(this.state, FAILED, 1))
    // never what keeps the process alive
    this.worker.unref()
    sqlite.pragma('wal_autocheckpoint = 0')
  }

  /** Takes over the checkpoints of a file database in WAL mode; null for any other (nothing to do). */
  static start(sqlite: Database.Database): BackgroundCheckpoints | null {
    if (sqlite.memory || sqlite.readonly || sqlite.pragma('journal_mode', { simple: true }) !== 'wal') return null
    return new BackgroundCheckpoints(sqlite, sqlite.pragma('wal_autocheckpoint', { simple: true }) as number)
  }

  /** After each committed file: now and then a checkpoint in the background when none is running, and a wait. */
  committed(): void {
    if (this.stopped || this.failed()) return
    this.commits++
    if (this.commits % COMMITS_PER_CHECKPOINT === 0 && this.idle()) this.request()
    if (Atomics.load(this.state, FRAMES) >= SYNC_FRAMES) this.catchUp()
  }

  /** Lets the last checkpoint finish and hands checkpointing back to the writing connection. */
  stop(): void {
    if (this.stopped) return
    if (!this.failed()) this.catchUp()
    this.stopped = true
    this.restore()
    // its connection is closed as the thread ends
    void this.worker.terminate()
  }

  /** Until a checkpoint started after the last commit is done: the next transaction then starts the log over. */
  private catchUp(): void {
    if (!this.waitIdle()) return
    this.request()
    if (!this.waitIdle()) return
    Atomics.store(this.state, FRAMES, 0)
  }

  private request(): void {
    this.requested++
    this.worker.postMessage(null)
  }

  private idle(): boolean {
    return Atomics.load(this.state, DONE) >= this.requested
  }

  /** False when the worker failed or took too long: the writer checkpoints itself from then on. */
  private waitIdle(): boolean {
    const deadline = Date.now() + WAIT_MS
    while (!this.idle() && !this.failed()) {
      const left = deadline - Date.now()
      if (left <= 0) break
      Atomics.wait(this.state, DONE, Atomics.load(this.state, DONE), left)
    }
    if (this.idle() && !this.failed()) return true
    Atomics.store(this.state, FAILED, 1)
    this.restore()
    return false
  }

  private failed(): boolean {
    if (Atomics.load(this.state, FAILED) === 0) return false
    this.restore()
    return true
  }

  private restore(): void {
    if (this.sqlite.open) this.sqlite.pragma(`wal_autocheckpoint = ${this.autocheckpoint}`)
  }
}
