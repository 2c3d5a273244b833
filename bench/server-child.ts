/**
 * Child process of the bench: serves one database read-only, either as the real app ("ours":
 * buildApp with its defaults, Zod, every plugin) or as the floor ("bare": a plain Fastify handler
 * with no schema and no plugin that runs the same SQL as the real query function, captured with
 * drizzle's logger, through better-sqlite3 prepared statements, and answers JSON.stringify(rows)).
 * Prints "READY <port>" on stdout once listening.
 *
 *   node --import tsx bench/server-child.ts ours|bare DB_PATH PARAMS_JSON
 */
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import Fastify from 'fastify'
import { buildApp } from '../src/app.js'
import { openReadOnly } from '../src/db/client.js'
import * as schema from '../src/db/schema.js'
import { routeSpecs, type RouteParams } from './lib/routes.js'

const [mode, dbPath, paramsJson] = process.argv.slice(2)
if ((mode !== 'ours' && mode !== 'bare') || !dbPath || !paramsJson) {
  console.error('usage: server-child.ts ours|bare DB_PATH PARAMS_JSON')
  process.exit(2)
}
const params = JSON.parse(paramsJson) as RouteParams

async function ours(path: string) {
  const reader = openReadOnly(path)
  return buildApp({ db: reader.db })
}

interface Captured {
  sql: string
  params: unknown[]
}

async function bare(path: string) {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true })
  sqlite.pragma('busy_timeout = 5000')
  let captured: Captured[] = []
  const db = drizzle(sqlite, { schema, logger: { logQuery: (sql, p) => void captured.push({ sql, params: p }) } })
  const byUrl = new Map<string, { stmt: Database.Statement; params: unknown[] }[]>()
  for (const spec of routeSpecs(params)) {
    captured = []
    await spec.query(db)
    byUrl.set(
      spec.url,
      captured.map((c) => ({ stmt: sqlite.prepare(c.sql), params: c.params }))
    )
  }
  const app = Fastify({ logger: false })
  app.get('/healthz', async () => ({ status: 'ok' }))
  app.get('/*', (req, reply) => {
    const stmts = byUrl.get(req.url)
    if (!stmts) return reply.code(404).send()
    // every statement the query function runs (name → ids, rows, count), every result serialized;
    // data is the biggest result (the rows), so the bench can compare row counts
    const results = stmts.map((s) => s.stmt.all(...s.params))
    const data = results.reduce((a, b) => (b.length > a.length ? b : a), [])
    reply.header('content-type', 'application/json; charset=utf-8')
    return reply.send(JSON.stringify({ data, results: results.filter((r) => r !== data) }))
  })
  return app
}

const app = mode === 'ours' ? await ours(dbPath) : await bare(dbPath)
await app.listen({ host: '127.0.0.1', port: 0 })
const address = app.server.address()
const port = typeof address === 'object' && address ? address.port : 0
console.log(`READY ${port}`)
process.on('SIGTERM', () => {
  void app.close().then(() => process.exit(0))
})
