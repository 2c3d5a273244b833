/** Quotes and reported speech with their speakers: direct quotes, interview answers and indirect speech. */
import { splitWordCount } from './chars.js'
import { mentionIndex, type MentionRef } from './attribution.js'
import { personGender, tokenize, tokenizeBody, type Tok } from './entities.js'
import { COUNTRIES, COUNTRY_PHRASES, DEMONYMS } from './lexicon/organisations.js'
import { ORG_PRONOUNS, PERSON_PRONOUNS, ROLE_NOUNS } from './lexicon/people.js'
import { DIRECTIVE_VERBS, SPEECH_PARTICIPLES, SPEECH_VERBS, TITLE_CUES } from './lexicon/speech.js'
import { foldName } from './slug.js'
import type { Entities, EntityRef, QuoteFact, Span } from './types.js'
import { firstStartingFrom, insideSorted } from './spans.js'

interface Para extends Span {
  text: string
}

interface RawQuote extends Span {
  /** Position of the opening and closing marks (close = end of paragraph when unclosed). */
  open: number
  close: number
  closed: boolean
}

/** Speech verbs that introduce reported content (a subset: "welcomed", "rejected" report actions, not words). */
const INDIRECT_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'warned', 'warns', 'noted', 'notes', 'stressed', 'stresses',
  'underscored', 'underscores', 'underlined', 'emphasised', 'emphasized', 'reported', 'reports', 'stated', 'states',
  'announced', 'confirmed', 'reiterated', 'reiterates', 'argued', 'argues', 'explained', 'insisted', 'claimed', 'claims',
  'acknowledged', 'admitted', 'conceded', 'suggested', 'suggests', 'estimated', 'estimates', 'indicate', 'indicates',
  'indicated', 'highlighted', 'highlights', 'recalled', 'urged', 'urges', 'called', 'calls', 'wrote', 'writes',
  'declared', 'predicted', 'believes', 'agreed', 'observed', 'cautioned', 'pointed', 'concluded', 'affirmed',
  'maintained', 'maintains', 'pledged', 'vowed', 'promised', 'informed', 'briefed', 'asserted', 'alleged', 'alleges',
  'saying', 'adding', 'noting', 'warning', 'stressing', 'arguing', 'urging', 'calling', 'insisting', 'explaining',
  'claiming', 'recalling', 'highlighting', 'underscoring', 'emphasising', 'emphasizing', 'reiterating', 'telling',
  'accused', 'accuses', 'denied', 'denies', 'contended', 'contends', 'bemoaned',
  'lamented', 'complained', 'signalled', 'signaled', 'forecast', 'projected', 'testified', 'responded', 'replied',
  'ruled', 'rules', 'found', 'finds',
])

/** Auxiliaries and copulas: once one appears after a speech verb, the reported clause has started. */
const FINITE_WORDS = new Set(['would', 'will', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'shall'])
/** Verbs that report speech only with a that-clause ("concluded that …", not "concluded her remarks"). */
const THAT_VERBS = new Set(['wrote', 'writes', 'testified', 'responded', 'replied', 'concluded', 'ruled', 'rules', 'found', 'finds', 'agreed', 'observed', 'acknowledged', 'admitted', 'conceded', 'announced', 'confirmed', 'denied', 'denies', 'recalled', 'maintained', 'maintains', 'believes', 'estimated', 'estimates', 'informed', 'briefed', 'predicted', 'declared'])

/** Conjunctions, relative words and adverbial openers: a clause starting with one is not the reported content of "…, X said". */
const CLAUSE_OPENERS = /^(?:while|whilst|meanwhile|earlier|later|last|this|speaking|briefing|addressing|asked|responding|recalling|commenting|writing|referring)\b/i

/** Words right after "…, X said" that end the attribution (time, place, medium, listener), not a new clause. */
const AFTER_ATTRIBUTION = /^\s*(?:$|[,.;:!?)\]—–-]|(?:out|in|on|at|during|after|before|to|from|via|through|by|last|this|earlier|later|yesterday|today|tonight|recently|previously|when|while|as|according|adding|noting|saying|citing|referring|reporters|journalists|the\s+(?:media|press|newspaper|agency|broadcaster|outlet)|\w+day)\b|\p{Lu}[\p{L}.]*?\s*[,.](?:\s|$))/iu

/** Plain nouns that stand for a speaker in "Prosecutors told reporters…", "officials said…", "the ministry said…". */
const SPEAKER_NOUNS = new Set([
  'officials', 'official', 'authorities', 'prosecutors', 'prosecutor', 'police', 'investigators', 'analysts', 'analyst',
  'experts', 'expert', 'researchers', 'scientists', 'diplomats', 'sources', 'spokesman', 'spokeswoman', 'spokesperson',
  'representative', 'representatives', 'ministry', 'ministries', 'agency', 'office', 'department', 'government',
  'administration', 'mission', 'organisation', 'organization', 'commission', 'council', 'committee', 'court', 'tribunal',
  'statement', 'report', 'study', 'survey', 'assessment', 'team', 'panel', 'secretariat', 'authority', 'watchdog',
  'regulator', 'company', 'firm', 'bank', 'group', 'coalition', 'alliance', 'union', 'delegation', 'embassy', 'military',
  'army', 'lawyers', 'lawyer', 'leaders', 'leadership', 'executives', 'staff', 'monitors', 'observers', 'campaigners',
  'activists', 'organisers', 'organizers', 'airline', 'operator', 'manufacturer', 'network', 'institute', 'center', 'centre',
  'judge', 'judges', 'jury', 'magistrate', 'justices', 'founder', 'chief', 'head', 'director', 'minister', 'president',
  'premier', 'chancellor', 'ambassador', 'envoy', 'governor', 'mayor',
])
/** Speaker nouns that stand for people, not for a body: reported speech even when no entity is named. */
const PEOPLE_NOUNS = new Set([
  'officials', 'official', 'authorities', 'prosecutors', 'prosecutor', 'police', 'investigators', 'analysts', 'analyst',
  'experts', 'expert', 'researchers', 'scientists', 'diplomats', 'sources', 'spokesman', 'spokeswoman', 'spokesperson',
  'representative', 'representatives', 'lawyers', 'lawyer', 'leaders', 'executives', 'monitors', 'observers',
  'campaigners', 'activists', 'organisers', 'organizers', 'judge', 'judges', 'jury', 'magistrate', 'justices',
])
/** Speaker nouns of people who speak for an organisation: "a spokesman for the IAEA", "analysts at Stratfor". */
const FOR_ORG_NOUNS = new Set([
  'officials', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'representatives', 'analysts',
  'analyst', 'experts', 'researchers', 'scientists', 'staff', 'sources', 'team', 'lawyers', 'leaders', 'leadership',
  'executives', 'office', 'monitors', 'observers', 'statement', 'report', 'study', 'survey', 'mission', 'delegation',
])
/** Words that end a subject phrase when walking back from its verb. */
const SUBJECT_STOPS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'and', 'but', 'or', 'because', 'while', 'when', 'if', 'as', 'although',
  'though', 'since', 'after', 'before', 'where', 'said', 'says', 'told', 'is', 'are', 'was', 'were', 'has', 'have',
  'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'not', 'also', 'than', 'so', 'then', 'it', 'they',
  'he', 'she', 'we', 'i', 'you', 'there', 'this', 'these', 'those', 'to',
])

/** Words that may stand between a speaker and the verb ("Zelensky on Saturday told", "the IAEA previously said"). */
const FILLER = new Set([
  'has', 'have', 'had', 'also', 'further', 'however', 'likewise', 'previously', 'again', 'then', 'now', 'later',
  'earlier', 'repeatedly', 'publicly', 'reportedly', 'on', 'last', 'this', 'week', 'month', 'year', 'meanwhile',
  'separately', 'recently', 'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'once', 'often', 'always', 'both', 'too', 'all', 'first', 'just', 'originally', 'initially',
  'never', 'still', 'long', 'consistently', 'privately', 'openly', 'firmly', 'strongly', 'previously', 'swiftly',
  'quickly', 'immediately', 'subsequently', 'separately', 'jointly', 'repeatedly', 'frequently', 'already',
])

/** ", with X reporting that …": a second source named inside reported content. */
const WITH_SOURCE = /,\s+with\s+(?:the\s+)?([^,]{2,120}?)\s+(reporting|saying|noting|warning|stating|estimating|indicating)\s+(that\s+)?/

