/** Numeric claims: figures in the body with value, unit, qualifier, subject, category and source. */
import {
  CATEGORY_STEMS,
  DISCOURSE_LEADS,
  IRREGULAR_PARTICIPLES,
  LEVEL_VERBS,
  PAST_FORMS,
  PEOPLE_NOUNS,
  QUALIFIERS_AFTER,
  RANK_WORDS,
  RESULT_NOUNS,
  STREET_WORDS,
  QUALIFIERS_BEFORE,
  QUANTITY_NOUNS,
  TIME_NOUNS,
  UNIT_CATEGORIES,
  VERB_FORMS,
  VOTE_VERBS,
} from './lexicon/categories.js'
import { MONTHS, ORDINAL_SUFFIXES, SCALES, WEEKDAYS } from './lexicon/numbers.js'
import {
  AMBIGUOUS_CURRENCY_PREFIXES,
  CURRENCY_ADJECTIVES,
  CURRENCY_PREFIXES,
  CURRENCY_WORDS,
  DURATION_UNITS,
  GLUED_ONLY_UNITS,
  MEASURE_UNITS,
  PERCENT_FORMS,
  PERCENT_POINT_UNIT,
  UNIT_DIMENSIONS,
} from './lexicon/units.js'
import { readNumberAt, scaleBy, tokenize, type NumberRead, type Token } from './numbers.js'
import { charClass, isDigitAt } from './chars.js'
import type { ClaimCategory, ClaimFact, Entities, EntityRef, QuoteFact, Qualifier, Span } from './types.js'

/** A figure found in the token stream, before subject, category and source are attached. */
export interface Figure {
  /** Token range of the whole figure including currency and unit, excluding hedging words. */
  from: number
  to: number
  /** Token index of the first number token (after any currency mark). */
  numFrom: number
  value: number
  valueMax: number | null
  unit: string | null
  qualifier: Qualifier
  form: NumberRead['form']
}

// ---------------------------------------------------------------- finding figures

