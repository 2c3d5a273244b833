/** People and organisations named in an article body: capitalised runs classified by word tables, acronym definitions and context. */
import { AFFILIATION_WORDS, FAMILY_FIRST_NAMES, FEMALE_GIVEN_NAMES, FEMALE_HONORIFICS, FEMALE_ROLE_WORDS, GIVEN_NAMES, MALE_A_NAMES, MALE_ROLE_WORDS, UNISEX_GIVEN_NAMES, HONORIFICS, MALE_HONORIFICS, MONTHS, NAME_PARTICLES, NOT_FIRST_NAME_WORDS, NOT_NAME_WORDS, NOT_SURNAME_WORDS, ROLE_NOUNS, ROLE_PREFIX_WORDS, TITLE_WORDS, WEEKDAYS } from './lexicon/people.js'
import { BACKREF_KEYWORDS, COUNTRIES, COUNTRY_PHRASES, DEMONYMS, FIRM_SUFFIXES, GOV_BODY_NOUNS, KNOWN_ORGS, NOT_ACRONYMS, ORG_KEYWORDS, ORG_TYPE_NOUNS } from './lexicon/organisations.js'
import { foldName, slugify } from './slug.js'
import type { Entities, OrganisationFact, PersonFact, Span } from './types.js'
import { charClass, codePointWidth, splitWordCount } from './chars.js'
import { insideSorted } from './spans.js'


export interface Tok {
  start: number
  end: number
  text: string
  /** Lower-case, accent-folded form without trailing dot. */
  low: string
  /** Starts with a capital letter (or "al-"/"el-" + capital, as in "al-Tanf"). */
  cap: boolean
  /** Two or more letters, all capitals ("IAEA", "U.N."). */
  upper: boolean
  /** Was followed by a possessive "'s" (not part of text). */
  poss: boolean
}

const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu
const ABBREV_WITH_DOT = new Set([
  'mr', 'mrs', 'ms', 'dr', 'cmdr', 'gen', 'lt', 'col', 'capt', 'sgt', 'prof', 'rev', 'st', 'jr', 'sr', 'gov',
  'sen', 'rep', 'adm', 'maj', 'pres', 'amb', 'hon', 'messrs', 'mt', 'ft',
])
const NOT_LETTER = /[^\p{L}]/gu
const PARTICLE_CAP_RE = /^(?:al|el|ad|as|ash|at|an|ar|az|bin|ibn|ben|abu|d|o)[-'’]\p{Lu}/u

/** Accent- and case-folded form of a word or phrase. */
export function fold(s: string): string {
  // most words are plain ASCII: skip Unicode normalisation for them
  if (!NON_ASCII.test(s)) return s.toLowerCase()
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}
const NON_ASCII = /[^\x00-\x7f]/

/** foldName for one token, with the same fast path. */
function foldToken(s: string): string {
  if (!NON_ASCII.test(s)) return /^[A-Za-z0-9]+$/.test(s) ? s.toLowerCase() : foldName(s)
  return foldName(s)
}

/**
 * Every word of the body with its span; possessive "'s" is split off into a flag.
 * A hand-written scanner that finds exactly what TOKEN_RE would (the regex stays as the definition and
 * for tests): this runs over every body and every sentence, where the regex iterator cost a third of it.
 */
export function tokenize(body: string): Tok[] {
  const out: Tok[] = []
  const n = body.length
  let i = 0
  while (i < n) {
    const w = letterOrDigit(body, i)
    if (w === 0) {
      i += codePointWidth(body, i)
      continue
    }
    const end = tokenEnd(body, i, w)
    out.push(isPlainText(body, i, end) ? plainTok(body, i, end) : tokFromMatch(body, body.slice(i, end), i))
    i = end
  }
  return out
}

let lastBody: string | null = null
let lastBodyTokens: Tok[] = []
/**
 * Tokens of a whole article body, remembered for the last body: entities and then quotes (per sentence)
 * read the same body's tokens. The array and its tokens are shared, so callers must not change them.
 */
export function tokenizeBody(body: string): readonly Tok[] {
  if (body !== lastBody) {
    lastBodyTokens = tokenize(body)
    lastBody = body
  }
  return lastBodyTokens
}

/** The regex's own matches, one Tok each: the reference the scanner must agree with. */
export function tokenizeByRegex(body: string): Tok[] {
  const out: Tok[] = []
  for (const m of body.matchAll(TOKEN_RE)) out.push(tokFromMatch(body, m[0], m.index))
  return out
}

const letterOrDigit = charClass(/^[\p{L}\p{N}]$/u)
const upperLetter = charClass(/^\p{Lu}$/u)
const lowerFirst = charClass(/^\p{Ll}$/u)

/**
 * Where the token starting at i (a letter or digit of width w) ends, as TOKEN_RE matches it: dotted capitals
 * ("U.S.") when at least two, else letters and digits joined by single hyphens or apostrophes.
 */
function tokenEnd(s: string, i: number, w: number): number {
  // (?:\p{Lu}\.){2,}
  let j = i
  let reps = 0
  for (let u = upperLetter(s, j); u > 0 && s.charCodeAt(j + u) === 46; u = upperLetter(s, j)) {
    j += u + 1
    reps++
  }
  if (reps >= 2) return j
  // [\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*
  j = i
  for (let lw = w; ; lw = letterOrDigit(s, j)) {
    if (lw > 0) {
      j += lw
      continue
    }
    const c = s.charCodeAt(j)
    if ((c !== 45 && c !== 39 && c !== 0x2019) || letterOrDigit(s, j + 1) === 0) return j
    j += 1
  }
}

/** ASCII, with at most curly apostrophes ("Zelensky’s"): case mapping and folding are plain toLowerCase then. */
function isPlainText(s: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k)
    if (c >= 128 && c !== 0x2019) return false
  }
  return true
}

/** The Tok of a plain match [start, matchEnd) (see isPlainText): what tokFromMatch computes, without Unicode folding. */
function plainTok(body: string, start: number, matchEnd: number): Tok {
  let end = matchEnd
  let poss = false
  const last = body.charCodeAt(end - 1)
  const apostrophe = body.charCodeAt(end - 2)
  // a match ends in a letter, digit or (dotted capitals) a dot, so only "'s" can be split off
  if ((last === 115 || last === 83) && (apostrophe === 39 || apostrophe === 0x2019) && end - start > 2) {
    end -= 2
    poss = true
  }
  let text = body.slice(start, end)
  // NFKD leaves ASCII and the curly apostrophe as they are: fold() is toLowerCase here
  let low = text.toLowerCase()
  if (!low.includes('.') && ABBREV_WITH_DOT.has(low) && body.charCodeAt(end) === 46) {
    end += 1
    text += '.'
  }
  if (low.endsWith('.')) low = low.slice(0, -1)
  const c0 = text.charCodeAt(0)
  const capFirst = c0 >= 65 && c0 <= 90
  let upper = false
  if (capFirst && text.length >= 2) {
    // every letter a capital, and at least two of them
    let capitals = 0
    upper = true
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k)
      if (c >= 97 && c <= 122) {
        upper = false
        break
      }
      if (c >= 65 && c <= 90) capitals++
    }
    upper = upper && capitals >= 2
  }
  const cap = capFirst || (text.length > 2 && (text[2] === '-' || text[1] === '-' || text[3] === '-' || text[1] === "'" || text[1] === '’') && PARTICLE_CAP_RE.test(text))
  return { start, end, text, low, cap, upper, poss }
}

