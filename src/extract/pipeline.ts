/** The extraction conductor: split → sentences → entities → quotes → claims, in that order. */
import { findClaims } from './claims.js'
import { findEntities } from './entities.js'
import { findQuotes } from './quotes.js'
import { splitSentences } from './sentences.js'
import { splitArticles } from './split.js'
import type { ArticleDraft, ArticleFacts, Span } from './types.js'

/** A body counts as an article only if it has at least one real sentence: menus, link lists and page footers ("Your donation powers frontline reporting.") do not. */
const MIN_SENTENCE_WORDS = 10

function hasProse(body: string, sentences: Span[]): boolean {
  return sentences.some((s) => {
    const text = body.slice(s.start, s.end)
    return /[.!?…]["”’)]*$/.test(text) && (text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= MIN_SENTENCE_WORDS
  })
}

export interface ExtractOptions {
  /**
   * Stop before the claims: each article's facts come with no claims and with `pendingClaims`, what
   * findPendingClaims needs to find them later, on another thread (see extract-pool.ts).
   */
  deferClaims?: boolean
  /** Called with each article's facts as soon as they are found, in order (extractFile). */
  onArticle?: (facts: ArticleFacts) => void
}

/** Every article of one input file with its facts; drafts without any prose are dropped. */
export function extractFile(raw: string, opts: ExtractOptions = {}): ArticleFacts[] {
  const out: ArticleFacts[] = []
  for (const draft of splitArticles(raw)) {
    const sentences = splitSentences(draft.body)
    if (!hasProse(draft.body, sentences)) continue
    const facts = extractArticle(draft, sentences, opts)
    out.push(facts)
    opts.onArticle?.(facts)
  }
  return out
}

/** The facts of one already split and cleaned article. */
export function extractArticle(article: ArticleDraft, sentences: Span[] = splitSentences(article.body), opts: ExtractOptions = {}): ArticleFacts {
  const { body } = article
  const entities = findEntities(body, sentences)
  const quotes = findQuotes(body, sentences, entities)
  if (opts.deferClaims) return { article, ...entities, quotes, claims: [], pendingClaims: { sentences } }
  const claims = findClaims(body, sentences, entities, quotes)
  return { article, ...entities, quotes, claims }
}

/** Finds the claims extractArticle deferred, in place; facts with their claims are left as they are. */
export function findPendingClaims(facts: ArticleFacts): void {
  if (!facts.pendingClaims) return
  facts.claims = findClaims(facts.article.body, facts.pendingClaims.sentences, facts, facts.quotes)
  delete facts.pendingClaims
}
