/** Number reading: text → tokens with offsets, and numbers in digits or words read from a token position. */
import {
  FRACTIONS,
  GROUP_WORDS,
  SCALES,
  SHORT_SCALES,
  SMALL_NUMBERS,
  VAGUE_AMOUNTS,
  VAGUE_MULTIPLIERS,
} from './lexicon/numbers.js'
import { charClass, codePointWidth, isDigitAt, whiteSpace } from './chars.js'

/** One token of the text: a run of digits, a word, or a single other character. */
export interface Token {
  /** Exactly as written. */
  text: string
  /** Lower-cased, with curly apostrophes straightened. */
  lower: string
  start: number
  end: number
  kind: 'digits' | 'word' | 'punct'
  /** A line break separates it from the previous token: it may start a heading or paragraph. */
  afterBreak: boolean
}

/** A number read from tokens [from, to). */
export interface NumberRead {
  value: number
  from: number
  to: number
  /** How it was written; vague amounts ("thousands") are recorded at twice their base. */
  form: 'digits' | 'words' | 'vague' | 'fraction'
  /** A scale word or abbreviation was part of it ("3.7 million", "$5m"). */
  scaled: boolean
  /** The largest scale applied (1 when none), so "three to eight million" can lend it to "three". */
  scale: number
}

// Digits keep thousands separators and a decimal part; letters keep inner apostrophes ("Côte", "don't").
// Indian grouping ("1,38,619.58": lakhs and crores in groups of two) before the thousands grouping.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{M}]+(?:['’][\p{L}]+)*|\S/gu

/** Splits text into tokens with offsets; whitespace is dropped, so adjacency is `a.end === b.start`. */
export function tokenize(text: string): Token[] {
  const out: Token[] = []
  let prevEnd = 0
  const n = text.length
  let start = 0
  while (start < n) {
    const end = tokenEndAt(text, start)
    if (end < 0) {
      start += codePointWidth(text, start)
      continue
    }
    const t = text.slice(start, end)
    const c = t.charCodeAt(0)
    // ASCII letters and digits decide the kind without a Unicode regex, which is the common case.
    const kind = c >= 48 && c <= 57 ? 'digits' : (c | 32) >= 97 && (c | 32) <= 122 ? 'word' : c < 128 ? 'punct' : LETTER_RE.test(t) ? 'word' : 'punct'
    let afterBreak = out.length === 0
    for (let k = prevEnd; k < start && !afterBreak; k++) if (text.charCodeAt(k) === 10) afterBreak = true
    const lower = t.toLowerCase()
    out.push({ text: t, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, end, kind, afterBreak })
    prevEnd = end
    start = end
  }
  return out
}

/** The regex's own matches: the reference the scanner in tokenize must agree with (tests). */
export function tokenSpansByRegex(text: string): Array<[number, number]> {
  return [...text.matchAll(TOKEN_RE)].map((m) => [m.index, m.index + m[0].length])
}

// Character classes of TOKEN_RE for the scanner.
const upperLetter = charClass(/^\p{Lu}$/u)
const letter = charClass(/^\p{L}$/u)
const letterOrMark = charClass(/^[\p{L}\p{M}]$/u)
const digitsFrom = (s: string, i: number): number => {
  while (isDigitAt(s, i)) i++
  return i
}

/**
 * End of the TOKEN_RE match starting at i, or -1 when i is whitespace: the alternatives in the regex's order,
 * dotted capitals, grouped digits, plain digits, letters with inner apostrophes, any other single character.
 */
function tokenEndAt(s: string, i: number): number {
  if (whiteSpace(s, i)) return -1
  // (?:\p{Lu}\.){2,}
  let j = i
  let reps = 0
  for (let u = upperLetter(s, j); u > 0 && s.charCodeAt(j + u) === 46; u = upperLetter(s, j)) {
    j += u + 1
    reps++
  }
  if (reps >= 2) return j
  if (isDigitAt(s, i)) {
    const run = digitsFrom(s, i)
    // \d{1,2}(?:,\d{2})+,\d{3}: as many two-digit groups as leave a three-digit group after them
    if (run - i <= 2) {
      let groups = 0
      for (let k = run; s.charCodeAt(k) === 44 && isDigitAt(s, k + 1) && isDigitAt(s, k + 2); k += 3) groups++
      for (let g = groups; g >= 1; g--) {
        const p = run + 3 * g
        if (s.charCodeAt(p) === 44 && isDigitAt(s, p + 1) && isDigitAt(s, p + 2) && isDigitAt(s, p + 3)) {
          j = p + 4
          if (s.charCodeAt(j) === 46 && isDigitAt(s, j + 1)) j = digitsFrom(s, j + 1)
          return j
        }
      }
    }
    // \d{1,3}(?:,\d{3})+(?:\.\d+)?: only a run of at most three digits can be followed by a comma group
    j = run
    if (run - i <= 3) while (s.charCodeAt(j) === 44 && isDigitAt(s, j + 1) && isDigitAt(s, j + 2) && isDigitAt(s, j + 3)) j += 4
    // the decimal part, of either digit alternative
    if (s.charCodeAt(j) === 46 && isDigitAt(s, j + 1)) j = digitsFrom(s, j + 1)
    return j
  }
  // [\p{L}\p{M}]+(?:['’][\p{L}]+)*
  let w = letterOrMark(s, i)
  if (w > 0) {
    j = i
    while (w > 0) {
      j += w
      w = letterOrMark(s, j)
    }
    for (;;) {
      const c = s.charCodeAt(j)
      if ((c !== 39 && c !== 0x2019) || !letter(s, j + 1)) return j
      j++
      for (let l = letter(s, j); l > 0; l = letter(s, j)) j += l
    }
  }
  // \S
  return i + codePointWidth(s, i)
}

