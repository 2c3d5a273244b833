/** Raw file text → article drafts: finds article boundaries at header blocks, strips furniture, reads metadata. */
import {
  continuesSentence,
  isCaptionLine,
  isCapsNameCredit,
  isCreditLine,
  isFurnitureLine,
  isProseLine,
  isRelatedListHeading,
  normalizeText,
  splitGluedQuestion,
  wordCount,
} from './clean.js'
import {
  isBylineLead,
  isNameLine,
  isTitleLike,
  matchByline,
  matchDateLine,
  matchDateline,
  type BylineInfo,
  type DateInfo,
  type DatelineInfo,
} from './metadata.js'
import { charClass, codePointWidth } from './chars.js'
import type { ArticleDraft } from './types.js'

type Kind =
  | 'furniture'
  | 'list'
  | 'caption'
  | 'credit'
  | 'bylineLead'
  | 'byline'
  | 'date'
  | 'dateline'
  | 'prose'
  | 'short'

interface Line {
  text: string
  /** A blank line preceded this one in the source. */
  gap: boolean
  kind: Kind
  byline?: BylineInfo
  date?: DateInfo
  dateline?: DatelineInfo
  /** Word count of the text, once asked (see lineWords). */
  words?: number
}

/** Words of a line, counted once: finding segments, their prose and their headers counts the same lines again. */
const lineWords = (line: Line): number => (line.words ??= wordCount(line.text))

/** Prose words after a header from which a new header block opens a new article rather than continuing this one. */
const MIN_ARTICLE_WORDS = 25
/** The same for a first article that has no header of its own. */
const MIN_HEADLESS_WORDS = 80
/** Prose words a header may still have above its last byline or date (one standfirst paragraph). */
const MAX_STANDFIRST_WORDS = 80
/** Link-list lines dropped after a "SEE ALSO"-style heading before the list is assumed over. */
const MAX_LIST_LINES = 15

