/** People and organisations named in an article body (first version: none). */
import type { Entities, Span } from './types.js'

export function findEntities(_body: string, _sentences: Span[]): Entities {
  return { people: [], organisations: [] }
}