const DASHES = new Set(['-', '‑', '–', '—', '−'])
const HYPHENS = new Set(['-', '‑'])
const TIME_WORDS = new Set(['am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'bst', 'cet', 'est', 'edt', 'pst', 'hrs', 'h', "o'clock"])
/** Lower-case nouns that number things rather than count them ("page 5", "resolution 2254"). */
const LABEL_NOUNS = new Set([
  'page', 'pages', 'chapter', 'article', 'articles', 'resolution', 'resolutions', 'section', 'paragraph', 'paragraphs',
  'number', 'no', 'nos', 'rule', 'room', 'flight', 'route', 'highway', 'platform', 'level', 'phase', 'category',
  'grade', 'class', 'tier', 'episode', 'season', 'vol', 'volume', 'item', 'annex', 'clause', 'protocol', 'block',
  'unit', 'ward', 'district', 'zone', 'sector', 'gate', 'building', 'road', 'street', 'model', 'version', 'size',
  'code', 'ext', 'tel', 'fax', 'box', 'reactor', 'term', 'stage', 'round', 'act', 'title', 'figure', 'area', 'plot', 'lot', 'bus', 'line', 'track', 'gen', 'generation',
])
/** Words that may stand capitalised before a count at a sentence start without naming it. */
const OPENING_WORDS = new Set([
  'in', 'on', 'at', 'by', 'since', 'from', 'for', 'of', 'with', 'and', 'but', 'to', 'the', 'only', 'just', 'all',
  'some', 'about', 'around', 'nearly', 'almost', 'over', 'under', 'more', 'less', 'fewer', 'up', 'as', 'roughly',
  'approximately', 'an', 'estimated', 'another', 'or', 'than', 'least', 'another', 'another', 'those', 'these',
  'that', 'then', 'now', 'yet', 'still', 'also', 'after', 'before', 'during', 'until', 'within', 'among', 'while',
  'where', 'when', 'if', 'though', 'although', 'because', 'so', 'thus', 'her', 'his', 'their', 'its', 'our', 'my',
  'your', 'a', 'last', 'next', 'past', 'every', 'each', 'nearly', 'well', 'close', 'upwards', 'excess', 'below', 'above',
  'between', 'including', 'plus', 'minus', 'per', 'killing', 'leaving', 'injuring', 'here', 'there', 'today', 'yesterday',
])
const RELATIVE_BEFORE = new Set(['past', 'last', 'next', 'coming', 'following', 'first', 'previous', 'preceding', 'recent', 'final', 'initial', 'subsequent', 'remaining'])
const RELATIVE_AFTER = new Set(['later', 'ago', 'earlier', 'afterwards', 'afterward', 'beforehand', 'previously'])
const CHANGE_VERBS = /^(rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|increased?|increasing|decreased?|decreasing|grew|grow|grows|growing|grown|dropped|drop|drops|jumped|jump|climbed|climb|declined?|declining|surged?|soared?|plunged?|plummeted|went|gone|shrank|shrunk|doubled|tripled|halved|cut|raised?|lowered?|reduced?|expanded?|up|down)$/

const tokAt = (tokens: readonly Token[], i: number): Token | undefined => (i >= 0 ? tokens[i] : undefined)
const gluedTo = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start
const isCap = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text)

const splitCache = new Map<string, string[]>()
/** A phrase key as its words, split once per distinct phrase. */
function wordsOf(phrase: string): string[] {
  let w = splitCache.get(phrase)
  if (!w) {
    w = phrase.split(' ')
    splitCache.set(phrase, w)
  }
  return w
}

/** Longest phrase from `table` whose tokens end right before token i; returns its value and first token index. */
function phraseBefore<T>(tokens: readonly Token[], i: number, table: readonly (readonly [string, T])[]): { value: T; at: number } | null {
  let best: { value: T; at: number } | null = null
  for (const [phrase, value] of table) {
    const words = wordsOf(phrase)
    const at = i - words.length
    if (at < 0) continue
    if (!words.every((w, k) => tokens[at + k]?.lower === w)) continue
    if (!best || at < best.at) best = { value, at }
  }
  return best
}

/** Phrase from `table` starting at token i; returns its value and the index after it. */
function phraseAfter<T>(tokens: readonly Token[], i: number, table: readonly (readonly [string, T])[]): { value: T; next: number } | null {
  let best: { value: T; next: number } | null = null
  const first = tokens[i]?.lower
  if (first === undefined) return null
  for (const [phrase, value] of table) {
    const words = wordsOf(phrase)
    if (words[0] !== first) continue
    if (!words.every((w, k) => tokens[i + k]?.lower === w)) continue
    if (!best || i + words.length > best.next) best = { value, next: i + words.length }
  }
  return best
}

const MEASURE_TABLE: readonly (readonly [string, string])[] = Object.entries(MEASURE_UNITS)
const PERCENT_TABLE: readonly (readonly [string, string])[] = PERCENT_FORMS.map((f) => [f.join(' '), f[0] === 'percentage' ? PERCENT_POINT_UNIT : 'percent'] as const)
const CURRENCY_PREFIX_SET = new Set(Object.keys(CURRENCY_PREFIXES))

/** Currency written before the number at token i: "$", "US$", "USD $", "£", "EUR". */
function currencyBefore(tokens: readonly Token[], i: number): { unit: string; from: number } | null {
  const p = tokAt(tokens, i - 1)
  if (!p) return null
  // "Rs 500", "Rs. 1,38,619 crore": the rupee mark, with or without its dot, apart from the number
  const rs = tokAt(tokens, i - 2)
  if (p.text === 'Rs') return { unit: 'INR', from: i - 1 }
  if (p.text === '.' && rs?.text === 'Rs' && gluedTo(rs, p)) return { unit: 'INR', from: i - 2 }
  const code = CURRENCY_PREFIXES[p.lower]
  if (code === undefined) return null
  if (AMBIGUOUS_CURRENCY_PREFIXES.has(p.lower) && !gluedTo(p, tokens[i])) return null
  let from = i - 1
  let unit = code
  // "US$", "A$", "R$" glue a country mark to the symbol; "USD $" repeats the code.
  const pp = tokAt(tokens, i - 2)
  if (pp && p.kind === 'punct') {
    const joined = `${pp.lower}${p.lower}`
    if (gluedTo(pp, p) && CURRENCY_PREFIXES[joined] !== undefined) {
      unit = CURRENCY_PREFIXES[joined] ?? unit
      from = i - 2
    } else if (pp.kind === 'word' && pp.text === pp.text.toUpperCase() && CURRENCY_PREFIX_SET.has(pp.lower) && !AMBIGUOUS_CURRENCY_PREFIXES.has(pp.lower)) {
      unit = CURRENCY_PREFIXES[pp.lower] ?? unit
      from = i - 2
    }
  } else if (p.kind === 'word' && p.text !== p.text.toUpperCase()) return null
  return { unit, from }
}

/** Unit written after the number ending before token j; returns it with the index after it and a factor for the value. */
function unitAfter(tokens: readonly Token[], j: number, numEnd: Token | undefined): { unit: string; next: number; factor: number; hyphenated: boolean } | null {
  let k = j
  let hyphenated = false
  const first = tokens[k]
  if (!first) return null
  // "55-kilometer", "four-year": the unit is glued to the number by a hyphen.
  if (HYPHENS.has(first.text) && gluedTo(numEnd, first) && gluedTo(first, tokens[k + 1])) {
    k++
    hyphenated = true
  }
  const pct = phraseAfter(tokens, k, PERCENT_TABLE)
  if (pct && !hyphenated) return { unit: pct.value, next: pct.next, factor: 1, hyphenated }
  const t = tokens[k]
  if (!t) return null
  // "US dollars", "Canadian dollars".
  const adj = CURRENCY_ADJECTIVES[t.lower]
  if (adj !== undefined && /^dollars?$/.test(tokens[k + 1]?.lower ?? '')) return { unit: adj, next: k + 2, factor: 1, hyphenated }
  if (t.lower === 'hong' && tokens[k + 1]?.lower === 'kong' && /^dollars?$/.test(tokens[k + 2]?.lower ?? '')) return { unit: 'HKD', next: k + 3, factor: 1, hyphenated }
  const cur = CURRENCY_WORDS[t.lower]
  if (cur !== undefined && !hyphenated) {
    if (t.lower === 'real' && !/^[\d,.]+$/.test(numEnd?.text ?? '')) return null
    return { unit: cur, next: k + 1, factor: 1, hyphenated }
  }
  if (t.lower === 'pounds' && tokens[k + 1]?.lower === 'sterling') return { unit: 'GBP', next: k + 2, factor: 1, hyphenated }
  const dur = DURATION_UNITS[t.lower]
  if (dur) return { unit: dur.unit, next: k + 1, factor: dur.factor, hyphenated }
  const m = phraseAfter(tokens, k, MEASURE_TABLE)
  if (m) {
    const key = tokens.slice(k, m.next).map((x) => x.lower).join(' ')
    if (GLUED_ONLY_UNITS.has(key) && !gluedTo(numEnd, t)) return null
    // "400sq km": the glued "sq" starts a two-token unit that phraseAfter already took.
    return { unit: m.value, next: m.next, factor: 1, hyphenated }
  }
  return null
}

/** Small whole numbers that a score, record or model number is made of. */
const SMALL_INT_RE = /^\d{1,3}$/
const isSmallInt = (t: Token | undefined): boolean => t !== undefined && t.kind === 'digits' && SMALL_INT_RE.test(t.text)
/** A dash glued on both sides between two small whole numbers, at token d. */
const chainLink = (tokens: readonly Token[], d: number): boolean => {
  const x = tokens[d]
  return x !== undefined && DASHES.has(x.text) && isSmallInt(tokens[d - 1]) && isSmallInt(tokens[d + 1]) && gluedTo(tokens[d - 1], x) && gluedTo(x, tokens[d + 1])
}

/** Small whole numbers joined by glued dashes around token i ("6-4", "2–1", "12-3-1"): token range and values, or null. */
function dashChain(tokens: readonly Token[], i: number): { from: number; to: number; nums: number[] } | null {
  if (!isSmallInt(tokens[i])) return null
  let from = i
  while (chainLink(tokens, from - 1)) from -= 2
  let to = i + 1
  while (chainLink(tokens, to)) to += 2
  if (to - from < 3) return null
  const nums: number[] = []
  for (let k = from; k < to; k += 2) nums.push(Number(tokens[k]?.text))
  return { from, to, nums }
}

/** The chain of "a-b" pairs listed with commas around the pair [from, to) ("6-3, 7-6 (7)", "(9-1, 6-1)"). */
function chainList(tokens: readonly Token[], from: number, to: number): { list: number[][]; bracketed: boolean } {
  const list: number[][] = []
  const pairAt = (k: number): { from: number; to: number; nums: number[] } | null => (isSmallInt(tokens[k]) ? dashChain(tokens, k) : null)
  // Walk left over ", a-b" and "a-b (n)," links, then right.
  let a = from
  for (let n = 0; n < 8; n++) {
    let k = a - 1
    if (tokens[k]?.text === ')' && isSmallInt(tokens[k - 1]) && tokens[k - 2]?.text === '(') k -= 3
    if (tokens[k]?.text !== ',') break
    const p = pairAt(k - 1)
    if (!p || p.to !== k) break
    list.unshift(p.nums)
    a = p.from
  }
  const self = dashChain(tokens, from)
  if (self) list.push(self.nums)
  let b = to
  for (let n = 0; n < 8; n++) {
    let k = b
    if (tokens[k]?.text === '(' && isSmallInt(tokens[k + 1]) && tokens[k + 2]?.text === ')') k += 3
    if (tokens[k]?.text !== ',') break
    const p = pairAt(k + 1)
    if (!p) break
    list.push(p.nums)
    b = p.to
  }
  return { list, bracketed: tokens[a - 1]?.text === '(' }
}

/**
 * True when the dashed small numbers around token i are a score, result, record or model number
 * ("beat X 6-4, 7-6 (5)", "a 2-1 win", "led 14-7", "12-3-1", "787-9") rather than a range ("50-60 people").
 */
function isResult(tokens: readonly Token[], i: number): boolean {
  const c = dashChain(tokens, i)
  if (!c) {
    // "7-6 (5)": the tie-break in brackets after a score.
    const open = tokens[i - 1]
    return open?.text === '(' && tokens[i + 1]?.text === ')' && isSmallInt(tokens[i]) && dashChain(tokens, i - 2) !== null && isResult(tokens, i - 2)
  }
  // A unit after the pair makes it a range of that unit ("3-4 days", "5-10%").
  if (unitAfter(tokens, c.to, tokens[c.to - 1])) return false
  if (c.nums.length >= 3) return true
  const [a = 0, b = 0] = c.nums
  // A range runs upwards: "6-4", "1-1", "787-9" are no ranges.
  if (a >= b) return true
  const after = tokens[c.to]
  if (after?.text === '(' && isSmallInt(tokens[c.to + 1]) && tokens[c.to + 2]?.text === ')') return true
  const { list, bracketed } = chainList(tokens, c.from, c.to)
  // "3-6, 6-3": a list of pairs where one runs downwards is a list of set scores;
  // "(2-8, 0-7)": pairs listed in brackets are records.
  if (list.length >= 2 && (list.some(([x = 0, y = 0]) => x >= y) || bracketed)) return true
  if (after && RESULT_NOUNS.has(after.lower)) return true
  // A range counts something: "50-60 people", "$40-50 billion". A bare pair ("At 4-7, including 2-6 in the AFC",
  // "beat X 3-6") is a score or record, unless a hedge or "between"/"aged" introduces it.
  const nounAfter = after !== undefined && after.kind === 'word' && !isCap(after) && !PREPOSITIONS.has(after.lower) && !CLAUSE_BREAKS.has(after.lower)
  if (nounAfter) return false
  if (qualifierBefore(tokens, c.from) || /^(between|from|aged|ages|age|of|by|to|and|or)$/.test(tokens[c.from - 1]?.lower ?? '')) return false
  return true
}

/** True when the digits at token i are part of a name, code, date, time or address rather than an amount. */
function digitsAreLabel(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i]
  const prev = tokAt(tokens, i - 1)
  const next = tokens[end]
  if (!t) return true
  // Glued to letters or marks before: "G7", "COVID-19", "FP-5", "#3", "v.2", "/12".
  if (prev && gluedTo(prev, t)) {
    if (prev.kind === 'word' && CURRENCY_PREFIXES[prev.lower] === undefined) return true
    if (HYPHENS.has(prev.text) && tokAt(tokens, i - 2)?.kind === 'word' && gluedTo(tokAt(tokens, i - 2), prev)) return true
    if (/^[#/@_:.\\№%=&?+]$/.test(prev.text)) return true
  }
  // "2019-20", "1996-98": the short number after a year is the end of a span of years.
  if (prev && DASHES.has(prev.text) && gluedTo(prev, t) && /^\d{1,2}$/.test(t.text)) {
    const y = tokAt(tokens, i - 2)
    if (y && gluedTo(y, prev) && /^(1[89]|20)\d{2}$/.test(y.text)) return true
  }
  // "No. 3", "Nos. 4": a number given as a position.
  if (prev?.text === '.' && /^nos?$/.test(tokAt(tokens, i - 2)?.lower ?? '') && gluedTo(tokAt(tokens, i - 2), prev)) return true
  // Identifiers and encoded junk: very long digit runs, digits glued to letters that are no unit ("2Fnews", "550px").
  if (/^\d{13,}$/.test(t.text)) return true
  const after = tokens[i + 1]
  if (after && gluedTo(t, after)) {
    if (after.kind === 'word' && ORDINAL_SUFFIXES.has(after.lower)) return true
    if (after.text === ':' && tokens[i + 2]?.kind === 'digits' && gluedTo(after, tokens[i + 2])) return true
    // "13.2.1", "1.0.4": a version or section number.
    if (after.text === '.' && tokens[i + 2]?.kind === 'digits' && gluedTo(after, tokens[i + 2])) return true
    if (after.text === '/' && tokens[i + 2]?.kind === 'digits') return true
    if (after.lower === 's' && /^\d{2,4}$/.test(t.text)) return true // "1990s", "90s"
    if (after.kind === 'word' && SCALES[after.lower] === undefined && !unitAfter(tokens, i + 1, t)) return true
    if (after.text === '=' || after.text === '&' || after.text === '/' || after.text === '_') return true
  }
  if (next && TIME_WORDS.has(next.lower.replace(/\.$/, ''))) return true
  // "2 a.m.", "10 p.m": a time of day written with dots.
  if (next && (next.lower === 'a' || next.lower === 'p') && tokens[end + 1]?.text === '.' && tokens[end + 2]?.lower === 'm' && gluedTo(next, tokens[end + 1])) return true
  if (next && next.lower === 'p' && tokens[end + 1]?.text === '.') return true
  // "10 Downing Street", "1600 Pennsylvania Avenue": a street number.
  if (next && isCap(next) && /^\d+$/.test(t.text)) {
    for (let k = end; k < end + 4 && isCap(tokens[k]); k++) {
      if (k > end && STREET_WORDS.has(tokens[k]?.lower ?? '')) return true
    }
  }
  // Phone-like runs: three or more digit groups separated only by spaces, dots, hyphens or parentheses.
  let groups = 1
  for (let k = i + 1; k < i + 8 && groups < 3; k++) {
    const x = tokens[k]
    if (!x) break
    if (x.kind === 'digits' && /^\d+$/.test(x.text)) groups++
    else if (!/^[-.()]$/.test(x.text)) break
  }
  for (let k = i - 1; k > i - 8 && k >= 0 && groups < 3; k--) {
    const x = tokens[k]
    if (!x) break
    if (x.kind === 'digits' && /^\d+$/.test(x.text)) groups++
    else if (!/^[-.()+]$/.test(x.text)) break
  }
  if (groups >= 3 || prev?.text === '+') return true
  return false
}

/** "ranked 3", "seeded 5", "the top 10", "Top 10": a position in a ranking, unless a unit follows ("the top 10%"). */
function isRank(tokens: readonly Token[], i: number, to: number): boolean {
  const prev = tokAt(tokens, i - 1)
  if (!prev || !RANK_WORDS.has(prev.lower)) return false
  if (unitAfter(tokens, to, tokens[to - 1])) return false
  if (prev.lower === 'top' || prev.lower === 'bottom') {
    // "sales could top 100,000" is a verb; "the top 10", "a Top 10", "its top three" are a rank.
    const det = tokAt(tokens, i - 2)
    return isCap(prev) || prev.afterBreak || (det !== undefined && (isCap(det) || /'s$/.test(det.lower) || /^(the|a|an|its|their|his|her|our|this|that|these|those|in|of|into|out|s|')$/.test(det.lower)))
  }
  return true
}

/** True when a number at token i (as read in r) is a calendar date part. */
function isDatePart(tokens: readonly Token[], i: number, r: NumberRead, dateTokens: ReadonlySet<number>): boolean {
  if (r.form !== 'digits' || r.scaled) return false
  const t = tokens[i]
  if (!t || !/^\d{1,2}$/.test(t.text)) return false
  const prev = tokAt(tokens, i - 1)
  const prevWord = prev?.text === '.' ? tokAt(tokens, i - 2) : prev
  if (prevWord && (MONTHS.has(prevWord.lower) || WEEKDAYS.has(prevWord.lower))) return true
  const next = tokens[r.to]
  const nextWord = next?.lower === 'of' ? tokens[r.to + 1] : next
  if (nextWord && MONTHS.has(nextWord.lower) && nextWord.lower !== 'may' && nextWord.lower !== 'mar') return true
  if (nextWord && nextWord.lower === 'may' && isCap(nextWord)) return true
  // "January 8 and 9", "8-9 August": a number joined to a date is a date.
  if (prev && (prev.lower === 'and' || prev.lower === 'to' || prev.lower === 'or' || DASHES.has(prev.text)) && dateTokens.has(i - 2)) return true
  if (next && (next.lower === 'and' || next.lower === 'to' || DASHES.has(next.text))) {
    const n2 = tokens[r.to + 1]
    const n3 = tokens[r.to + 2]
    if (n2?.kind === 'digits' && /^\d{1,2}$/.test(n2.text) && n3 && MONTHS.has(n3.lower)) return true
  }
  return false
}

/** A four-digit number standing for a calendar year ("in 2020", "the 2022 census", "2010-2015"). */
function isYear(tokens: readonly Token[], i: number, r: NumberRead, hasQualifier: boolean): boolean {
  const t = tokens[i]
  if (!t || r.form !== 'digits' || r.scaled || !/^\d{4}$/.test(t.text)) return false
  const v = Number(t.text)
  if (v < 1000 || v > 2199) return false
  if (hasQualifier) return false
  return true
}

const AGE_BOUNDS = new Set(['under', 'over', 'above', 'below'])
/** People a bare "under 10" / "over 65" after them bounds by age. */
const AGE_BOUNDED = new Set(['children', 'kids', 'adults', 'people', 'persons', 'those', 'men', 'women', 'girls', 'boys', 'babies', 'infants', 'youths', 'teenagers', 'anyone', 'everyone', 'patients', 'residents', 'citizens', 'voters'])
/** Words after such a number that show it ends the phrase ("children under 10 in the south"), not starts a count. */
const AGE_BOUND_FOLLOWERS = new Set(['and', 'or', 'who', 'whose', 'in', 'at', 'on', 'from', 'with', 'across', 'are', 'were', 'was', 'is', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'must', 'should', 'to', 'living', 'years', 'year'])

/**
 * "(7)", "(10, 11)", "[2]" after a statement: a numbered reference to a source. "2." or "7)" opening a line:
 * the number of a list item. Neither counts anything.
 */
function isReferenceMark(tokens: readonly Token[], i: number, to: number): boolean {
  const t = tokens[i]
  if (!t || t.kind !== 'digits' || to !== i + 1 || !/^\d{1,3}$/.test(t.text)) return false
  const next = tokens[to]
  if ((i === 0 || t.afterBreak) && next && (next.text === ')' || (next.text === '.' && (!tokens[to + 1] || tokens[to + 1]?.afterBreak || isCap(tokens[to + 1]))))) return true
  const inList = (x: Token | undefined): boolean => x !== undefined && ((x.kind === 'digits' && /^\d{1,3}$/.test(x.text)) || x.text === ',' || HYPHENS.has(x.text))
  let a = i - 1
  while (a >= 0 && a > i - 12 && inList(tokens[a])) a--
  let b = to
  while (b < tokens.length && b < to + 12 && inList(tokens[b])) b++
  const open = tokens[a]
  const close = tokens[b]
  if (!open || !close) return false
  if (open.text === '[' && close.text === ']') return true
  // "(43)" after a name is an age, read elsewhere; "(8)." ending a sentence on a lower-case word cites
  const after = tokens[b + 1]
  return open.text === '(' && close.text === ')' && !isCap(tokens[a - 1]) && (!after || /^[.,;:]$/.test(after.text))
}

/** Age descriptors: "48-year-old", "aged 48", "a six-year-old", "Jane Doe, 43,", "children under 10", "At 16, he…". */
function isAge(tokens: readonly Token[], i: number, to: number): boolean {
  const prev = tokAt(tokens, i - 1)
  // "Patrick Carlineo Jr., 55,": the name may end in a suffix with its dot
  const nameEnd = tokAt(tokens, i - 2)?.text === '.' && /^(Jr|Sr)$/.test(tokAt(tokens, i - 3)?.text ?? '') ? tokAt(tokens, i - 3) : tokAt(tokens, i - 2)
  if (prev?.text === ',' && isCap(nameEnd) && to === i + 1 && /^\d{1,3}$/.test(tokens[i]?.text ?? '')) {
    const nx = tokens[to]
    if (!nx || /^[,.;)]$/.test(nx.text) || nx.lower === 'and' || nx.lower === 'who') return true
  }
  if (prev && (prev.lower === 'aged' || prev.lower === 'age')) return true
  // "At 16, he went to Indiana University": an age (or an hour) opening the sentence
  const opening = tokAt(tokens, i - 2)
  if (prev?.lower === 'at' && to === i + 1 && tokens[to]?.text === ',' && /^\d{1,3}$/.test(tokens[i]?.text ?? '') && (!opening || prev.afterBreak || /^[.!?"“]$/.test(opening.text))) return true
  // "Jane Doe (43)": an age in brackets after a name.
  if (prev?.text === '(' && tokens[to]?.text === ')' && to === i + 1 && isCap(tokAt(tokens, i - 2)) && /^\d{1,3}$/.test(tokens[i]?.text ?? '') && Number(tokens[i]?.text) <= 120) return true
  if (prev?.lower === 'of' && tokAt(tokens, i - 2)?.lower === 'age') return true
  // "children under 10", "people over 65": a bound on age, when nothing counted follows the number
  if (prev && AGE_BOUNDS.has(prev.lower) && AGE_BOUNDED.has(tokAt(tokens, i - 2)?.lower ?? '') && to === i + 1) {
    const next = tokens[to]
    if (!next || next.kind === 'punct' || AGE_BOUND_FOLLOWERS.has(next.lower)) return true
  }
  const a = tokens[to]
  const b = tokens[to + 1]
  const c = tokens[to + 2]
  const d = tokens[to + 3]
  if (a && HYPHENS.has(a.text) && b && /^(year|years|month|months|week|weeks|day|days)$/.test(b.lower) && c && HYPHENS.has(c.text) && d?.lower === 'old') return true
  if (a && /^(years?|months?)$/.test(a.lower) && b?.lower === 'old') return true
  return false
}

/** Every figure in the token stream, left to right, without overlaps. */
export function findFigures(tokens: readonly Token[]): Figure[] {
  const out: Figure[] = []
  const dateTokens = new Set<number>()
  let i = 0
  while (i < tokens.length) {
    const fig = figureAt(tokens, i, dateTokens)
    if (fig) {
      out.push(fig)
      i = Math.max(fig.to, i + 1)
    } else i++
  }
  return out
}

/** Hedging words right before token i, and where they begin. */
function qualifierBefore(tokens: readonly Token[], i: number): { q: Qualifier; at: number } | null {
  const hit = phraseBefore(tokens, i, QUALIFIERS_BEFORE)
  if (hit) return { q: hit.value, at: hit.at }
  // "just more than", "well over": an intensifier before a phrase does not change it.
  return null
}

/** The figure whose number starts at token i, or null. */
function figureAt(tokens: readonly Token[], i: number, dateTokens: Set<number>): Figure | null {
  const t = tokens[i]
  if (!t || t.kind === 'punct') return null
  const cur = t.kind === 'digits' ? currencyBefore(tokens, i) : null

  // "nearly a year", "more than a decade": a singular time unit after a hedge counts as one.
  if ((t.lower === 'a' || t.lower === 'an') && DURATION_UNITS[tokens[i + 1]?.lower ?? ''] && !/s$/.test(tokens[i + 1]?.lower ?? '')) {
    const q = qualifierBefore(tokens, i)
    const dur = DURATION_UNITS[tokens[i + 1]?.lower ?? '']
    if (!q || !dur || q.q === 'about') return null
    if (RELATIVE_AFTER.has(tokens[i + 2]?.lower ?? '')) return null
    return { from: i, to: i + 2, numFrom: i, value: dur.factor, valueMax: null, unit: dur.unit, qualifier: q.q, form: 'words' }
  }

  const r = readNumberAt(tokens, i, cur !== null)
  if (!r) return null
  if (isRank(tokens, i, r.to)) return null
  if (!cur && isReferenceMark(tokens, i, r.to)) return null
  if (r.form === 'words' || r.form === 'fraction') {
    const prev = tokAt(tokens, i - 1)
    if (prev && LABEL_NOUNS.has(prev.lower)) return null
    // "when the two were on the ground": "the" and a number word with no noun stand for people named before.
    if (r.form === 'words' && prev?.lower === 'the' && r.to === i + 1 && /^(were|are|was|is|have|had|has|will|would|met|said|say|agreed|of|[.,;:!?])$/.test(tokens[r.to]?.lower ?? '.')) return null
    if (r.value === 0) return null
    // "two-state solution", "Six-Day War": a number word hyphenated to a non-unit word is an adjective.
    const h = tokens[r.to]
    if (h && HYPHENS.has(h.text) && gluedTo(tokens[r.to - 1], h) && !unitAfter(tokens, r.to, tokens[r.to - 1]) && r.form === 'words') return null
    if (/^(sides|parties)$/.test(tokens[r.to]?.lower ?? '')) return null
  }
  if (r.form === 'words' && t.lower === 'one' && r.to === i + 1) {
    // "one" is mostly a pronoun; keep it only as a hedged or measured count.
    if (tokens[i + 1]?.lower === 'of' || tokens[i + 1]?.lower === 'another') return null
  }
  // Capitalised number words inside a sentence are names ("the Group of Seven", "the Big Four").
  if (r.form !== 'digits' && isCap(t) && !t.afterBreak && !/^[.!?"“”'‘’:(—–-]$/.test(tokens[i - 1]?.text ?? '.')) {
    if (!(tokens[i - 1]?.kind === 'word' && OPENING_WORDS.has(tokens[i - 1]?.lower ?? '') && isCap(tokens[i - 1]))) return null
  }

  if (t.kind === 'digits') {
    if (digitsAreLabel(tokens, i, r.to)) return null
    if (!cur && isResult(tokens, i)) return null
    const prev = tokAt(tokens, i - 1)
    if (!cur && prev && prev.kind === 'word') {
      if (LABEL_NOUNS.has(prev.lower) && !r.scaled && /^\d+$/.test(t.text)) return null
      const named = (isCap(prev) && !OPENING_WORDS.has(prev.lower) && !MONTHS.has(prev.lower)) || /\p{Ll}\p{Lu}/u.test(prev.text)
      if (named && /^\d+(?:\.\d+)?$/.test(t.text) && !r.scaled) {
        // "Resolution 2254", "Flight 17", "iOS 13.2": a capitalised word names the number, unless a unit follows.
        if (!unitAfter(tokens, r.to, tokens[r.to - 1])) return null
      }
    }
    if (isDatePart(tokens, i, r, dateTokens)) {
      dateTokens.add(i)
      return null
    }
  }
  // Ordinal words are not read as numbers, but "one-third" style fractions of time are not figures either.
  if (isAge(tokens, i, r.to)) return null

  let value = r.value
  let valueMax: number | null = null
  let to = r.to
  let qualifier: Qualifier = r.form === 'vague' ? 'about' : 'exact'
  let unit: string | null = cur ? cur.unit : null
  const from = cur ? cur.from : i

  // Ranges: "50-60", "three to eight million", "between 50 and 60", "from 50 to 60".
  const q = qualifierBefore(tokens, from)
  const lead = tokAt(tokens, (q ? q.at : from) - 1)
  const joiner = tokens[to]
  if (joiner && r.form !== 'vague' && r.form !== 'fraction') {
    const isDash = DASHES.has(joiner.text) && (joiner.text !== '-' || (gluedTo(tokens[to - 1], joiner) && gluedTo(joiner, tokens[to + 1])))
    const isTo = joiner.lower === 'to' && lead?.lower !== 'from'
    const isFromTo = joiner.lower === 'to' && lead?.lower === 'from' && !CHANGE_VERBS.test(tokAt(tokens, from - 2)?.lower ?? '')
    const isBetween = joiner.lower === 'and' && lead?.lower === 'between'
    const isOr = joiner.lower === 'or' && r.form === 'words'
    if (isDash || isTo || isFromTo || isBetween || isOr) {
      let k = to + 1
      const cur2 = currencyBefore(tokens, k + 1)
      if (cur2 && tokens[k]?.kind !== 'digits') k++
      const r2 = readNumberAt(tokens, k, unit !== null)
      if (r2 && r2.form !== 'vague' && (r2.form === r.form || r.form === 'digits' || r2.form === 'digits')) {
        let lo = value
        if (!r.scaled && r2.scale > 1 && lo * r2.scale <= r2.value) lo = scaleBy(lo, r2.scale)
        if (lo < r2.value && !isYear(tokens, k, r2, false)) {
          value = lo
          valueMax = r2.value
          to = r2.to
          qualifier = 'range'
        }
      }
    }
  }
  if (t.kind === 'digits' && valueMax === null && isYear(tokens, i, r, q !== null || cur !== null)) return null

  const u = unitAfter(tokens, to, tokens[to - 1])
  if (u) {
    if (!unit) unit = u.unit
    else if (unit !== u.unit && !DURATION_UNITS[tokens[to]?.lower ?? '']) unit = u.unit
    if (u.factor !== 1 && unit === u.unit) {
      value = scaleBy(value, u.factor)
      if (valueMax !== null) valueMax = scaleBy(valueMax, u.factor)
    }
    to = u.next
  }
  // "decades", "decades-long": a vague count of time.
  if (!u && r.form === 'vague') {
    // nothing more to read; "thousands of dollars" is taken from the unit table above
  }

  // Relative time references: "two days later", "over the past five years".
  if (unit && DURATION_UNITS[unit]) {
    if (RELATIVE_AFTER.has(tokens[to]?.lower ?? '')) return null
    // "for the past five years" measures how long something lasted, so it stays.
    const bi = (q ? q.at : from) - 1
    const before = tokAt(tokens, bi)
    if (before && RELATIVE_BEFORE.has(before.lower) && tokAt(tokens, bi - 2)?.lower !== 'for') return null
  }
  if (r.form === 'fraction') {
    value = Math.round(value * 1000) / 10
    unit = 'percent'
  }
  if (t.lower === 'one' && r.to === i + 1 && !unit && !q) {
    const p = tokAt(tokens, i - 1)?.lower ?? ''
    if (p !== 'only' && p !== 'just') return null
  }

  if (q && r.form !== 'vague' && qualifier !== 'range') qualifier = q.q
  const qa = phraseAfter(tokens, to, QUALIFIERS_AFTER)
  if (qa && qualifier === 'exact') {
    if (qa.value !== 'more_than' || qa.next === to + 1) qualifier = qa.value
  }
  if (!Number.isFinite(value)) return null
  return { from, to, numFrom: i, value, valueMax, unit, qualifier, form: r.form }
}

/** What kind of quantity a unit measures, so only like figures count as conversions of each other. */
function unitKind(unit: string): string {
  if (/^[A-Z]{3}$/.test(unit)) return 'money'
  return UNIT_DIMENSIONS[unit] ?? unit
}

/** True when `fig` sits alone in brackets right after `prev` (or its unit words) and measures the same kind of thing. */
function isConversion(tokens: readonly Token[], fig: Figure, prev: Figure): boolean {
  if (!fig.unit || !prev.unit || unitKind(fig.unit) !== unitKind(prev.unit)) return false
  if (tokens[fig.from - 1]?.text !== '(') return false
  // "1,900-mile-wide (3,100 kilometers)", "90 miles per gallon (38 kilometers per liter)": a few words may come between.
  const gap = fig.from - 1 - prev.to
  if (gap < 0 || gap > 3) return false
  for (let k = prev.to; k < fig.from - 1; k++) {
    const x = tokens[k]
    if (!x || (x.kind === 'punct' && !HYPHENS.has(x.text)) || x.kind === 'digits') return false
  }
  for (let k = fig.to; k < fig.to + 4; k++) {
    const x = tokens[k]
    if (!x) return false
    if (x.text === ')') return true
    if (x.kind !== 'word') return false
  }
  return false
}

/** "decades" and "decades-long" on their own: a vague duration recorded like other vague amounts. */
function vagueDurationAt(tokens: readonly Token[], i: number): Figure | null {
  const t = tokens[i]
  if (!t || t.lower !== 'decades') return null
  const prev = tokAt(tokens, i - 1)
  if (prev && (prev.kind === 'digits' || prev.lower === 'few' || prev.lower === 'several' || prev.lower === 'many' || prev.lower === 'past' || prev.lower === 'last' || prev.lower === 'recent' || prev.lower === 'coming' || prev.lower === 'next')) return null
  let to = i + 1
  if (HYPHENS.has(tokens[to]?.text ?? '') && tokens[to + 1]?.lower === 'long') to += 2
  return { from: i, to, numFrom: i, value: 20, valueMax: null, unit: 'years', qualifier: 'about', form: 'vague' }
}

// ---------------------------------------------------------------- subject

/** Words that carry tense or stance but not what is counted; the gold style leaves them out. */
const AUXILIARIES = new Set(['are', 'is', 'were', 'was', 'have', 'has', 'had', 'been', 'be', 'being', 'will', 'would', 'could', 'may', 'might', 'should', 'can', 'shall', 'must', 'reportedly', 'allegedly', 'reported'])
const CLAUSE_BREAKS = new Set(['while', 'whereas', 'but', 'although', 'though', 'because', 'as', 'after', 'when', 'where', 'which', 'including', 'if', 'so', 'than', 'whom', 'whose', 'and', 'or', 'alongside', 'according', 'said', 'says', 'compared', 'plus', 'amid', 'despite'])
const PREPOSITIONS = new Set(['in', 'on', 'at', 'from', 'to', 'for', 'by', 'with', 'across', 'since', 'during', 'between', 'into', 'over', 'under', 'around', 'toward', 'towards', 'within', 'throughout', 'after', 'before', 'near', 'inside', 'outside', 'along', 'among', 'against', 'through', 'per', 'of', 'without', 'as', 'onto', 'off', 'via', 'beyond', 'until'])
/** Words that cannot end a subject phrase. */
const DANGLING = new Set(['the', 'a', 'an', 'of', 'to', 'for', 'with', 'from', 'by', 'at', 'on', 'in', 'into', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'that', 'who', 'and', 'or', 'as'])
const LEADING_DROP = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'but', 'all', 'another', 'only', 'just'])
const SENTENCE_LEAD_PREPS = new Set(['in', 'on', 'at', 'during', 'between', 'since', 'by', 'throughout', 'last', 'this', 'over', 'from', 'until', 'after', 'before', 'across', 'within', 'as'])
const MAX_TAIL_WORDS = 14
/** Prepositions whose phrase scopes every figure of a coordination ("… and 888 injured in the final months"). */
const SHARED_PREPS = new Set(['in', 'on', 'at', 'across', 'since', 'during', 'as', 'throughout', 'between', 'toward', 'towards', 'over', 'within', 'from', 'into'])
const MAX_SUBJECT_WORDS = 13
const MAX_LEAD_WORDS = 12

/** Verbs that take a count as object ("launched 197 drones", "faces 18 charges", "killing two"). */
function looksLikeVerb(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || isCap(t)) return false
  if (AUXILIARIES.has(t.lower) || LEADING_DROP.has(t.lower) || PREPOSITIONS.has(t.lower)) return false
  return /(ed|ing)$/.test(t.lower) || VERB_FORMS.has(t.lower)
}

/** "killing two civilians" → "civilians killed": the participle reads better after the noun. */
function participle(verb: string): string {
  const irregular = IRREGULAR_PARTICIPLES[verb]
  if (irregular) return irregular
  // "occupies" → "occupied", "houses" → "housed": a present verb reads as a participle after its noun.
  if (/[^s]s$/.test(verb) && verb.length > 4) {
    if (/ies$/.test(verb)) return `${verb.slice(0, -3)}ied`
    if (/(ss|sh|ch|x)es$/.test(verb)) return `${verb.slice(0, -2)}ed`
    return verb.endsWith('es') ? `${verb.slice(0, -1)}d` : `${verb.slice(0, -1)}ed`
  }
  if (/[^aeiou]ing$/.test(verb) && verb.length > 5) {
    const stem = verb.slice(0, -3)
    // "testifying" → "testified"
    if (/[^aeiou]y$/.test(stem)) return `${stem.slice(0, -1)}ied`
    return stem.endsWith('e') ? `${stem}d` : `${stem}ed`
  }
  return verb
}

/** Words after the figure up to a clause boundary, with auxiliaries dropped. */
function wordsAfter(tokens: readonly Token[], k: number, end: number, figureEnds: ReadonlyMap<number, number>): Token[] {
  const out: Token[] = []
  let j = k
  // "($230bn)", "(115 square miles)": a conversion in brackets belongs to the figure, not to its subject.
  if (tokens[j]?.text === '(') {
    let close = j + 1
    while (close < end && close < j + 8 && tokens[close]?.text !== ')') close++
    if (tokens[close]?.text === ')') j = close + 1
  }
  for (; j < end && out.length < MAX_TAIL_WORDS; j++) {
    const t = tokens[j]
    // "[1]": a reference to a source ends the phrase ("[first-person view]", an editor's words, does not)
    if (!t || (t.text === '[' && tokens[j + 1]?.kind === 'digits' && /^[\],]$/.test(tokens[j + 2]?.text ?? ''))) break
    const figEnd = figureEnds.get(j)
    if (figEnd !== undefined) {
      // "for nearly a year": the hedge words before the inner figure were taken as words; give them back.
      const hedge = qualifierBefore(tokens, j)
      if (hedge) while (out.length && (out[out.length - 1]?.start ?? 0) >= (tokens[hedge.at]?.start ?? Infinity)) out.pop()
      let w = out.length - 1
      while (w > 0 && DETERMINERS.test(out[w]?.lower ?? '') && out[w]?.lower !== 'of') w--
      const prep = out[w]?.lower ?? ''
      // "in three reception centres": a count inside a phrase of place does not end it;
      // "hosted for nearly a year in …": nor does a span of time, which is dropped with its preposition.
      const span = DURATION_UNITS[tokens[figEnd - 1]?.lower ?? ''] !== undefined
      if (/^(for|over)$/.test(prep) && span) out.pop()
      // "in the three months to June": a period inside the phrase keeps its words.
      else if (span && /^(in|within)$/.test(prep)) for (let x = j; x < figEnd; x++) out.push(tokens[x] as Token)
      else if (!/^(in|at|across|within|inside|among)$/.test(prep)) {
        // "deals that allowed five repairs": the verb taking the next figure belongs to that figure.
        if (out.length > 1 && /^(that|which|who)$/.test(out[out.length - 2]?.lower ?? '') && looksLikeVerb(out[out.length - 1])) out.length -= 2
        break
      }
      j = figEnd - 1
      continue
    }
    if (t.kind === 'punct') {
      // "struck the Kharkiv, Sumy, Odesa, and Khmelnytskyi regions": a list of names is one object.
      const listTo = t.text === ',' && isCap(tokens[j - 1]) ? nameListEnd(tokens, j, end) : t.text === ',' && out.length === 1 ? nounListEnd(tokens, j, end) : -1
      if (listTo > 0) {
        for (let x = j + 1; x < listTo; x++) if (tokens[x]?.kind === 'word') out.push(tokens[x] as Token)
        j = listTo - 1
        continue
      }
      if (HYPHENS.has(t.text) && gluedTo(tokens[j - 1], t)) continue
      if (t.text === '[' || t.text === ']' || t.text === '’' || t.text === "'" || t.text === '/' || t.text === '&') continue
      if ((t.text === '“' || t.text === '”' || t.text === '"') && out.length === 0) continue
      break
    }
    if (CLAUSE_BREAKS.has(t.lower)) {
      const nx = tokens[j + 1]
      // "search-and-rescue teams", "hit-and-run attacks": a word joined by hyphens on both sides is inside one word
      const prev = tokens[j - 1]
      if (prev && nx && HYPHENS.has(prev.text) && HYPHENS.has(nx.text) && gluedTo(prev, t) && gluedTo(t, nx)) {
        out.push(t)
        continue
      }
      // "between 2010 and 2015": years joined inside a phrase of time.
      if (t.lower === 'and' && tokens[j - 1]?.kind === 'digits' && nx?.kind === 'digits' && !figureEnds.has(j + 1)) {
        out.push(t)
        continue
      }
      // "after 2020", "before the election": a phrase of time, not a new clause.
      if ((t.lower === 'after' || t.lower === 'before') && (nx?.kind === 'digits' || out.length > 0) && (nx?.kind === 'digits' || /^(the|a|an|this|that|last)$/.test(nx?.lower ?? '') || MONTHS.has(nx?.lower ?? ''))) {
        out.push(t)
        continue
      }
      // "killed or injured", "died or went missing": coordinated predicates stay in the phrase.
      if ((t.lower === 'and' || t.lower === 'or') && out.length > 0 && nx && !isCap(nx) && (/ed$/.test(nx.lower) || VERB_FORMS.has(nx.lower)) && !figureEnds.has(j + 1)) {
        out.push(t)
        continue
      }
      // "20,000 families and businesses whose…": two nouns joined right after the figure are one group.
      if ((t.lower === 'and' || t.lower === 'or') && out.length > 0 && out.length <= 3 && !out.some((x) => (PREPOSITIONS.has(x.lower) && x.lower !== 'of') || looksLikeVerb(x)) && nounPairEnds(tokens, j + 1) > 0 && !figureEnds.has(j + 1)) {
        out.push(t)
        continue
      }
      // "two dozen British and American tourists": two capitalised words before the one noun.
      if ((t.lower === 'and' || t.lower === 'or') && out.length > 0 && out.length <= 2 && isCap(out[out.length - 1]) && isCap(nx) && nx?.kind === 'word' && nounPairEnds(tokens, j + 2) > 0 && !figureEnds.has(j + 1)) {
        out.push(t)
        continue
      }
      // "in east Jerusalem and the West Bank": names joined inside a phrase of place stay together.
      if (t.lower === 'and' && inPlacePhrase(out) && isCap(out[out.length - 1]) && (isCap(nx) || (nx?.lower === 'the' && isCap(tokens[j + 2])))) {
        out.push(t)
        continue
      }
      // "died while attempting to migrate": a participle clause still describes the counted people.
      if ((t.lower === 'while' || t.lower === 'after' || t.lower === 'when' || t.lower === 'before') && out.length > 0 && /ing$/.test(nx?.lower ?? '') && !isCap(nx)) {
        out.push(t)
        continue
      }
      // "as a political prisoner", "identified as vulnerable": "as" after a participle or before a noun phrase is a preposition.
      if (t.lower === 'as' && nx && (/ed$/.test(out[out.length - 1]?.lower ?? '') || nx.lower === 'a' || nx.lower === 'an' || nx.lower === 'the' || nx.lower === 'of' || nx.lower === 'part')) {
        out.push(t)
        continue
      }
      break
    }
    // "without being linked": a passive clause after a preposition is a new statement.
    if (PREPOSITIONS.has(t.lower) && /^(being|having)$/.test(tokens[j + 1]?.lower ?? '')) break
    // "the only two states to have signed": the infinitive perfect reads "that have signed".
    if (t.lower === 'to' && tokens[j + 1]?.lower === 'have' && /(ed|en)$/.test(tokens[j + 2]?.lower ?? '') && out.length > 0) {
      out.push({ ...t, text: 'that', lower: 'that' }, tokens[j + 1] as Token)
      j++
      continue
    }
    // "a budget that would raise the minimum wage": after a relative pronoun a modal keeps the clause's sense
    // ("that will be built": the auxiliaries after such a modal stay with it)
    const lastOut = out[out.length - 1]?.lower ?? ''
    const keep = (MODALS.has(t.lower) && /^(?:that|which|who)$/.test(lastOut)) || (MODALS.has(lastOut) && /^(?:be|have|been)$/.test(t.lower)) || (lastOut === 'have' && t.lower === 'been' && MODALS.has(out[out.length - 2]?.lower ?? ''))
    if (AUXILIARIES.has(t.lower) && !keep) continue
    out.push(t)
  }
  while (out.length && DANGLING.has(out[out.length - 1]?.lower ?? '')) out.pop()
  return out
}
const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'can', 'shall', 'must'])

