/**
 * claim_summaries: count, sum, min and max of claim values per grouping, key and unit. The ingest adds a
 * file's claims once the file is stored (addFileClaimSummaries); a replaced file rebuilds the table, as a
 * removed minimum or maximum cannot be taken back row by row.
 */
import { sql, type SQL } from 'drizzle-orm'
import type { Db } from './client.js'
import { monthOf } from './sqlite-sql.js'

const aggregates = sql.raw(`coalesce(c.unit, ''), count(*), sum(c.value), min(c.value), max(c.value)`)
/** Rows already there take the new claims in. */
const merge = sql.raw(
  ` ON CONFLICT (group_by, key, key_type, unit) DO UPDATE SET claim_count = claim_count + excluded.claim_count, value_sum = value_sum + excluded.value_sum, ` +
    `value_min = min(value_min, excluded.value_min), value_max = max(value_max, excluded.value_max)`
)

/** Adds the claims `where` selects (a condition on claims c) to their rows of every grouping. */
function addClaimSummaries(db: Db, where: SQL): void {
  for (const [groupBy, key] of [
    ['category', sql`c.category`],
    ['unit', sql`coalesce(c.unit, '')`],
    ['qualifier', sql`c.qualifier`]
  ] as const)
    db.run(sql`INSERT INTO claim_summaries SELECT ${groupBy}, ${key}, '', ${aggregates} FROM claims c WHERE ${where} GROUP BY 2, 4${merge}`)
  db.run(sql`INSERT INTO claim_summaries SELECT 'source', coalesce(c.source_id, ''), coalesce(c.source_type, ''), ${aggregates} FROM claims c WHERE ${where} GROUP BY 2, 3, 4${merge}`)
  db.run(
    sql`INSERT INTO claim_summaries SELECT 'month', coalesce(${monthOf(sql`a.published_at`)}, ''), '', ${aggregates} FROM claims c JOIN articles a ON a.id = c.article_id WHERE ${where} GROUP BY 2, 4${merge}`
  )
}

/**
 * Adds the claims of the articles stored from this file. Once per file rather than by a trigger per claim
 * (migration 0020): five upserts per claim were a tenth of storing a file.
 */
export function addFileClaimSummaries(db: Db, path: string): void {
  addClaimSummaries(db, sql`c.article_id IN (SELECT id FROM articles WHERE source_file = ${path})`)
}

export function rebuildClaimSummaries(db: Db): void {
  db.run(sql`DELETE FROM claim_summaries`)
  addClaimSummaries(db, sql`true`)
}
