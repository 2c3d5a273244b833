/** Article body → sentence spans: never across a paragraph break, robust to abbreviations, initials, decimals and quotes. */
import {
  AMBIGUOUS_ABBREVIATIONS,
  MONTHS,
  NON_TERMINAL_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_OPENERS,
} from './lexicon/abbreviations.js'
import type { Span } from './types.js'

const nonTerminal = new Set(NON_TERMINAL_ABBREVIATIONS)
const beforeNumber = new Set(NUMBER_ABBREVIATIONS)
const ambiguous = new Set(AMBIGUOUS_ABBREVIATIONS)
const openers = new Set(SENTENCE_OPENERS)

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»'])
/** Sentence-ending marks; splitParagraph tests their codes (46, 33, 63, 0x2026) first. */
const TERMINALS = new Set(['.', '!', '?', '…'])

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t'
const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase()
const isDigit = (c: string): boolean => c >= '0' && c <= '9'

/** The word right before position `end` (exclusive), including inner periods: "U.S", "Mr", "T". */
function wordBefore(text: string, end: number): string {
  let i = end
  while (i > 0 && !isSpace(text[i - 1]) && !'("“‘[('.includes(text[i - 1] ?? ' ')) i--
  return text.slice(i, end)
}

/** The word starting at `start`, without leading quotes or brackets. */
function wordAfter(text: string, start: number): string {
  const m = /^["“‘'(\[]*([\p{L}\p{N}'’-]*)/u.exec(text.slice(start, start + 40))
  return m?.[1] ?? ''
}

/** Whether the period at `dot` ends a sentence, given what precedes it and what follows. */
function periodEnds(text: string, dot: number, next: string): boolean {
  const word = wordBefore(text, dot)
  const lower = word.toLowerCase()
  const nextIsNumber = isDigit(next.charAt(0))
  if (!word) return true
  // "John T. Smith", "A. Smith": a single capital letter is an initial
  if (/^\p{Lu}$/u.test(word)) return false
  if (nonTerminal.has(lower)) return false
  if (beforeNumber.has(lower) && nextIsNumber) return false
  if (lower in MONTHS && lower.length <= 4 && nextIsNumber) return false
  // "U.S.", "U.N.", "e.g." — dotted abbreviations end a sentence only before a typical sentence opener
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || ambiguous.has(lower)) return openers.has(next.toLowerCase())
  return true
}

/** Sentence spans of one paragraph [from, to) of `text`. */
function splitParagraph(text: string, from: number, to: number, out: Span[]): void {
  let start = from
  let i = from
  while (i < to) {
    // by character code first: this visits every character of the body
    const code = text.charCodeAt(i)
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) {
      i++
      continue
    }
    const c = text[i] as string
    // take the whole run of terminal marks and closing quotes: "?!", "...", ".”", ".)"
    let j = i
    while (j < to && (TERMINALS.has(text[j] ?? '') || CLOSERS.has(text[j] ?? ''))) j++
    const end = j
    if (j < to && !isSpace(text[j])) {
      i = j
      continue
    }
    while (j < to && isSpace(text[j])) j++
    if (j >= to) break
    const nextChar = text[j] ?? ''
    const next = wordAfter(text, j)
    const startsSentence = isUpper(nextChar) || isDigit(nextChar) || '"“‘\'([¿¡'.includes(nextChar)
    let ends = startsSentence
    if (ends && c === '.' && text[i + 1] !== '.') ends = periodEnds(text, i, next)
    if (ends) {
      push(text, start, end, out)
      start = j
    }
    i = j
  }
  push(text, start, to, out)
}

/** Adds the trimmed span [start, end) when it holds any text. */
function push(text: string, start: number, end: number, out: Span[]): void {
  let s = start
  let e = end
  while (s < e && /\s/.test(text[s] ?? '')) s++
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--
  if (e > s) out.push({ start: s, end: e })
}

export function splitSentences(body: string): Span[] {
  const spans: Span[] = []
  let from = 0
  while (from <= body.length) {
    const nl = body.indexOf('\n', from)
    const to = nl < 0 ? body.length : nl
    splitParagraph(body, from, to, spans)
    if (nl < 0) break
    from = nl + 1
  }
  return spans
}
