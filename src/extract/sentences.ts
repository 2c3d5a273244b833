/** Article body → sentence spans (first version: split on terminal punctuation and newlines). */
import type { Span } from './types.js'

export function splitSentences(body: string): Span[] {
  const spans: Span[] = []
  const re = /[^.!?\n]+(?:[.!?]+["”’]?|$)/gm
  for (const m of body.matchAll(re)) {
    const text = m[0]
    const lead = text.length - text.trimStart().length
    const trimmed = text.trim()
    if (!trimmed) continue
    const start = (m.index ?? 0) + lead
    spans.push({ start, end: start + trimmed.length })
  }
  return spans
}