/** From a comma after a name: the end of ", Name, Name, and Name" when it closes with "and"/"or", else -1. */
function nameListEnd(tokens: readonly Token[], comma: number, end: number): number {
  let k = comma
  for (let items = 0; items < 12 && k < end; items++) {
    if (tokens[k]?.text === ',') k++
    const conj = tokens[k]?.lower === 'and' || tokens[k]?.lower === 'or'
    if (conj) k++
    if (!isCap(tokens[k])) return -1
    while (k < end && (isCap(tokens[k]) || (HYPHENS.has(tokens[k]?.text ?? '') && isCap(tokens[k + 1])))) k++
    if (conj) return k
    if (tokens[k]?.text !== ',') return -1
  }
  return -1
}

/**
 * "26 million men, women, and children": plain one-word nouns listed with commas and closed by "and"/"or"
 * after the first noun of the subject; the end of the list, else -1. A word that looks like a verb
 * ("people, injured 10 others") ends nothing.
 */
function nounListEnd(tokens: readonly Token[], comma: number, end: number): number {
  const plainNoun = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && !isCap(t) && !looksLikeVerb(t) && !VERB_FORMS.has(t.lower) && !CLAUSE_BREAKS.has(t.lower) && !DETERMINERS.test(t.lower)
  let k = comma
  for (let items = 0; items < 6 && k < end; items++) {
    if (tokens[k]?.text === ',') k++
    const conj = tokens[k]?.lower === 'and' || tokens[k]?.lower === 'or'
    // three nouns at least: "20-year high, and bond strategists warned" joins two clauses, not a list
    if (conj && items === 0) return -1
    if (conj) k++
    if (!plainNoun(tokens[k])) return -1
    k++
    if (conj) return k
    if (tokens[k]?.text !== ',') return -1
  }
  return -1
}

