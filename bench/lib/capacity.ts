/**
 * How much more work two busy threads get done on this machine than one. Two cores of a virtual
 * machine are often two hyperthreads of one physical core, or share its clock boost: then an
 * extraction worker and the storing main thread slow each other down, and the ingest cannot gain
 * what the core count promises. 2.0 means two independent cores.
 */
import { once } from 'node:events'
import { Worker } from 'node:worker_threads'

// integer arithmetic on registers: what contends is the core, not memory
const SPIN = `(ms) => { let x = 0, n = 0; const end = Date.now() + ms; while (Date.now() < end) { for (let i = 0; i < 1e4; i++) x = (x * 31 + i) | 0; n++ } return n + (x & 0) }`

const spin = (0, eval)(SPIN) as (ms: number) => number

/** Work of this thread and a worker spinning at the same time, over the work of this thread alone (median of `runs`). */
export async function parallelCapacity(ms = 400, runs = 3): Promise<number> {
  const worker = new Worker(`const { parentPort } = require('node:worker_threads'); const spin = ${SPIN}; parentPort.on('message', (ms) => parentPort.postMessage(spin(ms)))`, { eval: true })
  try {
    await once(worker, 'online')
    // both threads' loops optimized first: an unoptimized first run would count for far less work
    const warm = once(worker, 'message')
    worker.postMessage(300)
    spin(300)
    spin(300)
    await warm
    const ratios: number[] = []
    for (let r = 0; r < runs; r++) {
      const alone = spin(ms)
      const there = once(worker, 'message') as Promise<[number]>
      worker.postMessage(ms)
      const here = spin(ms)
      const [theirs] = await there
      ratios.push((here + theirs) / alone)
    }
    return ratios.sort((a, b) => a - b)[Math.floor(ratios.length / 2)] as number
  } finally {
    await worker.terminate()
  }
}
