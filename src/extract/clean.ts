/** Furniture cleaning: text normalisation and line tests for share buttons, captions, photo credits and link lists. */
import {
  CREDIT_LABELS,
  FURNITURE_LABELS,
  FURNITURE_PREFIXES,
  PHOTO_AGENCIES,
  RELATED_LIST_HEADINGS,
} from './lexicon/furniture.js'

/** Lines longer than this are never furniture, so the line tests never run their patterns over huge junk. */
const MAX_FURNITURE_CHARS = 300

const labelSet = new Set(FURNITURE_LABELS)
const listHeadingSet = new Set(RELATED_LIST_HEADINGS)
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const creditLabelRe = new RegExp(`(?:^|[\\s.;,(])(?:${CREDIT_LABELS.map(escape).join('|')})\\s*:\\s*\\S`, 'i')
const agencyAlternation = PHOTO_AGENCIES.map(escape).sort((a, b) => b.length - a.length).join('|')
/** "(Handout via AFP)", "(AFP Photo)", "(file)", "(Photo: …)", "(Source: Getty Images)" at the end of a caption. */
const parenCreditRe = new RegExp(
  `\\((?:[^()]{0,80}\\b(?:via|photo|photos|handout|file|courtesy)\\b[^()]{0,80}|(?:source:\\s*)?(?:${agencyAlternation})(?: photo)?)\\)\\s*$`,
  'i',
)
/** "[Gleb Garanich/Reuters]", "[Al Jazeera]" closing a caption line. */
const bracketCreditRe = /\[[A-Z][^\][]{1,80}\]\s*$/
/** A line that opens with an organisation's photo credit: "UN Photo/Eskinder Debebe …", "© UNOCHA/…", "UNICEF/Ashley …". */
const leadingCreditRe = /^(?:©\s*\S|(?:[A-Z]{2,}[A-Za-z]*|UN Photo|[A-Z][a-z]+ Photo)\s?\/\s?[A-Z][a-z])/
/** A short line naming a photo agency as picture source: "Anadolu | Anadolu | Getty Images". */
const agencyCreditRe = new RegExp(`(?:^|[|/,]\\s*|\\bvia\\s+)(?:${agencyAlternation})\\s*$`)
const handleRe = /^@[\w./-]+$/
const urlRe = /^(?:https?:\/\/|www\.)\S*$/i
const domainRe = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?$/i
/** A lone lower-case token with hyphens or digits: an icon or widget name leaking from markup ("aj-logo", "share2"). */
const cssTokenRe = /^[a-z]+(?:[-_][a-z0-9]+)+$|^[a-z]+\d+$/
const wireSlugRe = /^[a-z]{2,6}(?:[-/][a-z]{2,6})*\/[a-z]{2,6}$/
const listCounterRe = /^(?:list of \d+ items?|list \d+ of \d+|\d+ of \d+|\d+\s*min(?:ute)?s?(?: read)?|\d+ comments?)$/i
const shareWidgetRe = /(?:\(opens in new window\)|^share (?:on|via|to|this)\b|^add .{1,40} on google$|^email a link\b)/i
/** A note to readers about subscribing: "Please contact us for subscription options.", "… offered to subscribers …". */
const subscriptionNoteRe = /\b(?:subscription options|offered to (?:our )?subscribers|contact us for (?:a )?subscription|subscribe (?:now|today) (?:to|for)\b)/i
/** Words every subscription note or appeal for money has, tested before their patterns. */
const APPEAL_CUE_RE = /subscri|support|donat|member|patron|stories from/
/** An appeal for money: "Your support keeps our team in the field.", "Support our frontline reporters", "Donate now". */
const donationAppealRe = /\b(?:your (?:support|donations?|contributions?) (?:helps?|keeps?|powers?|makes?|allows?|enables?)|support (?:our|independent) (?:journalism|reporters|reporting|newsroom|work|frontline)|donate (?:now|today)|become a (?:member|supporter|patron)|we bring you stories)\b/i

/** Canonical text: LF line ends, plain spaces for no-break and odd spaces, no zero-width marks, no trailing blanks. */
export function normalizeText(raw: string): string {
  return unmark(repairMojibake(raw.replace(/\r\n?/g, '\n')))
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim()
}

/**
 * UTF-8 text that went through a Windows-1252 decoder on its way ("mojibake"): “ became "â€œ", ’ "â€™",
 * é "Ã©", a no-break space "Â ". Each such sequence is turned back into its bytes and decoded as UTF-8;
 * a sequence that does not decode is left as it is, so correct accented text never changes. A closing
 * quote ” (bytes E2 80 9D) loses its last byte to the decoder and comes as "â€" alone.
 */