/** The Tok of one TOKEN_RE match (any script). */
function tokFromMatch(body: string, matched: string, start: number): Tok {
  let text = matched
  let end = start + text.length
  let poss = false
  if (/['’][sS]$/.test(text) && text.length > 2) {
    text = text.slice(0, -2)
    end -= 2
    poss = true
  } else if (/['’]$/.test(text)) {
    text = text.slice(0, -1)
    end -= 1
    poss = /s$/i.test(text)
  }
  let low = fold(text)
  if (!low.includes('.') && ABBREV_WITH_DOT.has(low) && body[end] === '.') {
    end += 1
    text += '.'
  }
  if (low.endsWith('.')) low = low.slice(0, -1)
  const first = text[0] ?? ''
  const capFirst = first !== first.toLowerCase() && first === first.toUpperCase()
  let upper = false
  if (capFirst && text.length >= 2) {
    const letters = text.replace(NOT_LETTER, '')
    upper = letters.length >= 2 && letters === letters.toUpperCase()
  }
  const cap = capFirst || (text.length > 2 && (text[2] === '-' || text[1] === '-' || text[3] === '-' || text[1] === "'" || text[1] === '’') && PARTICLE_CAP_RE.test(text))
  return { start, end, text, low, cap, upper, poss }
}

const tokenCache = new Map<string, Tok[]>()
/** Tokens of a short name, memoised (names repeat across calls). */
function tokenizeCached(name: string): Tok[] {
  let t = tokenCache.get(name)
  if (!t) {
    t = tokenize(name)
    if (tokenCache.size > 5000) tokenCache.clear()
    tokenCache.set(name, t)
  }
  return t
}

/** True when the only thing between two tokens is one space (names never cross punctuation or lines). */
export function tightGap(body: string, a: Tok, b: Tok): boolean {
  if (b.start - a.end !== 1) return false
  const c = body.charCodeAt(a.end)
  return c === 32 || c === 0xa0
}

/** A possessive and one space between two tokens: "UN’s refugee", "Nations' nuclear". */
function possessiveGap(body: string, a: Tok, b: Tok): boolean {
  const gap = body.slice(a.end, b.start)
  if (gap === "'s " || gap === '’s ') return a.poss
  return (gap === "' " || gap === '’ ') && /s$/i.test(a.text)
}

/** True when the token opens a sentence, a line or a quotation. */
export function atSentenceStart(body: string, t: Tok): boolean {
  let i = t.start - 1
  while (i >= 0 && /[ \t\u00a0“”"‘'«(\[–—-]/.test(body[i] ?? '')) i--
  if (i < 0) return true
  return /[.!?\n:;…]/.test(body[i] ?? '')
}

// ---------------------------------------------------------------- tables built once

const CONNECTORS = new Set(['of', 'for', 'the', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'des', 'von', 'van', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'la', 'le', 'y'])
const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'across', 'into', 'toward', 'towards', 'via', 'outside', 'inside', 'around', 'throughout', 'through', 'between', 'beyond'])
const PLACE_NOUNS_AFTER = new Set(['region', 'city', 'province', 'state', 'town', 'village', 'settlement', 'district', 'area', 'camp', 'border', 'river', 'crossing', 'plant', 'base', 'airport', 'port', 'bloc', 'oblast', 'county', 'valley', 'highway', 'route', 'facility', 'factory', 'prison', 'jail', 'refinery', 'mine', 'field', 'fields', 'island', 'islands', 'coast', 'municipality', 'neighbourhood', 'neighborhood', 'governorate', 'missiles', 'missile', 'drones', 'drone', 'channels', 'channel', 'pipeline', 'people', 'peoples', 'tribe', 'community'])
const SURNAME_TITLES = new Set(['pope', 'king', 'major', 'bishop', 'marshal', 'judge', 'prince', 'baker', 'mayor', 'speaker', 'bell', 'chancellor', 'white'])
const ROMANCE_ORG_HEADS = new Set(['instituto', 'institut', 'fundação', 'fundacao', 'fundación', 'fundacion', 'ministerio', 'ministério', 'banco', 'universidad', 'universidade', 'université', 'universite', 'comité', 'comision', 'comisión', 'agência', 'agencia', 'partido', 'frente', 'movimento', 'movimiento', 'conselho', 'consejo', 'tribunal', 'supremo'])
const ROLE_AFTER_ORG = new Set(['co-founder', 'founder', 'editor', 'editor-in-chief', 'spokesman', 'spokesperson', 'spokeswoman', 'lawyer', 'chief', 'head', 'director', 'official', 'officials', 'personnel', 'staff', 'employees', 'researcher', 'researchers', 'analyst', 'analysts', 'president', 'ceo', 'chairman', 'boss', 'executive', 'executives', 'representative', 'member', 'members', 'inspectors', 'experts', 'report', 'statement', 'data'])
const GOV_BODY_TOKS = GOV_BODY_NOUNS.map((p) => p.split(' '))
const KNOWN_INDEX = new Map<string, number>()
let KNOWN_MAX = 1
for (const [i, o] of KNOWN_ORGS.entries()) {
  for (const f of [o.name, ...o.aliases]) {
    const k = foldName(f)
    KNOWN_INDEX.set(k, i)
    KNOWN_MAX = Math.max(KNOWN_MAX, k.split(' ').length)
  }
}
/** Every word-by-word opening of a known name ("united", "united nations" of "united nations security council"). */
const KNOWN_PREFIXES = new Set<string>()
for (const k of KNOWN_INDEX.keys()) for (let at = k.indexOf(' '); at > 0; at = k.indexOf(' ', at + 1)) KNOWN_PREFIXES.add(k.slice(0, at))
const KNOWN_ACRONYMS = new Map<string, number>()
for (const [i, o] of KNOWN_ORGS.entries()) if (o.acronym) KNOWN_ACRONYMS.set(o.acronym, i)
for (const [i, o] of KNOWN_ORGS.entries()) for (const a of o.aliases) if (/^(?:[A-Z]\.?){2,}$/.test(a)) KNOWN_ACRONYMS.set(a.replace(/\./g, ''), i)

const isCountry = (low: string): boolean => COUNTRIES.has(low)
const HAS_DIGIT = /\p{N}/u
const isPlain = (t: Tok): boolean => !t.cap && !t.upper

/** A capitalised token that could be part of a person's name. */
function nameable(t: Tok): boolean {
  if (!t.cap || HAS_DIGIT.test(t.text) || /-(?:born|based|led|backed|made|owned|run|controlled)$/i.test(t.text)) return false
  if (t.upper && t.text.replace(/[^\p{L}]/gu, '').length >= 2) return false
  // "former MPAs Malik Shafiullah Khan": a plural acronym (MPs, MNAs, NGOs) names a group, never a person
  if (/^\p{Lu}{2,}s$/u.test(t.text)) return false
  const l = t.low
  return !(TITLE_WORDS.has(l) || AFFILIATION_WORDS.has(l) || ORG_KEYWORDS.has(l) || NOT_NAME_WORDS.has(l) || isCountry(l) || DEMONYMS.has(l) || MONTHS.has(l) || WEEKDAYS.has(l) || ROMANCE_ORG_HEADS.has(l))
}

// ---------------------------------------------------------------- entity accumulators

interface PersonAcc {
  name: string
  forms: Map<string, string>
  roles: string[]
  roleSpans: Span[]
  orgKeys: Set<string>
  mentions: Span[]
  gender: 'm' | 'f' | null
  /** Some mention has person evidence (title, role, first name, speech, age, surname reuse). */
  evidence: boolean
  hits: Array<{ a: number; b: number }>
  /** Known only by one name, which speaks again and again ("Zelenskyy said …"): kept though it is one word. */
  lone?: boolean
}

interface OrgAcc {
  name: string
  acronym: string | null
  forms: Map<string, string>
  mentions: Span[]
  known: number | null
}

class Registry {
  orgs: OrgAcc[] = []
  people: PersonAcc[] = []

  orgByForm(form: string): OrgAcc | undefined {
    const f = foldName(form)
    return this.orgs.find((o) => o.forms.has(f) || (o.acronym !== null && foldName(o.acronym) === f))
  }

  addOrg(name: string, span: Span | null, acronym: string | null = null, known: number | null = null, surface?: string): OrgAcc {
    let o = (known !== null ? this.orgs.find((x) => x.known === known) : undefined) ?? this.orgByForm(name) ?? (acronym ? this.orgByForm(acronym) : undefined)
    if (!o) {
      o = { name, acronym, forms: new Map(), mentions: [], known }
      this.orgs.push(o)
    }
    if (acronym && !o.acronym) o.acronym = acronym
    if (known !== null) o.known = known
    for (const f of [name, surface, acronym]) if (f) o.forms.set(foldName(f), o.forms.get(foldName(f)) ?? f)
    if (span && !o.mentions.some((m) => m.start === span.start)) o.mentions.push(span)
    return o
  }
}

/** Marks token ranges already claimed by an entity so later passes do not reuse them. */
function claim(used: Uint8Array, a: number, b: number): void {
  for (let i = a; i < b; i++) used[i] = 1
}
function free(used: Uint8Array, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (used[i]) return false
  return true
}

// ---------------------------------------------------------------- capitalised runs

/** Possessive words that begin or continue an organisation's name rather than naming its owner. */
const POSSESSIVE_NAME_WORDS = new Set(['magistrate', 'magistrates', 'people', 'peoples', 'workers', 'children', 'women', 'men', 'farmers', 'veterans', 'citizens', 'mothers', 'king', 'queen', 'soldiers', 'students', 'teachers', 'nurses', 'lawyers', 'journalists', 'attorney', 'attorneys', 'sheriff', 'marshal', 'marshals', 'coroner', 'examiner', 'comptroller', 'controller', 'auditor'])

interface Run {
  a: number
  b: number
}

/** Maximal runs of capitalised tokens on one line, joined by single spaces and lower-case connectors. */
const QUESTION_WORDS = new Set(['what', 'how', 'why', 'when', 'where', 'who', 'which', 'whose', 'whom', 'whether'])

function capitalisedRuns(body: string, toks: readonly Tok[]): Run[] {
  const runs: Run[] = []
  let i = 0
  while (i < toks.length) {
    const t = toks[i]
    // "What the Court Actually Said": a question word opens a heading or sentence, never a name ("WHO" aside)
    if (!t || !t.cap || (QUESTION_WORDS.has(t.low) && !t.upper)) {
      i++
      continue
    }
    let b = i + 1
    for (;;) {
      const prev = toks[b - 1]
      const next = toks[b]
      if (!prev || !next) break
      const gap = body.slice(prev.end, next.start)
      if (prev.poss) {
        // "Westminster Magistrate's Court", "People's Liberation Army": a generic possessive inside a name
        if (POSSESSIVE_NAME_WORDS.has(prev.low) && next.cap && /^['’]s? $/.test(gap)) {
          b++
          continue
        }
        break
      }
      // a middle initial: "George W. Bush", "Patrick W. Carlineo"
      const initial = gap === '. ' && /^\p{Lu}$/u.test(prev.text) && prev.text !== 'I' && b - 1 > i && next.cap && nameable(next)
      const ok = gap === ' ' || gap === '\u00a0' || gap === '] ' || initial
      if (!ok) break
      if (next.cap) {
        b++
        continue
      }
      const after = toks[b + 1]
      if (CONNECTORS.has(next.low) && after && after.cap && tightGap(body, next, after)) {
        // "of the United Nations": allow two connectors in a row
        b += 2
        continue
      }
      const after2 = toks[b + 2]
      if (CONNECTORS.has(next.low) && after && CONNECTORS.has(after.low) && after2?.cap && tightGap(body, next, after) && tightGap(body, after, after2)) {
        b += 3
        continue
      }
      break
    }
    runs.push({ a: i, b })
    i = b
  }
  return runs
}

// ---------------------------------------------------------------- organisations

/** Well-known organisations, by their names, short forms and acronyms (longest phrase first). */
function findKnownOrgs(body: string, toks: readonly Tok[], reg: Registry, used: Uint8Array): void {
  const folded: Array<string | undefined> = new Array(toks.length)
  const foldedAt = (k: number): string => (folded[k] ??= foldToken(toks[k]?.text ?? ''))
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]
    if (!t || used[i] || !t.cap || t.low === 'the') continue
    // candidate phrases starting here, shortest first, then tried longest first
    const keys: string[] = []
    let key = ''
    for (let n = 1; n <= KNOWN_MAX && i + n - 1 < toks.length; n++) {
      const cur = toks[i + n - 1] as Tok
      if (n > 1) {
        const prev = toks[i + n - 2] as Tok
        // a longer phrase can only be known if this one opens a known name; "the UN’s refugee agency" and
        // "the United Nations' nuclear watchdog" are the table's "UN refugee agency" and "… nuclear watchdog"
        if (!(tightGap(body, prev, cur) || possessiveGap(body, prev, cur)) || !KNOWN_PREFIXES.has(key)) break
      }
      key = key ? `${key} ${foldedAt(i + n - 1)}` : foldedAt(i)
      keys.push(key)
    }
    for (let n = keys.length; n >= 1; n--) {
      const last = toks[i + n - 1] as Tok
      const idx = KNOWN_INDEX.get(keys[n - 1] ?? '') ?? (n === 1 ? KNOWN_ACRONYMS.get(t.text.replace(/\./g, '')) : undefined)
      if (idx === undefined) continue
      const org = KNOWN_ORGS[idx]
      if (!org) continue
      if (n === 1) {
        // a one-word match must be written as the table writes it: "WHO" is not "Who"
        const forms = [org.name, org.acronym ?? '', ...org.aliases]
        if (!forms.some((f) => f.replace(/\./g, '') === t.text.replace(/\./g, ''))) continue
      }
      reg.addOrg(org.name, { start: t.start, end: last.end }, org.acronym, idx, body.slice(t.start, last.end))
      claim(used, i, i + n)
      i += n - 1
      break
    }
  }
}

/** Pairs of capitals around "&" that abbreviate things, not names: research and development, questions and answers. */
const AMPERSAND_NOT_ORGS = new Set(['R&D', 'Q&A', 'M&A', 'B&B', 'R&B', 'F&B', 'P&L', 'T&C', 'T&Cs', 'G&T', 'S&L', 'D&D', 'O&M', 'E&P', 'C&D', 'A&R'])
/** Pairs of words joined by "&" that name a genre, a feature or a section, not an organisation. */
const AMPERSAND_PHRASES = new Set(['rock & roll', 'rhythm & blues', 'plug & play', 'plug & charge', 'arts & culture', 'arts & entertainment', 'food & drink', 'health & fitness', 'health & wellness', 'sports & entertainment', 'news & politics', 'science & technology', 'science & tech', 'terms & conditions', 'questions & answers', 'black & white', 'salt & pepper', 'fish & chips', 'home & garden', 'style & beauty', 'life & style', 'travel & leisure', 'business & finance', 'money & markets', 'law & order', 'research & development'])
/** Words after the second name of "Pacific Gas & Electric Co." that still belong to it. */
const COMPANY_SUFFIXES = new Set(['co', 'company', 'inc', 'corp', 'corporation', 'ltd', 'limited', 'llc', 'llp', 'plc', 'group', 'holdings', 'partners', 'associates', 'sons', 'brothers', 'bros', 'ag', 'sa', 'nv'])

/**
 * Companies written with an ampersand: "AT&T", "PG&E", "S&P"; "Procter & Gamble", "Marks & Spencer", "Pacific
 * Gas & Electric Co.". The tokens stop at "&", so the other finders would see "AT" and "T", or "Gamble" alone.
 */
function findAmpersandOrgs(body: string, toks: readonly Tok[], reg: Registry, used: Uint8Array): void {
  for (let i = 0; i + 1 < toks.length; i++) {
    const l = toks[i] as Tok
    const r = toks[i + 1] as Tok
    // "&" right after the word or after one space
    if (body.charCodeAt(l.end) !== 38 && body.charCodeAt(l.end + 1) !== 38) continue
    if (used[i] || used[i + 1] || !(l.cap || l.upper) || !(r.cap || r.upper)) continue
    const gap = body.slice(l.end, r.start)
    let a = i
    let b = i + 1
    if (gap === '&') {
      // "AT&T", "S&P": capitals on both sides
      if (!/^\p{Lu}{1,4}$/u.test(l.text) || !/^\p{Lu}{1,4}s?$/u.test(r.text) || AMPERSAND_NOT_ORGS.has(`${l.text}&${r.text}`)) continue
    } else if (gap === ' & ') {
      // "Procter & Gamble": a name on each side, in running text (not a section label such as "Arts & Culture")
      const lineStart = body.lastIndexOf('\n', l.start) + 1
      const lineEnd = body.indexOf('\n', r.end)
      if (!/[.!?…"”]\s*$/.test(body.slice(lineStart, lineEnd < 0 ? body.length : lineEnd))) continue
      const nameWord = (t: Tok): boolean => (t.cap || t.upper) && !NOT_NAME_WORDS.has(t.low) && !TITLE_WORDS.has(t.low) && !MONTHS.has(t.low) && !WEEKDAYS.has(t.low)
      if (!nameWord(l) || !nameWord(r) || AMPERSAND_PHRASES.has(`${l.low} & ${r.low}`)) continue
      // "Pacific Gas & Electric": a place word may open the name
      const prev = toks[a - 1]
      if (prev && !used[a - 1] && prev.cap && !['the', 'a', 'an'].includes(prev.low) && !TITLE_WORDS.has(prev.low) && !MONTHS.has(prev.low) && !WEEKDAYS.has(prev.low) && tightGap(body, prev, l)) a--
      while (toks[b + 1] && !used[b + 1] && tightGap(body, toks[b] as Tok, toks[b + 1] as Tok) && (toks[b + 1] as Tok).cap && (COMPANY_SUFFIXES.has((toks[b + 1] as Tok).low) || COMPANY_SUFFIXES.has(toks[b + 2]?.low ?? '')) && b < i + 3) b++
    } else continue
    const first = toks[a] as Tok
    const last = toks[b] as Tok
    const surface = body.slice(first.start, last.end)
    reg.addOrg(surface, { start: first.start, end: last.end }, null, null, surface)
    claim(used, a, b + 1)
    i = b
  }
}

/** Small words inside a name an acronym spells ("Convention on Climate Change", "Ministry of Trade and Industry"). */
const ACRONYM_JOINERS = new Set(['on', 'of', 'and', 'for', 'the', 'to', 'in', 'de', 'la', 'du', 'des'])

/** Initials of the capitalised words of a phrase ("Institute for the Study of War" → "ISW"). */
function initials(words: Tok[]): string {
  // an acronym inside a name gives all its letters: "UN Security Council" is the UNSC, "US Agency for …" the USAID
  return words.filter((w) => w.cap || w.upper).map((w) => (w.upper ? w.text.replace(/[^A-Z]/g, '') : (w.text[0] ?? '').toUpperCase())).join('')
}

/** True when every letter of the acronym appears in order in the initials, starting with the first. */
function acronymFits(acr: string, words: Tok[]): boolean {
  const ini = initials(words)
  const letters = acr.toUpperCase().replace(/[^A-Z]/g, '')
  if (!letters || ini[0] !== letters[0]) return false
  let j = 0
  for (const c of ini) if (c === letters[j]) j++
  return j === letters.length
}

/** "Full Name (ACR)" and "Full Name, or ACR," definitions: the name and the acronym are one organisation. */
const PARTY_STATE_RE = /^[RDI]-[A-Z][A-Za-z.]{1,5}$/

function findAcronymDefinitions(body: string, toks: readonly Tok[], runs: Run[], reg: Registry, used: Uint8Array): void {
  for (const r of runs) {
    const last = toks[r.b - 1]
    if (!last) continue
    const tail = body.slice(last.end, last.end + 16)
    const m = /^ \(([A-Z][A-Za-z.&-]{1,11})\)|^, or ([A-Z][A-Za-z]{1,9})\b/.exec(tail)
    const acr = m?.[1] ?? m?.[2]
    if (!acr || (acr.replace(/[^A-Z]/g, '').length < 2 && !m?.[1])) continue
    if (NOT_ACRONYMS.has(acr.toUpperCase()) || isCountry(acr.toLowerCase())) continue
    // "Rep. Frank Lucas (R-OK)", "Sen. Ron Wyden (D-Ore.)": a US party and state, not an acronym
    if (PARTY_STATE_RE.test(acr)) continue
    let words = toks.slice(r.a, r.b)
    const head = words[words.length - 1]
    if (!head || (NOT_NAME_WORDS.has(head.low) && !ORG_KEYWORDS.has(head.low))) continue
    // "United Nations Framework Convention on Climate Change (UNFCCC)": the run stopped at "on", but the
    // acronym spells the words before it too
    let a = r.a
    if (!acronymFits(acr, words)) {
      let x = r.a
      while (x > 0 && r.a - x < 10 && tightGap(body, toks[x - 1] as Tok, toks[x] as Tok) && ((toks[x - 1] as Tok).cap || ACRONYM_JOINERS.has((toks[x - 1] as Tok).low))) x--
      for (let y = x; y < r.a; y++) {
        if ((toks[y] as Tok).cap && acronymFits(acr, toks.slice(y, r.b))) {
          // with a "United Nations" before it, kept below as the UN's prefix
          a = y >= 2 && foldName(body.slice((toks[y - 2] as Tok).start, (toks[y - 1] as Tok).end)) === 'united nations' ? y - 2 : y
          words = toks.slice(a, r.b)
          break
        }
      }
    }
    if (words.length < 2 && !ORG_KEYWORDS.has(head.low)) continue
    // prefer the longest suffix whose initials are the acronym's letters ("Director for Workplace and Management
    // of the World Food Programme (WFP)" is the WFP), then the longest whose initials spell it with letters
    // between; else drop a leading title run
    const letters = acr.toUpperCase().replace(/[^A-Z]/g, '')
    let start = words.findIndex((w, k) => (w.cap || w.upper) && initials(words.slice(k)) === letters)
    if (start < 0) start = words.findIndex((w, k) => (w.cap || w.upper) && acronymFits(acr, words.slice(k)))
    if (start < 0) {
      start = 0
      while (start < words.length - 1 && (TITLE_WORDS.has(words[start]?.low ?? '') || CONNECTORS.has(words[start]?.low ?? '')) && !ORG_KEYWORDS.has(words[start]?.low ?? '')) start++
    } else if (start >= 2) {
      // keep a UN/EU prefix: "United Nations Human Rights Monitoring Mission"
      const pre = foldName(body.slice(words[start - 2]?.start ?? 0, words[start - 1]?.end ?? 0))
      if (pre === 'united nations') start -= 2
    }
    while (start < words.length - 1 && (words[start]?.low === 'the' || CONNECTORS.has(words[start]?.low ?? ''))) start++
    words = words.slice(start)
    const first = words[0]
    if (!first) continue
    const name = body.slice(first.start, last.end)
    const known = reg.orgByForm(name)
    const org = reg.addOrg(known?.name ?? name, { start: first.start, end: last.end }, acr, known?.known ?? null, name)
    org.forms.set(foldName(acr), acr)
    claim(used, a + start, r.b)
  }
}

/** Capitalised phrases headed by an organisation keyword ("Swedish Prosecution Authority", "Institute for the Study of War"). */
function findKeywordOrgs(body: string, toks: readonly Tok[], runs: Run[], reg: Registry, used: Uint8Array, lowerWords: Set<string>): void {
  for (const r of runs) {
    let a = r.a
    let b = r.b
    // extend across "in Ukraine" / "to Protect" / "in Towns Project" when the result is still an organisation
    const nx = toks[b], nx2 = toks[b + 1]
    if (nx && nx2 && nx2.cap && ['in', 'to', 'on'].includes(nx.low) && tightGap(body, toks[b - 1] as Tok, nx) && tightGap(body, nx, nx2)) {
      const hasKw = toks.slice(a, b).some((t) => ORG_KEYWORDS.has(t.low))
      let c = b + 2
      while (toks[c]?.cap && tightGap(body, toks[c - 1] as Tok, toks[c] as Tok)) c++
      const right = toks.slice(b + 1, c)
      const rightKw = right.some((t) => ORG_KEYWORDS.has(t.low))
      const okRight = right.every((t) => !MONTHS.has(t.low) && !WEEKDAYS.has(t.low) && !(NOT_NAME_WORDS.has(t.low) && !ORG_KEYWORDS.has(t.low)))
      // "National Institute on Drug Abuse", "Council on Foreign Relations": a body named for its subject (not
      // "the Security Council on Syria" or "the Commission on Friday")
      const onSubject = nx.low === 'on' && ON_SUBJECT_HEADS.has(toks[b - 1]?.low ?? '') && right.length <= 4 && !right.every((t) => isCountry(t.low) || DEMONYMS.has(t.low))
      if (okRight && onSubject) b = c
      else if (okRight && ((hasKw && nx.low !== 'on' && right.length <= 2 && (nx.low === 'to' || (right.every((t) => isCountry(t.low)) && toks.slice(a, b).some((t) => ['mission', 'office', 'delegation', 'embassy', 'programme', 'team'].includes(t.low))))) || (!hasKw && rightKw && nx.low === 'in'))) b = c
    }
    // "Securities and Exchange Commission", "Department of Health and Human Services": "and" inside a name
    if (toks.slice(a, b).some((t) => ORG_KEYWORDS.has(t.low))) {
      const l1 = toks[a - 1], l2 = toks[a - 2], l3 = toks[a - 3]
      // ("the Industry and Trade Ministry": after "the", a word that is no plural joins too; so after a country's
      // name or possessive: "Turkey's Disaster and Emergency Management Agency", "the US Fish and Wildlife Service")
      const possessive = l2 !== undefined && /\p{L}['’]s\s+$/u.test(body.slice(Math.max(0, l2.start - 12), l2.start))
      const afterThe = l3?.low === 'the' || possessive || (l3 !== undefined && l2 !== undefined && (isCountry(l3.low) || US_UK.has(l3.low.replace(/\.$/, ''))) && tightGap(body, l3, l2))
      if (l1?.low === 'and' && isPlain(l1) && l2?.cap && !l2.upper && tightGap(body, l2, l1) && tightGap(body, l1, toks[a] as Tok) && !(l3?.cap && !afterThe && tightGap(body, l3, l2)) && !used[a - 2] && andJoinable(l2) && !TITLE_WORDS.has(l2.low) && (/^\p{Lu}\p{Ll}{3,}s$/u.test(l2.text) || (afterThe && /^\p{Lu}\p{Ll}{3,}$/u.test(l2.text))) && toks[a]?.low !== 'the') a -= 2
      const r1 = toks[b], r2 = toks[b + 1]
      if (r1?.low === 'and' && isPlain(r1) && r2?.cap && tightGap(body, toks[b - 1] as Tok, r1) && tightGap(body, r1, r2) && toks.slice(a, b).some((t) => t.low === 'of' || t.low === 'for')) {
        let c = b + 1
        while (c < b + 4 && toks[c]?.cap && andJoinable(toks[c] as Tok) && (c === b + 1 || tightGap(body, toks[c - 1] as Tok, toks[c] as Tok))) c++
        if (c > b + 1 && !(toks[c]?.cap && tightGap(body, toks[c - 1] as Tok, toks[c] as Tok))) b = c
      }
    }
    // "House of Representatives"
    const words = toks.slice(a, b)
    const kwIdx = words.findIndex((t, k) => (ORG_KEYWORDS.has(t.low) && !(t.low === 'co' && k === 0) && !(FIRM_SUFFIXES.has(t.low) && k < words.length - 1)) || (k === 0 && ROMANCE_ORG_HEADS.has(t.low) && words.length > 1) || (t.low === 'house' && words[k + 1]?.low === 'of'))
    // the keyword belongs to a known organisation inside ("Broadcast of the Security Council")
    if (kwIdx < 0 || used[a + kwIdx]) continue
    // a name after the organisation is a person ("IAEA Director General Rafael Grossi" is handled by people)
    let end = words.length
    // (not right after "for"/"of": "Institute for Functional Genomics" names a field, not a person)
    // and not a pair whose second word is no surname: "Centre for Economic Policy Research"
    for (let k = words.length - 1; k > kwIdx; k--) if (nameable(words[k] as Tok) && nameable(words[k - 1] as Tok) && !CONNECTORS.has(words[k - 2]?.low ?? '') && words[k - 2]?.low !== 'on' && !NOT_SURNAME_WORDS.has((words[k] as Tok).low)) end = k - 1
    // "Lexus Project Manager", "House of Representatives Rt.": a title before that name is not part of the body
    // (but "Office of the Special Envoy": after "of" a title names what the body is for)
    // (the title word at e ends a phrase after "of"/"the" with at most two other words, none a plural: "House of
    // Representatives Speaker" still loses its "Speaker")
    const afterOf = (e: number): boolean => {
      let c = e - 1
      for (; c > kwIdx && !CONNECTORS.has(words[c]?.low ?? ''); c--) if (/s$/.test(words[c]?.low ?? '')) return false
      return c > kwIdx && e - 1 - c <= 2
    }
    const abbreviated = (t: Tok | undefined): boolean => t !== undefined && t.text.length <= 3
    while (end > kwIdx + 1 && (((HONORIFICS.has(words[end - 1]?.low ?? '') || ROLE_PREFIX_WORDS.has(words[end - 1]?.low ?? '')) && (!afterOf(end - 1) || abbreviated(words[end - 1]))) || words[end - 1]?.low === 'and') && !ORG_KEYWORDS.has(words[end - 1]?.low ?? '')) end--
    // "State Senate Majority Leader Andrea Stewart-Cousins": a title after the body's name is the person's
    // (not "Office of the Special Envoy": after "of" a title names what the office is for)
    if (end > kwIdx + 1 && TITLE_HEADS.has(words[end - 1]?.low ?? '') && !ORG_KEYWORDS.has(words[end - 1]?.low ?? '') && !afterOf(end - 1)) {
      end--
      while (end > kwIdx + 1 && TITLE_MODIFIERS.has(words[end - 1]?.low ?? '')) end--
    }
    // "before the House Intelligence Committee Tuesday": a day or month after the name dates the sentence
    while (end > kwIdx + 1 && (WEEKDAYS.has(words[end - 1]?.low ?? '') || MONTHS.has(words[end - 1]?.low ?? ''))) end--
    if (end <= kwIdx) continue
    // drop a leading article, title run and sentence-start filler
    let s = 0
    // ("the Interior Ministry", "the Health Department": a portfolio word before the keyword is the body's own)
    const portfolio = (k: number): boolean => k === kwIdx - 1 && PORTFOLIO_HEADS.has(words[kwIdx]?.low ?? '')
    while (s < kwIdx && (['the', 'a', 'an', 'and', 'but', 'or', 'yet', 'by'].includes(words[s]?.low ?? '') || CONNECTORS.has(words[s]?.low ?? '') || (TITLE_WORDS.has(words[s]?.low ?? '') && !ORG_KEYWORDS.has(words[s]?.low ?? '') && !['national', 'supreme', 'high', 'general', 'foreign', 'security', 'public', 'human', 'rights', 'white', 'state', 'military', 'air'].includes(words[s]?.low ?? '') && !portfolio(s) && !(words[s]?.low === 'house' && kwIdx - s >= 2)))) s++
    // "Shares of Kimberly-Clark Corp rose": a common word opening the sentence, before "of", is not part of the name
    if (s + 2 < kwIdx && words[s + 1]?.low === 'of' && !words[s + 1]?.cap && lowerWords.has(words[s]?.low ?? '') && atSentenceStart(body, words[s] as Tok) && !ORG_KEYWORDS.has(words[s]?.low ?? '')) s += 2
    // "the Democratic Party-controlled House of Representatives": the name starts after such an adjective
    for (let k = kwIdx - 1; k >= s; k--) {
      if (!/-(?:controlled|led|backed|based|run|dominated|owned|funded|allied|aligned)$/i.test(words[k]?.text ?? '')) continue
      s = k + 1
      while (s < kwIdx && (words[s]?.low === 'the' || CONNECTORS.has(words[s]?.low ?? ''))) s++
      break
    }
    // "Joneigh Khaldun of the Michigan Department of Health": a person named before "of"/"at" is not part of the body
    for (let k = kwIdx - 1; k >= s + 2; k--) {
      if (!['of', 'at'].includes(words[k]?.low ?? '') || words[k]?.cap) continue
      const person = words.slice(s, k)
      if (person.length <= 3 && person.every((t) => nameable(t) && !t.upper && !lowerWords.has(t.low))) {
        s = k + 1
        while (s < kwIdx && (words[s]?.low === 'the' || CONNECTORS.has(words[s]?.low ?? ''))) s++
      }
      break
    }
    // "But Congress": a sentence-opening common word is not part of the name
    if (s === 0 && s < kwIdx && words[0] && atSentenceStart(body, words[0]) && lowerWords.has(words[0].low) && !ORG_KEYWORDS.has(words[0].low)) s++
    while (end > s + 1 && CONNECTORS.has(words[end - 1]?.low ?? '')) end--
    const span = words.slice(s, end)
    if (!free(used, a + s, a + end)) {
      // part already taken by a known organisation: only keep when the keyword phrase is longer
      const ownKnown = span.filter((_t, k) => used[a + s + k]).length
      if (ownKnown === span.length) continue
    }
    const first = span[0], last = span[span.length - 1]
    if (!first || !last) continue
    if (span.length === 1 && !reg.orgByForm(first.text)) {
      // a lone keyword ("Council", "Congress") is a back-reference, handled later
      continue
    }
    // a bare keyword phrase at a sentence start that is a common phrase ("Security forces") is not a name
    const name = body.slice(first.start, last.end)
    if (COUNTRY_PHRASES.has(foldName(name))) continue
    // "Group A", "Pool C": a stage of a tournament
    if (span.length === 2 && ['group', 'pool'].includes(first.low) && /^(?:\p{Lu}|\d{1,2})$/u.test(last.text)) continue
    // "Chief of Mission in Brazil" is a job title, not an organisation
    if (s >= 2 && ['of', 'for'].includes(words[s - 1]?.low ?? '') && TITLE_WORDS.has(words[s - 2]?.low ?? '') && kwIdx === s && span.length <= 3) continue
    if (span.every((t) => TITLE_WORDS.has(t.low) || ORG_KEYWORDS.has(t.low)) && span.length <= 2 && !reg.orgByForm(name) && atSentenceStart(body, first)) continue
    const f = foldName(name)
    // "Supreme Court" after "Federal Supreme Court" is the same court
    const known = reg.orgByForm(name) ?? reg.orgs.find((o) => [...o.forms.keys()].some((k) => k.endsWith(' ' + f)))
    reg.addOrg(known?.name ?? name, { start: first.start, end: last.end }, null, known?.known ?? null, name)
    claim(used, a + s, a + end)
  }
}

/** Bodies named by a portfolio that is also a title word: "Interior Ministry", "Justice Department". */
const PORTFOLIO_HEADS = new Set(['ministry', 'department'])

/** Words that qualify a title ("Majority Leader", "Deputy Minister") rather than name a body. */
const TITLE_MODIFIERS = new Set(['majority', 'minority', 'deputy', 'assistant', 'vice', 'floor', 'acting', 'senior', 'principal', 'first', 'chief', 'associate', 'interim'])

/** Heads of bodies named "… on SUBJECT": "Institute on Drug Abuse", "Committee on Foreign Affairs". */
const ON_SUBJECT_HEADS = new Set(['institute', 'committee', 'subcommittee', 'council', 'commission', 'center', 'centre', 'conference', 'panel', 'caucus', 'board'])

/** A capitalised word that may stand on either side of "and" inside an organisation's name. */
function andJoinable(t: Tok): boolean {
  return !isCountry(t.low) && !DEMONYMS.has(t.low) && !GIVEN_NAMES.has(t.low) && !HONORIFICS.has(t.low) && !NOT_NAME_WORDS.has(t.low) && !MONTHS.has(t.low) && !WEEKDAYS.has(t.low)
}

/** "U.S." and "UK" open a government body ("U.S. State Department") as a country name does. */
const US_UK = new Set(['u.s', 'u.k', 'us', 'uk'])

/** "Russia's foreign ministry", "Jordanian government", "U.S. military": a country's government body. */
function findGovernmentBodies(body: string, toks: readonly Tok[], reg: Registry, used: Uint8Array): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]
    if (!t || !t.cap) continue
    const isDem = DEMONYMS.has(t.low) && !t.poss
    const isCty = isCountry(t.low) || US_UK.has(t.low.replace(/\.$/, ''))
    if (!isDem && !isCty) continue
    // a capitalised word before the demonym makes it part of a longer name ("the Free Syrian Army"), left to
    // the keyword phrases
    const before = toks[i - 1]
    const longerName = before?.cap && !before.upper && toks[i + 1]?.cap && tightGap(body, before, t) && !atSentenceStart(body, before)
    if (longerName && !['the', 'a', 'an'].includes(before.low) && !CONNECTORS.has(before.low) && !TITLE_WORDS.has(before.low) && !MONTHS.has(before.low) && !WEEKDAYS.has(before.low)) continue
    for (const words of GOV_BODY_TOKS) {
      let ok = true
      for (let k = 0; ok && k < words.length; k++) {
        const x = toks[i + 1 + k]
        const prev = toks[i + k]
        if (!x || !prev || x.low !== words[k] || (prev !== t && !tightGap(body, prev, x)) || (prev === t && body.slice(t.end, x.start).replace(/^['’]s/, '') !== ' ')) ok = false
      }
      if (!ok) continue
      const last = toks[i + words.length]
      if (!last || !free(used, i, i + words.length + 1)) break
      // "Russian and Syrian defense ministries" and "government forces" are not one body; "Iranian military aid" and
      // "Russian military bases" are things, while "Israeli military officials" speak for the Israeli military
      const after = toks[i + words.length + 1]
      if (after && isPlain(after) && (BODY_MODIFIED_NOUNS.has(after.low) || (BODY_PEOPLE_NOUNS.has(after.low) && words[0] !== 'military'))) break
      const name = body.slice(t.start, last.end)
      reg.addOrg(name, { start: t.start, end: last.end }, null, null, name)
      claim(used, i, i + words.length + 1)
      break
    }
  }
}

/** Nouns a government body's name modifies when it is no body at all: "military aid", "government bonds", "Egypt's military ruler". */
const BODY_MODIFIED_NOUNS = new Set([
  'ruler', 'rulers', 'leader', 'leaders', 'dictator', 'dictatorship', 'strongman',
  'aid', 'support', 'assistance', 'equipment', 'operations', 'operation', 'vehicles', 'spending', 'budget', 'positions',
  'base', 'bases', 'hardware', 'exports', 'cooperation', 'presence', 'intervention', 'campaign', 'exercises', 'drills',
  'installations', 'facilities', 'facility', 'sites', 'site', 'capabilities', 'bonds', 'debt', 'contracts',
])
/** People of a body: "government forces", "ministry officials" (a body of their own only for the military). */
const BODY_PEOPLE_NOUNS = new Set(['forces', 'troops', 'officials', 'official', 'spokesman', 'spokesperson', 'spokeswoman', 'sources', 'source', 'personnel'])

/** All-capital acronyms used alone ("HRMMU", "ZNPP"), linked to an organisation whose initials they spell. */
function findAcronyms(body: string, toks: readonly Tok[], reg: Registry, used: Uint8Array): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]
    if (!t || used[i] || !t.upper) continue
    const plain = t.text.replace(/\./g, '')
    if (!/^[A-Z][A-Z0-9]{1,7}$/.test(plain) || NOT_ACRONYMS.has(plain) || isCountry(plain.toLowerCase())) continue
    // long capitals next to a name are a surname in a credit ("Maria KOSTENKO"), not an acronym
    if (plain.length > 6) {
      const nb = [toks[i - 1], toks[i + 1]].filter((x): x is Tok => !!x && (tightGap(body, x, t) || tightGap(body, t, x)))
      if (nb.some((x) => x.cap && !x.upper) || nb.some((x) => x.upper && x.text.length > 3 && !KNOWN_ACRONYMS.has(x.text))) continue
    }
    if (shoutingLine(body, t)) continue
    // "The Dow Jones industrial average .DJI rose": a market data code glued to a dot, not a name
    if (body[t.start - 1] === '.' && (t.start < 2 || /\s/.test(body[t.start - 2] ?? ''))) continue
    // "J.J. Abrams", "A.J. Brown": a person's dotted initials before the surname
    const after = toks[i + 1]
    if (/^(?:\p{Lu}\.){2,3}$/u.test(t.text) && after?.cap && !after.upper && tightGap(body, t, after)) continue
    const existing = reg.orgs.find((o) => o.acronym === plain || o.forms.has(foldName(plain)))
    if (existing) {
      reg.addOrg(existing.name, { start: t.start, end: t.end })
      claim(used, i, i + 1)
      continue
    }
    const byInitials = reg.orgs.find((o) => {
      const w = tokenizeCached(o.name)
      return w.length >= 2 && initials(w).replace(/[^A-Z]/g, '') === plain.replace(/[^A-Z]/g, '')
    })
    if (byInitials) {
      byInitials.acronym ??= plain
      byInitials.forms.set(foldName(plain), plain)
      byInitials.mentions.push({ start: t.start, end: t.end })
      claim(used, i, i + 1)
      continue
    }
    // a stray acronym needs an organisation context ("the NFL said", "IDC analyst", "broadcaster KBS");
    // model codes with digits ("RAV4", "PS4") and capitalised words ("OPEN") never count alone
    if (HAS_DIGIT.test(plain) || !acronymContext(body, toks, i)) continue
    const all: Span[] = []
    for (let k = 0; k < toks.length; k++) if (!used[k] && withoutDots(toks[k]?.text ?? '') === plain) {
      all.push({ start: toks[k]?.start ?? 0, end: toks[k]?.end ?? 0 })
      used[k] = 1
    }
    const o = reg.addOrg(plain, null, plain)
    o.mentions.push(...all)
  }
}

/** "U.N." → "UN"; most words have no dot and are returned as they are, without a regex replace. */
const withoutDots = (s: string): string => (s.includes('.') ? s.replace(/\./g, '') : s)

const ACRONYM_VERB_AFTER = /^(?:['’]s)?,?\s+(?:has\s+|have\s+|had\s+|also\s+|then\s+|previously\s+|later\s+|on\s+\p{Lu}\p{Ll}+day\s+)?(?:said|says|speaks|spoke|urged|urges|called|calls|welcomed|condemned|expects|expected|announced|announces|reported|reports|confirmed|confirms|told|added|stated|warned|warns|estimated|estimates|denied|denies|declined|issued|released|launched|filed|sued|ruled|approved|fined|plans|planned|agreed|acquired|bought|sold|hired|signed|published|found|revealed|recorded|posted|tweeted|spokesman|spokeswoman|spokesperson|official|officials|chief|head|director|president|chairman|ceo|boss|analyst|analysts|researcher|researchers|scientist|scientists|report|statement|executive|executives|investigators?|agents?|inspectors?|commissioner|secretary-general)\b/u
const ACRONYM_CONTEXT_BEFORE = /(?:\b(?:told|according to|said|by|joined|from|at|for|with|of)\s+(?:the\s+)?|\b(?:company|firm|group|organi[sz]ation|agency|broadcaster|network|newspaper|outlet|channel|watchdog|regulator|charity|ngo|union|league|party|bank|lender|carrier|airline|maker|manufacturer|startup|giant|retailer|operator|insurer|studio|publisher|institute|university)\s+)$/i

/** True when an unknown acronym is used like an organisation's name. */
function acronymContext(body: string, toks: readonly Tok[], i: number): boolean {
  const t = toks[i] as Tok
  if (ACRONYM_VERB_AFTER.test(body.slice(t.end, t.end + 48))) return true
  const before = body.slice(Math.max(0, t.start - 40), t.start)
  // "… Monitoring Mission in Ukraine (HRMMU)": an acronym given after a name
  if (/\p{Lu}[\p{L}.'’-]+ \($/u.test(before) && body[t.end] === ')') return true
  const m = ACRONYM_CONTEXT_BEFORE.exec(before)
  if (!m) return false
  // "told the NFL", "broadcaster KBS"; after "at/for/with/of/from/by" only when a role or a plural of people precedes
  if (/\b(?:at|for|with|of|from)\s+(?:the\s+)?$/i.test(before)) {
    const prevWord = /([\p{L}-]+)\s+(?:at|for|with|of|from|by)\s+(?:the\s+)?$/u.exec(before)?.[1]?.toLowerCase() ?? ''
    return ROLE_NOUNS.has(prevWord) || /^(?:researchers|scientists|officials|experts|analysts|spokes\w+|engineers|staff|employees|workers|members|investigators|economists|lawyers|executives|head|chief|director)$/.test(prevWord)
  }
  return true
}

/** True when the token sits in a line written mostly in capitals (tags, slug lines, photo credits). */
function shoutingLine(body: string, t: Tok): boolean {
  const ls = body.lastIndexOf('\n', t.start) + 1
  let le = body.indexOf('\n', t.end)
  if (le < 0) le = body.length
  const line = body.slice(ls, le)
  const letters = line.replace(/[^\p{L}]/gu, '')
  const caps = letters.replace(/[^\p{Lu}]/gu, '')
  return letters.length > 8 && caps.length / letters.length > 0.6
}

/** Organisations signalled by context: "company Rosatom", "Wikileaks co-founder", "X, the … organization", "Polygraph.info". */
/**
 * "McDonald's said", "Moody's downgraded": a name written as a possessive that does something is a company. Run
 * after the people, since "Trump's said" is "Trump has said".
 */
function findPossessiveCompanies(body: string, toks: readonly Tok[], reg: Registry, used: Uint8Array, lowerWords: Set<string>): void {
  const surnames = new Set(reg.people.flatMap((p) => p.name.split(' ').map((w) => w.toLowerCase())))
  for (const [k, t] of toks.entries()) {
    if (used[k] || !t.cap || t.upper || !POSSESSIVE_ACTOR.test(body.slice(t.end, t.end + 16))) continue
    const prev = toks[k - 1]
    if ((prev?.cap && tightGap(body, prev, t)) || isCountry(t.low) || DEMONYMS.has(t.low) || GIVEN_NAMES.has(t.low) || lowerWords.has(t.low) || surnames.has(t.low)) continue
    reg.addOrg(body.slice(t.start, t.end + 2), { start: t.start, end: t.end + 2 })
    used[k] = 1
  }
}

/** The possessive's "s" and a verb of speech or report (not a participle that reads as an adjective: "Apple’s upgraded chip"). */
const POSSESSIVE_ACTOR = /^['’]s\s+(?:said|says|reports|announces|posts|told|tells|warned|warns|added|adds)\b/

function findContextOrgs(body: string, toks: readonly Tok[], runs: Run[], reg: Registry, used: Uint8Array, lowerWords: Set<string>): void {
  for (const m of body.matchAll(/\b[A-Z][\w-]*\.(?:com|info|org|net)\b/g)) {
    reg.addOrg(m[0], { start: m.index, end: m.index + m[0].length })
    for (const [k, t] of toks.entries()) if (t.start >= m.index && t.end <= m.index + m[0].length) used[k] = 1
  }

  for (const r of runs) {
    if (!free(used, r.a, r.b)) continue
    const words = toks.slice(r.a, r.b)
    const first = words[0], last = words[words.length - 1]
    if (!first || !last) continue
    // "Marathon Myanmar, one of the country’s leading e-commerce delivery companies": a name that an apposition
    // calls a company is one, a country word inside it or not
    const calledOrg = !isCountry(first.low) && !DEMONYMS.has(first.low) && ORG_APPOSITION.test(body.slice(last.end, last.end + 100))
    if (!calledOrg && words.some((w) => isCountry(w.low) || DEMONYMS.has(w.low) || MONTHS.has(w.low) || WEEKDAYS.has(w.low))) continue
    if (words.length === 1 && lowerWords.has(first.low)) continue
    // "Washington-based analysts", "Iran-backed militias": an adjective, not a name
    if (/-(?:based|born|led|backed|made|owned|run|controlled|funded|linked|aligned|affiliated)$/i.test(last.text)) continue
    const prev = toks[r.a - 1]
    const next = toks[r.b]
    let isOrg = false
    // "company Rosatom", but not "company CEO Andy Vesey": a title opens a person
    // (a noun that is also a person's job, before a first name, opens a person: "producer John Shanks")
    if (prev && isPlain(prev) && ORG_TYPE_NOUNS.has(prev.low) && tightGap(body, prev, first) && words.length <= 3 && !ROLE_NOUNS.has(first.low) && !HONORIFICS.has(first.low) && !(ROLE_NOUNS.has(prev.low) && words.length >= 2 && GIVEN_NAMES.has(first.low))) {
      // "fund BlackRock Philipp Hildebrand": the company, then the person who works there
      if (words.length === 3 && GIVEN_NAMES.has((words[1] as Tok).low) && !GIVEN_NAMES.has(first.low)) {
        reg.addOrg(first.text, { start: first.start, end: first.end })
        claim(used, r.a, r.a + 1)
        continue
      }
      isOrg = true
    }
    // "a spokesperson for Inherent Resolve", "analyst at Stratfor": what a role belongs to is an organisation
    const prev2 = toks[r.a - 2]
    if (prev && prev2 && ['for', 'at', 'with'].includes(prev.low) && isPlain(prev2) && ROLE_NOUNS.has(prev2.low) && words.length <= 3 && !TITLE_WORDS.has(first.low)) isOrg = true
    if (words.length === 1 && next && isPlain(next) && ROLE_AFTER_ORG.has(next.low) && tightGap(body, last, next) && !atSentenceStart(body, first)) isOrg = true
    // "told The Hill", "according to The Wrap": a "The …" name someone speaks to or reports from is an outlet
    if (!isOrg && first.text === 'The' && words.length >= 2 && words.length <= 4 && prev && isPlain(prev) && !atSentenceStart(body, first)) {
      const cue = prev.low === 'told' || (prev.low === 'to' && prev2?.low === 'according') || (prev.low === 'with' && prev2?.low === 'interview')
      if (cue && !words.slice(1).some((w) => TITLE_WORDS.has(w.low) || HONORIFICS.has(w.low) || GIVEN_NAMES.has(w.low))) isOrg = true
    }
    if (!isOrg && calledOrg) isOrg = true
    if (!isOrg) continue
    // "A spokeswoman for Neumann" after "Adam Neumann": a surname of someone named in the article
    if (words.length === 1 && isSurnameInBody(body, toks, first)) continue
    const name = body.slice(first.start, last.end)
    reg.addOrg(name, { start: first.start, end: last.end })
    claim(used, r.a, r.b)
  }
}

/** An apposition that calls the name before it an organisation: ", a think tank,", ", one of the country’s leading delivery companies,". */
const ORG_APPOSITION = /^, (?:the|a|an|one of the|one of|among the) [^,.;]{0,60}?\b(?:organi[sz]ations?|compan(?:y|ies)|groups?|think[- ]tanks?|agenc(?:y|ies)|firms?|NGOs?|charit(?:y|ies)|networks?|outlets?|newspapers?|broadcasters?|watchdogs?|institutes?|movements?|part(?:y|ies)|militias?|banks?|lenders?|retailers?|manufacturers?|makers?|startups?|start-ups?|operators?|providers?|carriers?|airlines?)(?=[,.;)]|$)/

/** Whether the word also follows a known first name somewhere in the body ("Adam Neumann", "Mason Rudolph"). */
function isSurnameInBody(body: string, toks: readonly Tok[], word: Tok): boolean {
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k] as Tok
    if (t.text !== word.text) continue
    const prev = toks[k - 1] as Tok
    if (prev.cap && GIVEN_NAMES.has(prev.low) && tightGap(body, prev, t)) return true
  }
  return false
}

/** Words that can be left off the end of a company's or a group's name. */
const GENERIC_NAME_TAILS = new Set(['international', 'group', 'inc', 'corp', 'corporation', 'company', 'co', 'ltd', 'limited', 'holdings', 'plc', 'llc', 'sa', 'ag', 'nv'])

/** The first word of a name whose other words are a generic tail ("Amnesty International" → "amnesty"), else ''. */
function shortName(name: string): string {
  const words = foldName(name).split(' ')
  return words.length >= 2 && words.length <= 3 && words.slice(1).every((w) => GENERIC_NAME_TAILS.has(w.replace(/\.$/, ''))) ? (words[0] ?? '') : ''
}

/** Later mentions of an organisation by a shorter form: "the Council", "Supreme Court", "Apib", "Wikileaks". */
function linkOrgBackrefs(body: string, toks: readonly Tok[], runs: Run[], reg: Registry, used: Uint8Array): void {
  const byShortName = new Map<string, OrgAcc>()
  for (const o of reg.orgs) {
    const short = shortName(o.name)
    if (short && !byShortName.has(short)) byShortName.set(short, o)
  }
  for (const r of runs) {
    if (r.b - r.a > 12) continue
    for (let a = r.a; a < r.b; a++) {
      if (toks[a]?.low === 'the' || !toks[a]?.cap) continue
      for (let b = r.b; b > a; b--) {
        if (!free(used, a, b)) continue
        const first = toks[a], last = toks[b - 1]
        if (!first || !last) continue
        const surface = body.slice(first.start, last.end)
        const f = foldName(surface)
        let org = reg.orgs.find((o) => o.forms.has(f))
        // "Amnesty" after "Amnesty International", "Boeing" after "Boeing Co.": the name without its generic tail
        if (!org && a === b - 1 && first.cap && !first.upper) {
          const named = byShortName.get(f)
          if (named?.mentions.some((m) => m.start < first.start)) org = named
        }
        if (!org && (ORG_KEYWORDS.has(last.low) || BACKREF_KEYWORDS.has(last.low))) {
          // suffix of a longer name mentioned before: "Supreme Court" ← "Federal Supreme Court"
          const cands = reg.orgs.filter((o) => o.mentions.some((m) => m.start < first.start) && [...o.forms.keys()].some((k) => k !== f && k.endsWith(' ' + f)))
          if (cands.length) org = cands.sort((x, y) => lastMentionBefore(y, first.start) - lastMentionBefore(x, first.start))[0]
        }
        if (!org) continue
        org.forms.set(f, org.forms.get(f) ?? surface)
        org.mentions.push({ start: first.start, end: last.end })
        claim(used, a, b)
        a = b - 1
        break
      }
    }
  }
}

function lastMentionBefore(o: OrgAcc, pos: number): number {
  let best = -1
  for (const m of o.mentions) if (m.start < pos && m.start > best) best = m.start
  return best
}

// ---------------------------------------------------------------- people

interface PersonHit {
  /** Token range of the name itself. */
  a: number
  b: number
  name: string
  /** Title words written right before the name, inside the capitalised run. */
  title: string | null
  honorific: string | null
}

/** The name at the end of a capitalised run, after any title words ("UN Special Representative Abdoulaye Bathily"). */
function personInRun(body: string, toks: readonly Tok[], r: Run, used: Uint8Array, lowerWords: Set<string>): PersonHit | null {
  let b = r.b
  // trailing connectors never end a name
  while (b > r.a && !toks[b - 1]?.cap) b--
  let a = b
  let names = 0
  while (a > r.a) {
    const t = toks[a - 1] as Tok
    if (used[a - 1]) break
    const particle = NAME_PARTICLES.has(t.low)
    const surnameTitle = a === b && SURNAME_TITLES.has(t.low) && a - 1 > r.a && nameable(toks[a - 2] as Tok)
    // "Theresa May", "Brian May": a month is a surname after a known first name
    const monthSurname = a === b && MONTHS.has(t.low) && t.cap && a - 1 > r.a && GIVEN_NAMES.has(toks[a - 2]?.low ?? '') && nameable(toks[a - 2] as Tok)
    // "Prime Minister John Key", "Rachel Street said": a common word is a surname after a known first name when a
    // title comes before or speech after ("on John Street" is a place)
    const wordSurname = a === b && t.cap && !t.upper && NOT_NAME_WORDS.has(t.low) && !placeNoun(t.low) && a - 1 > r.a && GIVEN_NAMES.has(toks[a - 2]?.low ?? '') && nameable(toks[a - 2] as Tok) && (titledAt(toks, a - 2, r.a) || speechAfter(body, t.end))
    // "Bill Clinton", "Park Geun-hye": a first name that is also a common word, before a name
    const wordFirstName = a < b && names > 0 && t.cap && !t.upper && NOT_NAME_WORDS.has(t.low) && GIVEN_NAMES.has(t.low) && !NAME_PARTICLES.has(toks[a - 2]?.low ?? '') && !PLACE_PREFIXES.has(toks[a - 2]?.low ?? '')
    if (nameable(t) && !particle) names++
    else if (surnameTitle || monthSurname || wordSurname || wordFirstName) names++
    else if (!(particle && a < b)) break
    a--
  }
  while (a < b && NAME_PARTICLES.has(toks[a]?.low ?? '')) a++
  if (names === 0 || a >= b) return null
  const first = toks[a] as Tok
  // a capitalised common word opening a sentence is not a first name
  // ("Henning Gloystein, head of …, said": a word ending like a verb is a first name when a role or speech follows)
  const verbLike = (): boolean => !lowerWords.has(first.low) && /^\p{Lu}\p{Ll}+(?:ing|ed|ly)$/u.test(first.text)
  const lastEnd = toks[b - 1]?.end ?? 0
  const vouched = (): boolean => appositionRole(body, lastEnd) !== null || speechAfter(body, lastEnd)
  if (names >= 2 && !GIVEN_NAMES.has(first.low) && atSentenceStart(body, first) && (lowerWords.has(first.low) || (verbLike() && !vouched()))) {
    a++
    names--
    while (a < b && NAME_PARTICLES.has(toks[a]?.low ?? '')) a++
  }
  // a role or filler word before a full name is not its first name ("Superintendent Jennifer McCormick", "Thanks Junior")
  while (names >= 2 && a < b && (ROLE_PREFIX_WORDS.has(toks[a]?.low ?? '') || NOT_FIRST_NAME_WORDS.has(toks[a]?.low ?? '')) && !GIVEN_NAMES.has(toks[a]?.low ?? '')) {
    a++
    names--
    while (a < b && NAME_PARTICLES.has(toks[a]?.low ?? '')) a++
  }
  if (names > 5) return null
  const pre = toks.slice(r.a, a)
  const honorific = pre.length && HONORIFICS.has(pre[pre.length - 1]?.low ?? '') ? (pre[pre.length - 1] as Tok).text : null
  if (names === 1 && !honorific) return null
  if (names === 1 && body[toks[b - 1]?.end ?? 0] === ']') return null
  let ts = pre.length
  while (ts > 0 && isTitleish(pre[ts - 1] as Tok)) ts--
  const titleWords = pre.slice(ts).filter((t) => t.low !== 'the')
  const title = titleWords.length ? body.slice(titleWords[0]?.start ?? 0, titleWords[titleWords.length - 1]?.end ?? 0) : null
  const nameToks = toks.slice(a, b)
  return { a, b, name: nameToks.map((t) => (t.text.length === 1 && body[t.end] === '.' ? t.text + '.' : t.text)).join(' '), title, honorific }
}

/** Place words that make the capitalised word after them part of a place ("San Francisco", "São Paulo"). */
const PLACE_PREFIXES = new Set(['san', 'santa', 'são', 'sao', 'saint', 'st', 'los', 'las', 'rio', 'port', 'fort', 'mount', 'new'])

/** Streets, buildings and places: after a first name they make a place ("Victoria Hospital", "George Street"), not a surname. */
const BUILT_PLACES = new Set(['street', 'avenue', 'road', 'square', 'sea', 'ocean', 'gulf', 'bay', 'lake', 'hills', 'park', 'palace', 'tower', 'building', 'hospital', 'school', 'church', 'mosque', 'cathedral', 'temple', 'museum', 'stadium', 'hotel', 'station', 'bridge', 'gap', 'strip', 'bank', 'desert', 'mountain', 'mountains'])
const placeNoun = (low: string): boolean => BUILT_PLACES.has(low) || PLACE_NOUNS_AFTER.has(low) || ORG_KEYWORDS.has(low)

/** A title or honorific right before token k, inside the run from `from`. */
function titledAt(toks: readonly Tok[], k: number, from: number): boolean {
  const prev = k - 1 >= from ? toks[k - 1] : undefined
  return !!prev && (TITLE_WORDS.has(prev.low) || HONORIFICS.has(prev.low))
}

const speechAfter = (body: string, end: number): boolean => SPEECH_AFTER_NAME.test(body.slice(end, end + 48))

/** "Martin Taylor of Aberdeenshire", "Anna Berg from Oslo": the name before "of" or "from" when the run's end is no name. */
function personBeforePlace(body: string, toks: readonly Tok[], r: Run, used: Uint8Array, lowerWords: Set<string>): PersonHit | null {
  for (let k = r.a + 2; k < r.b - 1; k++) {
    const t = toks[k] as Tok
    if (t.cap || (t.low !== 'of' && t.low !== 'from')) continue
    return personInRun(body, toks, { a: r.a, b: k }, used, lowerWords)
  }
  return null
}

function isTitleish(t: Tok): boolean {
  return TITLE_WORDS.has(t.low) || AFFILIATION_WORDS.has(t.low) || ROLE_PREFIX_WORDS.has(t.low) || DEMONYMS.has(t.low) || isCountry(t.low) || t.upper || KNOWN_INDEX.has(foldName(t.text))
}

/** Checks around a two-word run that tell a place or a label from a person. */
function looksLikePlace(body: string, toks: readonly Tok[], hit: PersonHit, runStart: number): boolean {
  const first = toks[hit.a] as Tok
  const lineStart = body.lastIndexOf('\n', first.start) + 1
  if (/^\s*(?:By|Edited By|Credit|Photo|Source|Written by|Reporting by)\s*:?\s*$/i.test(body.slice(lineStart, first.start))) return true
  if (hit.a !== runStart) return false
  const prev = toks[hit.a - 1]
  const last = toks[hit.b - 1] as Tok
  const next = toks[hit.b]
  const gapBefore = prev ? body.slice(prev.end, first.start) : '\n'
  if (prev && isPlain(prev) && /^\s$/.test(gapBefore)) {
    if (LOCATIVE.has(prev.low)) return true
    if (prev.low === 'to' && toks[hit.a - 2]?.low !== 'according' && !GIVEN_NAMES.has(first.low)) return true
    if (['the', 'a', 'an'].includes(prev.low)) return true
    if (prev.low === 'of' && ['state', 'region', 'city', 'province', 'town', 'village', 'district', 'capital', 'municipality', 'county', 'island'].includes(toks[hit.a - 2]?.low ?? '')) return true
  }
  if (/[/©]\s*$/.test(body.slice(Math.max(0, first.start - 3), first.start))) return true
  // a credit ("Photo: X", "By X"), not "was read by X" in running text
  const before = body.slice(Math.max(0, first.start - 14), first.start)
  if (/(?:Credit|Photo|Source|(?:Edited|Editing|Reporting|Writing|Compiled|Produced) By):?\s*$/i.test(before) || /\bBy:?\s*$/.test(before) || /(?:^|[\n(|•·])\s*by:?\s*$/i.test(before)) return true
  if (next && isPlain(next) && PLACE_NOUNS_AFTER.has(next.low) && tightGap(body, last, next)) return true
  if (body[last.end] === '/') return true
  return false
}

/** True when the name fills a short line of its own (byline, credit, caption tag), not running text. */
function standaloneLine(body: string, hit: PersonHit, toks: readonly Tok[]): boolean {
  const first = toks[hit.a] as Tok
  const ls = body.lastIndexOf('\n', first.start) + 1
  let le = body.indexOf('\n', first.start)
  if (le < 0) le = body.length
  const line = body.slice(ls, le).trim()
  if (body.slice(ls, first.start).trim() !== '') return false
  const words = splitWordCount(line)
  return words <= 8 && !/[.!?”"]$/.test(line)
}

/** Role from an apposition after the name: "Danielle Bell, head of HRMMU," / "Amy Pope, the agency's Director General". */
function appositionRole(body: string, end: number): { text: string; start: number } | null {
  const m = /^, ((?:the |a |an )?[^,.;:()“”"]{2,140}?)(?=[,.;:(]|\s(?:said|told|says|added|warned|noted|stressed|delivered|briefs|visits|is|was|has|had)\b)/.exec(body.slice(end, end + 120))
  if (!m || !m[1]) return null
  const text = m[1].replace(/^(?:the|a|an) /, '')
  const words = text.split(/\s+/)
  const w0 = words[0] ?? ''
  if (/^\p{Ll}/u.test(w0) && (NOT_NAME_WORDS.has(w0) || APPOSITION_NOT_FIRST.has(w0) || /(?:ing|ed)$/.test(w0)) && !ROLE_NOUNS.has(w0)) return null
  if (words.length > 20) return null
  const low = fold(text)
  const hasRole = words.some((w) => ROLE_NOUNS.has(fold(w).replace(/[’']s$/, '')) || TITLE_WORDS.has(fold(w)) && /^\p{Lu}/u.test(w) && !['the', 'of', 'for'].includes(fold(w)))
  if (!hasRole || /\b(?:who|which|that|and said)\b/.test(low)) return null
  return { text, start: end + 2 + (m[1].length - text.length) }
}

/** Position words that only make a role right before a name ("Pittsburgh center Maurkice Pouncey"). */
const PRE_ROLE_ONLY = new Set(['center', 'centre', 'guard', 'safety', 'tackle', 'end', 'back', 'fullback', 'halfback', 'playmaker', 'stopper', 'ace'])
const NOT_ROLE_IST = new Set(['exist', 'insist', 'persist', 'consist', 'resist', 'assist', 'desist', 'subsist'])
/** A lower-case word naming a job: the role table, or a "-ist"/"-ician" noun ("biochemist", "physician"). */
function isPreRole(low: string): boolean {
  return ROLE_NOUNS.has(low) || PRE_ROLE_ONLY.has(low) || (/^[a-z]{3,}(?:ist|ician)$/.test(low) && !NOT_ROLE_IST.has(low))
}

const APPOSITION_NOT_FIRST = new Set(['after', 'before', 'when', 'while', 'as', 'which', 'who', 'whom', 'whose', 'where', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'and', 'but', 'or', 'if', 'because', 'since', 'though', 'although', 'including', 'like', 'unlike', 'than', 'then', 'so', 'not', 'now', 'too', 'also', 'even', 'just', 'only', 'please', 'yes', 'no'])

/** Lower-case role just before the name: "missile expert Fabian Hoffman", "Wikileaks editor-in-chief Kristinn Hrafnsson". */
function preRole(body: string, toks: readonly Tok[], a: number): { text: string; start: number } | null {
  const prev = toks[a - 1]
  if (!prev || !isPlain(prev) || !isPreRole(prev.low) || !tightGap(body, prev, toks[a] as Tok)) return null
  let s = a - 1
  let sawCap = false
  while (s > 0 && s > a - 5) {
    const t = toks[s - 1] as Tok
    if (!tightGap(body, t, toks[s] as Tok)) break
    // "hit Pittsburgh center": a lower-case word before the owner's name is not part of the role
    if (sawCap && !t.cap) break
    if (t.cap) sawCap = true
    if (['the', 'a', 'an', 'and', 'said', 'says', 'told', 'by', 'with', 'including', 'as', 'to', 'of', 'that'].includes(t.low) && !t.cap) break
    if (t.cap && atSentenceStart(body, t) && !ORG_KEYWORDS.has(t.low)) {
      s--
      break
    }
    s--
  }
  const st = toks[s] as Tok
  return { text: body.slice(st.start, prev.end), start: st.start }
}

/** Title words that name a job or rank: a title made only of "LA" or "National" says nothing about a person. */
const TITLE_HEADS = new Set([...HONORIFICS, ...ROLE_NOUNS, ...ROLE_PREFIX_WORDS, ...AFFILIATION_WORDS, 'secretary-general', 'under-secretary-general', 'director-general', 'ceo', 'cfo', 'coo', 'cto', 'president-elect', 'vice-president', 'leader', 'head', 'founder', 'co-founder', 'editor', 'editor-in-chief', 'correspondent', 'reporter', 'laureate', 'official', 'activist', 'journalist', 'economist', 'diplomat', 'negotiator', 'adviser', 'advisor', 'expert', 'whip', 'premier', 'prime'])
const SPEECH_AFTER_NAME = /^(?:,? (?:who|also|has|had|then|later|previously|recently|once|again|on \p{Lu}\p{Ll}+day))*,? (?:said|says|told|tells|added|adds|wrote|writes|explained|explains|noted|notes|argued|argues|asked|asks|replied|tweeted|stressed|warned|warns|insisted|recalled|recalls|continued|admitted|admits|acknowledged|agreed|believes|believed|thinks|thought|testified|announced|confirmed|claimed|claims|denied|denies|spoke|speaks)\b/u
const SPEECH_BEFORE_NAME = /(?:\b(?:said|says|added|adds|asked|wrote|explained|noted|replied|recalled|continued|according to)|[,”"] (?:said|says|added|asked))\s+$/
/** "the then UK Home Secretary, Sajid Javid,": a title phrase right before the name. */
const TITLE_BEFORE_COMMA = /([\p{L}-]+),\s*$/u
const AGE_AFTER_NAME = /^(?:, (?:\d{1,3}|aged \d{1,3}),|\s?\(\d{1,3}\))/

/** Quoted stretches ("…" and “…” within one line), sorted: names inside someone's words need stronger evidence. */
function quotedRanges(body: string): Span[] {
  const out: Span[] = []
  let open = -1
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i)
    if (c === 10) {
      open = -1
    } else if (c === 0x201c || c === 0xab) {
      open = i
    } else if ((c === 0x201d || c === 0xbb) && open >= 0) {
      out.push({ start: open, end: i })
      open = -1
    } else if (c === 34) {
      if (open >= 0) {
        out.push({ start: open, end: i })
        open = -1
      } else open = i
    }
  }
  return out
}

function inRanges(ranges: Span[], pos: number): boolean {
  return insideSorted(ranges, pos, (r) => r.start, (r) => r.end)
}

/** Capitalised words used on their own (not inside a longer capitalised run) and how often: later surname mentions. */
function soloWords(body: string, toks: readonly Tok[]): Map<string, number> {
  const out = new Map<string, number>()
  const determined = new Set<string>()
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok
    if (!t.cap || t.upper) continue
    const prev = toks[i - 1]
    const next = toks[i + 1]
    // "the Jedi", "a Trek": a word taking an article is not a surname
    const prev2 = toks[i - 2]
    if (prev && tightGap(body, prev, t) && (DETERMINERS.has(prev.low) || (isPlain(prev) && prev2 && DETERMINERS.has(prev2.low) && tightGap(body, prev2, prev)))) determined.add(t.low)
    if (prev && (prev.cap || NAME_PARTICLES.has(prev.low)) && tightGap(body, prev, t) && !HONORIFICS.has(prev.low)) continue
    if (next && (next.cap || NAME_PARTICLES.has(next.low)) && tightGap(body, t, next)) continue
    // used like a person: "Bryant said", "Mr Bryant", "Bryant, who…", "Bryant's"; a sentence opener only before a speech verb
    const honor = !!prev && HONORIFICS.has(prev.low) && tightGap(body, prev, t)
    const verb = !!next && isPlain(next) && (SOLO_SPEECH.has(next.low) || (SOLO_VERBS.has(next.low) && !atSentenceStart(body, t))) && /^,?\s$/.test(body.slice(t.end, next.start))
    if (!honor && !verb && !(t.poss && !atSentenceStart(body, t)) && !/^, who\b/.test(body.slice(t.end, t.end + 6))) continue
    out.set(t.low, (out.get(t.low) ?? 0) + 1)
  }
  for (const w of determined) out.delete(w)
  return out
}
const SOLO_SPEECH = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'explained', 'noted', 'argued', 'asked', 'replied', 'recalled', 'insisted', 'admitted', 'tweeted'])
const SOLO_VERBS = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'could', 'can', 'did', 'does', 'scored', 'played', 'won', 'lost', 'became', 'remains', 'remained', 'also', 'then', 'later', 'himself', 'herself', 'thinks', 'believes', 'wants', 'wanted', 'knows', 'knew', 'met', 'left', 'joined', 'signed', 'died'])
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'our', 'their', 'every', 'each', 'any', 'no'])

type Hit = PersonHit & { role: string | null; roleSpan: Span | null; evidence: boolean }

/**
 * Whether a capitalised run is a person: it needs evidence (a title or role, a common first name, a speech
 * verb or an age beside it, or the surname used again alone) and must not end in a common noun.
 * Returns null to drop the hit, else whether it is evidence enough on its own.
 */
function personEvidence(body: string, toks: readonly Tok[], hit: PersonHit, role: { app: boolean; pre: boolean }, lowerWords: Set<string>, quoted: Span[], solo: Map<string, number>): boolean | null {
  const first = toks[hit.a] as Tok
  const last = toks[hit.b - 1] as Tok
  const nameToks = toks.slice(hit.a, hit.b).filter((t) => !NAME_PARTICLES.has(t.low))
  const honorific = hit.honorific !== null
  // "Hon. B", "Mach E": a name does not end in a bare initial
  if (last.text.length === 1) return null
  if (/[#@]/.test(body[first.start - 1] ?? '')) return null
  if ((NOT_SURNAME_WORDS.has(last.low) || last.low.split('-').some((w) => ORG_KEYWORDS.has(w) || NOT_SURNAME_WORDS.has(w))) && !honorific) return null
  if (nameToks.some((t) => HAS_DIGIT.test(t.text))) return null
  // "Texas Austin": a place does not open a name
  if (PLACE_FIRST.has(first.low)) return null
  // "Eve Door & Window", "Procter & Gamble": a brand
  if (/^ & \p{Lu}/u.test(body.slice(last.end, last.end + 4))) return null
  const titled = hit.title !== null && tokenizeCached(hit.title).some((t) => TITLE_HEADS.has(t.low) || (DEMONYMS.has(t.low) && !REGION_ADJECTIVES.has(t.low)))
  if (honorific || titled) return true
  const given = GIVEN_NAMES.has(first.low) || GIVEN_NAMES.has(first.low.split('-')[0] ?? '')
  // "the website Full Fact", "a mission called Europa Clipper": a named thing
  const prevTok = toks[hit.a - 1]
  if (prevTok && isPlain(prevTok) && tightGap(body, prevTok, first) && (THING_NOUNS.has(prevTok.low) || (NAMING_WORDS.has(prevTok.low) && !given))) return null
  // words inside a quotation ("Total Endorsement") count only with a title or a first name
  if (inRanges(quoted, first.start)) return given && nameToks.length >= 2 && !lowerWords.has(last.low)
  if (role.app || role.pre) return true
  const tb = TITLE_BEFORE_COMMA.exec(body.slice(Math.max(0, first.start - 30), first.start))
  if (tb?.[1] && TITLE_HEADS.has(fold(tb[1])) && /,\s*$/.test(body.slice(last.end, last.end + 2))) return true
  const after = body.slice(last.end, last.end + 48)
  const strong = AGE_AFTER_NAME.test(after) || SPEECH_AFTER_NAME.test(after) || SPEECH_BEFORE_NAME.test(body.slice(Math.max(0, first.start - 24), first.start))
  if (strong) return true
  if (given) return true
  if (organisationThenSpeech(body, toks, hit.b)) return true
  // a last word also written in lower case ("Auto Show" … "the show") is a common noun
  if (lowerWords.has(last.low)) return false
  if (lowerWords.has(first.low) || NOT_FIRST_NAME_WORDS.has(first.low)) return false
  if ((solo.get(last.low) ?? 0) > 0 && last.low.length >= 3) return true
  // "Brandon Montour spoiled his shutout bid": a personal pronoun further on in the sentence
  const rest = body.slice(last.end, last.end + 90)
  const stop = rest.search(/[.!?;:\n]|\b(?:and|or|but|while|because|after|before|when|as|with)\b/)
  return PRONOUN_AFTER.test(stop >= 0 ? rest.slice(0, stop) : rest)
}
/**
 * "Khanderao Kand of the Foundation for India and Indian Diaspora Studies said": a name, "of/from/at" a
 * capitalised organisation name, then a speech verb. A first name we do not know needs this much evidence.
 */
function organisationThenSpeech(body: string, toks: readonly Tok[], b: number): boolean {
  let k = b
  if (!/^(of|from|at)$/.test(toks[k]?.low ?? '')) return false
  if (toks[++k]?.low === 'the') k++
  let capitals = 0
  for (let n = 0; n < 10 && toks[k]; n++, k++) {
    const t = toks[k] as Tok
    if (t.cap) capitals++
    else if (!ORG_NAME_JOINERS.has(t.low)) break
  }
  const verb = toks[k]
  if (!capitals || !verb || !ORG_SPEECH_VERBS.has(verb.low)) return false
  // one sentence: no full stop or line between the name and the verb ("U.S." aside)
  return !/[!?;\n]|\.\s+\p{Lu}/u.test(body.slice(toks[b]?.start ?? 0, verb.start))
}
const ORG_NAME_JOINERS = new Set(['of', 'for', 'and', 'on', 'the', 'in', 'de', 'du', 'des', 'la', 'le'])
const ORG_SPEECH_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'explained', 'noted', 'argued', 'warned', 'stressed', 'insisted', 'acknowledged', 'agreed', 'believes', 'thinks', 'testified', 'announced', 'confirmed', 'claimed', 'cautioned', 'predicted', 'estimated', 'suggested'])
const REGION_ADJECTIVES = new Set(['eastern', 'western', 'latin', 'african', 'asian', 'european', 'arab', 'soviet', 'islamic', 'muslim', 'christian', 'jewish', 'catholic', 'sunni', 'shia', 'shiite'])
const THING_NOUNS = new Set(['website', 'site', 'magazine', 'publication', 'blog', 'app', 'brand', 'label', 'band', 'group', 'team', 'club', 'hotel', 'restaurant', 'show', 'programme', 'program', 'podcast', 'series', 'game', 'film', 'movie', 'album', 'song', 'book', 'novel', 'mission', 'spacecraft', 'rocket', 'ship', 'vessel', 'operation', 'campaign', 'project', 'product', 'device', 'model', 'car', 'phone', 'platform', 'tool', 'festival', 'event', 'venue', 'stadium', 'arena', 'disease', 'virus', 'storm', 'hurricane', 'typhoon', 'company', 'firm', 'startup', 'charity', 'newspaper', 'outlet', 'channel', 'network'])
const NAMING_WORDS = new Set(['called', 'named', 'dubbed', 'titled', 'entitled', 'branded', 'nicknamed'])
/** Places (US states, big cities) that open capitalised runs but are never first names. */
const PLACE_FIRST = new Set(['alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'tennessee', 'texas', 'utah', 'vermont', 'wisconsin', 'wyoming', 'boston', 'houston', 'dallas', 'miami', 'atlanta', 'seattle', 'denver', 'phoenix', 'detroit', 'philadelphia', 'pittsburgh', 'cleveland', 'baltimore', 'manchester', 'liverpool', 'glasgow', 'edinburgh', 'dublin', 'milan', 'munich', 'hamburg', 'frankfurt', 'barcelona', 'lyon', 'marseille', 'osaka', 'mumbai', 'shanghai', 'shenzhen', 'toronto', 'montreal', 'vancouver'])
const LIST_GAP = /^(?:,\s*|,\s+and\s+)$/
const PRONOUN_AFTER = /^[^\p{Lu}]*\b(?:his|her|he|she|him|himself|herself)\b/u

function findPeople(body: string, toks: readonly Tok[], runs: Run[], reg: Registry, used: Uint8Array, lowerWords: Set<string>): void {
  const hits: Hit[] = []
  const quoted = quotedRanges(body)
  const solo = soloWords(body, toks)
  for (const r of runs) {
    const hit = personInRun(body, toks, r, used, lowerWords) ?? personBeforePlace(body, toks, r, used, lowerWords)
    if (!hit) continue
    if (!free(used, hit.a, hit.b)) continue
    const titled = hit.title !== null
    if (!titled && looksLikePlace(body, toks, hit, r.a)) continue
    if (!titled && standaloneLine(body, hit, toks)) continue
    // two particles-free words that are each a common lower-case word are a phrase, not a name
    const nameToks = toks.slice(hit.a, hit.b).filter((t) => !NAME_PARTICLES.has(t.low))
    if (nameToks.every((t) => lowerWords.has(t.low))) continue
    if (COUNTRY_PHRASES.has(foldName(hit.name))) continue
    const last = toks[hit.b - 1] as Tok
    const app = appositionRole(body, last.end)
    const pr = titled ? null : preRole(body, toks, hit.a)
    const role = hit.title && !(hit.honorific && hit.title === hit.honorific && /\.$|^(?:mr|mrs|ms|dr|miss)$/i.test(hit.title)) ? hit.title : app?.text ?? pr?.text ?? null
    const roleSpan = role === hit.title && hit.title ? { start: toks[r.a]?.start ?? 0, end: toks[hit.a - 1]?.end ?? 0 } : app ? { start: app.start, end: app.start + app.text.length } : pr ? { start: pr.start, end: pr.start + pr.text.length } : null
    const evidence = personEvidence(body, toks, hit, { app: !!app, pre: !!pr }, lowerWords, quoted, solo)
    if (evidence === null) continue
    hits.push({ ...hit, role, roleSpan, evidence })
    claim(used, hit.a, hit.b)
  }
  // names listed with people are people: "Novak Djokovic, Rafael Nadal and Andy Murray"
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k] as Hit
      if (h.evidence || h.b - h.a < 2 || lowerWords.has(toks[h.a]?.low ?? '') || lowerWords.has(toks[h.b - 1]?.low ?? '')) continue
      const near = (o: Hit | undefined): boolean => !!o && o.evidence && LIST_GAP.test(o.b <= h.a ? body.slice(toks[o.b - 1]?.end ?? 0, toks[h.a]?.start ?? 0) : body.slice(toks[h.b - 1]?.end ?? 0, toks[o.a]?.start ?? 0))
      if (near(hits[k - 1]) || near(hits[k + 1])) h.evidence = true
    }
  }
  // full names first so that "Ms Persson" joins "Eva-Marie Persson"
  hits.sort((x, y) => y.b - y.a - (x.b - x.a))
  for (const h of hits) {
    const nameToks = toks.slice(h.a, h.b)
    const f = foldName(h.name)
    const span = { start: nameToks[0]?.start ?? 0, end: nameToks[nameToks.length - 1]?.end ?? 0 }
    let p = reg.people.find((x) => x.forms.has(f)) ?? (nameToks.length === 1 ? matchSurname(reg, nameToks[0] as Tok) ?? knightByFirstName(reg, h.honorific, nameToks[0] as Tok) : matchSubsequence(reg, nameToks))
    if (!p) {
      p = { name: h.name, forms: new Map(), roles: [], roleSpans: [], orgKeys: new Set(), mentions: [], gender: null, evidence: false, hits: [] }
      reg.people.push(p)
    }
    p.forms.set(f, p.forms.get(f) ?? h.name)
    if (h.honorific) {
      const hf = `${h.honorific} ${h.name}`
      p.forms.set(foldName(hf), hf)
      const hl = fold(h.honorific).replace(/\.$/, '')
      if (MALE_HONORIFICS.has(hl)) p.gender = 'm'
      if (FEMALE_HONORIFICS.has(hl)) p.gender = 'f'
    }
    if (h.role && !p.roles.includes(h.role)) p.roles.push(h.role)
    if (h.roleSpan) p.roleSpans.push(h.roleSpan)
    p.mentions.push(span)
    if (h.evidence) p.evidence = true
    p.hits.push(h)
  }
  // a person only with evidence somewhere in the article; the words of the others are free again
  const kept: PersonAcc[] = []
  for (const p of reg.people) {
    if (p.evidence) kept.push(p)
    else for (const h of p.hits) for (let k = h.a; k < h.b; k++) used[k] = 0
  }
  reg.people = kept
}

/** "Sir Keir" after "Sir Keir Starmer": a knight or dame goes by the first name; the one person with it. */
function knightByFirstName(reg: Registry, honorific: string | null, t: Tok): PersonAcc | undefined {
  if (!honorific || !/^(?:sir|dame)$/i.test(honorific)) return undefined
  const c = reg.people.filter((p) => {
    const w = tokenizeCached(p.name)
    return w.length >= 2 && w[0]?.low === t.low
  })
  return c.length === 1 ? c[0] : undefined
}

function matchSurname(reg: Registry, t: Tok): PersonAcc | undefined {
  const c = reg.people.filter((p) => tokenizeCached(p.name).some((x, k, all) => x.low === t.low && (k === all.length - 1 || k > 0)))
  return c.length === 1 ? c[0] : undefined
}

function matchSubsequence(reg: Registry, nameToks: Tok[]): PersonAcc | undefined {
  const lows = nameToks.map((t) => t.low)
  return reg.people.find((p) => {
    const pl = tokenizeCached(p.name).map((t) => t.low)
    if (pl.length <= lows.length) return false
    if (pl[0] !== lows[0] || pl[pl.length - 1] !== lows[lows.length - 1]) return false
    let j = 0
    for (const x of pl) if (x === lows[j]) j++
    return j === lows.length
  })
}

/** Single-word mentions of known people: "Schmale", "Lula", "Mikola". */
function linkSurnames(body: string, toks: readonly Tok[], reg: Registry, used: Uint8Array): void {
  const index = new Map<string, PersonAcc | null>()
  for (const p of reg.people) {
    const pt = tokenize(p.name)
    for (const [k, t] of pt.entries()) {
      if (NAME_PARTICLES.has(t.low) || t.low.length < 3) continue
      const isLast = k === pt.length - 1
      const cur = index.get(t.low)
      if (cur === undefined) index.set(t.low, p)
      else if (cur !== p) index.set(t.low, isLast && cur && tokenize(cur.name).pop()?.low !== t.low ? p : null)
    }
  }
  for (const [i, t] of toks.entries()) {
    if (used[i] || !t.cap || t.upper) continue
    const p = index.get(t.low)
    if (!p) continue
    if (body[t.start - 1] === '/' || body[t.end] === '/') continue
    p.mentions.push({ start: t.start, end: t.end })
    p.forms.set(t.low, p.forms.get(t.low) ?? t.text)
    used[i] = 1
  }
}

/** Verbs whose subject right before them ("Zelenskyy said") or after them ("said Zelenskyy") is someone speaking. */
const LONE_SPEECH_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'noted', 'stressed', 'warned', 'insisted', 'explained', 'argued', 'asked', 'replied', 'wrote', 'recalled', 'acknowledged', 'admitted', 'continued', 'concluded'])

/**
 * People named only by one word that speaks at least twice ("Zelenskyy said …", "…, said Zelenskyy"), as
 * articles do when the full name sat in a caption or a headline. Not a country, a people, a known
 * organisation, a place word or a common word: "Russia said", "Moscow said" and "Hamas said" are no one.
 */
function findLoneSurnames(body: string, toks: readonly Tok[], reg: Registry, used: Uint8Array, lowerWords: Set<string>): void {
  const speaks = new Map<string, number[]>()
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok
    if (used[i] || !t.cap || t.upper || t.poss || t.text.length < 3) continue
    const before = toks[i - 1]
    const after = toks[i + 1]
    const speaking = (after && LONE_SPEECH_VERBS.has(after.low) && !after.cap && tightGap(body, t, after)) || (before && LONE_SPEECH_VERBS.has(before.low) && !before.cap && tightGap(body, before, t))
    if (!speaking || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(t.text)) continue
    // the word alone, not part of a longer capitalised name
    if ((before?.cap && tightGap(body, before, t)) || (after?.cap && tightGap(body, t, after))) continue
    const list = speaks.get(t.text) ?? []
    list.push(i)
    speaks.set(t.text, list)
  }
  for (const [word, at] of speaks) {
    if (at.length < 2) continue
    const low = (toks[at[0] as number] as Tok).low
    if (lowerWords.has(low) || isCountry(low) || DEMONYMS.has(low) || NOT_NAME_WORDS.has(low) || TITLE_WORDS.has(low) || ORG_KEYWORDS.has(low) || GIVEN_NAMES.has(low) || MONTHS.has(low) || WEEKDAYS.has(low) || COUNTRY_PHRASES.has(low)) continue
    // a word of anyone's name is theirs, though linkSurnames could not tell whose ("Apte" with Josh and Joshua Apte)
    if (KNOWN_INDEX.has(low) || reg.orgByForm(word) || reg.people.some((p) => p.forms.has(low) || tokenizeCached(p.name).some((x) => x.low === low))) continue
    // a person is "he" or "she" soon after speaking; a company that "said" is "it"
    if (!at.some((i) => /\b(?:he|she|his|her|him)\b/i.test(body.slice((toks[i] as Tok).end, (toks[i] as Tok).end + 400)))) continue
    const p: PersonAcc = { name: word, forms: new Map([[low, word]]), roles: [], roleSpans: [], orgKeys: new Set(), mentions: [], gender: null, evidence: true, hits: [], lone: true }
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Tok
      if (used[i] || t.text !== word) continue
      const before = toks[i - 1]
      const after = toks[i + 1]
      if ((before?.cap && tightGap(body, before, t)) || (after?.cap && tightGap(body, t, after))) continue
      p.mentions.push({ start: t.start, end: t.end })
      used[i] = 1
    }
    reg.people.push(p)
  }
}

