/** Numeric claims: figures in the body with value, unit, qualifier, subject, category and source. */
import { CATEGORY_STEMS, IRREGULAR_PARTICIPLES, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, UNIT_CATEGORIES, VERB_FORMS } from './lexicon/categories.js'
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
} from './lexicon/units.js'
import { readNumberAt, tokenize, type NumberRead, type Token } from './numbers.js'
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

const DASHES = new Set(['-', '‑', '–', '—'])
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
  // Identifiers and encoded junk: very long digit runs, digits glued to letters that are no unit ("2Fnews", "550px").
  if (/^\d{13,}$/.test(t.text)) return true
  const after = tokens[i + 1]
  if (after && gluedTo(t, after)) {
    if (after.kind === 'word' && ORDINAL_SUFFIXES.has(after.lower)) return true
    if (after.text === ':' && tokens[i + 2]?.kind === 'digits' && gluedTo(after, tokens[i + 2])) return true
    if (after.text === '/' && tokens[i + 2]?.kind === 'digits') return true
    if (after.lower === 's' && /^\d{2,4}$/.test(t.text)) return true // "1990s", "90s"
    if (after.kind === 'word' && SCALES[after.lower] === undefined && !unitAfter(tokens, i + 1, t)) return true
    if (after.text === '=' || after.text === '&' || after.text === '/' || after.text === '_') return true
  }
  if (next && TIME_WORDS.has(next.lower.replace(/\.$/, ''))) return true
  if (next && next.lower === 'p' && tokens[end + 1]?.text === '.') return true
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