/** True when the words so far hold a preposition, so a following "and" can join two places. */
function inPlacePhrase(out: readonly Token[]): boolean {
  for (let k = out.length - 1; k >= 0 && k >= out.length - 6; k--) if (/^(in|across|at|to|from|toward|towards|between|into)$/.test(out[k]?.lower ?? '')) return true
  return false
}

/** After "and" at k-1: the end of one or two plain noun words that close the group there, else 0. */
function nounPairEnds(after: readonly Token[], k: number): number {
  const plain = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && !isCap(t) && !/^(more|less|fewer|so|else|other|others|not)$/.test(t.lower) && !looksLikeVerb(t) && !AUXILIARIES.has(t.lower) && !DETERMINERS.test(t.lower) && !PREPOSITIONS.has(t.lower) && !CLAUSE_BREAKS.has(t.lower) && !PRONOUNS.test(t.lower)
  if (!plain(after[k])) return 0
  const end = plain(after[k + 1]) ? k + 2 : k + 1
  const next = after[end]
  // The group must close right after: a verb, a preposition or the end of the words.
  if (next && next.kind !== 'punct' && !looksLikeVerb(next) && !PREPOSITIONS.has(next.lower) && !AUXILIARIES.has(next.lower) && next.lower !== 'that' && next.lower !== 'who' && next.lower !== 'whose') return 0
  return end
}

/** Where the counted noun group ends in `after`: before the first preposition, participle or verb. */
/** A plural noun (or a demonym before one) that a participle before it describes: "skilled workers", "killed Ukrainian soldiers". */
function describesNoun(after: readonly Token[]): boolean {
  let k = 1
  if (isCap(after[k]) && after[k]?.kind === 'word') k++
  const t = after[k]
  if (!t || t.kind !== 'word' || isCap(t)) return false
  const plural = (/[^s]s$/.test(t.lower) && t.lower.length > 3 && !VERB_FORMS.has(t.lower)) || UNMARKED_PLURALS.has(t.lower)
  const next = after[k + 1]
  return plural && (!next || PREPOSITIONS.has(next.lower) || next.kind === 'punct' || /^(?:and|or|who|that|were|was|are|have|had)$/.test(next.lower))
}

function headLength(after: readonly Token[]): number {
  for (let k = 0; k < after.length; k++) {
    const t = after[k]
    if (!t) break
    if (t.lower === 'of' && k > 0) continue // "waves of releases": still the noun group
    // "families and businesses", "democracy and constitutional rights": nouns joined inside the group.
    if ((t.lower === 'and' || t.lower === 'or') && k > 0 && nounPairEnds(after, k + 1) > 0) {
      k = nounPairEnds(after, k + 1) - 1
      continue
    }
    // "two dozen British and American tourists": two capitalised words before the one noun
    if ((t.lower === 'and' || t.lower === 'or') && k > 0 && isCap(after[k - 1]) && isCap(after[k + 1]) && after[k + 1]?.kind === 'word' && nounPairEnds(after, k + 2) > 0) {
      k = nounPairEnds(after, k + 2) - 1
      continue
    }
    if (PREPOSITIONS.has(t.lower) || t.lower === 'that' || t.lower === 'who' || t.lower === 'and' || t.lower === 'or') return k
    // "533 territories already formalised", "four have yet to be…": an adverb starts what is said of the group.
    if (/^(already|still|now|then|also|yet|currently|previously|later|again|reportedly)$/.test(t.lower)) return k
    // "2,000 jobs last year": a time phrase ends the noun group.
    if (k > 0 && /^(last|this|next)$/.test(t.lower) && TIME_NOUNS.test(after[k + 1]?.lower ?? '')) return k
    // "officially recognised political prisoners": an adverb makes the participle part of the noun group.
    const adverbed = /ly$/.test(after[k - 1]?.lower ?? '') && after[k + 1] !== undefined && !PREPOSITIONS.has(after[k + 1]?.lower ?? '')
    if (k > 0 && !isCap(t) && !adverbed && (/(ed|ing)$/.test(t.lower) || VERB_FORMS.has(t.lower)) && !/(ing|ed)$/.test(after[k - 1]?.lower ?? 'x')) return k
    // "41,000 injured": a participle after the number says what happened; "4.8 million skilled workers", "1,000
    // killed Ukrainian soldiers": before a noun it describes the counted noun
    if (k === 0 && !isCap(t) && /ed$/.test(t.lower) && !describesNoun(after)) return 0
  }
  return after.length
}

/**
 * A time or place phrase set off by a comma before the clause holding the figure ("In September,",
 * "Then, on Thursday,", "…, between January 8 and 9, Russia launched"). It scopes every figure of
 * that clause, so it belongs to their subjects; linking phrases ("In fact,") do not.
 */
function clauseLead(tokens: readonly Token[], sentFrom: number, figFrom: number): Token[] {
  // The comma closing the phrase is the last punctuation before the figure.
  let comma = -1
  for (let k = figFrom - 1; k >= sentFrom && k >= figFrom - 25; k--) {
    const t = tokens[k]
    if (!t || t.kind !== 'punct' || HYPHENS.has(t.text) || t.text === '’' || t.text === "'" || t.text === '$') continue
    if (t.text === ',') comma = k
    break
  }
  if (comma < 0) return []
  // The phrase opens the sentence or a clause ("…noted that over the past three years, it has seized…").
  let p = comma - 1
  while (p >= sentFrom && p >= comma - MAX_LEAD_WORDS && tokens[p]?.kind !== 'punct' && !/^(that|while|whereas|because|although|though|if)$/.test(tokens[p]?.lower ?? '')) p--
  const open = tokens[p]
  if (p >= sentFrom && open && open.kind === 'punct' && open.text !== ',' && open.text !== ';' && open.text !== ':' && !DASHES.has(open.text)) return []
  if (p >= sentFrom && open && open.kind === 'word' && !/^(that|while|whereas|because|although|though|if)$/.test(open.lower)) return []
  let start = p + 1
  // "and on Thursday,", "but in 2025,": a conjunction may open the clause before the phrase.
  if (/^(and|but|then|so|yet)$/.test(tokens[start]?.lower ?? '')) start++
  if (!SENTENCE_LEAD_PREPS.has(tokens[start]?.lower ?? '') || start >= comma - 1) return []
  const words = tokens.slice(start, comma)
  if (DISCOURSE_LEADS.has(words.map((t) => t.lower).join(' '))) return []
  // A verb inside means a clause ("In 2024, IOM supported…", "over 50,000 people have spent…"), not a phrase.
  if (words.some((t) => SPEECH_VERBS.test(t.lower) || AUXILIARIES.has(t.lower) || VERB_FORMS.has(t.lower))) return []
  return words.filter((x) => x.kind !== 'punct')
}

/** "…, Rio Grande do Sul, where 1,000 people were hosted": the place a "where" clause refers back to, as "in <place>". */
function whereLead(tokens: readonly Token[], sentFrom: number, figFrom: number): string[] {
  let w = figFrom - 1
  // The clause runs back to "where" over words and figures, not over punctuation.
  while (w >= sentFrom && w > figFrom - 20 && tokens[w]?.kind !== 'punct' && tokens[w]?.lower !== 'where') w--
  if (tokens[w]?.lower !== 'where' || tokens[w - 1]?.text !== ',') return []
  const place: Token[] = []
  for (let k = w - 2; k >= sentFrom && place.length < 6; k--) {
    const t = tokens[k]
    if (!t) break
    if (isCap(t)) place.unshift(t)
    else if (/^(do|de|da|del|of|the)$/.test(t.lower) && isCap(tokens[k - 1])) place.unshift(t)
    else break
  }
  if (!place.length || !isCap(place[0])) return []
  const the = tokens[w - 2 - place.length]?.lower === 'the' ? ['the'] : []
  return ['in', ...the, ...place.map((t) => t.text)]
}

const POSSESSION_VERBS = /^(has|have|had|owns|own|owned)$/

/** The capitalised name opening a sentence ("The EU has become…" → EU), as the doer of a later participle clause. */
function sentenceSubject(tokens: readonly Token[], sentFrom: number): Token[] {
  let k = sentFrom
  if (/^(the|a|an)$/.test(tokens[k]?.lower ?? '')) k++
  const out: Token[] = []
  while (out.length < 4 && isCap(tokens[k]) && !OPENING_WORDS.has(tokens[k]?.lower ?? '')) out.push(tokens[k++] as Token)
  // Only a name that is the whole subject: "The EU has", not "The EU delegation".
  return looksLikeVerb(tokens[k]) || AUXILIARIES.has(tokens[k]?.lower ?? '') ? out : []
}

/** Capitalised agent right before a verb ("Russia launched"), skipping auxiliaries. */
function agentBefore(tokens: readonly Token[], vi: number, sentFrom: number): Token[] {
  let k = vi - 1
  while (k >= sentFrom && (AUXILIARIES.has(tokens[k]?.lower ?? '') || /^(still|also|already|now|only|just|previously|recently|\p{Ll}+ly)$/u.test(tokens[k]?.text ?? ''))) k--
  // "Russia, which occupies": the relative pronoun stands for the name before the comma.
  if (/^(which|who)$/.test(tokens[k]?.lower ?? '') && tokens[k - 1]?.text === ',') k -= 2
  const out: Token[] = []
  while (k >= sentFrom && out.length < 3) {
    const t = tokens[k]
    if (!t || !isCap(t) || OPENING_WORDS.has(t.lower) || /^(it|they|he|she|we|i|this|that|there)$/.test(t.lower)) break
    out.unshift(t)
    k--
  }
  if (out.length === 0 && /^(they|it|he|she|we|i)$/.test(tokens[k]?.lower ?? '')) return []
  return out
}

interface SubjectParts {
  /** The counted noun group ("drones", "long-range missiles"). */
  head: string[]
  /** Verb and agent that take the figure as object ("launched by Russia"). */
  verb: string[]
  /** Phrases after the noun group ("toward Ukraine", "in 2025"). */
  tail: string[]
  /** Fallback words when nothing follows the figure. */
  before: string[]
  /** Opening phrase of the sentence ("in September"). */
  lead: string[]
  /** Joined to the previous figure by "and" or a comma ("242 drones and 36 missiles"). */
  coordinated: boolean
  /** Unit of the figure, so only like figures share their words. */
  unit: string | null
  /** Token index after the figure, to spot a conversion in brackets right behind it. */
  to: number
  /** "1,200km (745 miles)": the figure restates another one and shares its subject. */
  sameAs?: SubjectParts
}

