/**
 * Totals of the ?speaker= and ?source= lists from the per-entity counts the triggers of migration 0015 keep,
 * instead of counting the matching rows: exact at any size, and as fast for the most quoted speaker as for
 * the least.
 */
import { eq, sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import { organisations, people } from '../schema.js'
import type { EntityKey } from './entity-names.js'
import type { Total } from './pagination.js'
import { preparedQuery } from './prepared.js'

export type FactCount = 'quoteCount' | 'claimCount'

const tables = { person: people, organisation: organisations } as const

/** Quotes spoken by (or claims sourced to) any of these entities. */
export async function factTotal(db: Db, count: FactCount, keys: EntityKey[]): Promise<Total> {
  let n = 0
  for (const { type, id } of keys) {
    const table = tables[type]
    const query = preparedQuery(db, `entity-${count}:${type}`, () =>
      db.select({ n: table[count] }).from(table).where(eq(table.id, sql.placeholder('id'))).prepare()
    )
    n += (await query.get({ id }))?.n ?? 0
  }
  return { total: n, totalExact: true }
}

/**
 * The entities whose facts a list counts when it is filtered by nothing but its entity (a name, or an id,
 * which can be a person's or an organisation's); null when it has other filters, none, or both (which
 * intersect). `shape` names every bound filter value (Params.shape), so a filter added later counts as
 * another filter without being listed here.
 */
export function onlyEntities(shape: string, named: EntityKey[] | null, id: string | undefined, idParam: string): EntityKey[] | null {
  if (!shape.split(',').every((name) => name === idParam || /^entity(?:Type|Id)\d+$/.test(name))) return null
  if (named && id) return null
  if (id) return [{ type: 'person', id }, { type: 'organisation', id }]
  if (!named) return null
  const seen = new Set<string>()
  return named.filter((k) => !seen.has(`${k.type}:${k.id}`) && seen.add(`${k.type}:${k.id}`))
}