const outletLineRe = /\b(?:news|correspondent|editor|reporter|bureau|staff writer|contributor)\b/i
const isMeta = (k: Kind): boolean => k === 'byline' || k === 'bylineLead' || k === 'date' || k === 'dateline'
const endsSentence = (s: string): boolean => /[.!?…]["”’)\]]*$/.test(s)

/** Cuts raw text into trimmed non-empty lines, remembering blank lines and unglueing interview questions. */
function toLines(text: string): Line[] {
  const out: Line[] = []
  // a question cut off a paragraph gets the file's own paragraph spacing
  const breaks = text.split('\n').length - 1
  const doubled = (text.match(/\n\n/g)?.length ?? 0) * 4 >= breaks && breaks > 0
  let gap = false
  for (const raw of text.split('\n')) {
    const t = raw.trim()
    if (!t) {
      gap = true
      continue
    }
    splitGluedQuestion(t).forEach((part, i) => out.push({ text: part, gap: i === 0 ? gap : doubled, kind: 'short' }))
    gap = false
  }
  return out
}

/** The kind of one line on its own, before context. */
function classify(line: Line): void {
  const t = line.text
  if (isBylineLead(t)) return void (line.kind = 'bylineLead')
  if (classifyCompound(line)) return
  const byline = matchByline(t)
  if (byline) return void Object.assign(line, { kind: 'byline', byline })
  const date = matchDateLine(t)
  if (date) return void Object.assign(line, { kind: 'date', date })
  const dateline = matchDateline(t)
  // a bare "LONDON —" opening is too weak to mark a header on its own; it is only read at the top of a body
  if (dateline && (dateline.date || dateline.agency)) return void Object.assign(line, { kind: 'dateline', dateline })
  if (isFurnitureLine(t)) return void (line.kind = 'furniture')
  if (isCaptionLine(t)) return void (line.kind = 'caption')
  if (isCreditLine(t)) return void (line.kind = 'credit')
  line.kind = isProseLine(t) ? 'prose' : 'short'
}

/**
 * A header line that packs several fields between separators ("By Jane Smith | Feb 27, 2026 | 5 min read"):
 * a byline and/or date when every part is recognised.
 */
function classifyCompound(line: Line): boolean {
  // "Arif Hayat Published January 8, 2024 Updated January 8, 2024 11:12am": the author, then the date stamps
  const stamped = line.text.length <= 160 ? /^(.{3,60}?)\s+((?:Published|Posted)\s.+)$/.exec(line.text) : null
  if (stamped?.[1] && stamped[2] && isNameLine(stamped[1])) {
    const [published, updated] = stamped[2].split(/\s+(?=Updated\s)/)
    const date = matchDateLine(published ?? '')
    if (date && (updated === undefined || matchDateLine(updated))) {
      Object.assign(line, { kind: 'byline', byline: { byline: stamped[1], agency: null }, date })
      return true
    }
  }
  // "Emre Gurkan Abay  |": a name before a trailing separator is the author field of a header
  const end = line.text.charCodeAt(line.text.length - 1)
  const lone = end === 124 || end === 0x2022 || end === 0xb7 ? /^(.{3,80}?)\s+[|•·]$/.exec(line.text) : null
  if (lone?.[1] && isNameLine(lone[1])) {
    Object.assign(line, { kind: 'byline', byline: { byline: lone[1], agency: null } })
    return true
  }
  if (line.text.length > 200 || !/\s[|•·]\s/.test(line.text)) return false
  let byline: BylineInfo | undefined
  let date: DateInfo | undefined
  const names: string[] = []
  for (const part of line.text.split(/\s+[|•·]\s+/)) {
    const b = matchByline(part)
    const d = b ? null : matchDateLine(part)
    if (b) byline ??= b
    else if (d) date ??= d
    else if (isNameLine(part)) names.push(part)
    else if (!isFurnitureLine(part)) return false
  }
  if (!byline && date && names.length === 1) byline = { byline: names[0] ?? '', agency: null }
  if (!byline && !date) return false
  Object.assign(line, { kind: byline ? 'byline' : 'date', byline, date })
  return true
}

/** Context rules: names after "By" or a date stamp, link lists under "SEE ALSO", captions above photo credits. */
function applyContext(lines: Line[]): void {
  let listLeft = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!line) continue
    const prev = lines[i - 1]
    if (prev && /^(?:(?:image|media|video|photo) )?caption,?:?$/i.test(prev.text) && (line.kind === 'short' || line.kind === 'prose')) {
      line.kind = 'caption'
    } else if (prev?.kind === 'bylineLead' && line.text.length <= 120) {
      const info = matchByline(`By ${line.text}`)
      if (info) Object.assign(line, { kind: 'byline', byline: info })
    } else if (prev?.kind === 'date' && (line.kind === 'short' || line.kind === 'credit') && isNameLine(line.text)) {
      // a name right under the date stamp is the author line of blog-style pages — below a headline; above one it
      // is a section label ("24 February 2026" / "Peace and Security" / headline)
      const above = lines.slice(Math.max(0, i - 8), i)
      if (!above.some((l) => l.kind === 'byline') && above.some((l) => l.kind === 'short' && isTitleLike(l.text))) {
        Object.assign(line, { kind: 'byline', byline: { byline: line.text, agency: null } })
      }
    }
    if (prev?.kind === 'byline' && line.kind === 'short' && wordCount(line.text) <= 8 && outletLineRe.test(line.text)) {
      // "BBC News, Kyiv", "Senior correspondent": the byline's second line
      line.kind = 'furniture'
    }
    if (prev?.kind === 'furniture' && /\s(?:with|by|from)$/i.test(prev.text) && line.kind === 'short' && isNameLine(line.text)) {
      // "published in association with" / "United Nations": the partner named by a furniture line
      line.kind = 'furniture'
    }
    if (isRelatedListHeading(line.text)) {
      listLeft = MAX_LIST_LINES
      continue
    }
    if (listLeft > 0) {
      // a date or author line ends the list when running text follows it (the next article's header); in a list
      // of related stories, each with its author and date, none does
      const opensArticle = isMeta(line.kind) && lines.slice(i + 1, i + 5).some((l) => l.kind === 'prose')
      if (isMeta(line.kind) && !opensArticle) {
        line.kind = 'list'
        listLeft--
        continue
      }
      if (/^end of list$/i.test(line.text) || opensArticle || line.kind === 'caption' || endsSentence(line.text)) listLeft = 0
      else if (line.kind === 'short' || line.kind === 'prose') {
        line.kind = 'list'
        listLeft--
      }
    }
    if (line.kind === 'credit' && prev && (prev.kind === 'short' || prev.kind === 'prose')) {
      const capsCredit = isCapsNameCredit(line.text)
      const words = lineWords(prev)
      if (capsCredit ? words >= 5 && !endsSentence(prev.text) : words <= 80) prev.kind = 'caption'
    }
  }
}

