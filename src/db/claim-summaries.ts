/**
 * Rebuilding claim_summaries from the claims (migration 0011 adds new claims by trigger). Run
 * after a file is replaced: a removed minimum or maximum cannot be taken back row by row.
 */
import { sql } from 'drizzle-orm'
import type { Db } from './client.js'
import { monthOf } from './sqlite-sql.js'

const aggregates = sql.raw(`coalesce(c.unit, ''), count(*), sum(c.value), min(c.value), max(c.value)`)

export function rebuildClaimSummaries(db: Db): void {
  db.run(sql`DELETE FROM claim_summaries`)
  for (const [groupBy, key] of [
    ['category', sql`c.category`],
    ['unit', sql`coalesce(c.unit, '')`],
    ['qualifier', sql`c.qualifier`]
  ] as const)
    db.run(sql`INSERT INTO claim_summaries SELECT ${groupBy}, ${key}, '', ${aggregates} FROM claims c GROUP BY 2, 4`)
  db.run(sql`INSERT INTO claim_summaries SELECT 'source', coalesce(c.source_id, ''), coalesce(c.source_type, ''), ${aggregates} FROM claims c GROUP BY 2, 3, 4`)
  db.run(
    sql`INSERT INTO claim_summaries SELECT 'month', coalesce(${monthOf(sql`a.published_at`)}, ''), '', ${aggregates} FROM claims c JOIN articles a ON a.id = c.article_id GROUP BY 2, 4`
  )
}