/** The subject text from its parts, lead phrase last and only when it adds words. */
function composeSubject(p: SubjectParts): string {
  let words = p.head.length || p.verb.length || p.tail.length ? [...p.head, ...p.verb, ...p.tail] : p.before
  if (p.lead.length && words.length + p.lead.length <= MAX_SUBJECT_WORDS + 2) {
    const have = new Set(words.map((w) => w.toLowerCase()))
    if (!p.lead.slice(1).every((w) => have.has(w.toLowerCase()))) words = [...words, ...p.lead.map((w, k) => (k === 0 ? w.toLowerCase() : w))]
  }
  return words.slice(0, MAX_SUBJECT_WORDS + 2).join(' ').replace(/\s+([’'])\s*/g, '$1').trim()
}

/**
 * Subject words are tokens, so "H-1B visas", "multi-story buildings" and "Boeing’s jets" come out as "H 1 B visas",
 * "multi story buildings", "Boeing s jets". Two neighbours the sentence writes as one word are joined again as
 * written: by a hyphen, dash or apostrophe, or directly where a digit meets a letter ("1B").
 */
export function asWritten(subject: string, sentence: string): string {
  const compounds = compoundsOf(sentence)
  if (!compounds.length || !subject.includes(' ')) return subject
  const words = subject.split(' ')
  let changed = false
  for (const { text, pieces } of compounds) {
    // the longest run of the compound's pieces that the subject has as consecutive words
    for (let k = 0; k < words.length - 1; k++) {
      const p0 = pieces.findIndex((p) => p.text === words[k])
      if (p0 < 0) continue
      let n = 1
      while (p0 + n < pieces.length && words[k + n] === pieces[p0 + n]?.text) n++
      if (n < 2) continue
      words.splice(k, n, text.slice((pieces[p0] as Piece).start, (pieces[p0 + n - 1] as Piece).end))
      changed = true
    }
  }
  return changed ? words.join(' ') : subject
}

interface Piece {
  text: string
  start: number
  end: number
}

/** The tokens a word written as one is made of: split at hyphens, dashes and apostrophes, and between a digit and a letter. */
function piecesOf(word: string): Piece[] {
  const out: Piece[] = []
  let start = 0
  for (let i = 1; i <= word.length; i++) {
    const c = i < word.length ? word.charCodeAt(i) : -1
    const p = word.charCodeAt(i - 1)
    if (c === -1 || JOINER_CODES.has(c)) {
      if (i > start) out.push({ text: word.slice(start, i), start, end: i })
      start = i + 1
    } else if (!JOINER_CODES.has(p) && digitMeetsLetter(word, i)) {
      out.push({ text: word.slice(start, i), start, end: i })
      start = i
    }
  }
  return out
}

let compoundSentence = ''
let compoundWords: { text: string; pieces: Piece[] }[] = []
/**
 * The words of a sentence written as one from several tokens ("H-1B", "multi-story", "Boeing’s", "1B"), with
 * those tokens. Remembered for the last sentence: its figures share it.
 */
function compoundsOf(sentence: string): { text: string; pieces: Piece[] }[] {
  if (sentence === compoundSentence) return compoundWords
  const out: { text: string; pieces: Piece[] }[] = []
  let wordStart = 0
  let joined = false
  for (let i = 0; i <= sentence.length; i++) {
    const c = i < sentence.length ? sentence.charCodeAt(i) : 32
    if (c === 32 || c === 10) {
      if (joined) {
        const text = sentence.slice(wordStart, i).replace(EDGE_PUNCTUATION, '')
        const pieces = piecesOf(text)
        if (pieces.length > 1) out.push({ text, pieces })
      }
      wordStart = i + 1
      joined = false
    } else if (!joined && i > wordStart) {
      const p = sentence.charCodeAt(i - 1)
      if (JOINER_CODES.has(p) && i - 1 > wordStart) joined = true
      // (most characters are no digit: the letter test only runs beside one)
      else if (((p >= 48 && p <= 57) || (c >= 48 && c <= 57)) && digitMeetsLetter(sentence, i)) joined = true
    }
  }
  compoundSentence = sentence
  compoundWords = out
  return out
}
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu
const JOINER_CODES = new Set([45, 0x2010, 0x2011, 0x2013, 0x2019, 39])
const letterAt = charClass(/^\p{L}$/u)
/** A digit against a letter at i - 1 | i, either way round: "1B" and "A350" are one word of two tokens. */
const digitMeetsLetter = (s: string, i: number): boolean => (isDigitAt(s, i - 1) && letterAt(s, i) > 0) || (isDigitAt(s, i) && letterAt(s, i - 1) > 0)



const DETERMINERS = /^(the|a|an|all|but|only|just|another|some|its|their|his|her|our|my|your|these|those|this|that|of)$/
const PRONOUNS = /^(it|they|he|she|we|i|you|them|us|him|who|which|that|this|these|those|there)$/
/** Prepositions that let an earlier verb govern the figure ("attacked Ukraine with 1,500 drones"). */
const GOVERNING_PREPS = new Set(['with', 'for', 'on', 'to', 'at', 'against', 'into'])

/** A verb at k that can take a figure, not an adjective after a determiner ("the following two days"). */
function isVerbAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  if (!t) return false
  // "Russia, which occupies 20 percent": after a relative pronoun a present-tense verb takes the figure.
  if (/^(which|who|that)$/.test(tokens[k - 1]?.lower ?? '') && t.kind === 'word' && !isCap(t) && /[^s]s$/.test(t.lower) && !AUXILIARIES.has(t.lower)) return true
  if (!(looksLikeVerb(t) || LEVEL_VERBS.test(t.lower))) return false
  return !/^(the|a|an|its|their|his|her|our|this|these|those)$/.test(tokens[k - 1]?.lower ?? '')
}

/** The figure's governing verb when it is the object of a preposition: "attacked Ukraine during the week with". */
function governingVerb(tokens: readonly Token[], prep: number, sentFrom: number): number {
  for (let k = prep - 1; k >= Math.max(sentFrom, prep - 8); k--) {
    const t = tokens[k]
    // "rose 5% to £3bn": an earlier figure between verb and preposition does not break the clause; but after
    // "climb past 75 with 300 people still missing", "with" opens a phrase of its own.
    if (t && (t.kind === 'digits' || t.text === '%')) {
      if (tokens[prep]?.lower === 'with') return -1
      continue
    }
    if (!t || (t.kind === 'punct' && !HYPHENS.has(t.text)) || CLAUSE_BREAKS.has(t.lower)) return -1
    if (isVerbAt(tokens, k)) return k
  }
  return -1
}

/**
 * The noun phrase a verb at `v` says something about, read backwards from it: "the indigenous
 * population(, estimated at …,) fell", "the cost of post-war reconstruction estimated at".
 */
function clauseSubject(tokens: readonly Token[], v: number, sentFrom: number, allowPreps = true): Token[] {
  let k = v - 1
  const skippable = (t: Token | undefined): boolean => t !== undefined && (AUXILIARIES.has(t.lower) || /ly$/.test(t.lower) || t.lower === 'now' || t.lower === 'still' || t.lower === 'also')
  while (k >= sentFrom && skippable(tokens[k])) k--
  // "has fluctuated and currently is estimated": the subject is that of the first verb.
  if ((tokens[k]?.lower === 'and' || tokens[k]?.lower === 'or') && looksLikeVerb(tokens[k - 1])) {
    k -= 2
    while (k >= sentFrom && skippable(tokens[k])) k--
  }
  // An apposition between subject and verb: "The population, estimated at …, fell".
  if (tokens[k]?.text === ',') {
    let c = k - 1
    while (c >= sentFrom && c > k - 25 && tokens[c]?.text !== ',') c--
    k = c >= sentFrom && tokens[c]?.text === ',' ? c - 1 : -1
  }
  const out: Token[] = []
  for (; k >= sentFrom && out.length < 8; k--) {
    const t = tokens[k]
    if (!t) break
    if (t.kind === 'punct') {
      if (HYPHENS.has(t.text) || t.text === '’' || t.text === "'") continue
      break
    }
    if (t.kind === 'digits' || CLAUSE_BREAKS.has(t.lower) || AUXILIARIES.has(t.lower)) break
    // "the population in the camp": a preposition after a noun stays inside the phrase.
    if (PREPOSITIONS.has(t.lower) && t.lower !== 'of') {
      if (!allowPreps) break
      const p = tokens[k - 1]
      if (k - 1 < sentFrom || !p || p.kind !== 'word' || isVerbAt(tokens, k - 1) || AUXILIARIES.has(p.lower) || CLAUSE_BREAKS.has(p.lower) || PREPOSITIONS.has(p.lower) || PRONOUNS.test(p.lower)) break
    }
    if (looksLikeVerb(t) && out.length > 0) break
    out.unshift(t)
  }
  while (out.length && (DETERMINERS.test(out[0]?.lower ?? '') || PRONOUNS.test(out[0]?.lower ?? ''))) out.shift()
  if (out.length === 1 && PRONOUNS.test(out[0]?.lower ?? '')) return []
  return out
}

/**
 * "The total number of children who received a second dose … after two days of vaccination is 156,943": a
 * clause that opens with "number of" names what its level counts, relative clause and all, up to the verb or
 * to another figure inside it. Null when the clause does not open so.
 */
function numberOfPhrase(tokens: readonly Token[], v: number, sentFrom: number, figureEnds: ReadonlyMap<number, number>): Token[] | null {
  for (let k = v - 1; k >= sentFrom && k >= v - 24; k--) {
    const t = tokens[k]
    if (!t || (t.kind === 'punct' && !HYPHENS.has(t.text))) return null
    if (t.lower !== 'number' || tokens[k + 1]?.lower !== 'of') continue
    const s = /^(total|overall|combined|official)$/.test(tokens[k - 1]?.lower ?? '') ? k - 1 : k
    let b = s - 1
    while (b >= sentFrom && /^(the|a)$/.test(tokens[b]?.lower ?? '')) b--
    const opener = tokens[b]
    if (b >= sentFrom && opener && opener.kind !== 'punct' && !CLAUSE_BREAKS.has(opener.lower) && opener.lower !== 'that') return null
    const out: Token[] = []
    for (let j = s; j < v; j++) {
      const w = tokens[j]
      if (!w || figureEnds.has(j) || w.kind === 'digits') break
      out.push(w)
    }
    while (out.length > 3) {
      const last = out.at(-1)?.lower ?? ''
      if (!(PREPOSITIONS.has(last) || DETERMINERS.test(last) || CLAUSE_BREAKS.has(last) || AUXILIARIES.has(last) || QUALIFIER_WORDS.has(last) || /ly$/.test(last) || last === 'now')) break
      out.pop()
    }
    return out.length >= 3 ? out : null
  }
  return null
}

/** Hedges that can be left at the end of a phrase cut before a figure ("after nearly"). */
const QUALIFIER_WORDS = new Set(['nearly', 'almost', 'about', 'around', 'roughly', 'some', 'over', 'under', 'more', 'less', 'than', 'least', 'at', 'up', 'approximately', 'just'])

/** "six of its 15 reactors", "533 of these territories": where the counted noun starts after "of", or -1. */
function partitiveNoun(tokens: readonly Token[], fig: Figure, figureEnds: ReadonlyMap<number, number>): number {
  if (fig.unit || tokens[fig.to]?.lower !== 'of') return -1
  let k = fig.to + 1
  while (DETERMINERS.test(tokens[k]?.lower ?? '') && tokens[k]?.lower !== 'of') k++
  const end = figureEnds.get(k)
  if (end !== undefined) k = end
  const t = tokens[k]
  if (!t || t.kind !== 'word' || PRONOUNS.test(t.lower) || PREPOSITIONS.has(t.lower)) return -1
  return k
}

/** Where the verb governing a figure sits, read leftwards from the figure's first word. */
interface ObjectVerb {
  /** Token index of the verb, or -1. */
  at: number
  /** Token index of the last word before the figure that is no determiner. */
  vi: number
  /** Words between verb and figure when a preposition links them ("attacked Ukraine during the week with"). */
  between: Token[]
  /** "the remains of 42 people": an "of" stands right before the figure. */
  ofBefore: boolean
}

/** The verb that takes the figure as its object: "launched 197 drones", "released over 120", "attacked Ukraine with 1,500". */
function objectVerb(tokens: readonly Token[], hedgeStart: number, sentFrom: number): ObjectVerb {
  let vi = hedgeStart - 1
  let ofBefore = false
  while (vi >= sentFrom && DETERMINERS.test(tokens[vi]?.lower ?? '')) {
    if (tokens[vi]?.lower === 'of') ofBefore = true
    vi--
  }
  const none: ObjectVerb = { at: -1, vi, between: [], ofBefore }
  // "the remains of 42 people", "a population of 60,000": the word before "of" is a noun.
  if (ofBefore) return none
  // "meaning the $100,000 fee is no longer in force": a clause follows the verb, whose subject holds the figure
  if (vi < hedgeStart - 1 && CLAUSE_VERBS.test(tokens[vi]?.lower ?? '')) return none
  if (isVerbAt(tokens, vi)) return { ...none, at: vi }
  const t = tokens[vi]
  if (GOVERNING_PREPS.has(t?.lower ?? '')) {
    const at = governingVerb(tokens, vi, sentFrom)
    const between = at >= 0 ? tokens.slice(at + 1, vi).filter((x) => x.kind === 'word' && !DETERMINERS.test(x.lower) && !AUXILIARIES.has(x.lower)) : []
    return { ...none, at, between }
  }
  // "aiming to reach 4.1 million people", "will spend £20bn": a bare verb after "to" or a modal.
  const before = tokens[vi - 1]?.lower ?? ''
  if ((before === 'to' || MODALS.has(before)) && t?.kind === 'word' && !isCap(t) && !PREPOSITIONS.has(t.lower) && !NO_VERB_AFTER_TO.test(t.lower)) return { ...none, at: vi }
  return none
}

const LINKING_VERBS = /^(remain|stay|stays|stayed|appear|appears|appeared|seem|seems|seemed|become|becomes|became)$/
/** Verbs that take a whole clause ("meaning the fee is …", "ensuring the 300 workers are paid"). */
const CLAUSE_VERBS = /^(meaning|means|meant|suggesting|suggests|suggested|implying|implies|implied|signalling|signaling|signals|signalled|signaled|indicating|indicates|indicated|saying|says|said|noting|notes|noted|arguing|argues|argued|claiming|ensuring|ensures|ensured|assuming|assumes|given)$/
/** Words after "to" that make it a preposition ("from $20bn a year to much more than $30bn", "up to five"). */
const NO_VERB_AFTER_TO = /^(more|less|fewer|much|many|most|least|about|around|roughly|nearly|almost|just|only|some|as|than|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|millions|billions|dozens|tens)$/
/** Verbs whose doer is also the doer of the infinitive after them ("WHO hopes to vaccinate"). */
const CONTROL_VERBS = /^(aims?|aimed|hopes?|hoped|plans?|planned|seeks?|sought|wants?|wanted|intends?|intended|expects?|expected|needs?|needed|tries|tried|tries|promised|promises|pledged|pledges|vowed|vows|agreed|agrees|decided|decides|managed|manages|failed|fails|wishes|wished|attempted|attempts|prepares|prepared|offered|offers|threatened|threatens)$/

/**
 * The verb phrase said of the counted noun: "pardoned and released", "Russia launched",
 * "occupied by Russia", "attacked Ukraine during the week".
 */
function verbPhrase(tokens: readonly Token[], at: number, between: readonly Token[], agent: readonly Token[]): string[] {
  const verb = tokens[at]
  if (!verb) return []
  const out: string[] = []
  // "they pardoned and released over 120": coordinated verbs act on the figure together.
  const c = tokens[at - 1]
  const v0 = tokens[at - 2]
  if ((c?.lower === 'and' || c?.lower === 'or') && v0 && looksLikeVerb(v0) && /ed$/.test(v0.lower)) out.push(v0.lower, c.lower)
  const names = agent.map((t) => t.text)
  // "Russia, which occupies 20 percent": after a relative pronoun the doer follows as "by X".
  if (/^(which|who)$/.test(c?.lower ?? '') && names.length) return [...out, participle(verb.lower), ...between.map((t) => t.text), 'by', ...names]
  // "charges Assange faces", "drones Russia launched": with its doer the verb keeps its tense.
  const form = between.length || (names.length && !/ing$/.test(verb.lower)) ? verb.lower : participle(verb.lower)
  return [...names, ...out, form, ...between.map((t) => t.text)]
}

/** Nothing after the number ("a country of only nine million"): up to six words before it. */
function wordsBefore(tokens: readonly Token[], hedgeStart: number, sentFrom: number): string[] {
  const before: string[] = []
  for (let k = hedgeStart - 1; k >= sentFrom && before.length < 6; k--) {
    const t = tokens[k]
    if (!t) break
    if (t.kind === 'punct') {
      if (t.text === ',' || DASHES.has(t.text) || t.text === '’' || t.text === "'") continue
      break
    }
    if (AUXILIARIES.has(t.lower)) continue
    before.unshift(t.text)
  }
  while (before.length && (LEADING_DROP.has(before[0]?.toLowerCase() ?? '') || PREPOSITIONS.has(before[0]?.toLowerCase() ?? ''))) before.shift()
  while (before.length && (DANGLING.has(before[before.length - 1]?.toLowerCase() ?? '') || /^(only|just|some|than|more|less)$/i.test(before[before.length - 1] ?? ''))) before.pop()
  return before
}

/** The parts of a short noun phrase naming what the figure counts. */
function subjectOf(tokens: readonly Token[], fig: Figure, sentFrom: number, sentTo: number, siblings: readonly SubjectParts[], figureEnds: ReadonlyMap<number, number>): SubjectParts {
  const q = qualifierBefore(tokens, fig.from)
  const hedgeStart = q ? q.at : fig.from
  const prev = siblings.at(-1)
  if (prev && tokens[hedgeStart - 1]?.text === '(' && prev.to === hedgeStart - 1) {
    return { head: [], verb: [], tail: [], before: [], lead: [], coordinated: false, unit: fig.unit, to: fig.to, sameAs: prev.sameAs ?? prev }
  }
  const share = fig.unit === 'percent' && tokens[fig.to]?.lower === 'of'
  // "5,635 buildings…, 80 percent of which had only…": the share is of the earlier figure's noun.
  const ofWhich = share && /^(which|whom)$/.test(tokens[fig.to + 1]?.lower ?? '') ? prev : undefined
  const part = partitiveNoun(tokens, fig, figureEnds)
  let after = wordsAfter(tokens, ofWhich ? fig.to + 2 : part >= 0 ? part : fig.to, sentTo, figureEnds)
  while (after.length && LEADING_DROP.has(after[0]?.lower ?? '')) after = after.slice(1)

  const ov = objectVerb(tokens, hedgeStart, sentFrom)
  const level = ov.at >= 0 && LEVEL_VERBS.test(tokens[ov.at]?.lower ?? '')
  let verbAt = level ? -1 : ov.at
  const verbTok = tokens[verbAt]
  let agent = verbTok ? agentBefore(tokens, verbAt, sentFrom) : []
  // "The EU has become…, sending 195 billion euros": a participle clause acts for the sentence's subject.
  if (verbTok && !agent.length && /ing$/.test(verbTok.lower) && tokens[verbAt - 1]?.text === ',') agent = sentenceSubject(tokens, sentFrom)
  // "Apib has only six members", "Brazil has 533 of these territories": the owner names whose things are counted.
  const owner = !verbTok && POSSESSION_VERBS.test(tokens[ov.vi]?.lower ?? '') ? agentBefore(tokens, ov.vi, sentFrom) : []

  // "fees of $2,000 to $5,000 remain in place": after "X of N" a verb starts the predicate; X is what is measured
  const next = tokens[fig.to]?.lower ?? ''
  const predicate = ov.ofBefore && part < 0 && (LEVEL_VERBS.test(next) || AUXILIARIES.has(next) || LINKING_VERBS.test(next))
  // "spent four minutes trying to reason": after a span of time an -ing verb is what the time went on
  const gerund = fig.unit !== null && DURATION_UNITS[tokens[fig.to - 1]?.lower ?? ''] !== undefined && /^\p{Ll}+ing$/u.test(after[0]?.text ?? '') && after[0]?.start === tokens[fig.to]?.start
  const hl = predicate || gerund ? 0 : headLength(after)
  // "includes 15,000 civilians killed": a participle after the noun already says what happened to it.
  if (hl > 0 && /ed$/.test(after[hl]?.lower ?? '')) verbAt = -1
  let head = after.slice(0, hl).map((t) => t.text)
  const tail = after.slice(hl).map((t) => t.text)
  // "21 migrants died every day", "600,000 Israelis live in …": the figure opens its clause and a finite verb follows its noun;
  // as a noun phrase that reads "migrants who died", "Israelis living in".
  const finite = after[hl]
  const lastHead = after[hl - 1]
  // "Three decades of democracy prompted a renaissance": a span of something that opens the clause is "years of democracy".
  if (hl > 0 && finite && fig.unit && DURATION_UNITS[tokens[fig.to - 1]?.lower ?? ''] && tokens[fig.to]?.lower === 'of' && ov.at < 0 && opensClause(tokens, hedgeStart, sentFrom) && (PAST_FORMS.has(finite.lower) || /[^e]ed$|ied$/.test(finite.lower)) && tokenIndex(tokens, finite) === tokenIndex(tokens, lastHead ?? finite) + 1) {
    head = [fig.unit, 'of', ...head]
    tail.length = 0
  }
  if (hl > 0 && finite && lastHead && !fig.unit && ov.at < 0 && !ov.ofBefore && opensClause(tokens, hedgeStart, sentFrom) && !isCap(finite) && !/ly$/.test(lastHead.lower) && !PREPOSITIONS.has(lastHead.lower) && !DETERMINERS.test(lastHead.lower) && tail.length > 1 && tail[1]?.toLowerCase() !== 'by') {
    const v = finite.lower
    const gap = tokens.slice(tokenIndex(tokens, lastHead) + 1, tokenIndex(tokens, finite)).map((t) => t.lower)
    const pronoun = PEOPLE_NOUNS.has(lastHead.lower) || isCap(lastHead) ? 'who' : 'that'
    const past = /[^e]ed$|ied$|eed$/.test(v) || PAST_FORMS.has(v)
    if (gap.length === 0 && past) tail.unshift(pronoun)
    else if (gap.length === 0 && VERB_FORMS.has(v) && !/(s|ed)$/.test(v) && !PAST_FORMS.has(v) && !AUXILIARIES.has(v)) tail[0] = /[^e]e$/.test(v) ? `${v.slice(0, -1)}ing` : `${v}ing`
    // "50,000 people have spent time": an active perfect keeps its auxiliary ("people who have spent"); a passive drops it.
    else if (gap.length === 1 && /^(have|has|had)$/.test(gap[0] ?? '') && (past || /en$/.test(v))) tail.unshift(pronoun, gap[0] ?? 'have')
  }
  if (ofWhich) head = ['share', 'of', ...ofWhich.head]
  else if (share) head = ['share', 'of', ...head]
  if (owner.length && head.length) head = [...owner.map((t) => t.text), ...head]
  const joint = tokens[hedgeStart - 1]
  const asWellAs = joint?.lower === 'as' && tokens[hedgeStart - 2]?.lower === 'well' && tokens[hedgeStart - 3]?.lower === 'as'
  const alongside = joint?.lower === 'alongside' || asWellAs
  const coordinated = prev !== undefined && (joint?.lower === 'and' || joint?.text === ',' || joint?.lower === 'or' || alongside)
  // "600,000 Israelis live in …, alongside three million Palestinians": the later figure shares what the first one does.
  if (alongside && prev && tail.length === 0 && verbAt < 0 && prev.tail.length) tail.push(...prev.tail)
  let verb = verbAt >= 0 ? verbPhrase(tokens, verbAt, ov.between, agent) : []
  // "calling for USD $2.3 billion", "OCHA is appealing for $2.1 billion to help …": money asked for is funding
  const asked = verbAt >= 0 ? FUNDING_ASKED[tokens[verbAt]?.lower ?? ''] : undefined
  if (asked && head.length === 0 && fig.unit !== null && /^[A-Z]{3}$/.test(fig.unit) && ov.between.length === 0) {
    head = ['funding']
    verb = [...agent.map((t) => t.text), asked]
    if (tail[0] === 'to') tail.length = 0
  }
  // "aiming to reach 4.1 million people", "WHO hopes to vaccinate 200,000 children": after "to" the verb reads
  // "people to reach", "children WHO hopes to vaccinate"; the bare verb ("people reach") would say they do it.
  if (verbTok && verb.length === 1 && tokens[verbAt - 1]?.lower === 'to' && ov.between.length === 0) {
    const control = tokens[verbAt - 2]
    const doer = control && CONTROL_VERBS.test(control.lower) ? agentBefore(tokens, verbAt - 2, sentFrom) : []
    verb = control && doer.length ? [...doer.map((t) => t.text), control.lower, 'to', verbTok.lower] : ['to', verbTok.lower]
  }
  // "launched 242 drones and 36 missiles": the second figure shares the verb of the first.
  if (!verb.length && coordinated) verb = prev.verb
  // "the population fell to 294,131", "is estimated at around 40,000": the figure measures the clause's subject.
  if (level && head.length === 0 && !share) head = (numberOfPhrase(tokens, ov.at, sentFrom, figureEnds) ?? clauseSubject(tokens, ov.at, sentFrom)).map((t) => t.text)
  // "a pre-war population of 60,000", "a prison term of up to five years": the noun before "of" is what is measured.
  if (ov.ofBefore && head.length === 0 && !share) {
    const noun = clauseSubject(tokens, ov.vi + 1, sentFrom, false).filter((t) => t.lower !== 'of')
    if (noun.length && !QUANTITY_NOUNS.has(noun.at(-1)?.lower ?? '')) head = noun.map((t) => t.text)
  }
  // "41,000 injured", "11 in favour", "while 1,214 were recorded": the counted noun is shared with an earlier like figure;
  // "Inflation was 3.2% in March, down from 3.4%": so is the measured noun of an earlier figure in the same unit.
  if (head.length === 0 && !ov.ofBefore && !share && prev && prev.unit === fig.unit && prev.head.length) head = prev.head
  // "Of the deaths, 17,388 were reported in Kashmir": the figure counts part of the noun the clause opens with.
  if (head.length === 0 && !share) head = ofLeadNoun(tokens, hedgeStart, sentFrom).map((t) => t.text)
  const span = fig.unit !== null && DURATION_UNITS[fig.unit] !== undefined
  // "I spent 10 years in solitary confinement": a span of time the clause's subject spent doing something.
  if (span && head.length === 0 && verbAt >= 0) {
    head = ['time', ...clauseSubject(tokens, verbAt, sentFrom, false).slice(-4).map((t) => t.text)]
    verb = verbPhrase(tokens, verbAt, ov.between, [])
  }
  const dimension = fig.unit !== null ? UNIT_DIMENSIONS[fig.unit] : undefined
  // "a 55-kilometer zone": a measure used as an adjective gives the size of its noun.
  if (dimension && head.length && HYPHENS.has(tokens[fig.to - 2]?.text ?? '')) head = ['size', 'of', ...head]
  // "five years between 2010 and 2015", "1,200km from the border": the measure is a span of time or a dimension.
  if (head.length === 0 && !verb.length && span && tail.length) head = ['time']
  else if (head.length === 0 && dimension && tail.length) head = [dimension]
  const before = head.length === 0 && tail.length === 0 && !verb.length ? wordsBefore(tokens, hedgeStart, sentFrom) : []
  // "its largest warhead – 1,150kg": a measure in apposition gives the weight or size of the noun before it.
  if (dimension && before.length) {
    const v = before.findIndex((w) => VERB_FORMS.has(w.toLowerCase()) || /^\p{Ll}+(ed|ing)$/u.test(w))
    before.splice(0, v + 1, dimension, 'of')
  }
  const votes = voteSubject(tokens, fig, hedgeStart, sentFrom)
  if (votes) return { head: votes, verb: [], tail: [], before: [], lead: [], coordinated, unit: fig.unit, to: fig.to }
  const cl = clauseLead(tokens, sentFrom, hedgeStart)
  const lead = cl.length ? cl.map((t) => t.text) : whereLead(tokens, sentFrom, hedgeStart)
  return { head, verb, tail, before, lead, coordinated, unit: fig.unit, to: fig.to }
}

/** The noun of an opening "Of the deaths," right before the figure at `figFrom`; empty when there is none. */
function ofLeadNoun(tokens: readonly Token[], figFrom: number, sentFrom: number): Token[] {
  const comma = figFrom - 1
  if (tokens[comma]?.text !== ',') return []
  let p = comma - 1
  while (p > sentFrom && p > comma - 6 && tokens[p]?.kind === 'word' && tokens[p]?.lower !== 'of') p--
  const open = tokens[p - 1]
  if (tokens[p]?.lower !== 'of' || (p > sentFrom && open?.kind !== 'punct') || !/^(the|those|these)$/.test(tokens[p + 1]?.lower ?? '')) return []
  const words = tokens.slice(p + 2, comma)
  return words.length && words.every((t) => t.kind === 'word' && !isCap(t)) ? words : []
}

/** Verbs that ask for money, and how a subject reads them after "funding": "funding called for", "funding sought". */
const FUNDING_ASKED: Readonly<Record<string, string>> = {
  calling: 'called for', calls: 'called for', called: 'called for', appealing: 'appealed for', appeals: 'appealed for',
  appealed: 'appealed for', appeal: 'appealed for', seeking: 'sought', seeks: 'sought', sought: 'sought',
  requesting: 'requested', requests: 'requested', requested: 'requested',
}

/** Plural nouns without a final "s", which name what a figure counts on their own ("200 police and 300 soldiers"). */
const UNMARKED_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'cattle', 'sheep', 'fish', 'deer', 'livestock', 'aircraft', 'crew', 'youth', 'poultry', 'infantry', 'militia'])