/** Gap of commas and fillers only: "Netanyahu, however, said". */
const FILLER_GAP = new RegExp(`^(?:[\\s,]*\\b(?:${[...FILLER].join('|')})\\b)+[\\s,]*$`, 'i')
const CONTENT_CUTS = /,\s+(?:saying|adding|noting|warning|stressing|arguing|urging|calling|insisting|explaining|claiming|recalling|highlighting|underscoring|reiterating|while|whereas|but|as the|as\s+\p{Lu})\b/u
/** Titles written with a period that ends no sentence: "Lt. Matt Harris", "Mr. Trump". */
const TITLE_ABBREVIATIONS = 'Lt|Sgt|Gen|Col|Capt|Maj|Cpl|Adm|Cmdr|Det|Insp|Supt|Dr|Mr|Mrs|Ms|Prof|Rev|Rep|Sen|Gov|St|Jr|Sr'
const SENT_END = /(?<!\b(?:Mr|Ms|Mrs|Dr|Cmdr|St|Gen|Lt|Col|Sgt|Prof|Rev|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc|\p{Lu}))[.!?…]["”’']?(?=\s+["“‘']?[\p{Lu}\p{N}]|\s*$)/gu
// Quotation marks by character code: “ « „ open, ” » close, " both ways; ‘ ’ ' single
const LDQUO = 0x201c
const LAQUO = 0xab
const BDQUO = 0x201e
const RDQUO = 0x201d
const RAQUO = 0xbb
const QUOT = 0x22
const LSQUO = 0x2018
const RSQUO = 0x2019
const APOS = 0x27
/** "NEW YORK (Reuters) — ", "(AP) - ", "WASHINGTON — ": a dateline opening the first sentence. */
const DATELINE_RE = /^\s*(?:(?:\p{Lu}[\p{Lu}\p{L}.,'’ -]{0,60}?\s*)?\([\p{L}][\p{L} .&/-]{0,30}\)\s*[—–-]+\s*|\p{Lu}[\p{Lu}.,'’ -]{2,40}?\s+[—–-]+\s+)/u
const TERMINAL_RE = /[.!?…”"’)\]]$/

// ---------------------------------------------------------------- paragraphs and quote spans

function paragraphs(body: string): Para[] {
  const out: Para[] = []
  for (const m of body.matchAll(/[^\n]+/g)) {
    const lead = m[0].length - m[0].trimStart().length
    const text = m[0].trim()
    if (text) out.push({ start: m.index + lead, end: m.index + lead + text.length, text })
  }
  return out
}

/** Quoted spans of a paragraph: double marks first, single marks only outside them. */
function quoteSpans(body: string, p: Para): RawQuote[] {
  const out: RawQuote[] = []
  let open = -1
  // character codes, not one-character strings: this loop visits every character of the body
  for (let i = p.start; i < p.end; i++) {
    const c = body.charCodeAt(i)
    if (c === LDQUO || c === LAQUO || c === BDQUO) {
      if (c === LDQUO && open >= 0 && body.charCodeAt(open) === QUOT) {
        out.push(mk(body, open, i, true))
        open = -1
      } else open = i
    } else if (c === RDQUO || c === RAQUO) {
      if (open >= 0) out.push(mk(body, open, i, true))
      open = -1
    } else if (c === QUOT) {
      if (open < 0) open = i
      else {
        out.push(mk(body, open, i, true))
        open = -1
      }
    }
  }
  if (open >= 0) out.push(mk(body, open, p.end, false))
  // single marks: an opener after a space or start, a closer before a non-letter
  const inside = (i: number): boolean => insideQuote(out, i)
  let sOpen = -1
  for (let i = p.start; i < p.end; i++) {
    const code = body.charCodeAt(i)
    if (code !== LSQUO && code !== RSQUO && code !== APOS) continue
    const c = body[i] as string
    if (inside(i)) continue
    const before = body[i - 1] ?? ' '
    const after = body[i + 1] ?? ' '
    const opener = (c === '‘' || c === "'") && (i === p.start || /[\s(\[—–-]/.test(before)) && /[\p{L}\p{N}…]/u.test(after)
    const closer = (c === '’' || c === "'") && sOpen >= 0 && !/[\p{L}\p{N}]/u.test(after) && !/\s/.test(before)
    if (closer && i - sOpen < 400) {
      out.push(mk(body, sOpen, i, true))
      sOpen = -1
    } else if (opener && (c === '‘' || sOpen < 0)) sOpen = i
  }
  return out.sort((a, b) => a.open - b.open)
}

function mk(body: string, open: number, close: number, closed: boolean): RawQuote {
  let s = open + 1
  let e = close
  while (s < e && /\s/.test(body[s] ?? '')) s++
  while (e > s && /[\s,;:]/.test(body[e - 1] ?? '')) e--
  return { start: s, end: e, open, close, closed }
}

// ---------------------------------------------------------------- speaker resolution

interface Speakers {
  index: MentionRef[]
  body: string
  entities: Entities
  lastPerson: EntityRef | null
  lastOrg: EntityRef | null
  last: EntityRef | null
  gender: Map<string, 'm' | 'f'>
  roles: Map<string, string[]>
  speakersSoFar: EntityRef[]
  /** Quoted stretches of the whole body: names inside someone's words are not antecedents. */
  quoted: RawQuote[]
}

function noteSpeaker(sp: Speakers, ref: EntityRef | null): void {
  if (!ref) return
  sp.last = ref
  if (ref.type === 'person') sp.lastPerson = ref
  else sp.lastOrg = ref
}

/** How far back (in characters) a subject is looked for before the nearest name of any kind is taken. */
const SUBJECT_REACH = 1500

/**
 * Whether a person mention is the subject of its clause: only a title or other names before it in the sentence
 * ("Russian President Vladimir Putin said"), or a speech verb right after it ("Zelenskyy said", "Lopez, 42, said"),
 * or right before it ("…, said Zelenskyy").
 */
function isSubjectMention(body: string, m: MentionRef): boolean {
  let known = subjectMentions.get(m)
  if (known === undefined) subjectMentions.set(m, (known = subjectLike(body, m)))
  return known
}

/** isSubjectMention's answers, per mention of the article being read (pronouns ask about the same names again). */
const subjectMentions = new WeakMap<MentionRef, boolean>()

function subjectLike(body: string, m: MentionRef): boolean {
  // the sentence so far, within 200 characters (a long opening is no subject anyway); "Mr." ends no sentence
  const window = Math.max(0, m.start - 200)
  let from = Math.max(body.lastIndexOf('\n', m.start - 1) + 1, window)
  for (const end of body.slice(from, m.start).matchAll(SENTENCE_BREAK)) from = Math.max(from, window + (end.index ?? 0) + end[0].length)
  const before = body.slice(from, m.start).replace(/^[\s“"‘'(]+/, '')
  if (/^(?:(?:\p{Lu}[\p{L}.'’-]*|the|former|acting|deputy|then|and|of)\s+)*$/u.test(before)) return true
  // after an opening phrase: "At a hearing last month …, Rep. Robert Aderholt (R-AL) … pushed"
  if (/^(?:At|In|On|After|Before|During|Last|This|Earlier|Later|When|While|As|Since|Following|Despite|Meanwhile|However)\b[^,]{0,120},\s+(?:(?:\p{Lu}[\p{L}.'’-]*|the|former|acting|deputy)\s+)*$/u.test(before)) return true
  if (/\b(?:said|says|told|added|noted|asked|according to)\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(before)) return true
  // a verb right after the name, past an apposition: "David Holmes revealed", "Elise Matthesen found him"
  const next = /^(?:\s*\([^)]{1,30}\))?(?:,[^,.;]{1,80},)?\s+(?:also\s+|then\s+|later\s+)?(\p{Ll}+)\b/u.exec(body.slice(m.end, m.end + 130))?.[1]
  return !!next && (FINITE_WORDS.has(next) || PAST_VERBS.has(next) || /^\p{Ll}{3,}ed$/u.test(next) || (/^\p{Ll}{3,}[^s]s$/u.test(next) && !PLURAL_NOT_VERBS.has(next)))
}

/** The end of a sentence inside a paragraph, not the period of a title's abbreviation ("Mr. Trump"). */
const SENTENCE_BREAK = new RegExp(`(?<!\\b(?:${TITLE_ABBREVIATIONS}|No|vs))[.!?]["”’)]?\\s+`, 'g')

/** Irregular past forms that can follow a subject's name. */
const PAST_VERBS = new Set(['said', 'told', 'found', 'went', 'came', 'made', 'took', 'gave', 'got', 'saw', 'knew', 'thought', 'felt', 'left', 'kept', 'held', 'led', 'met', 'ran', 'wrote', 'spoke', 'became', 'began', 'brought', 'bought', 'built', 'sent', 'spent', 'stood', 'won', 'lost', 'paid', 'put', 'set', 'sat', 'heard', 'read', 'sang', 'drew', 'grew', 'rose', 'fell', 'chose', 'flew', 'fought', 'taught', 'caught', 'sought', 'struck', 'wore', 'swore', 'shot', 'hit', 'let', 'cut', 'quit'])
/** Words in -s after a name that are no verbs ("Putin allies", "Trump supporters"). */
const PLURAL_NOT_VERBS = new Set(['allies', 'supporters', 'officials', 'aides', 'forces', 'troops', 'critics', 'fans', 'voters', 'lawyers', 'friends', 'administration', 'regimes', 'backers', 'loyalists', 'opponents', 'advisers', 'advisors', 'children', 'sons', 'daughters', 'parents', 'years', 'days', 'times', 'as', 'is', 'was', 'has', 'this'])

/** The entity a pronoun stands for at `pos`: the last speaker of the right kind, else the last one mentioned. */
/** Speech by someone the article does not name, in the sentence before pos: "The spokesman said that", "a police official told". */
const UNNAMED_SPEAKER = /(?:^|[.!?]["”’]?\s+|\n)(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}(?:spokesman|spokeswoman|spokesperson|official|officer|source|witness|aide)\b[^.!?]*?\b(?:said|told|added|says)\b[^.!?]*$/iu

function unnamedSpeakerBefore(body: string, pos: number): boolean {
  return UNNAMED_SPEAKER.test(body.slice(Math.max(0, pos - 300), pos))
}

function resolvePronoun(sp: Speakers, pron: string, pos: number): EntityRef | null {
  if (PERSON_PRONOUNS.has(pron)) {
    const want = pron === 'he' ? 'm' : 'f'
    // "The man refused and told officers he didn't “want to …”": "he" is the unnamed person the sentence is about
    if (unnamedPersonSubject(sp, pron, pos)) return null
    const fits = (r: EntityRef | null): boolean => !!r && r.type === 'person' && (sp.gender.get(r.key) ?? want) === want
    // the last person named outside quotation marks as a subject ("Zelenskyy said …", not "… ready to meet
    // Vladimir Putin"), else the last one named at all; failing that, the last person who spoke
    let ref: EntityRef | null = null
    let named: MentionRef | null = null
    for (let i = firstStartingFrom(sp.index, pos) - 1, n = 0; i >= 0 && n < 400; i--, n++) {
      const m = sp.index[i] as MentionRef
      if (m.end <= pos && m.ref.type === 'person' && fits(m.ref) && !insideQuote(sp.quoted, m.start)) {
        named ??= m
        if (pos - m.start > SUBJECT_REACH) break
        if (isSubjectMention(sp.body, m)) {
          ref = m.ref
          break
        }
      }
    }
    // "The spokesman said that …, including … chairman Asim Shoaib. He said …": a person named only in what
    // an unnamed speaker said is not who "he" is; the spokesman goes on
    if (!ref && named && unnamedSpeakerBefore(sp.body, named.start)) return null
    ref ??= named?.ref ?? null
    if (!ref) ref = fits(sp.lastPerson) ? sp.lastPerson : [...sp.speakersSoFar].reverse().find((r) => fits(r)) ?? null
    if (ref && !sp.gender.has(ref.key)) sp.gender.set(ref.key, want)
    return ref
  }
  if (ORG_PRONOUNS.has(pron)) {
    // "The Afghan Taliban claimed …, which it said …": an organisation that opens the sentence
    const opener = sentenceOpeningOrg(sp, pos)
    if (opener) return opener
    if (sp.lastOrg && (!sp.last || sp.last.type === 'organisation' || pron === 'it')) return sp.lastOrg
    // "they" after a person spoke is mostly that person or people around them ("The secretary testified. … They
    // noted …"), not an organisation named somewhere before
    if (pron === 'they' && sp.last?.type === 'person') return null
    // an organisation named as a subject ("The ministry said …"), not one only mentioned ("wished the Ukrainian
    // military good luck … It noted …")
    for (let i = firstStartingFrom(sp.index, pos) - 1, n = 0; i >= 0 && n < 400; i--, n++) {
      const m = sp.index[i] as MentionRef
      if (m.end <= pos && m.ref.type === 'organisation' && isSubjectMention(sp.body, m)) return m.ref
    }
    return null
  }
  return null
}

/**
 * True when the sentence around pos opens with an unnamed person ("The man", "A witness", "One woman") and
 * names nobody before pos: a "he"/"she" there stands for that person, not for someone named earlier.
 */
function unnamedPersonSubject(sp: Speakers, pron: string, pos: number): boolean {
  const body = sp.body
  const start = Math.max(body.lastIndexOf('. ', pos - 1), body.lastIndexOf('\n', pos - 1)) + 1
  const m = UNNAMED_PERSON_RE.exec(body.slice(start, pos))
  const noun = m?.[1]?.toLowerCase()
  if (!noun || (pron === 'he' && FEMALE_NOUNS.has(noun)) || (pron === 'she' && MALE_NOUNS.has(noun))) return false
  for (let i = firstStartingFrom(sp.index, start); i < sp.index.length; i++) {
    const x = sp.index[i] as MentionRef
    if (x.start >= pos) break
    if (x.ref.type === 'person') return false
  }
  return true
}
const MALE_NOUNS = new Set(['man', 'boy', 'father', 'son', 'husband', 'brother', 'gunman'])
const FEMALE_NOUNS = new Set(['woman', 'girl', 'mother', 'daughter', 'wife', 'sister'])
const UNNAMED_PERSON_RE = /^\s*["“]?(?:The|A|An|One|Another|This|That)\s+(?:[\p{Ll}-]+\s+){0,3}?(man|woman|boy|girl|father|mother|son|daughter|husband|wife|brother|sister|suspect|victim|driver|witness|source|resident|shooter|gunman|attacker|teenager|patient|worker|soldier|passenger|student|pilot|survivor|prisoner|detainee|defendant|child|refugee|migrant|farmer|nurse|doctor|teacher)\b/u

/** The organisation named first in the sentence around pos, when it is the sentence's opening words (its subject). */
function sentenceOpeningOrg(sp: Speakers, pos: number): EntityRef | null {
  const body = sp.body
  const start = Math.max(body.lastIndexOf('\n', pos - 1), body.lastIndexOf('. ', pos - 1) + 1)
  for (let i = firstStartingFrom(sp.index, start + 1); i < sp.index.length; i++) {
    const m = sp.index[i] as MentionRef
    if (m.start >= pos) return null
    if (insideQuote(sp.quoted, m.start)) continue
    const lead = body.slice(start + 1, m.start).trim()
    return m.ref.type === 'organisation' && /^(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,2}$/iu.test(lead ? `${lead} ` : '') ? m.ref : null
  }
  return null
}

/** A speaker phrase ("Kremlin spokesman Dmitry Peskov", "he", "the lawyer", "Russia") → an entity, or null. */
/** A document after a name, which makes the name its author: "Reuters review", "UN's report", "WHO data". */
const OWNS_DOCUMENT = /^(?:['’]s)?\s+(?:review|report|analysis|study|survey|tally|count|estimates?|investigation|calculations?|assessment|figures|data|poll)\b/i

function resolvePhrase(sp: Speakers, start: number, end: number): { ref: EntityRef | null; found: boolean } {
  const text = sp.body.slice(start, end)
  const ms = mentionsWithin(sp.index, start, end)
  if (ms.length) {
    const firstM = ms[0] as MentionRef
    // "Nisan Ahmado's source": a possessive owner is not the speaker
    if (/^['’]s\b/.test(sp.body.slice(firstM.end, firstM.end + 3)) && ms.length === 1) return { ref: null, found: true }
    const person = ms.find((m) => m.ref.type === 'person')
    // "the ISA lawyer": a person's role, not the organisation
    const last = (/([\p{L}-]+)\s*$/u.exec(text)?.[1] ?? '').toLowerCase()
    if (!person && ROLE_NOUNS.has(last) && !FOR_ORG_NOUNS.has(last)) {
      const who = personByRole(sp, last, firstM.ref.type === 'organisation' ? firstM.ref : null, start)
      if (who) return { ref: who, found: true }
    }
    // "a Reuters review of UN contributions data": whose review it is, not what it reviewed
    const owner = ms.length > 1 ? ms.find((m) => OWNS_DOCUMENT.test(sp.body.slice(m.end, m.end + 24))) : undefined
    return { ref: (person ?? owner ?? ms[ms.length - 1] ?? firstM).ref, found: true }
  }
  const words = text.trim().split(/\s+/)
  const w0 = (words[0] ?? '').toLowerCase()
  if (words.length === 1 && (PERSON_PRONOUNS.has(w0) || ORG_PRONOUNS.has(w0))) return { ref: resolvePronoun(sp, w0, start), found: true }
  const f = foldName(text)
  if (COUNTRIES.has(f) || COUNTRY_PHRASES.has(f) || DEMONYMS.has(f)) return { ref: null, found: true }
  // "the lawyer", "the agency": the last speaker whose role or name has that noun
  if (/^(?:its|their|his|her|a|an)\s+[\w-]+$/i.test(text.trim())) return { ref: null, found: true }
  const m = /^(?:the|this|that)\s+(?:[\w-]+\s+)?([\w-]+)$/i.exec(text.trim())
  if (m?.[1]) {
    const noun = m[1].toLowerCase()
    if (['agency', 'organisation', 'organization', 'office', 'ministry', 'body', 'mission', 'watchdog', 'statement', 'group', 'court', 'council', 'commission'].includes(noun)) {
      return { ref: lastOrgNamed(sp, noun, start) ?? sp.lastOrg, found: true }
    }
    if (ROLE_NOUNS.has(noun)) {
      for (const r of [...sp.speakersSoFar].reverse()) if ((sp.roles.get(r.key) ?? []).some((x) => x.toLowerCase().includes(noun))) return { ref: r, found: true }
    }
    if (SPOKES_NOUNS.has(noun)) return { ref: spokespersonOrganisation(sp, noun, start), found: true }
    return { ref: null, found: true }
  }
  return { ref: null, found: false }
}


/**
 * "the ministry" after "The Ministry of Health in Gaza said …": the organisation with that noun in its name
 * mentioned last before pos (outside quotes), when one is; the last organisation to speak otherwise.
 */
function lastOrgNamed(sp: Speakers, noun: string, pos: number): EntityRef | null {
  const named = new RegExp(`(?:^|\\s)${noun}(?:\\s|$)`, 'i')
  // the index is in text order: the first one found going back is the last mentioned
  for (let i = firstStartingFrom(sp.index, pos) - 1; i >= 0; i--) {
    const m = sp.index[i] as MentionRef
    if (m.ref.type === 'organisation' && !insideQuote(sp.quoted, m.start) && named.test(m.ref.name)) return m.ref
  }
  return null
}

// ---------------------------------------------------------------- attribution around a quote

const VERB_ALT = [...SPEECH_VERBS].sort((a, b) => b.length - a.length).join('|')
/** After the closing mark: ", said X" (verb first). */
const AFTER_VERB_FIRST = new RegExp(`^[\\s,.!?…—–-]*(?:${VERB_ALT})\\s+((?:[^,.;:“”"!?]|\\.(?=\\S)|\\b(?:Mr|Ms|Mrs|Dr|Cmdr|St)\\.\\s)+?)(?=[,;:!?“"]|(?<!\\b(?:Mr|Ms|Mrs|Dr|Cmdr|St))\\.|\\s+(?:in|on|at|during|after|before|about|to|from|while|when|as)\\s|$)`)
/** After the closing mark: ", X said" (speaker first, up to 9 words). */
const AFTER_SPEAKER_FIRST = new RegExp(`^[\\s,.!?…—–-]*((?:[\\p{L}\\p{N}'’.-]+\\s+){0,9}?)(?:has\\s+|had\\s+|also\\s+|further\\s+)?(?:${VERB_ALT})\\b`, 'u')
/** Before the opening mark: "X said: “" / "X added “". */
/** After a quote: a name, an apposition between commas, then a speech verb ("Jack Buser, director for games at Google, tells …"). */
const NAME_APPOSITION_VERB = new RegExp(`^[\\s,]*(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}),\\s+[^,“”"]{2,90},\\s+(?:${VERB_ALT})\\b`, 'u')
const BEFORE_COLON = new RegExp(`(?:^|[.!?”"]\\s+|\\n)([^.!?“”"\\n]{1,160}?)\\s+(?:${VERB_ALT})(?:\\s+[^:“”"]{0,40})?[:,]?\\s*$`)

const sentenceCache = new WeakMap<Para, number[]>()

/** Sentence ends inside a paragraph, computed once per paragraph. */
function sentenceEnds(body: string, p: Para): number[] {
  let ends = sentenceCache.get(p)
  if (!ends) {
    ends = []
    for (const m of body.slice(p.start, p.end).matchAll(SENT_END)) ends.push(p.start + m.index + m[0].length)
    sentenceCache.set(p, ends)
  }
  return ends
}

function sentenceBounds(body: string, p: Para, pos: number): Span {
  const ends = sentenceEnds(body, p)
  // first end after pos, by binary search
  let lo = 0
  let hi = ends.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((ends[mid] as number) <= pos) lo = mid + 1
    else hi = mid
  }
  return { start: lo > 0 ? (ends[lo - 1] as number) : p.start, end: lo < ends.length ? (ends[lo] as number) : p.end }
}

function mentionsWithin(index: MentionRef[], start: number, end: number): MentionRef[] {
  const out: MentionRef[] = []
  for (let i = firstStartingFrom(index, start); i < index.length; i++) {
    const m = index[i] as MentionRef
    if (m.start >= end) break
    if (m.end <= end) out.push(m)
  }
  return out
}

/** True when pos lies inside one of the sorted quoted stretches. */
function insideQuote(quoted: RawQuote[], pos: number): boolean {
  return insideSorted(quoted, pos, (q) => q.open, (q) => q.close)
}

/** Speaker for a direct quote from the words around it; `found` = some attribution was written. */
function attributeDirect(sp: Speakers, p: Para, q: RawQuote, quotes: RawQuote[]): { ref: EntityRef | null; found: boolean } {
  const body = sp.body
  // text after the close mark up to the next quote or the paragraph end
  const qi = quotes.indexOf(q)
  const nextQ = quotes[qi + 1]
  const afterEnd = Math.min(nextQ ? nextQ.open : p.end, p.end)
  const after = body.slice(q.close + 1, afterEnd)
  const qa = /^[\s,.]*(?:the|a|an)?\s*[\w\s]{0,30}?\bquoted\s+(.{1,80}?)\s+as\s+saying\b/.exec(after)
  if (qa?.[1]) {
    const st = q.close + 1 + after.indexOf(qa[1])
    const r = resolvePhrase(sp, st, st + qa[1].length)
    if (r.found) return r
  }
  // a line break dropped into the attribution: "…,” IAEA Director General Rafael Grossi⏎said"
  if (!nextQ && after.trim() && splitWordCount(after) <= 10 && /^\s*\n\s*(?:said|says|told|added)\b/.test(body.slice(p.end, p.end + 12))) {
    const r = resolvePhrase(sp, q.close + 1, afterEnd)
    if (r.ref) return r
  }
  const m1 = AFTER_VERB_FIRST.exec(after)
  if (m1?.[1]) {
    const s = q.close + 1 + (m1.index ?? 0) + m1[0].length - m1[1].length
    const r = resolvePhrase(sp, s, s + m1[1].length)
    if (r.found) return r
  }
  const m2 = AFTER_SPEAKER_FIRST.exec(after)
  if (m2?.[1] !== undefined && m2[1].trim()) {
    const s = q.close + 1 + after.indexOf(m2[1], 0)
    const r = resolvePhrase(sp, s, s + m2[1].trimEnd().length)
    if (r.found) return r
  }
  // "…,” Jack Buser, director for games at Google, tells The Hollywood Reporter: the name, its apposition, the verb
  const named = NAME_APPOSITION_VERB.exec(after)
  if (named?.[1]) {
    const s = q.close + 1 + after.indexOf(named[1])
    const r = resolvePhrase(sp, s, s + named[1].length)
    if (r.ref?.type === 'person') return r
  }
  // later in the same sentence: "“everything” it could to secure peace, Zelensky said"
  const sent = sentenceBounds(body, p, q.open)
  // the sentence the close mark ends in: a quote of several sentences ends in a later one than it opens in
  const closing = q.close > sent.end ? sentenceBounds(body, p, q.close) : sent
  const restEnd = Math.min(afterEnd, Math.max(closing.end, q.close + 1))
  const rest = body.slice(q.close + 1, restEnd)
  // "…“patently false,” and both analysts and sources told…": a new clause has its own speaker
  const newClause = /^[\s,]*(?:and|but|while|whereas)\b/.test(rest)
  // "… described “horrifying images” from the incident, while Egypt called …": a verb after a contrasting
  // clause opens is that clause's
  const contrast = /,\s*(?:while|whereas|but)\s/.exec(rest)?.index ?? rest.length
  const rt = tokensAt(sp, q.close + 1, rest)
  for (let k = 0; k < rt.length; k++) {
    const t = rt[k] as Tok
    if (t.start > contrast) break
    if (t.cap || !SPEECH_VERBS.has(t.low) || SPEECH_PARTICIPLES.has(t.low)) continue
    const prevTok = rt[k - 1]
    if (!prevTok || rest.slice(prevTok.end, t.start).includes(',')) {
      const m = /^\s+((?:[^,.;:“”"]|\.(?=\S)|\b(?:Mr|Ms|Mrs|Dr|Cmdr)\.\s)+)/.exec(rest.slice(t.end))
      if (m?.[1]) {
        const at = q.close + 1 + t.end + m[0].length - m[1].length
        const r = resolvePhrase(sp, at, at + m[1].trimEnd().length)
        if (r.found) return r
      }
    }
    if (newClause) break
    const r = subjectBefore(sp, q.close + 1, rest, rt, k)
    if (r?.found) return r
    // "“… the little deal” announced in October, said Derek Scissors": a verb right after the quote that
    // finishes the quoted phrase has no subject; the attribution may still follow
    if (k === 0 && !r) continue
    break
  }
  // before the open mark, in the same sentence: "X said: “…”" or "X said he was “very moved”"
  const pq = quotes[qi - 1]
  const prevQ = pq && pq.close < q.open && pq.close >= sent.start ? pq : undefined
  const before = body.slice(prevQ ? prevQ.close + 1 : sent.start, q.open)
  const beforeStart = prevQ ? prevQ.close + 1 : sent.start
  const beforeToks = tokensAt(sp, beforeStart, before)
  const adopter = adopterOfQuotedDocument(sp, beforeStart, before, beforeToks)
  if (adopter) return adopter
  const subj = subjectOfLastVerb(sp, beforeStart, before, beforeToks)
  if (subj) return subj
  const m3 = BEFORE_COLON.exec(before)
  if (m3?.[1]) {
    const s = beforeStart + (m3.index ?? 0) + m3[0].indexOf(m3[1])
    const r = resolvePhrase(sp, s, s + m3[1].length)
    if (r.found) return r
  }
  // "The man refused to comply and told officers he didn't “want to live …”": words of someone unnamed, not
  // of the last person who spoke
  if (unnamedPersonSubject(sp, '', q.open)) return { ref: null, found: true }
  return { ref: null, found: false }
}

/** Texts a body adopts and that then speak for it: "the resolution calls for …". */
const DOCUMENT_NOUNS = new Set(['resolution', 'resolutions', 'text', 'draft', 'declaration', 'motion'])
const ADOPTION_VERBS = new Set(['adopted', 'passed', 'approved', 'endorsed'])
/** Words between an adopted document and the quote it contains: "resolution 2774 (2025) imploring “…”". */
const DOCUMENT_TAIL = /^[\s\p{N}()/,.-]*(?:\p{Ll}+ing(?:\s+for|\s+on|\s+that)?\s*[,:]?\s*)?$/u

/**
 * "The Council adopted resolution 2774 (2025) imploring “a swift end to the conflict”": the words are the
 * resolution's, so the body that adopted it speaks, even inside someone else's account ("DiCarlo recalled that…").
 */
function adopterOfQuotedDocument(sp: Speakers, base: number, text: string, toks: Tok[]): { ref: EntityRef | null; found: boolean } | null {
  for (let k = toks.length - 1; k >= 0 && toks.length - k <= 12; k--) {
    const t = toks[k] as Tok
    if (t.cap || !ADOPTION_VERBS.has(t.low)) continue
    // "adopted the overall resolution", "passed a draft resolution": the document within three words of the verb
    let d = k + 1
    while (d < toks.length && d <= k + 4 && !DOCUMENT_NOUNS.has((toks[d] as Tok).low)) d++
    const doc = toks[d]
    if (!doc || !DOCUMENT_NOUNS.has(doc.low) || !DOCUMENT_TAIL.test(text.slice(doc.end))) return null
    const r = subjectBefore(sp, base, text, toks, k)
    return r?.ref?.type === 'organisation' ? r : null
  }
  return null
}

/**
 * "The text calls for “…”" after "The General Assembly then adopted the overall resolution": the body that
 * adopted a text, named in the last sentences before pos with an adoption verb.
 */
function adopterBefore(sp: Speakers, pos: number): EntityRef | null {
  const from = Math.max(0, pos - 600)
  const text = sp.body.slice(from, pos)
  const toks = tokenize(text)
  for (let k = toks.length - 1; k >= 0; k--) {
    const t = toks[k] as Tok
    if (t.cap || !ADOPTION_VERBS.has(t.low)) continue
    const r = subjectBefore(sp, from, text, toks, k)
    if (r?.ref?.type === 'organisation') return r.ref
  }
  return null
}

/** "The text", "the draft resolution": a document as the subject ending at token j. */
function documentSubjectAt(toks: Tok[], j: number): boolean {
  const t = toks[j]
  if (!t || t.cap || !DOCUMENT_NOUNS.has(t.low)) return false
  for (let a = j - 1; a >= 0 && a >= j - 3; a--) {
    const w = (toks[a] as Tok).low
    if (w === 'the' || w === 'this' || w === 'its') return true
    if (!['draft', 'adopted', 'overall', 'final', 'new', 'latest'].includes(w)) return false
  }
  return false
}

/** The speaker of the last speech verb in a stretch of text: the nearest mention or pronoun before the verb. */
function subjectOfLastVerb(sp: Speakers, base: number, text: string, toks: Tok[] = tokenize(text)): { ref: EntityRef | null; found: boolean } | null {
  let unnamed: { ref: EntityRef | null; found: boolean } | null = null
  for (let k = toks.length - 1; k >= 0; k--) {
    const t = toks[k] as Tok
    if (!SPEECH_VERBS.has(t.low) || t.cap) continue
    // "Hawk Sawyer issued a statement about the charges, saying, “…”": the participle's speaker is the
    // sentence's subject
    if (SPEECH_PARTICIPLES.has(t.low) && /,\s*$/.test(text.slice(0, t.start))) {
      const subject = mentionsWithin(sp.index, base, base + t.start).find((m) => !insideQuote(sp.quoted, m.start) && isSubjectMention(sp.body, m))
      if (subject) return { ref: subject.ref, found: true }
    }
    let j = k - 1
    while (toks[j] && FILLER.has((toks[j] as Tok).low) && !(toks[j] as Tok).cap) j--
    if (documentSubjectAt(toks, j)) {
      const adopter = adopterBefore(sp, base + (toks[j] as Tok).start)
      if (adopter) return { ref: adopter, found: true }
    }
    const subj = subjectBefore(sp, base, text, toks, k)
    if (subj?.ref) return subj
    if (subj && !unnamed) unnamed = subj
  }
  return unnamed
}

/** Speaker standing before verb token k: a mention, a pronoun or a country, allowing fillers and an apposition. */
function subjectBefore(sp: Speakers, base: number, text: string, toks: Tok[], k: number): { ref: EntityRef | null; found: boolean } | null {
  const verb = toks[k] as Tok
  let j = k - 1
  while (toks[j] && FILLER.has((toks[j] as Tok).low) && (!(toks[j] as Tok).cap || /day$/i.test((toks[j] as Tok).text))) j--
  const t = toks[j]
  if (!t) return null
  const gapText = text.slice(t.end, verb.start)
  // "Ukraine has rejected the demand and said…", "The UN has verified 15,000 deaths, but says…": the sentence's subject
  if ((t.low === 'and' || t.low === 'but') && !gapText.includes(',')) return sentenceSubject(sp, base, text, toks, j)
  const fillerGap = gapText.includes(',') && FILLER_GAP.test(gapText)
  if (!gapText.includes(',') || fillerGap) {
    // "The Ministry of Health in Gaza said", "the UN office in Kyiv said": the place is where the body sits
    let place = j
    while (place > 0 && (toks[place] as Tok).cap && (toks[place - 1] as Tok).cap) place--
    if ((toks[place] as Tok).cap && toks[place - 1]?.low === 'in' && place >= 2) {
      const body = subjectAt(sp, base, toks, place - 2) ?? subjectPhrase(sp, base, text, toks, place - 2)
      if (body?.ref?.type === 'organisation') return body
    }
    const r = subjectAt(sp, base, toks, j) ?? subjectPhrase(sp, base, text, toks, j)
    if (r || !gapText.includes(',')) return r
  }
  // "the IOM’s deputy director general, Ugochi Daniels, said": the name between the commas closes the apposition
  // (not "Montell Figgins, who represents Thomas, said")
  let nameFrom = j
  while (nameFrom > 0 && (toks[nameFrom - 1] as Tok).cap && /^\s+$/.test(text.slice((toks[nameFrom - 1] as Tok).end, (toks[nameFrom] as Tok).start))) nameFrom--
  const named = /,\s*$/.test(text.slice(0, (toks[nameFrom] as Tok).start)) ? subjectAt(sp, base, toks, j) : null
  if (named?.ref?.type === 'person') return named
  // an apposition ends here ("Robertson, the U.S. commander, said"): try the word before each earlier comma
  let pos = t.start
  let org: { ref: EntityRef | null; found: boolean } | null = null
  for (let n = 0; n < 3; n++) {
    const open = text.lastIndexOf(',', pos - 1)
    if (open < 0) break
    const inner = tokensAt(sp, base, text.slice(0, open))
    const r = subjectAt(sp, base, inner, inner.length - 1)
    if (r?.ref?.type === 'person') return r
    if (r?.ref && !org) org = r
    pos = open
  }
  // "…, too, said X": only a comma of fillers, nothing named before it
  return org ?? (fillerGap ? null : { ref: null, found: true })
}

/** Role nouns a title can be written as otherwise: "the premier" is the article's Prime Minister. */
const ROLE_SYNONYMS: Readonly<Record<string, string>> = { premier: 'premier|prime minister' }

/** The person of the article whose role has this noun ("the ISA lawyer" → the lawyer at ISA), the last one named before pos first. */
function personByRole(sp: Speakers, noun: string, org: EntityRef | null, pos: number): EntityRef | null {
  const re = new RegExp(`(?:^|[\\s-])(?:${ROLE_SYNONYMS[noun] ?? noun})s?\\b`, 'i')
  const fits = sp.entities.people.filter((p) => p.roles.some((r) => re.test(r)))
  if (!fits.length) return null
  const o = org ? sp.entities.organisations.find((x) => x.key === org.key) : undefined
  const forms = o ? [o.name, o.acronym ?? '', ...o.aliases].map(foldName).filter((f) => f.length > 1) : []
  const orgFit = org ? fits.filter((p) => p.organisationKeys.includes(org.key) || p.roles.some((r) => forms.some((f) => ` ${foldName(r)} `.includes(` ${f} `)))) : []
  const pool = orgFit.length ? orgFit : fits
  let best: { ref: EntityRef; at: number } | null = null
  for (const p of pool) {
    const at = Math.max(-1, ...p.mentions.filter((m) => m.start < pos).map((m) => m.start))
    if (!best || at > best.at) best = { ref: { type: 'person', key: p.key, name: p.name }, at }
  }
  return best?.ref ?? null
}

/** The subject at the start of the sentence, for a verb after "and"/"but": a mention, a pronoun or a country in its first words. */
function sentenceSubject(sp: Speakers, base: number, text: string, toks: Tok[], j: number): { ref: EntityRef | null; found: boolean } | null {
  // only the main clause of the sentence: no earlier clause boundary, no other speech verb before
  const sentStart = Math.max(text.lastIndexOf('. ', toks[j]?.start ?? 0) + 1, 0)
  let a = 0
  while (toks[a] && (toks[a] as Tok).start < sentStart) a++
  if (toks[a]?.low === 'the') a++
  const first = toks[a]
  if (!first || a >= j) return null
  if (toks.slice(a, j).some((t) => !t.cap && (INDIRECT_VERBS.has(t.low) || ['who', 'which', 'that', 'whose', 'whom'].includes(t.low)))) return null
  const r = subjectAt(sp, base, toks, a)
  if (r) return r
  // a multi-word name: its last word carries the mention
  for (let x = a + 1; x < Math.min(j, a + 6); x++) {
    if (!(toks[x] as Tok).cap || /[,;]/.test(text.slice((toks[x - 1] as Tok).end, (toks[x] as Tok).start))) break
    const rx = subjectAt(sp, base, toks, x)
    if (rx) return rx
  }
  if (!SPEAKER_NOUNS.has(first.low) && !SPEAKER_NOUNS.has(toks[a + 1]?.low ?? '')) return null
  return subjectPhrase(sp, base, text, toks, SPEAKER_NOUNS.has(first.low) ? a : a + 1, true)
}

/**
 * A subject written as a plain noun phrase ending at token j: "Prosecutors", "The UN's Ukraine office",
 * "Analysts at the Institute for the Study of War", "a spokesman for the agency", "officials". The speaker is the
 * organisation or person named inside the phrase, else one the head noun names ("prosecutors" → the prosecution
 * authority), else null; found only when the phrase is headed by a speaker noun.
 */
function subjectPhrase(sp: Speakers, base: number, text: string, toks: Tok[], j: number, fromStart = false): { ref: EntityRef | null; found: boolean } | null {
  let a = j
  while (a > 0 && j - a < 12) {
    const prev = toks[a - 1] as Tok
    const cur = toks[a] as Tok
    if (SUBJECT_STOPS.has(prev.low) && !prev.cap) break
    if (SUBJECT_STOPS.has(prev.low) && prev.cap && !['The', 'This', 'These', 'Those'].includes(prev.text)) break
    if (/[,;:()“”"—–]/.test(text.slice(prev.end, cur.start))) break
    if (!prev.cap && /(?:ed|ing)$/.test(prev.low) && !['led', 'based', 'backed', 'funded', 'appointed', 'elected', 'united', 'affiliated', 'allied', 'related'].includes(prev.low) && !prev.low.endsWith('-based')) break
    a--
  }
  if (fromStart) a = Math.min(a, j)
  const phrase = toks.slice(a, j + 1)
  const head = phrase.find((t) => SPEAKER_NOUNS.has(t.low) && !t.cap) ?? phrase.find((t) => SPEAKER_NOUNS.has(t.low))
  if (!head) return null
  const start = base + (phrase[0] as Tok).start
  const end = base + (toks[j] as Tok).end
  const ms = mentionsWithin(sp.index, start, end).filter((m) => !insideQuote(sp.quoted, m.start))
  // the phrase must end in its head or in a name ("Analysts at the Institute for the Study of War think tank"),
  // not in some verb ("stop by his office to exchange notes")
  const lastTok = toks[j] as Tok
  const endsInName = ms.some((m) => m.end >= base + lastTok.start - 12 && m.end <= base + lastTok.end)
  if (lastTok !== head && !endsInName) return null
  // "President Trump's advisers": the owner is not the speaker; "the UN's Ukraine office" is the UN's
  const owner = ms.find((m) => /^['’]s?\b/.test(sp.body.slice(m.end, m.end + 2)) && m.end <= base + head.start)
  if (owner && owner.ref.type === 'person') return { ref: null, found: true }
  // "representatives of Epstein's family": a person named as an owner inside the phrase is not the speaker
  const named = ms.filter((m) => !(m.ref.type === 'person' && /^['’]s?\b/.test(sp.body.slice(m.end, m.end + 2))))
  if (ms.length && !named.length) return { ref: null, found: true }
  ms.splice(0, ms.length, ...named)
  const headIdx = phrase.indexOf(head)
  // "the Wikileaks founder": a role noun heads a person; "Analysts at Stratfor": the organisation they speak for
  if (ROLE_NOUNS.has(head.low) && !FOR_ORG_NOUNS.has(head.low) && !ms.some((m) => m.ref.type === 'person')) {
    const who = personByRole(sp, head.low, ms.find((m) => m.ref.type === 'organisation')?.ref ?? null, start)
    if (who) return { ref: who, found: true }
  }
  if (ms.length) {
    const org = ms.filter((m) => m.ref.type === 'organisation')
    const person = ms.find((m) => m.ref.type === 'person')
    if (person && !FOR_ORG_NOUNS.has(head.low)) return { ref: person.ref, found: true }
    const pick = org[org.length - 1] ?? person
    if (pick) return { ref: pick.ref, found: true }
  }
  if (headIdx < 0) return null
  // no name inside: an organisation whose name has the head noun ("the ministry", "prosecutors" → Prosecution Authority);
  // not for a person's title ("the governor" is no Governors Association)
  const stem = head.low.replace(/(?:ies)$/, 'y').replace(/(?:ors|ers|ians|ists|s)$/, (x) => (x === 's' ? '' : x.slice(0, 2))).slice(0, 7)
  if (stem.length >= 4 && !(ROLE_NOUNS.has(head.low) && !FOR_ORG_NOUNS.has(head.low)) && !['officials', 'official', 'sources', 'experts', 'expert', 'analysts', 'analyst', 'leaders', 'staff', 'team', 'group'].includes(head.low)) {
    let best: MentionRef | null = null
    for (let i = firstStartingFrom(sp.index, start) - 1, n = 0; i >= 0 && n < 600; i--, n++) {
      const m = sp.index[i] as MentionRef
      if (m.ref.type === 'organisation' && foldName(m.ref.name).split(' ').some((w) => w.startsWith(stem))) {
        best = m
        break
      }
    }
    for (let i = firstStartingFrom(sp.index, end), n = 0; !best && i < sp.index.length && n < 600; i++, n++) {
      const m = sp.index[i] as MentionRef
      if (m.ref.type === 'organisation' && foldName(m.ref.name).split(' ').some((w) => w.startsWith(stem))) best = m
    }
    if (best) return { ref: best.ref, found: true }
  }
  // "the spokeswoman said" after "a spokeswoman for the European Commission told CNN": the body she speaks for
  if (SPOKES_NOUNS.has(head.low) && phrase[0]?.low === 'the') {
    const org = spokespersonOrganisation(sp, head.low, start)
    if (org) return { ref: org, found: true }
  }
  // "officials said", "a judge ruled": unnamed people still report speech; "the agency said" with no agency
  // named anywhere in the article has no source a reader could name
  return PEOPLE_NOUNS.has(head.low) ? { ref: null, found: true } : null
}

const SPOKES_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson'])

/** The organisation of the last "a spokeswoman for X" (same noun) in the 2,000 characters before pos. */
function spokespersonOrganisation(sp: Speakers, noun: string, pos: number): EntityRef | null {
  const from = Math.max(0, pos - 2000)
  const re = new RegExp(`\\b${noun}\\s+(?:for|of|at|from)\\s+(?:the\\s+)?`, 'gi')
  let last: RegExpExecArray | null = null
  for (let m = re.exec(sp.body.slice(from, pos)); m; m = re.exec(sp.body.slice(from, pos))) last = m
  if (!last) return null
  const orgStart = from + last.index + last[0].length
  const i = firstStartingFrom(sp.index, orgStart)
  const m = sp.index[i] as MentionRef | undefined
  return m && m.start === orgStart && m.ref.type === 'organisation' ? m.ref : null
}

function subjectAt(sp: Speakers, base: number, toks: Tok[], j: number): { ref: EntityRef | null; found: boolean } | null {
  const t = toks[j]
  if (!t) return null
  const abs = base + t.start
  const absEnd = base + t.end
  let m: MentionRef | undefined
  for (let i = firstStartingFrom(sp.index, abs + 1) - 1, n = 0; i >= 0 && n < 8; i--, n++) {
    const x = sp.index[i] as MentionRef
    if (x.start <= abs && x.end >= absEnd) {
      m = x
      break
    }
  }
  if (m) {
    if (/^['’]s\b/.test(sp.body.slice(m.end, m.end + 3))) return { ref: null, found: true }
    return { ref: (m.ref.type === 'organisation' ? personOfOrganisation(sp, m.start) : null) ?? m.ref, found: true }
  }
  if (PERSON_PRONOUNS.has(t.low) || ORG_PRONOUNS.has(t.low)) return { ref: resolvePronoun(sp, t.low, abs), found: true }
  if (COUNTRIES.has(t.low)) return { ref: null, found: true }
  return null
}

/** "Ravi Patel of the Center for Global Development said": the person named right before "of/from/at" the organisation. */
function personOfOrganisation(sp: Speakers, orgStart: number): EntityRef | null {
  const before = sp.body.slice(Math.max(0, orgStart - 16), orgStart)
  const joint = /\s(?:of|from|at)\s+(?:the\s+)?$/.exec(before)
  // "Kand of the Foundation for India and Indian Diaspora Studies": the first of two joined organisations
  const and = joint ? null : /\s(?:and|&)\s+(?:the\s+)?$/.exec(before)
  if (and) {
    const end = orgStart - before.length + and.index
    const i = firstStartingFrom(sp.index, end) - 1
    const prev = sp.index[i] as MentionRef | undefined
    return prev && prev.end === end && prev.ref.type === 'organisation' && prev.start < orgStart ? personOfOrganisation(sp, prev.start) : null
  }
  if (!joint) return null
  const nameEnd = orgStart - before.length + joint.index
  for (let i = firstStartingFrom(sp.index, nameEnd) - 1, n = 0; i >= 0 && n < 4; i--, n++) {
    const x = sp.index[i] as MentionRef
    if (x.end === nameEnd && x.ref.type === 'person') return x.ref
  }
  return null
}

// ---------------------------------------------------------------- direct quotes

function isTitleOrLabel(body: string, p: Para, q: RawQuote): boolean {
  const text = body.slice(q.start, q.end)
  const words = text.split(/\s+/).filter(Boolean)
  const before = body.slice(Math.max(p.start, q.open - 30), q.open)
  if (TITLE_CUES.test(before)) return true
  // a single capitalised word in the middle of a sentence is a name ("FP-5 “Flamingo” missiles")
  if (words.length === 1 && /^\p{Lu}/u.test(text) && !/[.!?:]\s*$/.test(before) && before.trim() !== '') return true
  // Title Case phrases are titles of documents, songs, campaigns
  if (words.length >= 2 && words.length <= 10 && words.filter((w) => w.length > 3).every((w) => /^\p{Lu}/u.test(w)) && !/[.!?]$/.test(text)) return true
  return false
}

/** True when the sentence around a short quote reports speech (so the quote is someone's words, not a scare quote). */
function speechContext(body: string, p: Para, q: RawQuote): boolean {
  const s = sentenceBounds(body, p, q.open)
  const around = body.slice(s.start, q.open) + ' ' + body.slice(q.close + 1, Math.max(q.close + 1, s.end))
  return tokenize(around).some((t) => SPEECH_VERBS.has(t.low) || t.low === 'imploring' || t.low === 'according')
}

// ---------------------------------------------------------------- interviews

interface Interview {
  answers: Array<{ p: Para; start: number }>
  speaker: EntityRef | null
  skip: Set<number>
}

const LABEL_RE = /^([\p{Lu}][\p{L}.'’ -]{0,40}?):\s+(?=\S)/u

function findInterview(body: string, paras: Para[], entities: Entities, index: MentionRef[]): Interview | null {
  // form 1: "Name: answer" / "Outlet: question?"
  const labels = new Map<string, number[]>()
  for (const [i, p] of paras.entries()) {
    const m = LABEL_RE.exec(p.text)
    if (m?.[1] && m[1].split(' ').length <= 5) labels.set(m[1], [...(labels.get(m[1]) ?? []), i])
  }
  const multi = [...labels.entries()].filter(([, v]) => v.length >= 2)
  if (multi.length >= 1 && multi.reduce((n, [, v]) => n + v.length, 0) >= 4) {
    const questionish = (lab: string): number => (labels.get(lab) ?? []).filter((i) => paras[i]?.text.trim().endsWith('?')).length / (labels.get(lab)?.length ?? 1)
    const sorted = [...multi].sort((a, b) => questionish(a[0]) - questionish(b[0]))
    const [answerLabel, rows] = sorted[0] as [string, number[]]
    if (questionish(answerLabel) < 0.5) {
      const labelSet = new Set(multi.map(([l]) => l))
      // "A:" answers are the interviewee's, named where the interview is introduced ("spoke with X")
      const speaker = refForName(answerLabel, entities) ?? (answerLabel.length <= 2 ? introducedInterviewee(body, paras, rows[0] ?? 0, index) : null)
      const answers: Interview['answers'] = []
      const skip = new Set<number>()
      for (const i of rows) {
        const p = paras[i] as Para
        const m = LABEL_RE.exec(p.text)
        answers.push({ p, start: p.start + (m?.[0].length ?? 0) })
        for (let j = i + 1; j < paras.length; j++) {
          const n = paras[j] as Para
          const lm = LABEL_RE.exec(n.text)
          if (lm?.[1] && labelSet.has(lm[1])) break
          if (TERMINAL_RE.test(n.text) && splitWordCount(n.text) >= 6 && !/^(?:©|Credit|Photo)/i.test(n.text)) answers.push({ p: n, start: n.start })
          skip.add(j)
        }
        skip.add(i)
      }
      for (const [l, v] of multi) if (l !== answerLabel) for (const i of v) skip.add(i)
      return { answers, speaker, skip }
    }
  }
  // form 2: short question paragraphs ending with "?" between answer paragraphs
  const qIdx = paras.map((p, i) => ({ p, i })).filter(({ p }) => /\?["”]?$/.test(p.text) && splitWordCount(lastSentence(p.text)) <= 30)
  if (qIdx.length < 2) return null
  const intro = body.slice(0, paras[qIdx[0]?.i ?? 0]?.end ?? 0)
  const introCue = /\b(?:speaks|spoke|talks|talked|speaking)\s+(?:with|to)\b|\binterview(?:ed)?\b/i.exec(intro)
  const youQs = qIdx.filter(({ p }) => /\byou(?:r)?\b/i.test(lastSentence(p.text))).length
  if (!introCue && youQs < 2) return null
  let speaker: EntityRef | null = null
  if (introCue) {
    const after = index.find((m) => m.start > introCue.index && m.ref.type === 'person')
    speaker = after?.ref ?? null
  }
  if (!speaker) {
    const counts = new Map<string, { ref: EntityRef; n: number }>()
    for (const m of index) if (m.ref.type === 'person') counts.set(m.ref.key, { ref: m.ref, n: (counts.get(m.ref.key)?.n ?? 0) + 1 })
    speaker = [...counts.values()].sort((a, b) => b.n - a.n)[0]?.ref ?? null
  }
  const answers: Interview['answers'] = []
  const skip = new Set<number>()
  const firstQ = qIdx[0]?.i ?? 0
  for (let i = 0; i <= firstQ; i++) skip.add(i)
  for (let i = firstQ + 1; i < paras.length; i++) {
    const p = paras[i] as Para
    skip.add(i)
    if (/\?["”]?$/.test(p.text)) continue
    if (!TERMINAL_RE.test(p.text) || splitWordCount(p.text) < 6) continue
    answers.push({ p, start: p.start })
  }
  return { answers, speaker, skip }
}

/** The person an interview introduction names: "UN News spoke with X", "in an interview with X", "X told UN News"; else the most mentioned person. */
function introducedInterviewee(body: string, paras: Para[], firstAnswer: number, index: MentionRef[]): EntityRef | null {
  const intro = body.slice(0, paras[firstAnswer]?.start ?? 0)
  const cue = /\b(?:speaks|spoke|talks|talked|speaking|sat down)\s+(?:with|to)\b|\binterview(?:ed)?\b/i.exec(intro)
  if (cue) {
    const after = index.find((m) => m.start > cue.index && m.ref.type === 'person')
    if (after) return after.ref
  }
  const counts = new Map<string, { ref: EntityRef; n: number }>()
  for (const m of index) if (m.ref.type === 'person') counts.set(m.ref.key, { ref: m.ref, n: (counts.get(m.ref.key)?.n ?? 0) + 1 })
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.ref ?? null
}

function lastSentence(text: string): string {
  const parts = text.split(/(?<=[.!?])\s*(?=\p{Lu})/u)
  return parts[parts.length - 1] ?? text
}

function refForName(name: string, entities: Entities): EntityRef | null {
  const f = foldName(name)
  for (const p of entities.people) if (foldName(p.name) === f || p.aliases.some((a) => foldName(a) === f)) return { type: 'person', key: p.key, name: p.name }
  for (const o of entities.organisations) if (foldName(o.name) === f || o.aliases.some((a) => foldName(a) === f)) return { type: 'organisation', key: o.key, name: o.name }
  return null
}

// ---------------------------------------------------------------- indirect speech

/** What a player adds in a game report: "added three assists", "added his seventh goal". */
const SCORE_NOUNS = new Set(['goal', 'goals', 'assist', 'assists', 'point', 'points', 'rebound', 'rebounds', 'touchdown', 'touchdowns', 'run', 'runs', 'hit', 'hits', 'save', 'saves', 'yards', 'try', 'tries', 'wicket', 'wickets', 'basket', 'baskets'])

/** Nouns "that" can point at as a time ("that summer", "that day"). */
const TIME_NOUNS = new Set(['day', 'night', 'morning', 'afternoon', 'evening', 'week', 'weekend', 'month', 'year', 'summer', 'winter', 'spring', 'autumn', 'fall', 'season', 'time', 'moment', 'decade'])

/** What "claimed" takes as an object when it reports a deed: "claimed victory", "claimed the lives of …". */
const CLAIMED_THINGS = new Set(['victory', 'responsibility', 'credit', 'lives', 'ownership', 'asylum', 'seats', 'title', 'titles', 'win', 'wins'])

/** Reported content after a speech verb at token k of a sentence. */
const FINITE_AFTER_THAT = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'does', 'did'])

function contentAfterVerb(sentText: string, toks: Tok[], k: number): { s: number; e: number } | null {
  const verb = toks[k] as Tok
  let j = k + 1
  const next = toks[j]
  if (!next) return null
  if (DIRECTIVE_VERBS.has(verb.low)) {
    if (verb.low.startsWith('call')) {
      if (!next || !['for', 'on', 'upon'].includes(next.low)) return null
      // "the plan calls for $1.1 billion": an amount asked for, not words
      if (next.low === 'for' && /^\s*(?:(?:some|about|around|nearly|almost|over|roughly)\s+)?[\d$€£¥]/.test(sentText.slice(next.end))) return null
      j++
    }
  } else if (verb.low === 'pointed' || verb.low === 'points') {
    if (next.low !== 'out') return null
    j++
  } else if (next.low === 'by' && !next.cap) {
    // "highlighted by Canada’s wildfire season", "reported by local media": a passive, not words
    return null
  } else if (/^tell|^told/.test(verb.low) && /^(?:the|a|an|his|her|their|its)\s+(?:story|stories|tale|tales|history)\b/i.test(sentText.slice(next.start))) {
    // "told the tale of a man who …": a story told, not words reported
    return null
  } else if (['added', 'adds', 'reported', 'reports', 'posted', 'claims', 'claimed'].includes(verb.low) && /^(?:(?:some|about|around|nearly|almost|over|roughly)\s+)?[\d$€£¥]/.test(sentText.slice(next.start - 1).trimStart())) {
    // "the Nasdaq added 20.72 points", "Home Depot reported $2.53 in earnings", "Guatemala claims some 12,700
    // square kilometres": a figure, not words
    return null
  } else if ((verb.low === 'added' || verb.low === 'adds') && (toks.slice(j, j + 4).some((t) => SCORE_NOUNS.has(t.low)) || /^(?:his|her|their)\s+\w+(?:th|st|nd|rd)\b/i.test(sentText.slice(next.start)))) {
    // "Brad Marchand added three assists", "Clifton added a goal": a score, not words
    return null
  } else if (verb.low.startsWith('claim') && CLAIMED_THINGS.has(next.low)) {
    // "claimed victory", "claimed responsibility for the attack": a deed, not words
    return null
  }
  // "that" within a few words ("said Friday that", "told reporters that", "said in a statement that")
  let thatSubject = false
  for (let x = j; x < Math.min(toks.length, j + 9); x++) {
    const t = toks[x] as Tok
    // "wrote hundreds of songs that summer": "that" before a time noun is no conjunction
    if (t.low === 'that' && TIME_NOUNS.has(toks[x + 1]?.low ?? '')) break
    // "called on Israel to end the occupation that has become a state policy", "said that was wrong": a verb
    // right after "that" makes it a relative or a subject, not the conjunction that opens the words
    if (t.low === 'that' && FINITE_AFTER_THAT.has(toks[x + 1]?.low ?? '')) {
      // ("estimates that could be 300 miles": right after the verb it is the words' subject)
      thatSubject = x === j
      break
    }
    if (t.low === 'that' && !/[,;]/.test(sentText.slice(verb.end, t.start).replace(/^,/, ''))) {
      j = x + 1
      break
    }
    if (/[,;:“”"]/.test(sentText.slice(verb.end, t.start))) break
    // "stressed the decision would not change the reality that …": the clause has begun before "that"
    // ("projected in May that …": the month is no verb)
    if (!t.cap && FINITE_WORDS.has(t.low)) break
  }
  if (THAT_VERBS.has(verb.low) && toks[j - 1]?.low !== 'that' && !thatSubject) return null
  if (['told', 'tells', 'telling', 'informed', 'briefed'].includes(verb.low) && toks[j - 1] === verb) {
    // skip the listener: "told reporters", "told Polygraph.info", "told the Assembly"
    let x = j
    if (toks[x]?.low === 'the') x++
    while (toks[x] && (toks[x]?.cap || ['reporters', 'journalists', 'lawmakers', 'legislators', 'parliament', 'delegates', 'members', 'press', 'media', 'council', 'police', 'investigators', 'officers', 'officials', 'prosecutors', 'agents', 'congress', 'senators', 'staff', 'employees', 'supporters', 'viewers', 'listeners', 'readers', 'audiences', 'committee', 'panel', 'jury', 'court', 'judge', 'crowd', 'audience', 'students', 'voters', 'parliamentarians', 'mps'].includes(toks[x]?.low ?? '')) && x < j + 5) x++
    if (toks[x]?.low === 'info' || sentText[toks[x - 1]?.end ?? 0] === '.') x++
    j = x
  }
  // "said Monday the victim was …", "said on Tuesday the death toll rose …": when it was said is not what
  if (toks[j - 1] === verb || toks[j - 1]?.low === 'that') {
    let x = j
    if (toks[x]?.low === 'on' || toks[x]?.low === 'late' || toks[x]?.low === 'early') x++
    const t = toks[x]
    const when = t && (/^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/.test(t.low) || t.low === 'yesterday' || t.low === 'today') ? 1 : 0
    const next = toks[x + when]
    if (t && when && next && !FINITE_WORDS.has(next.low) && !/^['’]/.test(sentText.slice(t.end)) && /^\s+\S/.test(sentText.slice(t.end)) && splitWordCount(sentText.slice(next.start)) >= 3) j = x + when
  }
  const first = toks[j]
  if (!first) return null
  const rest = sentText.slice(first.start)
  if (/^:?\s*[“"«‘']/.test(sentText.slice(verb.end).trim())) return null
  const cut = CONTENT_CUTS.exec(rest)
  let e = first.start + (cut ? cut.index : rest.length)
  while (e > first.start && /[\s.,;:]/.test(sentText[e - 1] ?? '')) e--
  return { s: first.start, e }
}

/** Who speaks in a sentence before token k, for a participle (", adding that …"): reported speech or an attributed quote already found there, else the sentence's named subject. */
function sentenceSpeaker(sp: Speakers, base: number, _st: string, toks: Tok[], k: number, out: QuoteFact[], directs: QuoteFact[], attributed: Set<QuoteFact>): { ref: EntityRef | null; found: boolean } | null {
  const v = toks[k] as Tok
  const lo = base
  const hi = base + v.start
  const ind = [...out].reverse().find((q) => q.start >= lo && q.start < hi)
  if (ind) return { ref: ind.speaker, found: true }
  const dq = [...directs].reverse().find((q) => q.start >= lo && q.start < hi && attributed.has(q))
  if (dq) return { ref: dq.speaker, found: true }
  const first = toks[0]?.low === 'the' ? 1 : 0
  const r = subjectAt(sp, base, toks, first) ?? subjectAt(sp, base, toks, first + 1)
  return r?.ref ? r : null
}

/** tokenize(text) for text found in the body at base: the body's own tokens when it is (text is a sentence's part). */
function tokensAt(sp: Speakers, base: number, text: string): Tok[] {
  return sp.body.startsWith(text, base) ? tokensOf(sp, base, base + text.length) : tokenize(text)
}

/**
 * The tokens of body[start, end) with offsets relative to start: what tokenize(body.slice(start, end)) gives for a
 * sentence, whose ends never fall inside a word, taken from the body's tokens instead of tokenizing it again.
 */
function tokensOf(sp: Speakers, start: number, end: number): Tok[] {
  const all = tokenizeBody(sp.body)
  const out: Tok[] = []
  for (let k = firstStartingFrom(all, start); k < all.length && (all[k] as Tok).end <= end; k++) {
    const t = all[k] as Tok
    out.push({ ...t, start: t.start - start, end: t.end - start })
  }
  return out
}

/** Whether body[start, end) has a word that findIndirect reads as a reporting verb (lower case, in INDIRECT_VERBS). */
function hasIndirectVerb(sp: Speakers, start: number, end: number): boolean {
  const all = tokenizeBody(sp.body)
  for (let k = firstStartingFrom(all, start); k < all.length && (all[k] as Tok).end <= end; k++) {
    const t = all[k] as Tok
    if (!t.cap && INDIRECT_VERBS.has(t.low)) return true
  }
  return false
}

/** An attribution closing reported content: ", the news agency said", ", according to a Reuters report". */
const TRAILING_ATTRIBUTION = /,\s+(?:according to\s[^,]{1,60}|(?:(?:the|a|an)\s+)?(?:[\p{L}’'.-]+\s+){0,4}?(?:said|says|reported|reports|added|adds|wrote|noted))$/u

function findIndirect(sp: Speakers, p: Para, directs: QuoteFact[], qs: RawQuote[], attributed: Set<QuoteFact>): QuoteFact[] {
  const inQuote = (pos: number): boolean => insideQuote(qs, pos)
  const seen = new Set<number>()
  const body = sp.body
  const out: QuoteFact[] = []
  const sents: Span[] = []
  let s = p.start
  for (const at of sentenceEnds(body, p)) {
    sents.push({ start: s, end: at })
    s = at
  }
  if (s < p.end) sents.push({ start: s, end: p.end })
  for (const sent of sents) {
    const text = body.slice(sent.start, sent.end)
    const lead = text.length - text.trimStart().length
    const base = sent.start + lead
    const st = text.trim()
    if (splitWordCount(st) < 5 || inQuote(base)) continue
    const push = (a: number, b: number, ref: EntityRef | null): void => {
      let x = a, y = b
      // a dateline is not reported content: "NEW YORK (Reuters) — The attorney general…"
      const dl = DATELINE_RE.exec(st.slice(x, y))
      if (dl) x += dl[0].length
      while (x < y && /[\s,“”"‘’'–—-]/.test(st[x] ?? '') && !(/[“"‘]/.test(st[x] ?? '') && st.slice(x + 1, y).match(/[”"’]/))) x++
      while (y > x && /[\s.,;:]/.test(st[y - 1] ?? '')) y--
      // "… prices in Europe, the news agency said", "…, according to a Reuters report": whoever passed the words on
      // (only the end can hold it: a long content is not scanned whole)
      const tailFrom = Math.max(x, y - 90)
      const passedOn = TRAILING_ATTRIBUTION.exec(st.slice(tailFrom, y))
      if (passedOn && tailFrom + passedOn.index > x) y = tailFrom + passedOn.index
      const t = st.slice(x, y)
      if (splitWordCount(t) < 3) return
      // content that is all one quotation is a direct quote, not reported speech
      const whole = /^[“"«]/.test(t) ? directs.find((d) => d.start >= base + x && d.end >= base + y - 2 && d.start <= base + x + 2) : undefined
      if (whole) {
        // "According to his aunt, Jane Starner, “He was brilliant …”": the attribution names the quote's speaker
        if (!whole.speaker && ref) whole.speaker = ref
        return
      }
      // "he said, “I'll …,” the office said": the words are the direct quote, followed by its attribution
      const lead = directs.find((d) => d.start >= base + x && d.start <= base + x + 2)
      if (lead && /^[,.!?…]?\s*[”"»][\s,]+\S/.test(st.slice(lead.end - base))) return
      if (seen.has(base + x)) return
      seen.add(base + x)
      out.push({ text: t, kind: 'indirect', speaker: ref, start: base + x, end: base + y })
      noteSpeaker(sp, ref)
    }
    // "According to X, content" / "content, according to X"
    const acc = /\baccording to\b/i.exec(st)
    if (acc) {
      const afterAcc = st.slice(acc.index + acc[0].length)
      const comma = afterAcc.indexOf(',')
      const srcEnd = comma >= 0 ? acc.index + acc[0].length + comma : st.length
      const r = resolvePhrase(sp, base + acc.index + acc[0].length, base + srcEnd)
      const ref = r.ref
      if (acc.index < 3 && comma >= 0) {
        let cs = srcEnd + 1
        // skip an apposition: "According to Matthias Schmale, The UN Human Coordinator for Ukraine, the nation…"
        const rest = st.slice(cs)
        const app = /^\s*(?:the|a|an)\s[^,]{1,70},/i.exec(rest)
        if (app && /\b(?:coordinator|director|head|chief|spokes\w+|representative|secretary|president|minister|commissioner|envoy|official|expert|analyst|adviser|advisor|researcher|professor|lawyer|founder|leader)\b/i.test(app[0]) && splitWordCount(app[0]) <= 12) cs += app[0].length
        // "According to his aunt, Jane Starner, …": the name in the apposition is the source
        const named = /^\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3},/u.exec(st.slice(cs))
        const person = named && ref?.type !== 'person' ? mentionsWithin(sp.index, base + cs, base + cs + named[0].length).find((m) => m.ref.type === 'person') : undefined
        if (named && person) cs += named[0].length
        push(cs, st.length, person?.ref ?? ref)
        continue
      }
      // "X said on Wednesday that …, according to a Reuters report": X's words, as Reuters passed them on
      const saidThat = /\b(?:said|says|told|argued|warned|claimed|stated|insisted)\b[^,;]{0,40}\bthat\b/.test(st.slice(0, acc.index))
      if (acc.index > 10 && /,\s*$/.test(st.slice(0, acc.index)) && !saidThat) {
        const pre = st.slice(0, acc.index)
        const lastComma = pre.lastIndexOf(',', pre.length - 2)
        const startAt = /^(?:In fact|However|Meanwhile|Moreover|Additionally|Also|Furthermore),\s/.test(pre) ? pre.indexOf(',') + 1 : lastComma > 0 && lastComma < pre.length - 2 && splitWordCount(pre.slice(0, lastComma)) < 4 ? lastComma + 1 : 0
        push(startAt, acc.index, ref)
        continue
      }
    }
    // most sentences have no reporting verb: their tokens are not copied out
    if (!hasIndirectVerb(sp, base, base + st.length)) continue
    const toks = tokensOf(sp, base, base + st.length)
    let done = false
    for (let k = 0; k < toks.length && !done; k++) {
      const v = toks[k] as Tok
      if (v.cap || !INDIRECT_VERBS.has(v.low) || inQuote(base + v.start)) continue
      // "the Horowitz and Durham reports": a noun after names, not a verb
      if (['reports', 'claims', 'notes', 'calls', 'estimates', 'states', 'findings'].includes(v.low) && /\bthe\s+(?:\p{Lu}[\p{L}'’.-]*\s+(?:and\s+)?){1,4}$/u.test(st.slice(0, v.start))) continue
      const participle = SPEECH_PARTICIPLES.has(v.low)
      // "Grossi was quoted as saying in an IAEA statement that …": the one quoted is the subject of "was quoted"
      const quotedAs = v.low === 'saying' ? /\b(?:was|were|is|are|has been|had been)\s+quoted\b[^,.;:“”"]{0,60}?\bas\s+$/i.exec(st.slice(0, v.start)) : null
      if (quotedAs) {
        const aux = toks.findIndex((t) => t.start === quotedAs.index)
        const subj = aux > 0 ? subjectBefore(sp, base, st, toks, aux) : null
        const c = subj?.ref ? contentAfterVerb(st, toks, k) : null
        if (c) {
          push(c.s, c.e, subj!.ref)
          done = true
          continue
        }
      }
      if (participle && !/,\s*$/.test(st.slice(0, v.start))) continue
      // the attribution of a direct quote ("…,” X told reporters in response…) reports nothing more, but a
      // participle after it does ("…,” said Mr. Dujarric, adding that …), and so does "CONTENT “partial,” X said"
      const afterQuote = /[,.!?…]\s*[”"’]|[”"]\s*,/.test(st.slice(0, v.start))
      if (afterQuote && !participle) {
        if (!/^[“"«‘]/.test(st) && tryReverse(sp, st, base, toks, k, push)) done = true
        continue
      }
      if (!participle && tryReverse(sp, st, base, toks, k, push)) {
        done = true
        const tail = /^[^,]*,\s+(adding|noting|saying|warning|stressing|insisting|arguing)\b/.exec(st.slice(v.end))
        const pk = tail ? toks.findIndex((t) => t.start === v.end + (tail[0].length - (tail[1] as string).length)) : -1
        const c2 = pk > 0 ? contentAfterVerb(st, toks, pk) : null
        if (c2) push(c2.s, c2.e, out[out.length - 1]?.speaker ?? null)
        continue
      }
      // forward form: SUBJECT VERB (that) CONTENT; a participle takes the speaker already named in the sentence
      const subj = participle ? sentenceSpeaker(sp, base, st, toks, k, out, directs, attributed) : subjectBefore(sp, base, st, toks, k)
      if (subj?.found) {
        const c = contentAfterVerb(st, toks, k)
        // "“…” with the Americans, said Umerov after the meeting": after ", said" comes the speaker, not words
        if (c && /,[”"’']?\s*$/.test(st.slice(0, v.start)) && speakerOnly(sp, base, st, c.s, c.e)) {
          done = true
          continue
        }
        // "told the House of Commons on February 7: “The Government is …”": the colon opens a direct quote,
        // which is all that was said
        const toColon = c && /^[^“”"]{0,80}:\s*[“"]/.test(st.slice(c.s, c.e)) ? st.slice(c.s, st.indexOf(':', c.s)) : null
        if (toColon !== null && splitWordCount(toColon) <= 8 && !/\bthat\b/i.test(toColon) && !FINITE_CLAUSE.test(toColon)) {
          done = true
          continue
        }
        // "said in a statement, “We are profoundly pleased …”": the words start after the where and when
        const quoteAfter = c && /[“"]/.test(st.slice(c.s, c.s + 200)) ? ADJUNCTS_THEN_QUOTE.exec(st.slice(c.s, Math.min(c.e, c.s + 200))) : null
        if (c && quoteAfter) c.s += quoteAfter[0].length
        // "…, Austria's interior minister said on Tuesday.", "X said at a rally in Louisiana": after the verb
        // only where and when; the words, if any, came before the subject
        if (c && adjunctsOnly(st.slice(c.s, c.e))) {
          const before = contentBeforeSubject(st, v.start)
          if (before) push(before.s, before.e, subj.ref)
          done = true
          continue
        }
        if (c) {
          // "When the advisers suggested that X, Trump …", "The ceasefire, which the IAEA said it had helped to secure, comes…":
          // the content of a subordinate or relative clause ends at its comma
          const lead = st.slice(0, v.start)
          if (/^(?:when|if|after|although|though|as|while|because|since|before|once|until|whereas)\b[^,]*$/i.test(lead) || /(?:^|,\s*|\s)(?:which|whom)\s+[^,]{1,60}$/i.test(lead)) {
            const comma = st.indexOf(',', c.s)
            if (comma > c.s && comma < c.e) c.e = comma
          }
          push(c.s, c.e, subj.ref)
          // "The United Nations and European Union stressed …": the same words from each of the two
          const pair = subj.ref ? mentionsWithin(sp.index, base, base + v.start).slice(-2) : []
          const [m1, m2] = pair
          if (m1 && m2 && m2.ref.key === subj.ref?.key && m1.ref.key !== m2.ref.key && m1.ref.type === m2.ref.type && /^\s+and\s+(?:the\s+)?$/.test(body.slice(m1.end, m2.start))) {
            const first = out[out.length - 1]
            if (first && first.speaker?.key === m2.ref.key) out.splice(out.length - 1, 0, { ...first, speaker: m1.ref })
          }
          // a second source inside the content: ", with the mission (HRMMU) reporting that …"
          const w = WITH_SOURCE.exec(st.slice(c.s, c.e))
          if (w?.[1] && w[3]) {
            const ws = c.s + w.index + w[0].indexOf(w[1])
            const r2 = resolvePhrase(sp, base + ws, base + ws + w[1].length)
            if (r2.ref) {
              out.pop()
              seen.delete(base + c.s)
              push(c.s, c.s + w.index, subj.ref)
              push(c.s + w.index + w[0].length, c.e, r2.ref)
              done = true
              continue
            }
          }
          // follow-on participle clause: ", saying he trusted…"
          const tail = st.slice(c.e)
          const pm = /^,\s+(saying|adding|noting|warning|stressing|arguing|urging|calling|insisting)\b/.exec(tail)
          if (pm) {
            const pk = toks.findIndex((t) => t.start === c.e + tail.indexOf(pm[1] as string))
            if (pk > 0) {
              const c2 = contentAfterVerb(st, toks, pk)
              if (c2) push(c2.s, c2.e, subj.ref)
            }
          }
          done = true
          continue
        }
      }
    }
  }
  return out
}

/** A noun phrase inside an adjunct: a determiner and a few words not ending in a verb form, or a name, or a number. */
const ADJUNCT_NP = `(?:(?:a|an|the|his|her|its|their|our|this|that)\\s+(?:(?!(?:the|a|an|it|he|she|they|we)\\b)[\\p{L}\\p{N}.'’&-]+\\s+){0,2}(?!(?:the|a|an|it|he|she|they|we)\\b)[\\p{L}\\p{N}.'’&-]*[\\p{L}\\p{N}](?<!ed)|\\p{Lu}[\\p{L}.'’&-]*(?:\\s+\\p{Lu}[\\p{L}.'’&-]*)*|\\p{N}[\\p{N}.,:]*(?:\\s*[ap]\\.?m\\.?)?)`
const ADJUNCT = `(?:(?:in|on|at|during|via|through|from|near|outside|inside|to|with|before|after|for|of|by|about|(?:quoted|cited)\\s+by|citing)\\s+${ADJUNCT_NP}|(?:last|this|next|earlier|later)\\s+(?:week|month|year|night|morning|afternoon|evening|weekend|\\p{Lu}\\p{L}+)|yesterday|today|tonight|earlier|later|\\p{Lu}\\p{L}+day)`
const ADJUNCTS_ONLY = new RegExp(`^${ADJUNCT}(?:\\s+${ADJUNCT})*(?:,\\s+(?:after|before|amid|despite|following|during|without|ahead of)\\b[^]*)?$`, 'u')
/** Where and when, then a comma and a quotation: "in a statement, “We are …”". */
const ADJUNCTS_THEN_QUOTE = new RegExp(`^${ADJUNCT}(?:\\s+${ADJUNCT})*,\\s*(?=[“"])`, 'u')

/** Whether what follows a reporting verb only says where, when or how it was said: "in a statement", "at a rally in Louisiana last week". */
function adjunctsOnly(text: string): boolean {
  return text.length < 200 && !/\bthat\b/i.test(text) && ADJUNCTS_ONLY.test(text)
}

/** An opening clause ("While commending …", "Speaking in Moscow …"), not words that were said. */
const opensClause = (text: string): boolean => CLAUSE_OPENERS.test(text) || /^\p{Lu}\p{Ll}+ing\b/u.test(text)

/**
 * "CONTENT, Austria's interior minister said …": the words before the comma that opens the subject, when the
 * subject is short and what comes before is a clause, not an opener ("Earlier this month, the IAEA said …").
 */
function contentBeforeSubject(st: string, verbStart: number): { s: number; e: number } | null {
  const pre = st.slice(0, verbStart)
  const comma = pre.lastIndexOf(',')
  if (comma <= 0) return null
  const seg = pre.slice(comma + 1).replace(/^[\s”"’»]+/, '').trim()
  const content = st.slice(0, comma).trim()
  if (!seg || splitWordCount(seg) > 14 || /^(?:which|who|whom|whose|that|where|when|and|but)\b/i.test(seg)) return null
  if (splitWordCount(content) < 3 || /^[“"«]/.test(content) || opensClause(content)) return null
  return { s: 0, e: comma }
}

const REVERSE_VERBS = new Set(['said', 'says', 'added', 'warned', 'noted', 'argued', 'stressed', 'reported', 'claimed', 'insisted', 'explained', 'agreed', 'admits', 'admitted', 'told', 'tells', 'pointed', 'wrote', 'writes', 'cautioned', 'believes', 'estimated', 'estimates', 'acknowledged', 'conceded', 'contended', 'observed', 'recalled', 'suggested', 'predicted', 'stated', 'announced', 'confirmed', 'explains', 'adds', 'warns', 'notes', 'argues', 'reports'])

/** "CONTENT, SUBJECT said …" or "CONTENT, said SUBJECT.": the reported words come first. */
function tryReverse(sp: Speakers, st: string, base: number, toks: Tok[], k: number, push: (a: number, b: number, ref: EntityRef | null) => void): boolean {
  const v = toks[k] as Tok
  if (!REVERSE_VERBS.has(v.low)) return false
  const pre = st.slice(0, v.start)
  const comma = pre.lastIndexOf(',')
  if (comma <= 0) return false
  const seg = pre.slice(comma + 1).replace(/^[\s”"’»]+/, '').trim()
  if (splitWordCount(seg) > 8) return false
  const content = st.slice(0, comma)
  // "In 1997, Elise wrote, she interviewed Mike …": the words follow the attribution
  const mid = /^\s*,\s+/.exec(st.slice(v.end))
  const midWords = !!seg && !!mid && splitWordCount(content) <= 5 && PHRASE_OPENER.test(content.trim())
  if ((splitWordCount(content) < 3 && !midWords) || /^[“"«‘']/.test(content.trim())) return false
  // "While commending…, she stressed…", "Speaking in Moscow…, Putin said…", "Earlier this month, the IAEA said…":
  // an opening clause is not what was said; "The ceasefire, which the IAEA said…" is a relative clause
  if (seg && opensClause(content.trim())) return false
  // "Shortly before their arrival, Webb admitted to …": a time phrase, not what was said
  if (seg && !mid && splitWordCount(content) <= 5 && TIME_OPENER.test(content.trim())) return false
  if (/^(?:which|who|whom|whose|that|where|when)\b/i.test(seg)) return false
  if (!seg && (v.low === 'told' || v.low === 'tells')) return false
  // "Sen. Ted Cruz, R-Texas, said …", "Michael Sims, chief executive of Ceres Robotics, said …": a name and its
  // apposition before the verb are the subject, not what was said
  if (!seg && nameWithApposition(sp, base, content)) return false
  // "On Monday, Farhan Haq, the deputy UN spokesman, said the talks failed": so after an opening phrase
  if (!seg) {
    const c0 = content.indexOf(',')
    const lead = c0 > 0 ? content.slice(0, c0).trim() : ''
    const named = c0 > 0 ? content.slice(c0 + 1).trimStart() : ''
    if (lead && splitWordCount(lead) <= 5 && (PHRASE_OPENER.test(lead) || TIME_OPENER.test(lead)) && nameWithApposition(sp, base + content.length - named.length, named)) return false
  }
  // "…, X said any strike is unacceptable": a clause after the verb is the content (forward form)
  if (seg && !AFTER_ATTRIBUTION.test(st.slice(v.end))) return false
  // "said that …" after the subject is the forward form; so is "X, the chief executive, said in an interview that …"
  if (/^\s+(?:\S+\s+){0,3}?that\b/.test(st.slice(v.end))) return false
  if (!seg && /^\s+(?:[^\s,;:.]+\s+){0,9}?that\b/.test(st.slice(v.end))) return false
  // "CONTENT, Farhan Haq, the deputy UN spokesman, said at a news briefing.": the name and its apposition come
  // between what was said and the verb
  if (!seg && AFTER_ATTRIBUTION.test(st.slice(v.end))) {
    const c1 = content.lastIndexOf(',', content.lastIndexOf(',') - 1)
    const named = c1 > 0 ? content.slice(c1 + 1).trimStart() : ''
    const namedAt = base + content.length - named.length
    const before = c1 > 0 ? content.slice(0, c1).trim() : ''
    if (named && nameWithApposition(sp, namedAt, named) && splitWordCount(before) >= 3 && !/^[“"«‘']/.test(before) && !opensClause(before) && !/\baccording to\b/i.test(before)) {
      push(0, c1, mentionsWithin(sp.index, namedAt, namedAt + named.length)[0]?.ref ?? null)
      return true
    }
  }
  let r: { ref: EntityRef | null; found: boolean } | null = null
  if (seg) {
    const segStart = base + comma + 1 + (pre.slice(comma + 1).length - pre.slice(comma + 1).replace(/^[\s”"’»]+/, '').length)
    r = resolvePhrase(sp, segStart, base + v.start)
    if (!r.found) {
      const segToks = tokenize(seg)
      r = subjectAt(sp, segStart, segToks, segToks.length - 1)
    }
  } else {
    // "…, said Lt. Matt Harris, …": the period of a title's abbreviation does not end the speaker
    const after = SPEAKER_AFTER_VERB.exec(st.slice(v.end))
    // "…, said in a statement": not a speaker after the verb
    // "…, said the economy was at risk": a clause after the verb is what was said, not who said it
    const clause = after?.[1] ? FINITE_CLAUSE.test(after[1]) : false
    if (after?.[1] && !clause && !/^(?:in|on|at|during|after|before|about|to|from|while|when|as|last|this|that|it|he|she|they|we|there|by|with|via|through|earlier|later|today|yesterday|on)\b/i.test(after[1]) && !/^(?:whether|if|what|how|why|who|where)\b/.test(after[1])) {
      const at = base + v.end + st.slice(v.end).indexOf(after[1])
      r = resolvePhrase(sp, at, at + after[1].length)
      // "…, said another witness in the probe, former adviser Fiona Hill.": the name comes in an apposition
      const appo = r.found ? null : /^,\s+([^,.;]{2,80}?)\s*(?:[.;]|$)/.exec(st.slice(at - base + after[1].length).replace(/^\s+(?:(?:in|on|at|during|via|through|to)\s[^,.;]*)/, ''))
      if (appo?.[1]) {
        const a2 = st.indexOf(appo[1], at - base + after[1].length)
        const r2 = resolvePhrase(sp, base + a2, base + a2 + appo[1].length)
        if (r2.ref?.type === 'person') r = r2
      }
    }
  }
  if (!r?.found) return false
  // "At current rates, Bridenstine said, there will be three rockets …": an opening phrase, the attribution
  // between commas, then the words
  if (midWords && mid) {
    const from = v.end + mid[0].length
    if (splitWordCount(st.slice(from)) < 3 || PARTICIPLE_TAIL.test(st.slice(from))) return false
    push(from, st.length, r.ref)
    return true
  }
  push(0, comma, r.ref)
  return true
}

/** The speaker after the verb ("…, said the minister in Kyiv."), up to its comma or the end; "Lt. Matt Harris" is one speaker. */
const SPEAKER_AFTER_VERB = new RegExp(`^\\s*((?:the\\s+)?(?:[^,.;]|(?<=\\b(?:${TITLE_ABBREVIATIONS}))\\.){1,80}?)(?:\\s+(?:in|on|at|during|via|through|to)\\s[^,.;]*)?\\s*(?:[,;]|(?<!\\b(?:${TITLE_ABBREVIATIONS}))\\.|$)`)

/** A finite verb outside a relative clause: "the economy was at risk" is a clause, "the man who was arrested" a speaker. */
const FINITE_CLAUSE = /^(?:(?!\b(?:who|whom|whose|which|that)\b)[^])*?\b(?:is|was|are|were|will|would|has|had|have|could|should|can|may|might|must)\b/i

/** Whether st[s, e) is only a name (after a title or two), perhaps followed by where or when: "Umerov after the meeting". */
function speakerOnly(sp: Speakers, base: number, st: string, s: number, e: number): boolean {
  const m = mentionsWithin(sp.index, base + s, base + e)[0]
  if (!m || splitWordCount(st.slice(s, m.start - base).trim() || 'x') > 3 || /[,;]/.test(st.slice(s, m.start - base))) return false
  const rest = st.slice(m.end - base, e).trim()
  // "…, said Mykolaj Suchy, a research analyst at …": the name and its apposition
  // "…, says Katherine Sierra, World Bank vice-president for …, in a statement circulated by the World Bank"
  return !rest || adjunctsOnly(rest) || /^,\s*(?:a|an|the|his|her|its|their)\s[^,;]{0,100}$/i.test(rest) || (/^,\s/.test(rest) && rest.length <= 160 && !/[;:]|\b(?:that|is|was|are|were|will|would|has|have|had|can|could|should|must|may|might)\b/.test(rest))
}

/** Whether text (at base) is a person's name, perhaps after a title, then a comma and a short apposition. */
function nameWithApposition(sp: Speakers, base: number, text: string): boolean {
  const m = mentionsWithin(sp.index, base, base + text.length)[0]
  if (!m || m.ref.type !== 'person' || m.start - base > 6) return false
  const rest = /^,\s+([^,]+)$/.exec(text.slice(m.end - base))
  return !!rest?.[1] && splitWordCount(rest[1]) <= 10
}

/** A prepositional or time phrase opening a sentence ("At current rates", "In the long run", "So far"). */
const PHRASE_OPENER = /^(?:at|in|on|by|for|with|under|from|over|since|after|before|during|without|despite|so far|for now|until|this|last|next)\b/i
/** A time phrase opening a sentence: "Shortly before their arrival", "Hours later", "Days after the vote". */
const TIME_OPENER = /^(?:shortly|soon|just|moments?|minutes?|hours?|days?|weeks?|months?|years?|later|earlier|then)\b/i
/** What follows an attribution without being the words: "…, adding that", "…, according to", "…, in a statement". */
const PARTICIPLE_TAIL = /^(?:adding|saying|noting|citing|referring|according|who|which|in|on|at|as|while|when|after|before|during|and|but)\b/i

// ---------------------------------------------------------------- conductor

export function findQuotes(body: string, _sentences: Span[], entities: Entities): QuoteFact[] {
  if (!body) return []
  const index = mentionIndex(entities)
  const roles = new Map<string, string[]>()
  const gender = new Map<string, 'm' | 'f'>()
  for (const p of entities.people) {
    roles.set(p.key, p.roles)
    const g = personGender.get(p)
    if (g) gender.set(p.key, g)
  }
  const paras = paragraphs(body)
  // each paragraph's quotes, found once: the whole-body list and the per-paragraph loop share them (never mutated)
  const quotesOf = paras.map((p) => quoteSpans(body, p))
  const sp: Speakers = { index, body, entities, lastPerson: null, lastOrg: null, last: null, gender, roles, speakersSoFar: [], quoted: quotesOf.flat().sort((a, b) => a.open - b.open) }
  const out: QuoteFact[] = []
  const interview = findInterview(body, paras, entities, index)
  if (interview) {
    for (const a of interview.answers) {
      const text = body.slice(a.start, a.p.end)
      if (text) out.push({ text, kind: 'interview', speaker: interview.speaker, start: a.start, end: a.p.end })
    }
  }
  let sinceSpeech = 99
  let otherNamed = false
  let carry: EntityRef | null = null
  const attributed = new Set<QuoteFact>()
  for (const [i, p] of paras.entries()) {
    if (interview?.skip.has(i)) continue
    const qs = quotesOf[i] as RawQuote[]
    const directs: QuoteFact[] = []
    let paraSpeaker: EntityRef | null = null
    let paraAttributed = false
    const pending: QuoteFact[] = []
    for (const q of qs) {
      if (q.end <= q.start) continue
      const text = body.slice(q.start, q.end)
      const words = text.split(/\s+/).filter(Boolean).length
      if (isTitleOrLabel(body, p, q)) continue
      const wholePara = q.open === p.start && (q.close >= p.end - 1 || !q.closed)
      if (words <= 3 && !wholePara && !speechContext(body, p, q)) continue
      const att = attributeDirect(sp, p, q, qs)
      const fact: QuoteFact = { text, kind: 'direct', speaker: att.ref, start: q.start, end: q.end }
      if (att.found) {
        attributed.add(fact)
        noteSpeaker(sp, att.ref)
        if (att.ref) sp.speakersSoFar.push(att.ref)
        paraSpeaker = att.ref
        paraAttributed = true
        for (const x of pending) x.speaker = att.ref
        pending.length = 0
      } else if (paraAttributed) fact.speaker = paraSpeaker
      else if (sentenceBounds(body, p, q.open).start < q.open - 1 && !/^[\s“"‘'(\[–—-]*$/.test(body.slice(sentenceBounds(body, p, q.open).start, q.open))) {
        // quoted words inside a sentence that names no speaker: the recent speaker if the sentence reports speech
        // or has a pronoun subject; "The Constitution assures people “original rights”" cites a text, not a speaker
        const sb = sentenceBounds(body, p, q.open)
        const pronounSubject = /^[\s“"‘'(]*(?:he|she|they|it)\b/i.test(body.slice(sb.start, q.open))
        // without a speech verb the quoted words belong to the last one named before them in the sentence
        // ("Benioff introduced Cook as “someone who…”" is Benioff's; "Apple views it as “a right”" is Apple's)
        const named = speechContext(body, p, q) ? undefined : mentionsWithin(sp.index, sb.start, q.open).filter((m) => !insideQuote(sp.quoted, m.start) && !/^['’]s\b/.test(body.slice(m.end, m.end + 3)) && !/\b(?:to|from|in|by|at|with|for|of|on|into|about|against)\s+(?:the\s+)?$/i.test(body.slice(Math.max(sb.start, m.start - 16), m.start))).pop()
        if (named) fact.speaker = named.ref
        else fact.speaker = sinceSpeech <= 2 && (pronounSubject || speechContext(body, p, q) || /:\s*$/.test(body.slice(sb.start, q.open)) || /[.!?…]$/.test(text)) ? carry ?? sp.last : null
      } else {
        // a quote standing alone: it continues the last speaker, or one named later in the paragraph; not
        // right after a narrative paragraph about someone else, where no reader could tell who speaks
        fact.speaker = otherNamed && wholePara ? null : sinceSpeech <= 2 ? carry ?? sp.last : sp.last
        pending.push(fact)
      }
      directs.push(fact)
    }
    // a paragraph whose quote stays open continues into the next one with the same speaker
    const indirect = findIndirect(sp, p, directs, qs, attributed)
    for (const x of indirect) if (x.speaker) sp.speakersSoFar.push(x.speaker)
    out.push(...directs, ...indirect)
    const speakerBefore = carry
    if (directs.length > 0 || indirect.length > 0) sinceSpeech = 0
    else if (splitWordCount(p.text) >= 6) sinceSpeech++
    otherNamed = directs.length === 0 && indirect.length === 0 && splitWordCount(p.text) >= 6 && mentionsWithin(index, p.start, p.end).some((m) => m.ref.type === 'person' && m.ref.key !== speakerBefore?.key && !insideQuote(sp.quoted, m.start))
    carry = directs[directs.length - 1]?.speaker ?? indirect[indirect.length - 1]?.speaker ?? carry
  }
  // a pull quote repeats a long quote of the story word for word: one fact, not two
  const long = new Map<string, QuoteFact>()
  for (let i = 0; i < out.length; i++) {
    const q = out[i] as QuoteFact
    if (q.kind !== 'direct' || splitWordCount(q.text) < 8) continue
    // the same words, up to a final stop ("… about Ukraine" and "… about Ukraine.")
    let end = q.text.length
    while (end > 0 && ' .,;:!?…"”’'.includes(q.text[end - 1] as string)) end--
    const key = q.text.slice(0, end)
    const first = long.get(key)
    if (!first) {
      long.set(key, q)
      continue
    }
    first.speaker ??= q.speaker
    out.splice(i--, 1)
  }
  // "adding that the meeting would “most likely” take place": a partial quote inside reported speech is the
  // reporter's speaker's too
  for (const d of out) {
    if (d.kind !== 'direct' || d.speaker) continue
    const around = out.find((q) => q.kind === 'indirect' && q.speaker && q.start <= d.start && d.end <= q.end)
    if (around) d.speaker = around.speaker
  }
  return out.filter((q) => body.slice(q.start, q.end) === q.text && q.text.length > 0).sort((a, b) => a.start - b.start)
}