const LETTER_RE = /[\p{L}\p{M}]/u

/** "2,514" → 2514, "3.7" → 3.7. */
export function parseDigits(text: string): number {
  return Number(text.replace(/,/g, ''))
}

const isHyphen = (t: Token | undefined): boolean => t !== undefined && (t.text === '-' || t.text === '‑')
const glued = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start

/** Scale after digits at i: a word scale ("million") or an abbreviation ("bn", "m") glued to the digits or standing alone. */
function scaleAt(tokens: readonly Token[], i: number, allowShort: boolean): { factor: number; next: number } | null {
  const t = tokens[i]
  if (!t || t.kind !== 'word') return null
  const factor = SCALES[t.lower]
  if (factor === undefined) return null
  if (SHORT_SCALES.has(t.lower)) {
    // "5m" glued, or "5 m" only when money is already in view; a lone "b"/"k" is too risky unglued.
    const prev = tokens[i - 1]
    const isGlued = glued(prev, t)
    if (!isGlued && !(allowShort && t.lower !== 'b' && t.lower !== 'k' && t.lower !== 'm')) return null
    // "5m tall" / "10m deep" are metres; a following letter-run ("5mm", "5min") never matches here.
    const after = tokens[i + 1]
    if (t.lower === 'm' && after && /^(tall|high|long|wide|deep|away|above|below|metres?)$/.test(after.lower)) return null
  }
  return { factor, next: i + 1 }
}

/** value × factor, rounded to the digits written: 16.6 × 1e6 is 16600000.000000002 in floating point. */
export function scaleBy(value: number, factor: number): number {
  if (Number.isInteger(value) && Number.isInteger(factor)) return value * factor
  return Number((value * factor).toPrecision(15))
}

/**
 * Reads a number in digits at token i: "2,514", "3.7 million", "5bn", "two-thirds" is not here.
 * `moneyContext` lets a detached abbreviation ("$5 bn") count as a scale.
 */
function readDigits(tokens: readonly Token[], i: number, moneyContext: boolean): NumberRead | null {
  const t = tokens[i]
  if (!t || t.kind !== 'digits') return null
  let value = parseDigits(t.text)
  if (!Number.isFinite(value)) return null
  let to = i + 1
  let scaled = false
  let scale = 1
  const s = scaleAt(tokens, to, moneyContext)
  if (s) {
    value = scaleBy(value, s.factor)
    to = s.next
    scaled = true
    scale = s.factor
  }
  return { value, from: i, to, form: 'digits', scaled, scale }
}

/** Value of a cardinal word token, including hyphenated compounds split into tokens ("twenty-five"). */
function smallAt(tokens: readonly Token[], i: number): { value: number; next: number } | null {
  const t = tokens[i]
  if (!t || t.kind !== 'word') return null
  const v = SMALL_NUMBERS[t.lower]
  if (v === undefined) return null
  if (v >= 20 && v % 10 === 0 && isHyphen(tokens[i + 1]) && glued(t, tokens[i + 1])) {
    const u = tokens[i + 2]
    const uv = u ? SMALL_NUMBERS[u.lower] : undefined
    if (u && glued(tokens[i + 1], u) && uv !== undefined && uv > 0 && uv < 10) return { value: v + uv, next: i + 3 }
  }
  return { value: v, next: i + 1 }
}

/** Every word a number in words can start with. */
const NUMBER_STARTS: ReadonlySet<string> = new Set([
  ...Object.keys(SMALL_NUMBERS), ...Object.keys(VAGUE_AMOUNTS), ...Object.keys(VAGUE_MULTIPLIERS), 'half', 'a', 'an',
])

const wordAt = (tokens: readonly Token[], i: number, w: string): boolean => tokens[i]?.lower === w

/**
 * Reads a number written in words at token i: "nine million", "two and a half", "a dozen",
 * "one hundred and fifty", "half a million", "hundreds of thousands", "two-thirds".
 */
