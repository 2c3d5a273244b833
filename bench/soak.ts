/**
 * `npm run soak`: a mixed read workload at 100 connections for 60 s against a 10k-article database
 * while an ingest writes into it. Passes with zero errors, zero non-2xx and server RSS growth under
 * 10 % from the 10th to the last second, each measured right after a full garbage collection. `-- --quick` runs 15 s on the 1k database for a smoke test.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import autocannon from 'autocannon'
import Database from 'better-sqlite3'
import { ensureCorpus } from './corpus.js'
import { nodeTs, ROOT } from './lib/load.js'
import { pickParams, routeSpecs } from './lib/routes.js'

const quick = process.argv.includes('--quick')
const SIZE = quick ? 1000 : 10_000
const SECONDS = quick ? 15 : 60
const CONNECTIONS = 100
const CACHE = join(ROOT, '.bench-cache')
const source = join(CACHE, `db-${SIZE}.sqlite`)
if (!existsSync(source)) {
  console.error(`soak: ${source} is missing; run \`npm run bench${quick ? ' -- --quick' : ''}\` once to build it`)
  process.exit(2)
}

// The soak writes into its database, so it works on a copy and leaves the bench's cache intact.
const dbPath = join(CACHE, `soak-${SIZE}.sqlite`)
for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true })
const checkpoint = new Database(source)
checkpoint.pragma('wal_checkpoint(TRUNCATE)')
checkpoint.close()
copyFileSync(source, dbPath)

const params = (() => {
  const db = new Database(dbPath, { readonly: true })
  try {
    return pickParams(db, 10)
  } finally {
    db.close()
  }
})()
const paths = [
  ...routeSpecs(params).map((r) => r.url),
  `/v1/claims?category=killed&sort=-publishedAt`,
  `/v1/claims/summary?groupBy=month`,
  `/v1/people?q=${encodeURIComponent(params.speaker.slice(0, 3))}`,
  `/v1/organisations?limit=100`,
  `/v1/stats`
]

// New articles for the concurrent ingest: another seed, so none is a duplicate of what is stored.
const corpusDir = join(CACHE, `soak-corpus-${quick ? 300 : 2000}`)
ensureCorpus(corpusDir, quick ? 300 : 2000, 777, join(ROOT, 'test/fixtures'))

const port = await new Promise<number>((resolve) => {
  const s = createServer()
  s.listen(0, '127.0.0.1', () => {
    const p = (s.address() as { port: number }).port
    s.close(() => resolve(p))
  })
})
// gc-on-signal: SIGUSR2 makes the server collect its garbage, for the memory check below
const gcPreload = join(ROOT, 'bench/lib/gc-on-signal.cjs')
const server = nodeTs('src/server.ts', [], {
  ...process.env,
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${gcPreload}`.trim(),
  DATABASE_PATH: dbPath,
  PORT: String(port),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'error'
})
server.stdout?.resume()
let serverErr = ''
server.stderr?.on('data', (d: Buffer) => {
  serverErr = (serverErr + d.toString()).slice(-20_000)
})
server.once('exit', (code, signal) => {
  if (!shuttingDown) console.error(`soak: the server exited during the run (code ${code}, signal ${signal})\n${serverErr}`)
})
let shuttingDown = false
const base = `http://127.0.0.1:${port}`
for (let i = 0; i < 600; i++) {
  if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) break
  await new Promise((r) => setTimeout(r, 100))
}

const rssOf = (pid: number): number => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024
}
const rss: number[] = []
const sampler = setInterval(() => rss.push(rssOf(server.pid!)), 1000)
/**
 * RSS right after a full collection (SIGUSR2, bench/lib/gc-on-signal.cjs). Under load V8 lets the heap
 * grow for a minute or more before a major collection, so plain RSS says when that last ran; after a
 * forced one it says what the server keeps.
 */
const rssAfterGc = async (): Promise<number> => {
  server.kill('SIGUSR2')
  await new Promise((r) => setTimeout(r, 1000))
  return rssOf(server.pid!)
}
let at10AfterGc = 0
const baseline = new Promise<void>((resolve) =>
  setTimeout(() => void rssAfterGc().then((b) => ((at10AfterGc = b), resolve())), 9000)
)