// ---------------------------------------------------------------- assembly

function orgKey(o: OrgAcc): string {
  return slugify(o.acronym ?? o.name) || slugify(o.name)
}

function sortSpans(spans: Span[]): Span[] {
  const seen = new Set<number>()
  return spans.filter((s) => (seen.has(s.start) ? false : (seen.add(s.start), true))).sort((x, y) => x.start - y.start)
}

/** Person genders learned from honorifics, role words and given names, for resolving "he" and "she" (not part of the contract). */
export const personGender = new WeakMap<PersonFact, 'm' | 'f'>()

/**
 * The gender a full name tells by its given name, or null: "Juliana Batista" → f, "Mauricio Terena" → m,
 * "Alex Smith" / "Li Wei" → null. An unlisted given name in "-a" counts as a woman's (Yevgenia, Oleksandra)
 * unless it is a known man's name in "-a" (Mustafa, Nikita); an unlisted one otherwise tells nothing.
 */
export function genderOfName(name: string): 'm' | 'f' | null {
  const words = name.split(/\s+/).map((w) => fold(w).replace(/\.$/, ''))
  let i = 0
  while (i < words.length - 1 && (HONORIFICS.has(words[i] ?? '') || TITLE_WORDS.has(words[i] ?? ''))) i++
  const first = words[i] ?? ''
  if (!first || words.length - i < 2) return null
  const base = first.split('-')[0] ?? first
  for (const w of [first, base]) {
    if (UNISEX_GIVEN_NAMES.has(w) || FAMILY_FIRST_NAMES.has(w)) return null
    if (FEMALE_GIVEN_NAMES.has(w)) return 'f'
    if (MALE_A_NAMES.has(w)) return 'm'
    if (GIVEN_NAMES.has(w)) return 'm'
  }
  if (/^[a-z]{3,}a$/.test(base)) return 'f'
  return null
}

