/** Article metadata from header lines: byline, publication date, dateline, agency and title. */
import { MONTHS, WEEKDAYS } from './lexicon/abbreviations.js'
import { BYLINE_ROLE_WORDS, NEWS_AGENCIES } from './lexicon/furniture.js'
import { isFurnitureLine, wordCount } from './clean.js'

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const byLength = (a: string, b: string): number => b.length - a.length
/** Every casing a header writes a name in ("aug", "Aug", "AUG"), so the patterns need no case-insensitive flag. */
const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1)
const casings = (words: readonly string[]): string =>
  [...new Set(words.flatMap((w) => [w, capitalise(w), w.split(' ').map(capitalise).join(' '), w.toUpperCase()]))]
    .sort(byLength)
    .join('|')
const monthAlt = casings(Object.keys(MONTHS))
const weekdayAlt = casings(WEEKDAYS)
const agencyAlt = NEWS_AGENCIES.map(escape).sort(byLength).join('|')
const agencySet = new Set(NEWS_AGENCIES.map((a) => a.toLowerCase()))

/** One date expression; groups: (month, day, year) | (day, month, year) | (year, month, day) | numeric (a, b, year). */
const DATE = String.raw`(?:(?:${weekdayAlt})\.?,?\s+)?(?:(${monthAlt})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?|(\d{1,2})(?:st|nd|rd|th)?\s+(${monthAlt})\.?,?(?:\s+(\d{4}))?|(\d{4})[-/](\d{1,2})[-/](\d{1,2})|(\d{1,2})[./](\d{1,2})[./](\d{4})\.?)`
const TIME = String.raw`(?:\s*(?:,|\||-|–|—|@|at)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?h?(?:\s*[aApP]\.?[mM]\.?)?(?:\s*\(?[A-Za-z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?)?`
const DATE_LABELS = ['published', 'updated', 'posted', 'last updated', 'first published', 'date', 'modified', 'last modified', 'created', 'issued', 'released']
const DATE_LABEL = String.raw`(?:(${casings(DATE_LABELS)})(?:\s+(?:on|On|ON))?\s*:?\s+)?`
/** A clock time written before the date ("Updated 3:45 PM EST, Fri February 27, 2026"). */
const LEAD_TIME = String.raw`(?:\d{1,2}[:.]\d{2}\s*(?:[aApP]\.?[mM]\.?)?\s*(?:[A-Z]{2,5})?,?\s+)?`
/** A short section label trailing the date on the same line ("27 February 2026 Peace and Security"). */
const SECTION_TAIL = String.raw`(?:\s+\p{Lu}\p{L}+(?:\s+(?:and|&|\p{Lu}\p{L}+)){0,4})?`

