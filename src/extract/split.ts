/** Raw file text → article drafts (first version: one article per file). */
import type { ArticleDraft } from './types.js'

export function splitArticles(raw: string): ArticleDraft[] {
  const body = raw.replace(/\r\n?/g, '\n').trim()
  if (!body) return []
  return [{ index: 0, title: null, byline: null, dateline: null, publishedAt: null, agency: null, body }]
}
