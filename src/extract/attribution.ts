/** Maps a speaker phrase ("said Schmale", "the agency", "he") to an entity of the article; shared by quotes and claims. */
import { foldName } from './slug.js'
import type { Entities, EntityRef, Span } from './types.js'

/** One entity mention with the entity it belongs to, in body order. */
export interface MentionRef extends Span {
  ref: EntityRef
}

/** Every person and organisation mention of the article, sorted by start. */
export function mentionIndex(entities: Entities): MentionRef[] {
  const out: MentionRef[] = []
  for (const p of entities.people) for (const m of p.mentions) out.push({ ...m, ref: { type: 'person', key: p.key, name: p.name } })
  for (const o of entities.organisations) for (const m of o.mentions) out.push({ ...m, ref: { type: 'organisation', key: o.key, name: o.name } })
  return out.sort((a, b) => a.start - b.start || b.end - a.end)
}

/**
 * Resolves a name, alias, acronym or surname written anywhere in `text` to an entity:
 * resolveMention("Mr. Bathily", entities) → { type: 'person', key: 'abdoulaye-bathily', … }.
 * The longest matching form wins; people before organisations on ties. Pronouns are not
 * resolved here (they need the article's order; see quotes.ts). Returns null when nothing matches.
 */
export function resolveMention(text: string, entities: Entities): EntityRef | null {
  const hay = ` ${foldName(text)} `
  let best: { ref: EntityRef; len: number } | null = null
  const consider = (ref: EntityRef, forms: string[]): void => {
    for (const f of forms) {
      const k = foldName(f)
      if (k && hay.includes(` ${k} `) && (!best || k.length > best.len)) best = { ref, len: k.length }
    }
  }
  for (const p of entities.people) {
    const surname = p.name.split(' ').pop() ?? ''
    consider({ type: 'person', key: p.key, name: p.name }, [p.name, ...p.aliases, surname])
  }
  for (const o of entities.organisations) consider({ type: 'organisation', key: o.key, name: o.name }, [o.name, ...o.aliases, o.acronym ?? ''])
  return (best as { ref: EntityRef } | null)?.ref ?? null
}