export function repairMojibake(text: string): string {
  if (!MOJIBAKE_HINT.test(text)) return text
  return text.replace(MOJIBAKE_RE, (seq) => {
    const bytes: number[] = []
    for (const ch of seq) {
      const b = cp1252Byte(ch)
      if (b === null) return seq
      bytes.push(b)
    }
    if (bytes.length === 2 && bytes[0] === 0xe2 && bytes[1] === 0x80) return '\u201d'
    try {
      return UTF8.decode(Uint8Array.from(bytes))
    } catch {
      return seq
    }
  })
}

const UTF8 = new TextDecoder('utf-8', { fatal: true })
/** A lead byte (Â…ô) read as Windows-1252, then continuation bytes (0x80–0xBF) read so. */
const CONTINUATION = '\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122'
const MOJIBAKE_RE = new RegExp(`[\u00c2-\u00f4][${CONTINUATION}]{1,3}`, 'g')
const MOJIBAKE_HINT = /[\u00c2\u00c3\u00e2][\u0080-\u00bf\u20ac\u2122\u0153]/
/** Windows-1252 characters of bytes 0x80–0x9F that are not the C1 controls. */
const CP1252: Readonly<Record<string, number>> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b,
  'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99,
  'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
}
function cp1252Byte(ch: string): number | null {
  const c = ch.charCodeAt(0)
  if (c <= 0xff) return c
  return CP1252[ch] ?? null
}

/**
 * Markdown that scrapers, feeds and chat tools wrap around news text: "# Headline", "## Subheading",
 * "**bold**", "_italic_", "[words](https://…)", "![photo](…)", "> quoted line". The marks go, the words
 * stay, so headings read as headings and names as names. Plain text rarely has any of these shapes
 * ("#Hashtag" has no space; a lone "*" footnote has no partner).
 */