const ingest = nodeTs('src/cli/ingest.ts', ['--db', dbPath, corpusDir])
ingest.stdout?.resume()
ingest.stderr?.resume()
const ingestExit = new Promise<number | null>((r) => ingest.once('exit', (code) => r(code)))
const articlesBefore = SIZE

const result = await autocannon({
  // errors are counted by status below; the per-status table says which

  url: base,
  connections: CONNECTIONS,
  duration: SECONDS,
  requests: paths.map((path) => ({ method: 'GET' as const, path })),
  timeout: 30
})
clearInterval(sampler)
await baseline
const endAfterGc = await rssAfterGc()
const ingestRunning = ingest.exitCode === null
ingest.kill('SIGTERM')
await ingestExit
// The articles stored now, read from the database itself: the server may be shedding load.
const countDb = new Database(dbPath, { readonly: true })
const stats = { data: countDb.prepare('select count(*) as articles from articles').get() as { articles: number } }
countDb.close()
shuttingDown = true
server.kill('SIGTERM')

const at10 = rss[9] ?? rss[0] ?? 0
const atEnd = rss.at(-1) ?? 0
const growth = at10AfterGc ? (endAfterGc - at10AfterGc) / at10AfterGc : 0
const report = {
  date: new Date().toISOString(),
  database: `${SIZE} articles`,
  seconds: SECONDS,
  connections: CONNECTIONS,
  routes: paths,
  requests: result.requests.total,
  requestsPerSecond: Math.round(result.requests.total / result.duration),
  latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
  errors: result.errors + result.timeouts,
  non2xx: result.non2xx,
  rssMB: {
    at10s: +(at10 / 2 ** 20).toFixed(1),
    atEnd: +(atEnd / 2 ** 20).toFixed(1),
    max: +(Math.max(...rss) / 2 ** 20).toFixed(1),
    at10sAfterGc: +(at10AfterGc / 2 ** 20).toFixed(1),
    atEndAfterGc: +(endAfterGc / 2 ** 20).toFixed(1),
    perSecond: rss.map((b) => Math.round(b / 2 ** 20))
  },
  rssGrowthAfterGc10sToEnd: +(growth * 100).toFixed(1),
  ingest: { articlesAdded: stats.data.articles - articlesBefore, stillRunningAtEnd: ingestRunning },
  loadAverage: (await import('node:os')).loadavg()
}
const pass = report.errors === 0 && report.non2xx === 0 && growth < 0.1 && report.ingest.articlesAdded > 0
mkdirSync(join(ROOT, 'bench/results'), { recursive: true })
writeFileSync(join(ROOT, `bench/results/soak${quick ? '-quick' : ''}-latest.json`), JSON.stringify({ ...report, pass }, null, 2) + '\n')

const row = (k: string, v: string | number, target: string, ok: boolean) => console.log(`${k.padEnd(30)} ${String(v).padStart(14)}   ${target.padEnd(16)} ${ok ? 'pass' : 'FAIL'}`)
console.log(`soak: ${SECONDS} s, ${CONNECTIONS} connections, ${paths.length} routes, ${SIZE}-article database, ingest writing meanwhile`)
row('requests', report.requests, '', true)
row('requests/s', report.requestsPerSecond, '', true)
row('latency p50 / p99 (ms)', `${report.latencyMs.p50} / ${report.latencyMs.p99}`, '', true)
row('errors + timeouts', report.errors, '0', report.errors === 0)
row('non-2xx', report.non2xx, '0', report.non2xx === 0)
row('server RSS at 10 s → end (MB)', `${report.rssMB.at10s} → ${report.rssMB.atEnd}`, '', true)
row('… after a full GC (MB)', `${report.rssMB.at10sAfterGc} → ${report.rssMB.atEndAfterGc}`, '', true)
row('RSS growth after GC', `${report.rssGrowthAfterGc10sToEnd} %`, '< 10 %', growth < 0.1)
row('articles ingested meanwhile', report.ingest.articlesAdded, '> 0', report.ingest.articlesAdded > 0)
process.exit(pass ? 0 : 1)
