/**
 * A ceiling on the main thread's heap during a bulk ingest. V8 lets a heap grow to about four times its live
 * data before it collects; the main thread of an ingest holds some 25 MB live but goes through some 10 MB per
 * file (the facts received from a worker, the rows it binds), so its heap drifted past 120 MB, and with an
 * extraction worker and the SQLite cache beside it the ingest went over its 300 MB budget. A full collection
 * whenever the heap holds more than HEAP_BUDGET_MB (every few files, some 20 ms each) keeps it from drifting.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

const HEAP_BUDGET_MB = 40

let collect: (() => void) | undefined

/** Collects the main thread's garbage when the heap holds more than the budget; call after each stored file. */
export function heapBudget(): void {
  if (getHeapStatistics().used_heap_size < HEAP_BUDGET_MB * 2 ** 20) return
  collect ??= gcFunction()
  collect()
}

/** global.gc, which V8 hands out only behind a flag: set at run time, the flag applies to a new context. */
function gcFunction(): () => void {
  if (typeof globalThis.gc === 'function') return globalThis.gc
  setFlagsFromString('--expose-gc')
  return runInNewContext('gc') as () => void
}