export function unmark(text: string): string {
  // each shape only where its mark occurs: most texts have none of them
  let out = text
  if (out.includes('#')) out = out.replace(/^ {0,3}#{1,6}[ \t]+([^\n]*?)(?:[ \t]+#+)?[ \t]*$/gm, '$1')
  if (out.includes('](')) {
    out = out
      .replace(/!\[[^\]\n]{0,300}\]\([^)\s]{1,600}(?:[ \t]+"[^"\n]{0,300}")?\)/g, '')
      .replace(/\[([^\]\n]{1,300})\]\((?:https?:\/\/|\/|#|mailto:)[^)\s]{0,600}(?:[ \t]+"[^"\n]{0,300}")?\)/g, '$1')
  }
  if (out.includes('**')) out = out.replace(/\*\*(?=[^\s*])([^*\n]{1,500}?)\*\*/g, '$1')
  if (out.includes('__')) out = out.replace(/(^|[\s(“"])__(?=[^\s_])([^_\n]{1,500}?)__(?=$|[\s).,;:!?”"])/gm, '$1$2')
  if (out.includes('*')) out = out.replace(/(^|[\s(“"])\*(?=[^\s*])([^*\n]{1,500}?[^\s*])\*(?=$|[\s).,;:!?”"])/gm, '$1$2')
  if (out.includes('_')) out = out.replace(/(^|[\s(“"])_(?=[^\s_])([^_\n]{1,500}?[^\s_])_(?=$|[\s).,;:!?”"])/gm, '$1$2')
  if (out.includes('>')) out = out.replace(/^ {0,3}> ?/gm, '')
  return out
}

export function wordCount(line: string): number {
  let n = 0
  let inWord = false
  for (let i = 0; i < line.length; i++) {
    const space = line.charCodeAt(i) === 32
    if (!space && !inWord) n++
    inWord = !space
  }
  return n
}

/** The comparable form of a short label: lower case, no trailing colon or arrow. */
function labelKey(line: string): string {
  return line.toLowerCase().replace(/[\s:›»>→|]+$/u, '').replace(/^[\s‹«<←|•·*]+/u, '').trim()
}

/** A page's relative timestamp: "6 hrs ago", "Updated 2 hours ago", "an hour ago". */
const timeAgoRe = /^(?:(?:updated|posted|published|edited)\s*:?\s*)?(?:\d{1,3}|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)\.?\s+ago\.?$/i

/** A line that is page furniture everywhere it appears: share buttons, widget labels, handles, links, sign-offs. */
export function isFurnitureLine(line: string): boolean {
  if (urlRe.test(line)) return true
  if (line.length > MAX_FURNITURE_CHARS) return false
  // a quotation mark alone opens or closes a quote whose line the page broke (split.ts rejoins it)
  if (!/[\p{L}\p{N}]/u.test(line)) return !/^(?:[”"’»]+[,.;:!?]?|[“‘«])$/.test(line)
  if (/^\d{1,3}$/.test(line)) return true
  if (line.endsWith('ago') || line.endsWith('ago.')) if (timeAgoRe.test(line)) return true
  const key = labelKey(line)
  if (labelSet.has(key) || listHeadingSet.has(key)) return true
  if (handleRe.test(line) || domainRe.test(line) || wireSlugRe.test(line) || cssTokenRe.test(line)) return true
  if (listCounterRe.test(key) || shareWidgetRe.test(line)) return true
  if (APPEAL_CUE_RE.test(key) && wordCount(line) <= 40 && (subscriptionNoteRe.test(line) || donationAppealRe.test(line))) return true
  if (wordCount(line) <= 16 && FURNITURE_PREFIXES.some((p) => key.startsWith(p))) return true
  return false
}

/** A heading such as "SEE ALSO" or "Recommended Stories" after which short lines are links to other stories. */
export function isRelatedListHeading(line: string): boolean {
  return line.length <= 60 && listHeadingSet.has(labelKey(line))
}

/** A caption that carries its own photo credit ("… Credit: UN Photo/Evan Schneider", "… (Handout via AFP)"). */
export function isCaptionLine(line: string): boolean {
  if (line.length > 1500) return false
  if (leadingCreditRe.test(line)) return true
  const tail = line.length > 200 ? line.slice(-200) : line
  if (creditLabelRe.test(tail) && !/[.!?]["”’]?$/.test(tail.replace(/^.*(?:credit|photo|picture|image)s?\s*:/i, ''))) return true
  if (parenCreditRe.test(tail) || bracketCreditRe.test(tail)) return true
  return /©/.test(line) && wordCount(line) <= 60
}

/** A capitalised name token, allowing ALL-CAPS surnames, hyphens, apostrophes and initials. */
const nameTokenRe = /^(?:[A-Z][\p{L}'’.-]*|\p{Lu}[\p{L}'’.-]*)$/u
const allCapsTokenRe = /^\p{Lu}[\p{Lu}'’-]{2,}$/u

/** A photographer credit line in wire style: "HENRY NICHOLLS", "Valentin RAKOVSKY, Valentina BRESCHI". */
export function isCapsNameCredit(line: string): boolean {
  if (line.length > 120 || /[.!?:;"“”]$/.test(line)) return false
  const parts = line.split(/\s*(?:,|\/|&|\band\b)\s*/)
  return parts.every((part) => {
    const toks = part.split(' ').filter(Boolean)
    return (
      toks.length >= 1 &&
      toks.length <= 4 &&
      toks.every((t) => nameTokenRe.test(t)) &&
      toks.some((t) => allCapsTokenRe.test(t)) &&
      (toks.length >= 2 || parts.length >= 2)
    )
  })
}

/** A standalone photo-credit line: an agency credit ("… | Getty Images"), an org/photographer credit, or wire caps names. */
export function isCreditLine(line: string): boolean {
  if (line.length > 120 || wordCount(line) > 10) return false
  if (/[.!?]["”’]?$/.test(line) && !/\b[A-Z]\.$/.test(line)) return false
  return agencyCreditRe.test(line) || leadingCreditRe.test(line) || isCapsNameCredit(line)
}

/** A line that reads as running text: long enough, or a complete sentence. */
export function isProseLine(line: string): boolean {
  const words = wordCount(line)
  if (words >= 25) return true
  return words >= 6 && /[.!?…]["”’)\]]*$/.test(line)
}

/**
 * Splits a question glued onto the end of a paragraph ("…behind bars.Why were you arrested?") into its own line:
 * copy-paste drops the break between an answer and the next interview question.
 */
export function splitGluedQuestion(line: string): string[] {
  if (line.length > 20000 || !line.endsWith('?')) return [line]
  const re = /[\p{Ll}\p{N})]{2}[.!?]["”’)]?(?=\p{Lu}\p{Ll}*[ ’'])/gu
  let cut = -1
  for (const m of line.matchAll(re)) {
    const at = (m.index ?? 0) + m[0].length
    const rest = line.slice(at)
    if (!/[.!]\s/.test(rest) && wordCount(rest) >= 3 && wordCount(rest) <= 40) cut = at
  }
  return cut > 0 ? [line.slice(0, cut), line.slice(cut)] : [line]
}

/**
 * True when a line break sits inside a sentence because the scrape dropped a link or an ad between the halves
 * ("…in recent weeks," / "but the campaign took…"): the next line starts in lower case and the previous one did not end.
 */
export function continuesSentence(prev: string, next: string): boolean {
  return /^\p{Ll}/u.test(next) && !/[.!?…:;]["”’)\]]*$/.test(prev)
}