function readWords(tokens: readonly Token[], i: number): NumberRead | null {
  const first = tokens[i]
  if (!first || first.kind !== 'word') return null
  const w = first.lower
  // Most words start no number; one set lookup settles them.
  if (!NUMBER_STARTS.has(w)) return null

  // Vague plurals: "tens of thousands", "hundreds of millions", "dozens", "thousands".
  const mult = VAGUE_MULTIPLIERS[w]
  if (mult !== undefined && wordAt(tokens, i + 1, 'of')) {
    const base = VAGUE_AMOUNTS[tokens[i + 2]?.lower ?? '']
    if (base !== undefined && base >= 1000) return { value: 2 * mult * base, from: i, to: i + 3, form: 'vague', scaled: true, scale: 1 }
  }
  const vague = VAGUE_AMOUNTS[w]
  if (vague !== undefined) return { value: 2 * vague, from: i, to: i + 1, form: 'vague', scaled: true, scale: 1 }

  // "half a million", "half a billion".
  if (w === 'half' && wordAt(tokens, i + 1, 'a')) {
    const sc = SCALES[tokens[i + 2]?.lower ?? '']
    if (sc !== undefined && sc >= 1000 && !SHORT_SCALES.has(tokens[i + 2]?.lower ?? '')) {
      return { value: sc / 2, from: i, to: i + 3, form: 'words', scaled: true, scale: sc }
    }
  }

  // "a dozen", "a hundred", "a million": the article stands for one.
  let j = i
  let leadingA = false
  if (w === 'a' || w === 'an') {
    const nx = tokens[i + 1]?.lower ?? ''
    const sc = SCALES[nx]
    if (!((sc !== undefined && !SHORT_SCALES.has(nx)) || GROUP_WORDS[nx] !== undefined)) return null
    leadingA = true
    j = i + 1
  }

  // Fractions "two-thirds", "three quarters" read as a share of one.
  const lead = leadingA ? { value: 1, next: j } : smallAt(tokens, j)
  if (!lead) return null
  if (!leadingA && lead.value > 0 && lead.value < 10) {
    const sepIdx = isHyphen(tokens[lead.next]) ? lead.next + 1 : lead.next
    const den = FRACTIONS[tokens[sepIdx]?.lower ?? '']
    if (den !== undefined && den > 2 && (sepIdx === lead.next + 1 || (tokens[sepIdx]?.lower ?? '').endsWith('s'))) {
      return { value: lead.value / den, from: i, to: sepIdx + 1, form: 'fraction', scaled: false, scale: 1 }
    }
  }

  // Standard accumulation: total of completed thousands-groups plus the current group.
  let total = 0
  let current = leadingA ? 0 : lead.value
  let k = leadingA ? j : lead.next
  let scaled = false
  let grouped = false
  let scale = 1
  for (;;) {
    const t = tokens[k]
    if (!t || t.kind !== 'word') break
    const lw = t.lower
    if (GROUP_WORDS[lw] !== undefined) {
      current = (current || 1) * (GROUP_WORDS[lw] ?? 1)
      grouped = true
      k++
      continue
    }
    const sc = SCALES[lw]
    if (sc !== undefined && !SHORT_SCALES.has(lw)) {
      if (sc === 100) {
        current = (current || 1) * 100
        scale = Math.max(scale, 100)
      }
      else {
        total += (current || 1) * sc
        current = 0
        scale = Math.max(scale, sc)
      }
      scaled = true
      k++
      continue
    }
    // "and a half" after a whole number: "two and a half years", "one and a half million".
    if (lw === 'and' && wordAt(tokens, k + 1, 'a') && wordAt(tokens, k + 2, 'half')) {
      current += 0.5
      k += 3
      continue
    }
    // "one hundred and fifty", "two thousand five hundred".
    if ((lw === 'and' && scaled) || (scaled && SMALL_NUMBERS[lw] !== undefined)) {
      const n = smallAt(tokens, lw === 'and' ? k + 1 : k)
      if (!n) break
      current += n.value
      k = n.next
      continue
    }
    break
  }
  if (leadingA && !scaled && !grouped) return null
  return { value: total + current, from: i, to: k, form: 'words', scaled, scale }
}

/** Reads the number starting at token i, in digits or in words. */
export function readNumberAt(tokens: readonly Token[], i: number, moneyContext = false): NumberRead | null {
  return readDigits(tokens, i, moneyContext) ?? readWords(tokens, i)
}

/** Parses a whole phrase as one number ("3.7 million", "two and a half"); null when it is not exactly one number. */
export function parseNumber(text: string): number | null {
  const tokens = tokenize(text)
  const r = readNumberAt(tokens, 0, true)
  return r && r.to === tokens.length ? r.value : null
}
