/** Quotes and reported speech with their speakers (first version: none). */
import type { Entities, QuoteFact, Span } from './types.js'

export function findQuotes(_body: string, _sentences: Span[], _entities: Entities): QuoteFact[] {
  return []
}
