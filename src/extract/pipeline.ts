/** The extraction conductor: split → sentences → entities → quotes → claims, in that order. */
import { findClaims } from './claims.js'
import { findEntities } from './entities.js'
import { findQuotes } from './quotes.js'
import { splitSentences } from './sentences.js'
import { splitArticles } from './split.js'
import type { ArticleDraft, ArticleFacts } from './types.js'

/** Every article of one input file with its facts. */
export function extractFile(raw: string): ArticleFacts[] {
  return splitArticles(raw).map(extractArticle)
}

/** The facts of one already split and cleaned article. */
export function extractArticle(article: ArticleDraft): ArticleFacts {
  const { body } = article
  const sentences = splitSentences(body)
  const entities = findEntities(body, sentences)
  const quotes = findQuotes(body, sentences, entities)
  const claims = findClaims(body, sentences, entities, quotes)
  return { article, ...entities, quotes, claims }
}
