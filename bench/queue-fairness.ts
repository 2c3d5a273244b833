/**
 * Why the bench judges the growth of slow routes at 4 connections: a plain node:http server (no
 * Fastify, no database) whose handler busy-waits 7 ms, loaded by autocannon at 4 to 32 connections.
 * Throughput stays the same; past about 50 ms of queued work (8 connections × 7 ms), p99 and the
 * slowest request climb towards the length of the run: some connections wait while others are
 * served. That p99 measures Node's scheduling, not the route.
 *
 *   node --import tsx bench/queue-fairness.ts
 */
import { spawn } from 'node:child_process'
import autocannon from 'autocannon'

const HANDLER_MS = 7
const server = spawn(
  process.execPath,
  [
    '-e',
    `const s = require('node:http').createServer((req, res) => {
       const t = performance.now(); while (performance.now() - t < ${HANDLER_MS}) {}
       res.setHeader('content-type', 'application/json'); res.end('{"ok":true}')
     })
     s.listen(0, '127.0.0.1', () => console.log('READY ' + s.address().port))`
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] }
)
const port = await new Promise<string>((resolve) => server.stdout.on('data', (d: Buffer) => resolve(/READY (\d+)/.exec(d.toString())?.[1] ?? '')))
try {
  console.log(`handler ${HANDLER_MS} ms; 3 s per run`)
  for (const connections of [4, 8, 16, 32]) {
    const r = await autocannon({ url: `http://127.0.0.1:${port}/`, connections, duration: 3 })
    console.log(`${String(connections).padStart(2)} connections: ${Math.round(r.requests.total / r.duration)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, slowest ${r.latency.max} ms`)
  }
} finally {
  server.kill()
}
