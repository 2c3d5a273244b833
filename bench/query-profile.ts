/**
 * Where a route's time goes in SQLite: each statement the route's query function runs (captured
 * with drizzle's logger), its median time over a few executions, and its EXPLAIN QUERY PLAN.
 *
 *   npx tsx bench/query-profile.ts .bench-cache/db-10000.sqlite
 */
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import * as schema from '../src/db/schema.js'
import { median } from './lib/load.js'
import { PAGE_LIMIT, pickParams, routeSpecs } from './lib/routes.js'

const path = process.argv[2]
if (!path) {
  console.error('usage: query-profile.ts DB_PATH [REPEATS]')
  process.exit(2)
}
const repeats = Number(process.argv[3] ?? 5)
const sqlite = new Database(path, { readonly: true, fileMustExist: true })
const claims = (sqlite.prepare('select count(*) as n from claims').get() as { n: number }).n
const params = pickParams(sqlite, Math.max(2, Math.min(1000, Math.floor(claims / PAGE_LIMIT))))
let captured: { sql: string; params: unknown[] }[] = []
const db = drizzle(sqlite, { schema, logger: { logQuery: (sql, p) => void captured.push({ sql, params: p }) } })
console.log(JSON.stringify(params))
for (const spec of routeSpecs(params)) {
  captured = []
  await spec.query(db)
  console.log(`\n${spec.name}  ${spec.url}`)
  for (const c of captured) {
    const stmt = sqlite.prepare(c.sql)
    const times: number[] = []
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now()
      stmt.all(...c.params)
      times.push(performance.now() - t0)
    }
    const plan = sqlite.prepare(`explain query plan ${c.sql}`).all(...c.params) as { detail: string }[]
    console.log(`  ${median(times).toFixed(2).padStart(9)} ms  ${c.sql.replace(/\s+/g, ' ').slice(0, 160)}`)
    console.log(`               plan: ${plan.map((p) => p.detail).join(' ; ')}`)
  }
}