/** DATE without its capture groups, for a second date on the line. */
const DATE_NC = DATE.replace(/\((?!\?)/g, '(?:')
/** "27.02.2026 - Update : 27.02.2026": the update stamp after the publication date. */
const UPDATE_TAIL = String.raw`(?:\s*[-–—|,]\s*(?:Update|Updated|UPDATE|UPDATED|Last updated)\s*:?\s*${DATE_NC}${TIME})?`

const dateLineRe = new RegExp(
  String.raw`^${DATE_LABEL}${LEAD_TIME}${DATE}${TIME}${UPDATE_TAIL}\s*(?:\(([A-Za-z][\w &.-]{1,30})\))?${SECTION_TAIL}\s*$`,
  'u',
)
/**
 * "UNITED NATIONS, Jan 23 2026 (IPS)", "RIO DE JANEIRO, Aug 20 (IPS) - …", "KYIV, Ukraine (AP) — …", and with the
 * dash lost in copying, "ALBANY, N.Y. (AP) New York lawmakers …" (after an agency only).
 */
const datelineRe = new RegExp(
  String.raw`^(\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,4})(?:,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}))?(?:,\s*(${DATE}))?\s*(?:\(([A-Za-z][\w &.-]{1,30})\))?(?:\s*[-–—:]+\s*|\s*$|(?<=\))\s+(?=[\p{Lu}"“]))`,
  'u',
)
/** "Geneva, 27 February 2026 – …": a title-case place is a dateline only before a full date and a dash or line end. */
const titleDatelineRe = new RegExp(
  String.raw`^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,3})(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?,\s*(${DATE})\s*(?:\(([A-Za-z][\w &.-]{1,30})\))?(?:\s*[-–—:]+\s*|\s*$)`,
  'u',
)
const weekdayIgnoreCase = new RegExp(`^(?:${weekdayAlt})$`, 'i')
const monthIgnoreCase = new RegExp(`^(?:${monthAlt})$`, 'i')
/** "LONDON — The prime minister…": a capitals-only place and a dash opening the first paragraph. */
const bareDatelineRe = /^(\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,3})\s+[-–—]{1,2}\s+(?=[\p{Lu}"“‘'])/u

export interface DateInfo {
  /** YYYY-MM-DD, or null when the expression has no year or is not a real date. */
  date: string | null
  /** The line is an "Updated …" stamp rather than the publication date. */
  updated: boolean
  agency: string | null
}

export interface DatelineInfo {
  place: string
  date: string | null
  agency: string | null
  /** Length of the dateline prefix: the paragraph text starts after it. */
  length: number
}

export interface BylineInfo {
  byline: string
  agency: string | null
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function isoDate(year: number, month: number, day: number): string | null {
  if (!(year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1)) return null
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= days ? `${year}-${pad(month)}-${pad(day)}` : null
}

/** The ISO date of a match of DATE starting at group index `g` (1-based position of its first group). */
function dateFromGroups(m: RegExpMatchArray, g: number): string | null {
  const at = (k: number): string | undefined => m[g + k]
  const month = (s: string | undefined): number => MONTHS[(s ?? '').toLowerCase()] ?? 0
  if (at(0)) return at(2) ? isoDate(Number(at(2)), month(at(0)), Number(at(1))) : null
  if (at(3)) return at(5) ? isoDate(Number(at(5)), month(at(4)), Number(at(3))) : null
  if (at(6)) return isoDate(Number(at(6)), Number(at(7)), Number(at(8)))
  if (at(11)) {
    // numeric day and month: day first unless that cannot be (international outlets write 27.02.2026)
    const a = Number(at(9))
    const b = Number(at(10))
    return a <= 12 && b > 12 ? isoDate(Number(at(11)), a, b) : isoDate(Number(at(11)), b, a)
  }
  return null
}

/** Canonical agency name for a parenthesised or trailing agency mention, or null when it is no agency. */
function agencyName(s: string | undefined): string | null {
  if (!s) return null
  const t = s.trim()
  return agencySet.has(t.toLowerCase()) || /\bagency$/i.test(t) ? t : null
}

/** A line that is only a date ("Feb 24, 2026", "Published On 27 Feb 2026", "Jan 23 2026 (IPS)"), else null. */
export function matchDateLine(line: string): DateInfo | null {
  if (line.length > 80) return null
  const m = line.match(dateLineRe)
  if (!m) return null
  const label = (m[1] ?? '').toLowerCase()
  return { date: dateFromGroups(m, 2), updated: /updated|modified/.test(label), agency: agencyName(m[14]) }
}

/** A dateline at the start of a line: place in capitals, then a date and/or an agency in brackets. */
export function matchDateline(line: string): DatelineInfo | null {
  const head = line.slice(0, 160)
  // "ANKARA-Anadolu Agency": a place in capitals and a news agency, on a line of their own
  const placeAgency = /^(\p{Lu}[\p{Lu}.'’ ]{2,30}?)\s*[-–—]\s*(\p{Lu}[\p{L} ]{1,30})$/u.exec(head)
  const lineAgency = placeAgency && /\p{Lu}{3}/u.test(placeAgency[1] ?? '') ? agencyName(placeAgency[2]) : null
  if (placeAgency && lineAgency) return { place: (placeAgency[1] ?? '').trim(), date: null, agency: lineAgency, length: head.length }
  const m = head.match(datelineRe)
  if (m) {
    const place = (m[1] ?? '').trim()
    const hasDate = Boolean(m[3])
    const agency = agencyName(m[16]) ?? (m[16] && /^\p{Lu}{2,8}$/u.test(m[16]) ? m[16] : null)
    if ((hasDate || agency) && !monthIgnoreCase.test(place) && /\p{Lu}{2}/u.test(place)) {
      const region = m[2]
      return {
        place: region && /^[A-Z]\.[A-Z]\.?$/.test(region) ? `${place}, ${region}` : place,
        date: hasDate ? dateFromGroups(m, 4) : null,
        agency,
        length: m[0].length,
      }
    }
  }
  const titled = head.match(titleDatelineRe)
  const titledPlace = titled?.[1] ?? ''
  if (titled && !weekdayIgnoreCase.test(titledPlace) && !monthIgnoreCase.test(titledPlace)) {
    const date = dateFromGroups(titled, 3)
    if (date) return { place: titledPlace, date, agency: agencyName(titled[15]), length: titled[0].length }
  }
  const bare = head.match(bareDatelineRe)
  if (bare && !agencySet.has((bare[1] ?? '').toLowerCase())) {
    return { place: bare[1] ?? '', date: null, agency: null, length: bare[0].length }
  }
  return null
}

const connectors = new Set([
  'with', 'and', '&', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'al',
  'el', 'bin', 'ibn', 'the', 'of', 'y', 'du', 'di', 'ter', 'ten', 'zu',
])

/** Words that make a name list: capitalised tokens and name particles, no digits, no sentence punctuation. */
export function isNameList(s: string, maxTokens = 12): boolean {
  if (!s || s.length > 120 || /[\d?!;:"“”]/.test(s) || /\.$/.test(s.replace(/\b\p{Lu}\.$/u, ''))) return false
  const toks = s.replace(/,/g, ' ').split(' ').filter(Boolean)
  if (toks.length === 0 || toks.length > maxTokens) return false
  let capitals = 0
  for (const t of toks) {
    if (/^\p{Lu}/u.test(t)) capitals++
    else if (!connectors.has(t.toLowerCase())) return false
  }
  return capitals >= 1 && /^\p{Lu}/u.test(toks[0] ?? '')
}

/** A short line that is only a name ("Sam Meredith", "United Nations"): a byline when it follows a date stamp. */
export function isNameLine(line: string): boolean {
  const n = wordCount(line)
  return n >= 1 && n <= 5 && line.length >= 3 && !/,/.test(line) && isNameList(line, 5) && !isFurnitureLine(line)
}

const roleWordRe = new RegExp(`\\b(?:${BYLINE_ROLE_WORDS.join('|')})\\b`)

/** Cuts the place ("in Irpin") and the role/outlet tails (", BBC News") off a byline. */
function tidyByline(s: string): string {
  let out = s.trim().replace(/\s+in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u, '')
  const parts = out.split(/\s*,\s*/)
  // "Jane Smith, BBC News, Kyiv": from the first role or outlet segment on, the tail is not an author
  const cut = parts.findIndex((p, i) => i > 0 && (roleWordRe.test(p.toLowerCase()) || agencySet.has(p.toLowerCase())))
  out = (cut > 0 ? parts.slice(0, cut) : parts).join(', ')
  return out.replace(/[\s,;:|–—-]+$/u, '')
}

const agencyTailRe = new RegExp(String.raw`^(.+?)\s+(${agencyAlt})$`, 'u')

/** "By Oritro Karim", "by Anadolu Agency", or a wire byline "Maria KOSTENKO with Vadym TOMASHEVSKY in Irpin AFP". */
export function matchByline(line: string): BylineInfo | null {
  if (line.length > 160) return null
  const by = line.match(/^(?:(?:written|story|words|text|interview)\s+)?(?:by[:\s]|authors?:)\s*(.+)$/i)
  if (by) {
    const raw = (by[1] ?? '').trim()
    const tail = raw.match(/,\s*([^,]+)$/)
    const name = tidyByline(raw)
    if (!isNameList(name)) return null
    const agency = agencyName(name) ?? agencyName(tail?.[1]) ?? agencyName(name.match(agencyTailRe)?.[2])
    return { byline: name, agency }
  }
  const wire = line.match(agencyTailRe)
  if (wire) {
    const name = tidyByline(wire[1] ?? '')
    if (isNameList(name) && /\p{Lu}{3}/u.test(name) && wordCount(name) >= 2) return { byline: name, agency: wire[2] ?? null }
  }
  return null
}

/** A lone "By" whose name follows on the next line. */
export function isBylineLead(line: string): boolean {
  return /^(?:(?:written|story|words|text|interview)\s+)?by:?$|^authors?:?$/i.test(line)
}

/** A headline: a short line, not a sentence (no final period), not a label in capitals, starting with a capital. */
/** Every word of four letters or more starts with a capital (digits aside), and there are at least four of them. */
function titleCased(line: string): boolean {
  let long = 0
  for (const w of line.split(' ')) {
    if (!LONG_WORD.test(w)) continue
    if (!/^\p{Lu}/u.test(w)) return false
    long++
  }
  return long >= 4
}
const LONG_WORD = /^\p{L}[\p{L}'’-]{3,}/u

export function isTitleLike(line: string): boolean {
  const n = wordCount(line)
  if (n < 4 || n > 30 || line.length > 220) return false
  // a headline may end in a full stop when every longer word is capitalised ("… Should Read the Fine Print.")
  if ((/[.,;:!…]["”’)]*$/.test(line) && !(/\p{L}\.$/u.test(line) && titleCased(line))) || /["”’]$/.test(line) || !/^[\p{Lu}\p{N}"“‘']/u.test(line)) return false
  if (!/\p{Ll}/u.test(line) || /https?:|@|\|/.test(line) || /^(?:q|a|question|answer)\s*[:.]/i.test(line)) return false
  return !isFurnitureLine(line)
}