/** Index ranges [start, end) of the articles: a header block after enough prose opens the next article. */
function findSegments(lines: Line[]): Array<[number, number]> {
  const starts = [0]
  // prose words since the last header line; before any header a longer run is needed (a standfirst is no article)
  let prose = 0
  let seenHeader = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!line) continue
    if (isMeta(line.kind)) {
      const enough = prose >= (seenHeader ? MIN_ARTICLE_WORDS : MIN_HEADLESS_WORDS)
      if (enough && opensHeader(lines, i)) {
        // the lines above the header (title, captions, furniture) belong to the new article, up to the last prose line
        let j = i
        while (j > (starts[starts.length - 1] ?? 0) + 1 && lines[j - 1]?.kind !== 'prose') j--
        starts.push(j)
      }
      if (opensHeader(lines, i)) {
        prose = 0
        seenHeader = true
      }
    }
    if (line.kind === 'prose') prose += lineWords(line)
    else if (line.kind === 'dateline' && line.dateline) prose += wordCount(line.text.slice(line.dateline.length))
  }
  const segments: Array<[number, number]> = starts.map((s, k) => [s, starts[k + 1] ?? lines.length])
  // a "header" with no article under it (a trailing date stamp, a footer byline) stays with the article above
  const merged: Array<[number, number]> = []
  for (const seg of segments) {
    const last = merged[merged.length - 1]
    if (last && proseWords(lines, seg) < MIN_ARTICLE_WORDS / 2) last[1] = seg[1]
    else merged.push([seg[0], seg[1]])
  }
  return merged
}

function proseWords(lines: Line[], [start, end]: [number, number]): number {
  let n = 0
  for (let i = start; i < end; i++) {
    const line = lines[i]
    if (line?.kind === 'prose') n += lineWords(line)
  }
  return n
}

/** Index of the last header line: the last byline/date/dateline not preceded by more than a standfirst of prose. */
function headerEnd(lines: Line[], start: number, end: number): number {
  let last = start - 1
  let prose = 0
  let proseLines = 0
  for (let i = start; i < end; i++) {
    const line = lines[i]
    if (!line) continue
    if (isMeta(line.kind)) {
      if (proseLines > 0 && (prose > MAX_STANDFIRST_WORDS || proseLines > 1 || !opensHeader(lines, i))) break
      last = i
      // a dateline glued to the first paragraph ends the header: the paragraph is body text
      if (line.kind === 'dateline' && line.dateline && line.text.length > line.dateline.length + 20) break
    } else if (line.kind === 'prose') {
      prose += lineWords(line)
      proseLines++
    }
  }
  return last
}