/** Index of a token of the stream, found by its offset. */
function tokenIndex(tokens: readonly Token[], t: Token): number {
  return tokenRange(tokens, t.start, t.end)[0]
}

/** True when the figure starting at token `at` (hedge included) opens a clause: sentence start, after a comma or a conjunction. */
function opensClause(tokens: readonly Token[], at: number, sentFrom: number): boolean {
  if (at <= sentFrom) return true
  const p = tokens[at - 1]
  if (!p) return true
  return /^[,;:(—–]$/.test(p.text) || /^(while|whereas|but|and|although|though|because|when|that|since|if)$/.test(p.lower)
}

/**
 * A tally of a vote ("adopted the resolution with 107 votes in favour to 12 against, and 51 abstentions",
 * "The motion was rejected by 69 votes against"): what the votes were cast on, or null when it is no tally.
 */
function voteSubject(tokens: readonly Token[], fig: Figure, hedgeStart: number, sentFrom: number): string[] | null {
  if (fig.unit) return null
  let k = fig.to
  const first = tokens[k]?.lower ?? ''
  let stance: string[]
  if (/^abstentions?$/.test(first)) stance = ['abstentions', 'on']
  else {
    if (/^votes?$/.test(first)) k++
    const w = tokens[k]
    if (w?.lower === 'against') stance = ['votes', 'against']
    else if (w?.lower === 'in' && /^favou?r$/.test(tokens[k + 1]?.lower ?? '')) stance = ['votes', 'in', tokens[k + 1]?.text ?? 'favour', 'of']
    else return null
  }
  let v = hedgeStart - 1
  while (v >= sentFrom && v > hedgeStart - 30 && !VOTE_VERBS.test(tokens[v]?.lower ?? '')) v--
  if (v < sentFrom || !VOTE_VERBS.test(tokens[v]?.lower ?? '')) return null
  // Active: the motion is the object between the verb and "with"/"by".
  const object: string[] = []
  for (let j = v + 1; j < hedgeStart && object.length < 8; j++) {
    const t = tokens[j]
    if (!t || t.lower === 'with' || t.lower === 'by' || t.kind !== 'word') break
    object.push(t.text)
  }
  if (object.length) return [...stance, ...object]
  // Passive: "The motion – or “X” – was rejected by": the motion is the subject before the auxiliary.
  let a = v - 1
  while (a >= sentFrom && AUXILIARIES.has(tokens[a]?.lower ?? '')) a--
  if (a === v - 1) return null
  const subject: string[] = []
  for (let j = a; j >= sentFrom && subject.length < 8; j--) {
    const t = tokens[j]
    if (!t) break
    if (t.kind === 'punct') continue
    if (t.lower === 'or') continue
    if (CLAUSE_BREAKS.has(t.lower) || t.kind === 'digits') break
    subject.unshift(t.text)
  }
  return subject.length ? [...stance, ...subject] : null
}

// ---------------------------------------------------------------- category

const CATEGORY_RES: readonly (readonly [ClaimCategory, RegExp])[] = CATEGORY_STEMS.map(([cat, stems]) => [cat, new RegExp(`\\b(?:${stems.join('|')})`)] as const)

function categoryOf(fig: Figure, subject: string, tokens: readonly Token[], sentFrom: number, sentTo: number): ClaimCategory {
  if (fig.unit) {
    const byUnit = UNIT_CATEGORIES[fig.unit]
    if (byUnit) return byUnit
    if (/^[A-Z]{3}$/.test(fig.unit)) return 'money'
    return 'other'
  }
  const near = tokens
    .slice(Math.max(sentFrom, fig.from - 4), Math.min(sentTo, fig.to + 8))
    .map((t) => t.lower)
    .join(' ')
  for (const text of [subject.toLowerCase(), near]) {
    let best: { cat: ClaimCategory; at: number } | null = null
    for (const [cat, re] of CATEGORY_RES) {
      const at = text.search(re)
      if (at >= 0 && (!best || at < best.at)) best = { cat, at }
    }
    if (best) return best.cat
  }
  return 'other'
}

// ---------------------------------------------------------------- source

const SPEECH_VERBS = /^(said|says|say|told|tells|stated|states|reported|reports|report|reporting|saying|noting|stating|estimating|indicating|showing|citing|provided|provides|published|publishes|estimated|estimates|estimate|noted|notes|added|adds|announced|announces|warned|warns|confirmed|confirms|verified|verifies|recorded|records|recording|documented|documents|showed|shows|show|indicated|indicates|indicate|highlighted|highlights|explained|explains|stressed|stresses|claimed|claims|calculated|calculates|counted|counts|registered|registers|revealed|reveals|put|puts|found|finds|according|cited|cites|wrote|writes|informed|informs|tallied|insisted|insists|argued|argues|reiterated|pointed|observed|acknowledged|admitted|asserted|declared|disclosed|projected|projects|predicted|predicts|forecast|forecasts|expects|expected)$/

interface Mention {
  start: number
  end: number
  ref: EntityRef
}

/** Every entity mention in the body, sorted by position. */
function mentionsOf(entities: Entities): Mention[] {
  const out: Mention[] = []
  for (const p of entities.people) for (const m of p.mentions) out.push({ start: m.start, end: m.end, ref: { type: 'person', key: p.key, name: p.name } })
  for (const o of entities.organisations) for (const m of o.mentions) out.push({ start: m.start, end: m.end, ref: { type: 'organisation', key: o.key, name: o.name } })
  return out.sort((a, b) => a.start - b.start || b.end - a.end)
}

/** Tokens covering [start, end) in a sorted token list, as an index range. */
function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((tokens[mid]?.end ?? 0) <= start) lo = mid + 1
    else hi = mid
  }
  let j = lo
  while (j < tokens.length && (tokens[j]?.start ?? end) < end) j++
  return [lo, j]
}