/** Age descriptors: "48-year-old", "aged 48", "a six-year-old", "Jane Doe, 43,". */
function isAge(tokens: readonly Token[], i: number, to: number): boolean {
  const prev = tokAt(tokens, i - 1)
  if (prev?.text === ',' && isCap(tokAt(tokens, i - 2)) && to === i + 1 && /^\d{1,3}$/.test(tokens[i]?.text ?? '')) {
    const nx = tokens[to]
    if (!nx || /^[,.;)]$/.test(nx.text) || nx.lower === 'and' || nx.lower === 'who') return true
  }
  if (prev && (prev.lower === 'aged' || prev.lower === 'age')) return true
  if (prev?.lower === 'of' && tokAt(tokens, i - 2)?.lower === 'age') return true
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
  if (r.form === 'words' || r.form === 'fraction') {
    const prev = tokAt(tokens, i - 1)
    if (prev && LABEL_NOUNS.has(prev.lower)) return null
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
    const prev = tokAt(tokens, i - 1)
    if (!cur && prev && prev.kind === 'word') {
      if (LABEL_NOUNS.has(prev.lower) && !r.scaled && /^\d+$/.test(t.text)) return null
      if (isCap(prev) && !OPENING_WORDS.has(prev.lower) && !MONTHS.has(prev.lower) && /^\d+$/.test(t.text) && !r.scaled) {
        // "Resolution 2254", "Flight 17": a capitalised word names the number, unless a unit follows.
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
        if (!r.scaled && r2.scale > 1 && lo * r2.scale <= r2.value) lo *= r2.scale
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
      value *= u.factor
      if (valueMax !== null) valueMax *= u.factor
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
const SENTENCE_LEAD_PREPS = new Set(['in', 'on', 'during', 'between', 'since', 'by', 'throughout', 'last', 'this', 'over', 'from', 'until'])
const MAX_TAIL_WORDS = 9
const MAX_SUBJECT_WORDS = 13

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
  if (/[^aeiou]ing$/.test(verb) && verb.length > 5) {
    const stem = verb.slice(0, -3)
    if (/([bdgmnprt])\1$/.test(stem)) return `${stem.slice(0, -1)}ed`
    return stem.endsWith('e') ? `${stem}d` : `${stem}ed`
  }
  return verb
}

/** Words after the figure up to a clause boundary, with auxiliaries dropped. */
function wordsAfter(tokens: readonly Token[], k: number, end: number, figureStarts: ReadonlySet<number>): Token[] {
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
    if (!t) break
    if (figureStarts.has(j)) break
    if (t.kind === 'punct') {
      if (HYPHENS.has(t.text) && gluedTo(tokens[j - 1], t)) continue
      if (t.text === '[' || t.text === ']' || t.text === '’' || t.text === "'" || t.text === '/' || t.text === '&') continue
      if ((t.text === '“' || t.text === '”' || t.text === '"') && out.length === 0) continue
      break
    }
    if (CLAUSE_BREAKS.has(t.lower)) {
      const nx = tokens[j + 1]
      // "killed or injured", "died or went missing": coordinated predicates stay in the phrase.
      if ((t.lower === 'and' || t.lower === 'or') && out.length > 0 && nx && !isCap(nx) && (/ed$/.test(nx.lower) || VERB_FORMS.has(nx.lower)) && !figureStarts.has(j + 1)) {
        out.push(t)
        continue
      }
      // "as a political prisoner", "as of 2016": "as" before a noun phrase is a preposition.
      if (t.lower === 'as' && nx && (nx.lower === 'a' || nx.lower === 'an' || nx.lower === 'the' || nx.lower === 'of' || nx.lower === 'part')) {
        out.push(t)
        continue
      }
      break
    }
    if (AUXILIARIES.has(t.lower)) continue
    out.push(t)
  }
  while (out.length && DANGLING.has(out[out.length - 1]?.lower ?? '')) out.pop()
  return out
}

/** Where the counted noun group ends in `after`: before the first preposition, participle or verb. */
function headLength(after: readonly Token[]): number {
  for (let k = 0; k < after.length; k++) {
    const t = after[k]
    if (!t) break
    if (t.lower === 'of' && k > 0) continue // "waves of releases": still the noun group
    if (PREPOSITIONS.has(t.lower) || t.lower === 'that' || t.lower === 'who' || t.lower === 'and' || t.lower === 'or') return k
    if (k > 0 && !isCap(t) && (/(ed|ing)$/.test(t.lower) || VERB_FORMS.has(t.lower)) && !/(ing|ed)$/.test(after[k - 1]?.lower ?? 'x')) return k
    if (k === 0 && !isCap(t) && /ed$/.test(t.lower)) return 0 // "41,000 injured"
  }
  return after.length
}

/** A short prepositional phrase opening the sentence ("In September,", "On Sunday,"), as words. */
function sentenceLead(tokens: readonly Token[], sentFrom: number, figFrom: number): Token[] {
  const first = tokens[sentFrom]
  if (!first || !SENTENCE_LEAD_PREPS.has(first.lower)) return []
  for (let k = sentFrom + 1; k < Math.min(figFrom, sentFrom + 7); k++) {
    const t = tokens[k]
    if (t?.text === ',') return tokens.slice(sentFrom, k).filter((x) => x.kind !== 'punct')
    if (t && t.kind === 'punct' && !HYPHENS.has(t.text)) return []
  }
  return []
}

/** Capitalised agent right before a verb ("Russia launched"), skipping auxiliaries. */
function agentBefore(tokens: readonly Token[], vi: number, sentFrom: number): Token[] {
  let k = vi - 1
  while (k >= sentFrom && AUXILIARIES.has(tokens[k]?.lower ?? '')) k--
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
}

/** The subject text from its parts, lead phrase last and only when it adds words. */
function composeSubject(p: SubjectParts): string {
  let words = p.head.length || p.verb.length || p.tail.length ? [...p.head, ...p.verb, ...p.tail] : p.before
  if (p.lead.length && words.length + p.lead.length <= MAX_SUBJECT_WORDS) {
    const have = new Set(words.map((w) => w.toLowerCase()))
    if (!p.lead.slice(1).every((w) => have.has(w.toLowerCase()))) words = [...words, ...p.lead.map((w, k) => (k === 0 ? w.toLowerCase() : w))]
  }
  return words.slice(0, MAX_SUBJECT_WORDS).join(' ').replace(/\s+([’'])\s*/g, '$1').trim()
}

/** The parts of a short noun phrase naming what the figure counts. */
function subjectOf(tokens: readonly Token[], fig: Figure, sentFrom: number, sentTo: number, siblings: readonly SubjectParts[], figureStarts: ReadonlySet<number>): SubjectParts {
  const q = qualifierBefore(tokens, fig.from)
  const hedgeStart = q ? q.at : fig.from
  let after = wordsAfter(tokens, fig.to, sentTo, figureStarts)
  const share = fig.unit === 'percent' && tokens[fig.to]?.lower === 'of'
  while (after.length && LEADING_DROP.has(after[0]?.lower ?? '')) after = after.slice(1)

  // The verb that takes the figure as its object: "launched 197 drones", "released over 120".
  let vi = hedgeStart - 1
  while (vi >= sentFrom && /^(the|a|an|all|but|only|just|another|some|its|their|of|these|those)$/.test(tokens[vi]?.lower ?? '')) vi--
  if (tokens[vi]?.lower === 'with' || tokens[vi]?.lower === 'to') vi--
  let verbTok = looksLikeVerb(tokens[vi]) ? tokens[vi] : undefined
  const agent = verbTok ? agentBefore(tokens, vi, sentFrom) : []

  const hl = headLength(after)
  // "includes 15,000 civilians killed": a participle after the noun already says what happened to it.
  if (hl > 0 && /ed$/.test(after[hl]?.lower ?? '')) verbTok = undefined
  let head = after.slice(0, hl).map((t) => t.text)
  const tail = after.slice(hl).map((t) => t.text)
  if (share) head = ['share', 'of', ...head]
  if (head.length === 0 && !fig.unit) {
    // "41,000 injured", "11 in favour": the counted noun is shared with an earlier figure of the sentence.
    const sib = siblings[siblings.length - 1]
    if (sib && sib.head.length) head = sib.head
  }
  const joint = tokens[hedgeStart - 1]
  const coordinated = siblings.length > 0 && (joint?.lower === 'and' || joint?.text === ',' || joint?.lower === 'or')
  let verb = verbTok ? [participle(verbTok.lower), ...(agent.length ? ['by', ...agent.map((t) => t.text)] : [])] : []
  // "launched 242 drones and 36 missiles": the second figure shares the verb of the first.
  if (!verb.length && coordinated) verb = siblings.at(-1)?.verb ?? []
  const before: string[] = []
  if (head.length === 0 && tail.length === 0 && !verb.length) {
    // Nothing after the number ("fell to 294,131", "a country of only nine million"): the words before it.
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
  }
  const lead = sentenceLead(tokens, sentFrom, hedgeStart).map((t) => t.text)
  return { head, verb, tail, before, lead, coordinated }
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

const SPEECH_VERBS = /^(said|says|say|told|tells|stated|states|reported|reports|report|estimated|estimates|estimate|noted|notes|added|adds|announced|announces|warned|warns|confirmed|confirms|verified|verifies|recorded|records|recording|documented|documents|showed|shows|show|indicated|indicates|indicate|highlighted|highlights|explained|explains|stressed|stresses|claimed|claims|calculated|calculates|counted|counts|registered|registers|revealed|reveals|put|puts|found|finds|according|cited|cites|wrote|writes|informed|informs|tallied|insisted|insists|argued|argues|reiterated|pointed|observed|acknowledged|admitted|asserted|declared|disclosed|projected|projects|predicted|predicts|forecast|forecasts)$/

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
      if (w === 'according' || w === 'from' || w === 'by' || w === 'per' || w === 'said' || w === 'says' || w === 'reported') {
        cue = true
        break
      }
      if (tokens[k]?.kind === 'punct' && w !== '(' && w !== ')') break
    }
    // "X (OHCHR) reports that", "X, the head of Y, said", "X on Saturday told".
    if (!cue) {
      let depth = 0
      for (let k = b; k < Math.min(sentTo, b + 14); k++) {
        const t = tokens[k]
        if (!t) break
        if (t.text === '(') depth++
        else if (t.text === ')') depth--
        else if (depth === 0 && SPEECH_VERBS.test(t.lower)) {
          // "X, a lawyer at Y, said": the verb belongs to the first name, Y sits in an apposition.
          const owner = verbOwner.get(k)
          if (!owner) {
            verbOwner.set(k, m)
            cue = true
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

/** Sentences that go on with the figures of the sentence before ("This marks…", "It also found…"). */
const CONTINUATION_RE = /^(?:this|that|these|those|it|such|the (?:figures?|data|numbers?|toll|total|report|study|survey)|of (?:these|those|them))\b|^[^.]{0,80}\balso\b/i
const PERSON_PRONOUNS = new Set(['he', 'she'])
const BODY_NOUNS = new Set(['agency', 'organisation', 'organization', 'office', 'mission', 'ministry', 'government', 'report', 'body', 'committee', 'commission', 'group', 'authority', 'department', 'programme', 'program', 'fund', 'council'])

/**
 * "He said", "She highlighted", "The agency reported": the nearest earlier person (for a pronoun) or
 * organisation (for a body noun) mentioned before the sentence.
 */
function pronounSource(tokens: readonly Token[], sFrom: number, sTo: number, mentions: readonly Mention[], sentStart: number): EntityRef | null {
  for (let k = sFrom; k < Math.min(sTo, sFrom + 25); k++) {
    const t = tokens[k]
    if (!t) break
    const isPerson = PERSON_PRONOUNS.has(t.lower)
    const isBody = BODY_NOUNS.has(t.lower) && tokens[k - 1]?.lower === 'the'
    if (!isPerson && !isBody) continue
    let verb = false
    for (let j = k + 1; j < Math.min(sTo, k + 4); j++) {
      if (SPEECH_VERBS.test(tokens[j]?.lower ?? '')) verb = true
    }
    if (!verb) continue
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]
      if (!m || m.start >= sentStart) continue
      if ((isPerson && m.ref.type === 'person') || (isBody && m.ref.type === 'organisation')) return m.ref
    }
    return null
  }
  return null
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

  const mentions = mentionsOf(entities)
  const sortedQuotes = [...quotes].filter((q) => q.speaker).sort((a, b) => a.end - a.start - (b.end - b.start))
  const found: { claim: ClaimFact; parts: SubjectParts; fig: Figure; sFrom: number; sTo: number }[] = []
  const figureStarts = new Set(figures.map((f) => f.from))
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
    const parts = subjectOf(tokens, fig, sFrom, sTo, siblings, figureStarts)
    // "242 drones and 36 missiles toward Ukraine": the earlier figures share the phrase after the last.
    if (parts.coordinated && parts.tail.length) {
      for (let k = siblings.length - 1; k >= 0; k--) {
        const sib = siblings[k]
        if (!sib) break
        if (!sib.tail.length) sib.tail = parts.tail
        if (!sib.coordinated) break
      }
    }
    siblings.push(parts)

    let source: EntityRef | null = null
    const q = sortedQuotes.find((x) => x.start <= start && end <= x.end)
    if (q?.speaker) source = q.speaker
    if (!source && mentions.length) {
      const inSent = mentions.filter((m) => m.start >= sent.start && m.end <= sent.end)
      source = attributedMention(tokens, inSent, start, end, sTo)?.ref ?? null
      if (!source) source = pronounSource(tokens, sFrom, sTo, mentions, sent.start)
      // Reported speech runs on within a paragraph: a later figure of the same paragraph keeps the source.
      if (!source && carried && !body.slice(carried.end, sent.start).includes('\n') && CONTINUATION_RE.test(body.slice(sent.start, sent.end))) source = carried.ref
    }
    if (source) carried = { ref: source, end: sent.end }

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
    found.push({ claim, parts, fig, sFrom, sTo })
  }
  // Subjects are composed last because a later coordinated figure can lend its phrase to an earlier one.
  return found.map(({ claim, parts, fig, sFrom, sTo }) => {
    claim.subject = composeSubject(parts)
    claim.category = categoryOf(fig, claim.subject, tokens, sFrom, sTo)
    return claim
  })
}