/** The headline of an article: the title-like line nearest above its first header line, else the first below it. */
function findTitle(lines: Line[], start: number, hEnd: number, end: number): number {
  const firstMeta = lines.findIndex((l, i) => i >= start && i <= hEnd && isMeta(l.kind))
  const candidate = (i: number): boolean => {
    const l = lines[i]
    return Boolean(l && (l.kind === 'short' || l.kind === 'prose') && isTitleLike(l.text))
  }
  if (firstMeta >= 0) {
    for (let i = firstMeta - 1; i >= start; i--) {
      if (!candidate(i)) continue
      // a headline and its longer standfirst right under it: the headline is the upper one
      let above = i - 1
      while (above >= start && isSkippable(lines[above]?.kind)) above--
      if (above >= start && candidate(above) && lineWords(lines[above] as Line) < lineWords(lines[i] as Line)) return above
      return i
    }
    for (let i = firstMeta + 1; i <= hEnd; i++) if (candidate(i)) return i
  }
  // below the header (or with none): a headline at the top, under at most a few section labels, above running text
  const content: number[] = []
  for (let i = hEnd + 1; i < end && content.length < 5; i++) if (!isSkippable(lines[i]?.kind)) content.push(i)
  for (let k = 0; k + 1 < content.length && k < 3; k++) {
    const at = content[k] ?? -1
    // a question at the top of a headerless text is an interview question, not a headline
    const question = /\?["”’]?$/.test(lines[at]?.text ?? '')
    if (candidate(at) && !question && lines[content[k + 1] ?? -1]?.kind === 'prose') return at
    if (lines[at]?.kind !== 'short' || wordCount(lines[at]?.text ?? '') > 3) break
  }
  return -1
}

/** Lines that never carry article text. */
function isSkippable(kind: Kind | undefined): boolean {
  return kind === 'furniture' || kind === 'caption' || kind === 'credit' || kind === 'list'
}

/**
 * Whether a date stamp after running text opens a new article: only with company (a byline, a dateline, a second
 * stamp, or a headline right above it), so dated paragraphs of a timeline do not cut an article in pieces.
 */
function opensHeader(lines: Line[], at: number): boolean {
  const line = lines[at]
  if (!line || line.kind !== 'date') return true
  for (let i = at - 1, seen = 0; i >= 0 && seen < 4; i--) {
    const l = lines[i]
    if (!l || l.kind === 'prose') break
    if (isSkippable(l.kind)) continue
    if (isMeta(l.kind) || (seen === 0 && isTitleLike(l.text))) return true
    seen++
  }
  for (let i = at + 1, seen = 0; i < lines.length && seen < 4; i++) {
    const l = lines[i]
    if (!l || l.kind === 'prose') break
    if (isSkippable(l.kind)) continue
    if (isMeta(l.kind)) return true
    seen++
  }
  return false
}

const letterOrDigit = charClass(/^[\p{L}\p{N}]$/u)

/**
 * Lower case, runs of other characters as one space, trimmed: what
 * `s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()` gives, by joining the letter-and-digit runs
 * (a Unicode regex replace over every paragraph was most of the body building).
 */
function comparable(s: string): string {
  const low = s.toLowerCase()
  const runs: string[] = []
  let i = 0
  while (i < low.length) {
    let w = letterOrDigit(low, i)
    if (w === 0) {
      i += codePointWidth(low, i)
      continue
    }
    const start = i
    while (w > 0) {
      i += w
      w = letterOrDigit(low, i)
    }
    runs.push(low.slice(start, i))
  }
  return runs.join(' ')
}

/**
 * A pull quote: a display line without final punctuation that repeats words of the paragraphs around it
 * (its opening words verbatim, nearly all its words somewhere close by).
 */
function isPullQuote(paragraphs: string[], at: number): boolean {
  const key = paragraphs[at] ?? ''
  const words = key.split(' ')
  if (words.length < 8 || words.length > 60) return false
  const near = paragraphs.slice(Math.max(0, at - 6), at).concat(paragraphs.slice(at + 1, at + 7))
  const opening = words.slice(0, 4).join(' ')
  if (!near.some((p) => p.length > key.length / 2 && p.includes(opening))) return false
  const vocabulary = new Set(near.join(' ').split(' '))
  return words.filter((w) => vocabulary.has(w)).length >= 0.9 * words.length
}

/** Two-letter words that follow "I" or "A" as words, not as the rest of a drop-capped word ("I am", not "It"). */
const SHORT_WORDS = new Set(['am', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'on', 'or', 'so', 'to', 'up', 'us', 'we'])

/** A line ending in one capital (a drop cap: "“W") and a line going on with the rest of its word ("e moved …"). */
function isDropCap(prev: string, next: string): boolean {
  const last = prev.charCodeAt(prev.length - 1)
  if (!(last >= 65 && last <= 90) && last < 0xc0) return false
  const cap = /(?:^|\s)[“"‘']?(\p{Lu})$/u.exec(prev)?.[1]
  const rest = /^(\p{Ll}+)/u.exec(next)?.[1]
  if (!cap || !rest) return false
  // "I" and "A" are words of their own: "“I" / "just don’t think" is "I just", "“I" / "t was" is "It was"
  return (cap !== 'I' && cap !== 'A') || (rest.length <= 2 && !SHORT_WORDS.has(rest))
}

/** Body paragraphs: kept lines, half-sentences rejoined, repeated lines and pull quotes dropped. */
function buildBody(parts: Array<{ text: string; gap: boolean }>): string {
  const joined: Array<{ text: string; gap: boolean }> = []
  for (const p of parts) {
    const prev = joined[joined.length - 1]
    // pages whose inline markup broke the lines: a drop cap ("“W" / "e moved …"), a closing mark alone ("”"),
    // an attribution after a quote that ends in a comma ("…,”" / "Vodopianov said.")
    if (prev && (isDropCap(prev.text, p.text) || /^[“‘«]$/.test(prev.text))) prev.text = `${prev.text}${p.text}`
    else if (prev && (/^[”"’),.;:!?]+$/.test(p.text) || (/^[,;:)]\s/.test(p.text) && !endsSentence(prev.text)))) prev.text = `${prev.text}${p.text}`
    // a link cut out of the line: "According to Mykolaj Suchy, a research analyst at" / "KI Insights"
    else if (prev && /\s(?:at|of|the|a|an|to|in|on|for|with|by|from|and|or)$/.test(prev.text) && /^\p{Lu}/u.test(p.text) && wordCount(p.text) <= 6 && !endsSentence(p.text)) prev.text = `${prev.text} ${p.text}`
    else if (prev && (continuesSentence(prev.text, p.text) || (/,[”"’]$/.test(prev.text) && !/^[“"‘]/.test(p.text)))) prev.text = `${prev.text} ${p.text}`
    else joined.push({ ...p })
  }
  const seen = new Set<string>()
  const all = joined.map((p) => comparable(p.text))
  const kept = joined.filter((p, i) => {
    const key = all[i] ?? ''
    if (seen.has(key)) return false
    seen.add(key)
    return endsSentence(p.text) || !isPullQuote(all, i)
  })
  return kept.map((p, i) => (i === 0 ? '' : p.gap ? '\n\n' : '\n') + p.text).join('')
}

/** One article from its lines. */
function buildArticle(lines: Line[], start: number, end: number, index: number): ArticleDraft | null {
  const hEnd = headerEnd(lines, start, end)
  const header = lines.slice(start, hEnd + 1)
  const dates = header.flatMap((l) => (l.date?.date ? [l.date] : []))
  const datelineLine = header.find((l) => l.kind === 'dateline')
  const dateline = datelineLine?.dateline ?? null
  const byline = header.find((l) => l.byline)?.byline ?? null
  const publishedAt = (dates.find((d) => !d.updated) ?? dates[0])?.date ?? dateline?.date ?? null
  const agency = dateline?.agency ?? dates.find((d) => d.agency)?.agency ?? byline?.agency ?? null
  const titleAt = findTitle(lines, start, hEnd, end)
  // section labels between the header and a headline below it go with the headline
  const bodyFrom = titleAt > hEnd ? titleAt + 1 : hEnd + 1

  const parts: Array<{ text: string; gap: boolean }> = []
  if (datelineLine && dateline && datelineLine === lines[hEnd]) {
    const rest = datelineLine.text.slice(dateline.length).trim()
    if (rest) parts.push({ text: rest, gap: false })
  }
  for (let i = bodyFrom; i < end; i++) {
    const line = lines[i]
    if (!line || i === titleAt) continue
    if (line.kind === 'prose' || line.kind === 'short') parts.push({ text: line.text, gap: line.gap })
    else if (line.kind === 'dateline' && line.dateline && parts.length > 0) parts.push({ text: line.text, gap: line.gap })
  }
  const lead = dateline ? null : leadDateline(parts)
  const body = buildBody(parts)
  if (!body) return null
  return {
    index,
    title: titleAt >= 0 ? (lines[titleAt]?.text ?? null) : null,
    byline: byline?.byline ?? null,
    dateline: (dateline ?? lead)?.place ?? null,
    publishedAt: publishedAt ?? lead?.date ?? null,
    agency: agency ?? lead?.agency ?? null,
    body,
  }
}

/**
 * The dateline at the top of a body without header lines of its own, taken out of the parts: glued to the first
 * paragraph ("LONDON — The prime minister…"), or a place in capitals on a line of its own above it ("MOSCOW").
 */
function leadDateline(parts: Array<{ text: string; gap: boolean }>): DatelineInfo | null {
  const first = parts[0]
  if (!first) return null
  const next = parts[1]
  if (next && BARE_PLACE_RE.test(first.text) && !SECTION_WORDS.has(first.text.toLowerCase()) && endsSentence(next.text)) {
    parts.shift()
    next.gap = false
    return { place: first.text, date: null, agency: null, length: first.text.length }
  }
  // "PESHAWAR: Five personnel of …" (Pakistani and Indian papers): a place in capitals and a colon
  const colon = COLON_DATELINE_RE.exec(first.text)
  if (colon?.[1] && !SECTION_WORDS.has(colon[1].toLowerCase()) && first.text.length > colon[0].length + 20) {
    first.text = first.text.slice(colon[0].length)
    return { place: colon[1], date: null, agency: null, length: colon[0].length }
  }
  const lead = matchDateline(first.text)
  if (!lead || first.text.length <= lead.length + 20) return null
  first.text = first.text.slice(lead.length).trim()
  return lead
}

/** A place in capitals and a colon opening the first paragraph: "LOWER DIR: The police …". */
const COLON_DATELINE_RE = /^(\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,3}):\s+(?=[\p{Lu}"“‘'])/u

/** A place in capitals on a line of its own: "MOSCOW", "RIO DE JANEIRO". */
const BARE_PLACE_RE = /^\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,3}$/u
/** Capitalised section labels that look like a bare place. */
const SECTION_WORDS = new Set(['analysis', 'opinion', 'breaking', 'exclusive', 'update', 'updated', 'live', 'watch', 'video', 'photos', 'editorial', 'commentary', 'interview', 'feature', 'features', 'news', 'world', 'politics', 'business', 'sports', 'sport', 'advertisement', 'sponsored', 'explainer', 'review', 'obituary', 'breaking news', 'latest news', 'top stories', 'warning', 'note', 'correction', 'clarification', 'disclaimer', 'related', 'read more', 'also read', 'listen', 'summary', 'background', 'context', 'fact check', 'just in', 'developing'])

export function splitArticles(raw: string): ArticleDraft[] {
  const text = normalizeText(raw)
  if (!text) return []
  const lines = toLines(text)
  lines.forEach(classify)
  applyContext(lines)
  const drafts: ArticleDraft[] = []
  for (const [start, end] of findSegments(lines)) {
    const draft = buildArticle(lines, start, end, drafts.length)
    if (draft) drafts.push(draft)
  }
  return drafts
}