/** The gender role words tell ("spokeswoman", "his wife"), or null when they say nothing or disagree. */
function genderOfRoles(roles: string[], before: string[]): 'm' | 'f' | null {
  let f = false
  let m = false
  for (const r of [...roles, ...before]) {
    // only the head of the role: "adviser to the queen" tells nothing of the adviser
    for (const w of fold(r).split(/\b(?:of|to|for|at|in|with|and)\b/)[0]?.split(/[^a-z]+/) ?? []) {
      if (FEMALE_ROLE_WORDS.has(w)) f = true
      if (MALE_ROLE_WORDS.has(w)) m = true
    }
  }
  return f === m ? null : f ? 'f' : 'm'
}

/**
 * "Communist Party of Nepal (Maoist Centre)", "Janata Dal (United)": a party's qualifier in brackets is part of
 * its name, not an organisation of its own (an acronym in brackets is read elsewhere; a country is no qualifier).
 */
function joinPartyQualifiers(body: string, reg: Registry): void {
  for (const o of reg.orgs) {
    if (!PARTY_WORDS.test(o.name)) continue
    for (const m of o.mentions) {
      const q = PARTY_QUALIFIER.exec(body.slice(m.end, m.end + 40))
      const inner = q?.[1]
      if (!q || !inner || !/\p{Ll}/u.test(inner) || isCountry(inner.toLowerCase()) || DEMONYMS.has(inner.toLowerCase())) continue
      const innerStart = m.end + 2
      for (const x of reg.orgs) if (x !== o) x.mentions = x.mentions.filter((mm) => mm.start !== innerStart)
      if (m.start === o.mentions[0]?.start && body.slice(m.start, m.end) === o.name) o.name = `${o.name} (${inner})`
      o.forms.set(foldName(`${body.slice(m.start, m.end)} (${inner})`), `${body.slice(m.start, m.end)} (${inner})`)
      m.end += q[0].length
    }
  }
}
const PARTY_WORDS = /\b(?:Party|Front|League|Congress|Dal|Sena|Alliance|Morcha|Samaj)\b/
const PARTY_QUALIFIER = /^ \((\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2})\)/u

