/**
 * Ranking and snippets of quotes and claims for search, from their text.
 *
 * FTS5's bm25() first counts every row that matches each word to weigh it (its IDF), so ranking
 * the newest thousand claims that mention a common word cost time in proportion to the whole
 * corpus. Here BM25 is computed over the window of candidate rows: a word's weight from a bounded
 * sample (its newest matches), the per-row counts from the short texts of quotes and claims
 * themselves, so the cost of a search stays the same as the corpus grows.
 */

export interface QueryTerm {
  /** Lower-cased, without diacritics (foldForMatch), as the texts it is counted in. */
  word: string
  /** A trailing * in the query: matches any word that starts with `word`. */
  prefix: boolean
}

/** BM25's usual constants, the same as FTS5's bm25(). */
const K1 = 1.2
const B = 0.75

/** Letters that may carry a diacritic: outside ASCII, Latin-1 punctuation and general punctuation (quotes, dashes). */
const MAY_DECOMPOSE = /[^\x00-\xbf\u2000-\u206f]/

/**
 * Lower case without diacritics, for counting words in texts FTS5 has matched. FTS5 removes Latin
 * accents only; removing all of them here can only count a few more words, never miss a match.
 */
export function foldForMatch(text: string): string {
  const lower = text.toLowerCase()
  return MAY_DECOMPOSE.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)
  return LETTER_OR_DIGIT.test(text[i] as string)
}

/** How often a term occurs as a whole word (or a word's start, for a prefix) in folded text. */
export function termFrequency(folded: string, term: QueryTerm): number {
  let count = 0
  for (let at = folded.indexOf(term.word); at !== -1; at = folded.indexOf(term.word, at + 1)) {
    if (at > 0 && isWordChar(folded, at - 1)) continue
    const end = at + term.word.length
    if (!term.prefix && end < folded.length && isWordChar(folded, end)) continue
    count++
  }
  return count
}

/**
 * A word's inverse document frequency, as bm25() computes it, from its `sampled` newest matches
 * (at most `cap`), the lowest rowid among them and the table's highest rowid. Fewer than `cap`
 * matches is the exact count; a full sample is scaled to the rowids it spans, an estimate within a
 * few percent that costs the same whatever the size of the table.
 */
export function inverseDocumentFrequency(sampled: number, lowestRowid: number | null, cap: number, maxRowid: number): number {
  const rows = Math.max(maxRowid, 1)
  const matches = sampled < cap || lowestRowid === null ? sampled : (sampled * rows) / Math.max(1, rows - lowestRowid + 1)
  const idf = Math.log((rows - matches + 0.5) / (matches + 0.5))
  // as bm25(): a word in more than half the rows still counts, barely
  return idf > 0 ? idf : 1e-6
}

export interface WeightedTerm extends QueryTerm {
  idf: number
}

/**
 * BM25 scores of candidate texts (already folded), negated so that lower is better as with
 * bm25(). Text length is counted in characters against the window's average: the same ratio as
 * in words, closely enough for ranking, without splitting every text into words.
 */
export function bm25Scores(folded: string[], terms: WeightedTerm[]): number[] {
  const average = folded.reduce((sum, t) => sum + t.length, 0) / Math.max(1, folded.length) || 1
  return folded.map((text) => {
    const norm = K1 * (1 - B + (B * text.length) / average)
    let score = 0
    for (const term of terms) {
      const tf = termFrequency(text, term)
      if (tf) score += (term.idf * tf * (K1 + 1)) / (tf + norm)
    }
    return -score
  })
}

/** Words shown in a snippet, as FTS5's snippet(…, 16). */
const SNIPPET_WORDS = 16
const WORD = /[\p{L}\p{N}]+/gu

interface Word {
  start: number
  end: number
  /** Index of the query term it matches, or -1. */
  term: number
  /** First word of the text, or after a '.' or ':' and a space: where FTS5 likes a snippet to begin. */
  opensSentence: boolean
}

/**
 * The text around the best-matching words, as FTS5's snippet(col, '[', ']', '…', 16) gives it, by
 * the same rules: a 16-word window scored 1000 per distinct term and 1 per repeat, centred on its
 * matches, or begun at the sentence of a match for a bonus; matched words in brackets, and '…'
 * where the text was cut.
 */
export function snippetOf(text: string, terms: QueryTerm[]): string {
  const words: Word[] = [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    term: termIndex(m[0], terms),
    opensSentence: m.index === 0 || /[.:]\s+$/.test(text.slice(Math.max(0, m.index - 8), m.index))
  }))
  if (!words.length) return text
  let first = 0
  if (words.length > SNIPPET_WORDS) {
    let best = 0
    let sentence = 0
    for (let i = 0; i < words.length; i++) {
      if (words[i]!.opensSentence) sentence = i
      if (words[i]!.term < 0) continue
      const centred = windowScore(words, i)
      if (centred.score > best) [best, first] = [centred.score, centred.centredStart]
      if (sentence < i) {
        const score = windowScore(words, sentence).score + (sentence === 0 ? 120 : 100)
        if (score > best) [best, first] = [score, sentence]
      }
    }
  }
  const last = Math.min(words.length, first + SNIPPET_WORDS) - 1
  let out = first > 0 ? '…' : ''
  let at = first > 0 ? words[first]!.start : 0
  for (let i = first; i <= last; i++) {
    const w = words[i]!
    out += text.slice(at, w.start) + (w.term >= 0 ? `[${text.slice(w.start, w.end)}]` : text.slice(w.start, w.end))
    at = w.end
  }
  return out + (last < words.length - 1 ? '…' : text.slice(at))
}

/** The score of the window of words from `from`, and where a window centred on its matches would start. */
function windowScore(words: Word[], from: number): { score: number; centredStart: number } {
  const seen = new Set<number>()
  let score = 0
  let firstMatch = -1
  let lastMatch = -1
  for (let k = from; k < Math.min(words.length, from + SNIPPET_WORDS); k++) {
    const term = words[k]!.term
    if (term < 0) continue
    score += seen.has(term) ? 1 : 1000
    seen.add(term)
    if (firstMatch < 0) firstMatch = k
    lastMatch = k
  }
  const centred = firstMatch - Math.trunc((SNIPPET_WORDS - (lastMatch + 1 - firstMatch)) / 2)
  return { score, centredStart: Math.max(0, Math.min(centred, words.length - SNIPPET_WORDS)) }
}

function termIndex(word: string, terms: QueryTerm[]): number {
  const folded = foldForMatch(word)
  return terms.findIndex((t) => (t.prefix ? folded.startsWith(t.word) : folded === t.word))
}
