/** Fully qualified column references for hand-written subqueries. */
import { getTableName, sql, type Column, type SQL } from 'drizzle-orm'

/**
 * `"table"."column"`. drizzle renders columns unqualified in single-table selects, and inside a
 * correlated subquery an unqualified `"id"` silently binds to the inner table: always qualify.
 */
export function q(column: Column): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`
}