export function findEntities(body: string, _sentences: Span[]): Entities {
  if (!body) return { people: [], organisations: [] }
  const toks = tokenizeBody(body)
  const used = new Uint8Array(toks.length)
  const reg = new Registry()
  const lowerWords = new Set<string>()
  for (const t of toks) if (!t.cap && !t.upper && lowerFirst(t.text, 0)) lowerWords.add(t.low)
  const runs = capitalisedRuns(body, toks)
  findAcronymDefinitions(body, toks, runs, reg, used)
  // "British Foreign Office" before the bare "Foreign Office" of the table
  findGovernmentBodies(body, toks, reg, used)
  findKnownOrgs(body, toks, reg, used)
  findAmpersandOrgs(body, toks, reg, used)
  findKeywordOrgs(body, toks, runs, reg, used, lowerWords)
  findContextOrgs(body, toks, runs, reg, used, lowerWords)
  findPeople(body, toks, runs, reg, used, lowerWords)
  linkOrgBackrefs(body, toks, runs, reg, used)
  findAcronyms(body, toks, reg, used)
  linkSurnames(body, toks, reg, used)
  findLoneSurnames(body, toks, reg, used, lowerWords)
  findPossessiveCompanies(body, toks, reg, used, lowerWords)
  joinPartyQualifiers(body, reg)

  const organisations: OrganisationFact[] = []
  const keys = new Set<string>()
  for (const o of reg.orgs) {
    if (!o.mentions.length) continue
    let key = orgKey(o)
    if (!key) continue
    while (keys.has(key)) key += '-2'
    keys.add(key)
    const nameF = foldName(o.name)
    const aliases = [...new Set([...o.forms.entries()].filter(([k]) => k !== nameF && k !== foldName(o.acronym ?? '')).map(([, v]) => v))]
    organisations.push({ key, name: o.name, acronym: o.acronym, aliases, mentions: sortSpans(o.mentions) })
  }
  const people: PersonFact[] = []
  for (const p of reg.people) {
    for (const rs of p.roleSpans) for (const o of reg.orgs) if (o.mentions.some((m) => m.start >= rs.start && m.end <= rs.end)) p.orgKeys.add(organisations.find((x) => x.mentions.some((m) => o.mentions.includes(m) || m.start === o.mentions[0]?.start))?.key ?? orgKey(o))
    // canonical name = the fullest form used
    const forms = [...p.forms.values()].filter((f) => !/^(?:\S+\.?\s)?$/.test(f) || true)
    const bare = forms.filter((f) => !HONORIFICS.has(fold(f.split(' ')[0] ?? '').replace(/\.$/, '')) || f.split(' ').length === 1)
    const name = (bare.length ? bare : forms).reduce((x, y) => (y.split(' ').length > x.split(' ').length ? y : x), p.name)
    if (name.split(' ').length < 2 && !forms.some((f) => f.split(' ').length >= 2) && !p.lone) continue
    let key = slugify(name)
    if (!key) continue
    while (keys.has(key)) key += '-2'
    keys.add(key)
    const nameF = foldName(name)
    const aliases = [...new Set([...p.forms.entries()].filter(([k]) => k !== nameF).map(([, v]) => v))]
    const fact: PersonFact = { key, name, aliases, roles: p.roles, organisationKeys: [...p.orgKeys], mentions: sortSpans(p.mentions) }
    // the word just before each mention: "his wife Jane", "spokeswoman Jane Doe"
    const before = fact.mentions.map((m) => /([\p{L}-]+)\W{0,3}$/u.exec(body.slice(Math.max(0, m.start - 24), m.start))?.[1] ?? '')
    const gender = p.gender ?? genderOfRoles(p.roles, before) ?? genderOfName(name)
    if (gender) personGender.set(fact, gender)
    people.push(fact)
  }
  return { people, organisations }
}