/** "the ISA lawyer pointed out": a name used as a modifier of a role noun; the speaker is the person holding that role. */
function modifiedSpeaker(tokens: readonly Token[], m: Mention, entities: Entities): EntityRef | null {
  const [a, b] = tokenRange(tokens, m.start, m.end)
  const role = tokens[b]
  if (tokens[a - 1]?.lower !== 'the' || !role || role.kind !== 'word' || isCap(role) || !SPEECH_VERBS.test(tokens[b + 1]?.lower ?? '')) return null
  return personByRole(role.lower, entities, m.start)
}

/** True when the name at token a follows a closing quote (',” X said'), so X's words are that quote. */
function afterQuote(tokens: readonly Token[], a: number): boolean {
  const p1 = tokens[a - 1]?.text ?? ''
  const p2 = tokens[a - 2]?.text ?? ''
  return /^[”"]$/.test(p1) || (/^[”"]$/.test(p2) && /^[,.!?]$/.test(tokens[a - 3]?.text ?? ''))
}

/** Words before "by" that make what follows the source of a figure: "estimated by", "figures compiled by", "a study by". */
const BY_SOURCE_WORDS = new Set([
  'estimated', 'reported', 'compiled', 'published', 'released', 'provided', 'cited', 'counted', 'recorded', 'verified',
  'documented', 'confirmed', 'calculated', 'tallied', 'gathered', 'collected', 'issued', 'announced', 'given', 'put',
  'projected', 'forecast', 'conducted', 'commissioned', 'figures', 'data', 'estimates', 'estimate', 'count', 'tally',
  'report', 'reports', 'survey', 'study', 'analysis', 'statistics', 'research', 'poll', 'census', 'assessment', 'review',
  'received', 'obtained', 'seen', 'reviewed',
])

/** The mention in a sentence that the sentence attributes its figures to, or null. */
function attributedMention(tokens: readonly Token[], sentMentions: readonly Mention[], figStart: number, figEnd: number, sentTo: number): Mention | null {
  let best: Mention | null = null
  let bestScore = -Infinity
  const verbOwner = new Map<number, Mention>()
  for (const m of sentMentions) {
    // A name right after the figure is what is counted ("200 U.S. military personnel"), not who counts it.
    if (m.start >= figEnd && m.start - figEnd < 4) continue
    const [a, b] = tokenRange(tokens, m.start, m.end)
    let cue = false
    // "according to (figures from) (the) X", "figures from X", "X's figures".
    for (let k = a - 1; k >= Math.max(0, a - 5); k--) {
      const w = tokens[k]?.lower ?? ''
      // "told X" names the listener, not the source, so it is no cue here.
      // "by" gives a source after a report ("estimated by", "a study by"), not after a deed ("held by the
      // Afghan government", "annexed by Germany")
      if (w === 'by' && !BY_SOURCE_WORDS.has(tokens[k - 1]?.lower ?? '')) break
      // "As Emily Feng reports for NPR": the outlet she works for; she is the one who reports
      if (w === 'for') break
      if (w === 'according' || w === 'from' || w === 'by' || w === 'per' || w === 'said' || w === 'says' || w === 'reported' || w === 'reports' || w === 'writes' || w === 'wrote' || w === 'added' || w === 'adds' || w === 'noted' || w === 'notes') {
        cue = true
        break
      }
      if (tokens[k]?.kind === 'punct' && w !== '(' && w !== ')') break
    }
    // "X (OHCHR) reports that", "X, the head of Y, said", "X on Saturday told".
    if (!cue) {
      let depth = 0
      const nextMention = sentMentions.find((o) => o.start >= m.end && o.ref.key !== m.ref.key)
      // "Umerov, who sat with envoys Witkoff and Kushner for about six hours, said …": a name inside a relative
      // clause does not own the verb after the clause's comma
      let relative = false
      for (let k = a - 1; k >= 0 && tokens[k]?.text !== ',' && tokens[k]?.kind !== 'punct'; k--) if (/^(?:who|which|whom|whose)$/.test(tokens[k]?.lower ?? '')) relative = true
      for (let k = b; k < Math.min(sentTo, b + 14); k++) {
        const t = tokens[k]
        if (!t) break
        if (relative && depth === 0 && t.text === ',') break
        // "…with Congress," Terena told": a later name owns the verb.
        if (nextMention && t.start >= nextMention.start && depth === 0) break
        if (t.text === '(') depth++
        else if (t.text === ')') depth--
        // "Epstein was found dead": a passive verb says what was done to the name, not what it said
        else if (depth === 0 && SPEECH_VERBS.test(t.lower) && /^(?:was|were|is|are|been|being|be)$/.test(tokens[k - 1]?.lower ?? '')) break
        else if (depth === 0 && SPEECH_VERBS.test(t.lower)) {
          // "X, a lawyer at Y, said": the verb belongs to the first name, Y sits in an apposition.
          const owner = verbOwner.get(k)
          if (!owner) {
            verbOwner.set(k, m)
            // ',” X told IPS, referring to…': the words X stands for are the quote before, not what follows.
            cue = !(afterQuote(tokens, a) && figStart > t.end)
          }
          break
        } else if (depth === 0 && t.kind === 'digits') break
      }
    }
    if (!cue) continue
    // Prefer the nearest attribution before the figure, then any after it.
    const score = m.start <= figStart ? -(figStart - m.start) / 1e4 : -1 - (m.start - figStart) / 1e4
    if (score > bestScore) {
      bestScore = score
      best = m
    }
  }
  return best
}

/** Verbs by which a body states what it asks for or plans to reach: "appealing for $2.1 billion", "aiming to reach 4.1 million people". */
const APPEAL_VERBS = new Set(['appealing', 'appealed', 'appeals', 'appeal', 'seeking', 'seeks', 'sought', 'requesting', 'requested', 'requests', 'aiming', 'aims', 'aimed', 'targeting', 'targets', 'calling', 'calls', 'called'])
/** Words an appeal verb may take before its figure ("for", "to reach", "to help"). */
const APPEAL_LINKS = new Set(['for', 'to', 'reach', 'help', 'assist', 'support', 'provide', 'feed', 'raise', 'an', 'a', 'another', 'additional', 'further', 'some', 'about', 'around', 'nearly', 'almost', 'over', 'more', 'than', 'at', 'least', 'up'])

/**
 * "OCHA is appealing for $2.1 billion to help 5 million people", "the UN and its partners launched a plan,
 * aiming to reach 4.1 million people": the figures of an appeal or a plan are stated by the body making it,
 * the subject that opens the sentence. Only an organisation: a person or a country asking for something is an
 * actor in the story, not a source of figures.
 */
function appealSource(tokens: readonly Token[], sFrom: number, figFrom: number, mentions: readonly Mention[]): EntityRef | null {
  // the appeal verb within a few linking words before the figure, or before an earlier figure of the same chain
  let k = figFrom - 1
  let appeal = -1
  for (let n = 0; k >= sFrom && n < 12; k--, n++) {
    const t = tokens[k] as Token
    if (t.kind === 'word' && APPEAL_VERBS.has(t.lower)) {
      appeal = k
      break
    }
    if (t.kind === 'punct' && t.text !== '$' && t.text !== '(' && t.text !== ')') return null
    if (t.kind === 'word' && !APPEAL_LINKS.has(t.lower) && !/^(?:usd|us|eur|gbp|million|billion|trillion|bn|m)$/.test(t.lower)) {
      // "to help 5 million people" after "appealing for $2.1 billion": one chain of what the appeal covers
      if (!['people', 'children', 'refugees', 'families', 'civilians', 'persons', 'migrants', 'households'].includes(t.lower)) return null
    }
  }
  if (appeal < 0) return null
  // "calling for" only: "called" alone is naming ("a group called …")
  const next = tokens[appeal + 1]?.lower
  if (/^call/.test(tokens[appeal]!.lower) && next !== 'for') return null
  const subject = openingOrganisation(tokens, sFrom, appeal, mentions)
  if (subject || !opensWithPlan(tokens, sFrom, appeal)) return subject
  // "The plan … calling for USD $2.3 billion" after "the UN and its partners launched the … Response Plan"
  const from = tokens[sFrom]?.start ?? 0
  for (let k = sFrom - 1; k >= 0 && from - (tokens[k] as Token).start < 600; k--) {
    if (!LAUNCH_VERBS.has((tokens[k] as Token).lower)) continue
    let open = k
    while (open > 0 && !/^[.!?]$/.test((tokens[open - 1] as Token).text) && !(tokens[open] as Token).afterBreak) open--
    const launcher = openingOrganisation(tokens, open, k, mentions)
    if (launcher) return launcher
  }
  return null
}

/** Words that may come before a sentence's subject: "In response, the UN…", "Meanwhile, UNICEF…". */
const SUBJECT_LEAD_WORDS = new Set(['in', 'response', 'the', 'on', 'meanwhile', 'separately', 'also', 'this', 'week', 'year', 'month', 'last'])
/** Documents that carry a body's figures: "the plan", "the appeal". */
const PLAN_NOUNS = new Set(['plan', 'appeal', 'programme', 'program', 'strategy', 'initiative', 'campaign'])
const LAUNCH_VERBS = new Set(['launched', 'unveiled', 'issued', 'released', 'presented', 'adopted', 'launches', 'unveils', 'issues'])

/** The organisation that opens the sentence starting at token sFrom, named before token limit. */
function openingOrganisation(tokens: readonly Token[], sFrom: number, limit: number, mentions: readonly Mention[]): EntityRef | null {
  const first = mentions.find((m) => m.start >= (tokens[sFrom]?.start ?? 0) && m.start < (tokens[limit]?.start ?? 0))
  if (!first || first.ref.type !== 'organisation') return null
  const [a] = tokenRange(tokens, first.start, first.end)
  for (let i = sFrom; i < a; i++) if ((tokens[i] as Token).kind === 'word' && !SUBJECT_LEAD_WORDS.has((tokens[i] as Token).lower)) return null
  return first.ref
}

