/** Numeric claims: value, unit, qualifier, subject, category, source (first version: none). */
import type { ClaimFact, Entities, QuoteFact, Span } from './types.js'

export function findClaims(_body: string, _sentences: Span[], _entities: Entities, _quotes: QuoteFact[]): ClaimFact[] {
  return []
}