/** "The plan includes …", "This appeal seeks …": a plan noun, after "the", "this" or "its", opens the sentence. */
function opensWithPlan(tokens: readonly Token[], sFrom: number, limit: number): boolean {
  for (let i = sFrom, words = 0; i < limit && words < 4; i++) {
    const t = tokens[i] as Token
    if (t.kind !== 'word') continue
    words++
    if (PLAN_NOUNS.has(t.lower)) return ['the', 'this', 'its', 'their'].includes(tokens[i - 1]?.lower ?? '')
  }
  return false
}

/** Sentences that go on with the figures of the sentence before ("This marks…", "It also found…"). */
const CONTINUATION_RE = /^(?:this|that|these|those|it|such|the (?:figures?|data|numbers?|toll|total|report|study|survey)|of (?:these|those|them))\b|^[^.]{0,80}\balso\b/i
const PERSON_PRONOUNS = new Set(['he', 'she'])
const BODY_NOUNS = new Set(['agency', 'organisation', 'organization', 'office', 'mission', 'ministry', 'government', 'report', 'body', 'committee', 'commission', 'group', 'authority', 'department', 'programme', 'program', 'fund', 'council', 'statement'])
/** Body nouns that name a document, which speaks for its author rather than for the last name mentioned. */
const DOCUMENT_NOUNS = new Set(['statement', 'report'])

/** First letters two words must share to count as the same stem ("Prosecutors" ~ "Prosecution"). */
const STEM_LENGTH = 6
const stemOf = (w: string): string => w.toLowerCase().slice(0, STEM_LENGTH)

/** An organisation whose name holds a word of the same stem as a common noun ("Prosecutors" → "Swedish Prosecution Authority"). */
function orgByStem(noun: string, entities: Entities): EntityRef | null {
  if (noun.length < STEM_LENGTH) return null
  const stem = stemOf(noun)
  const hits = entities.organisations.filter((o) => o.name.split(/\s+/).some((w) => w.length >= STEM_LENGTH && stemOf(w) === stem))
  const o = hits.length === 1 ? hits[0] : undefined
  return o ? { type: 'organisation', key: o.key, name: o.name } : null
}

/** The person last mentioned before `before` whose roles hold `noun` ("the ISA lawyer" → the lawyer named earlier). */
function personByRole(noun: string, entities: Entities, before: number): EntityRef | null {
  const re = new RegExp(`\\b${noun}\\b`, 'i')
  let best: { ref: EntityRef; at: number } | null = null
  for (const p of entities.people) {
    if (!p.roles.some((r) => re.test(r))) continue
    const at = Math.max(-1, ...p.mentions.filter((m) => m.start < before).map((m) => m.start))
    if (at >= 0 && (!best || at > best.at)) best = { ref: { type: 'person', key: p.key, name: p.name }, at }
  }
  return best?.ref ?? null
}

/**
 * "He said", "She highlighted", "The agency reported", "Prosecutors told", "the ISA lawyer pointed out":
 * the entity a pronoun, body noun, role noun or stem noun stands for, when a speech verb follows it.
 */
function pronounSource(tokens: readonly Token[], sFrom: number, sTo: number, mentions: readonly Mention[], sentStart: number, entities: Entities, quotes: readonly QuoteFact[]): EntityRef | null {
  for (let k = sFrom; k < Math.min(sTo, sFrom + 25); k++) {
    const t = tokens[k]
    if (!t || t.kind !== 'word') continue
    let verb = false
    for (let j = k + 1; j < Math.min(sTo, k + 4); j++) {
      if (SPEECH_VERBS.test(tokens[j]?.lower ?? '')) verb = true
    }
    if (!verb) continue
    const isPerson = PERSON_PRONOUNS.has(t.lower)
    const isBody = BODY_NOUNS.has(t.lower) && tokens[k - 1]?.lower === 'the'
    if (isPerson || isBody) {
      // "the statement said": a document speaks for whoever was last quoted as an organisation.
      if (isBody && DOCUMENT_NOUNS.has(t.lower)) {
        const q = quotes.filter((x) => x.speaker?.type === 'organisation' && x.end <= sentStart).sort((x, y) => y.end - x.end)[0]
        if (q?.speaker) return q.speaker
      }
      // "He said 22 people were arrested": the speaker the report of this sentence was given (quotes.ts resolves
      // "he" with more care: not a person named only in what an unnamed spokesman said)
      if (isPerson) {
        const at = tokens[k]?.start ?? sentStart
        const report = quotes.find((q) => q.kind === 'indirect' && q.start > at && q.start - at < 80)
        if (report) return report.speaker
      }
      for (let i = mentions.length - 1; i >= 0; i--) {
        const m = mentions[i]
        if (!m || m.start >= sentStart) continue
        if ((isPerson && m.ref.type === 'person') || (isBody && m.ref.type === 'organisation')) return m.ref
      }
      return null
    }
    // The next word is the speech verb itself, so t heads the phrase that speaks.
    if (!SPEECH_VERBS.test(tokens[k + 1]?.lower ?? '') || /^(he|she|it|they|we|i|who|which|that)$/.test(t.lower)) continue
    const opensPhrase = k === sFrom || /^(the|a|an)$/.test(tokens[k - 1]?.lower ?? '') || tokens[k - 2]?.lower === 'the' || tokens[k - 1]?.text === ','
    if (!opensPhrase || (isCap(t) && k !== sFrom)) continue
    const byRole = /^\p{Ll}+$/u.test(t.text) ? personByRole(t.lower, entities, sentStart) : null
    if (byRole) return byRole
    const byStem = orgByStem(t.text, entities)
    if (byStem) return byStem
  }
  return null
}

/**
 * A promise to act or a call right before reported words: "promised to ratify", "called for a vote on", "urged X to"
 * (not "pledged that his country would …", which states figures as the speaker's own).
 */
const COMMITMENT_BEFORE = /\b(?:(?:promised|promises|pledged|pledges|vowed|vows)\s+to|urged|urges|called (?:on|for|upon)|calls (?:on|for|upon)|asked|asks|demanded|demands)\b[^.!?]{0,30}$/i
const PROMISE_VERB_BEFORE = /\b(?:promised|promises|pledged|pledges|vowed|vows)\s*$/i

/** Reported words that are a promise to act or a call (COMMITMENT_BEFORE), the "to" of "promised to" opening them or not. */
function commitment(body: string, q: QuoteFact): boolean {
  const before = body.slice(Math.max(0, q.start - 40), q.start)
  return COMMITMENT_BEFORE.test(before) || (PROMISE_VERB_BEFORE.test(before) && /^to\b/.test(q.text))
}

const ACCORDING_RE = /\baccording to\b|\b(?:data|figures|estimates|statistics) (?:from|by|of)\b/i
/** A sentence that ends on its attribution cue, the name having fallen onto the next line. */
const DANGLING_CUE_RE = /\b(?:according to(?:\s+(?:the\s+)?(?:new|latest|recent|official)?\s*(?:data|figures|estimates|statistics|report))?|(?:data|figures|estimates) from)\s*$/i

/** The entity a sentence names as the origin of the figure at [start, end), or null. */
function namedSource(body: string, tokens: readonly Token[], sent: Span, sTo: number, start: number, end: number, mentions: readonly Mention[], entities: Entities, quotes: readonly QuoteFact[]): EntityRef | null {
  // A name inside a quote speaks only for figures of that quote ("a move by the Supreme Court," Terena told…).
  const quoted = quotes.filter((x) => x.kind !== 'indirect' && x.start < sent.end && x.end > sent.start && !(x.start <= start && end <= x.end))
  const inSent = mentions.filter((m) => m.start >= sent.start && m.end <= sent.end && !quoted.some((x) => x.start <= m.start && m.end <= x.end))
  const named = attributedMention(tokens, inSent, start, end, sTo)
  if (named) return modifiedSpeaker(tokens, named, entities) ?? named.ref
  // "…, according to\nnew data\nIOM": the name was cut off onto the next lines.
  if (DANGLING_CUE_RE.test(body.slice(sent.start, sent.end))) return mentions.find((m) => m.start >= sent.end && m.start - sent.end < 80)?.ref ?? null
  return null
}

/** Gives `source` to the unattributed figures of the sentence right before `sentStart`, when nothing but space parts them. */
function lendToSentenceBefore(found: readonly { claim: ClaimFact; sentEnd: number }[], body: string, sentStart: number, source: EntityRef): void {
  const prevEnd = found.at(-1)?.sentEnd
  if (prevEnd === undefined || prevEnd >= sentStart || /\S/.test(body.slice(prevEnd, sentStart))) return
  for (let k = found.length - 1; k >= 0 && found[k]?.sentEnd === prevEnd; k--) {
    const f = found[k]
    if (f && f.claim.source === null) f.claim.source = source
  }
}

// ---------------------------------------------------------------- sentences

/** The sentence span holding [start, end); falls back to the line when the given spans do not cover it. */
function sentenceAround(body: string, sentences: readonly Span[], start: number, end: number): Span {
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = sentences[mid]
    if (!s) break
    if (s.end <= start) lo = mid + 1
    else if (s.start > start) hi = mid - 1
    else {
      if (s.end >= end) return s
      break
    }
  }
  const ls = body.lastIndexOf('\n', start - 1) + 1
  const nl = body.indexOf('\n', end)
  const le = nl < 0 ? body.length : nl
  const text = body.slice(ls, le)
  const lead = text.length - text.trimStart().length
  return { start: ls + lead, end: ls + text.trimEnd().length }
}

// ---------------------------------------------------------------- conductor

/** Every numeric claim of an article body. */
export function findClaims(body: string, sentences: Span[], entities: Entities, quotes: QuoteFact[]): ClaimFact[] {
  if (!body) return []
  const tokens = tokenize(body)
  const figures = findFigures(tokens)
  // Vague "decades" durations are read separately because "decades" is also a unit word after numbers.
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.lower !== 'decades') continue
    if (figures.some((f) => i >= f.from && i < f.to)) continue
    const v = vagueDurationAt(tokens, i)
    if (v) figures.push(v)
  }
  figures.sort((a, b) => a.from - b.from)
  // "1,200km (745 miles)", "$12.9bn (£10bn)": a conversion in brackets restates the figure before it.
  for (let k = figures.length - 1; k > 0; k--) if (isConversion(tokens, figures[k] as Figure, figures[k - 1] as Figure)) figures.splice(k, 1)

  const mentions = mentionsOf(entities)
  const sortedQuotes = [...quotes].filter((q) => q.speaker).sort((a, b) => a.end - a.start - (b.end - b.start))
  const found: { claim: ClaimFact; parts: SubjectParts; fig: Figure; sFrom: number; sTo: number; sentEnd: number }[] = []
  const figureEnds = new Map(figures.map((f) => [f.from, f.to]))
  let siblings: SubjectParts[] = []
  let siblingSent = -1
  let carried: { ref: EntityRef; end: number } | null = null
  for (const fig of figures) {
    const first = tokens[fig.from]
    const last = tokens[fig.to - 1]
    if (!first || !last) continue
    const start = first.start
    const end = last.end
    const sent = sentenceAround(body, sentences, start, end)
    const [sFrom, sTo] = tokenRange(tokens, sent.start, sent.end)
    if (sent.start !== siblingSent) {
      siblings = []
      siblingSent = sent.start
    }
    const parts = subjectOf(tokens, fig, sFrom, sTo, siblings, figureEnds)
    // "4,838,223 PCR and 809,541 antigen tests": a lone modifier before "and" shares the next figure's noun
    const before = siblings.at(-1)
    const modifier = before?.head.length === 1 ? (before.head[0] ?? '') : ''
    const noun = parts.head.at(-1) ?? ''
    if (before && modifier && parts.head.length >= 2 && before.unit === parts.unit && /^(and|or)$/.test(tokens[before.to + 1]?.lower ?? '') && before.to + 2 === fig.from && /\p{Ll}s$/u.test(noun) && !/s$/i.test(modifier) && !UNMARKED_PLURALS.has(modifier.toLowerCase())) {
      before.head = [modifier, noun]
    }
    // "242 drones and 36 missiles toward Ukraine": the earlier figures share the phrase after the last (not a rate:
    // in "$2.41 billion, or 82 cents per share" only the cents are per share).
    const rate = parts.tail[0]?.toLowerCase() === 'per' || (parts.tail.length === 2 && parts.tail[0]?.toLowerCase() === 'a')
    if (parts.coordinated && parts.tail.length && !rate) {
      // "2,514 were killed and 12,142 injured as a result of …": a phrase without a verb is shared by both.
      const pp = parts.tail.findIndex((w) => SHARED_PREPS.has(w.toLowerCase()))
      const phrase = pp >= 0 ? parts.tail.slice(pp) : []
      for (let k = siblings.length - 1; k >= 0; k--) {
        const sib = siblings[k]
        if (!sib) break
        if (!sib.tail.length) sib.tail = parts.tail
        else if (phrase.length && !sib.tail.some((w) => PREPOSITIONS.has(w.toLowerCase()))) sib.tail = [...sib.tail, ...phrase]
        if (!sib.coordinated) break
      }
    }
    siblings.push(parts)

    let source: EntityRef | null = null
    let reported = false
    // "Lula promised to ratify the 14 lands": a promise or a call is no source of the figures in it
    const q = sortedQuotes.find((x) => x.start <= start && end <= x.end && !(x.kind === 'indirect' && commitment(body, x)))
    // reported speech may name its own source for a figure: "…, adding that according to the UN, nearly 7,000 …"
    if (q?.speaker) {
      const own = q.kind === 'indirect' && /\baccording to\b/i.test(body.slice(q.start, start))
      source = (own ? namedSource(body, tokens, sent, sTo, start, end, mentions, entities, quotes) : null) ?? q.speaker
    }
    if (!source && (mentions.length || entities.organisations.length || entities.people.length)) {
      source = namedSource(body, tokens, sent, sTo, start, end, mentions, entities, quotes)
      reported = source !== null && source.type === 'organisation'
      if (!source) source = pronounSource(tokens, sFrom, sTo, mentions, sent.start, entities, quotes)
      if (!source) source = appealSource(tokens, sFrom, fig.from, mentions)
      // Reported speech runs on within a paragraph: a later figure of the same paragraph keeps the source.
      if (!source && carried && !body.slice(carried.end, sent.start).includes('\n') && CONTINUATION_RE.test(body.slice(sent.start, sent.end))) source = carried.ref
    }
    if (source) carried = { ref: source, end: sent.end }
    // "At least 7,667 people died… In fact, 21 died every day, according to IOM": an attribution trailing the
    // figures also covers those of the sentence just before, which it goes on from.
    if (reported && source && body.slice(start, sent.end).search(ACCORDING_RE) > 0) lendToSentenceBefore(found, body, sent.start, source)

    const claim: ClaimFact = {
      text: body.slice(start, end),
      value: fig.value,
      valueMax: fig.valueMax,
      unit: fig.unit,
      qualifier: fig.qualifier,
      subject: '',
      category: 'other',
      source,
      sentence: body.slice(sent.start, sent.end),
      start,
      end,
    }
    found.push({ claim, parts, fig, sFrom, sTo, sentEnd: sent.end })
  }
  // Subjects are composed last because a later coordinated figure can lend its phrase to an earlier one.
  return found.map(({ claim, parts, fig, sFrom, sTo }) => {
    claim.subject = asWritten(composeSubject(parts.sameAs ?? parts), claim.sentence)
    claim.category = categoryOf(fig, claim.subject, tokens, sFrom, sTo)
    return claim
  })
}
