/** General clean-up of what Readability keeps: captions, credits, share and subscribe furniture, related links, bylines. */
import type { KnownMetadata } from './types.js'

/** The part of linkedom's DOM this module uses (the project compiles without the DOM lib). */
export interface El {
  nodeType: number
  tagName: string
  localName?: string
  childNodes: ArrayLike<El>
  children?: ArrayLike<El>
  firstElementChild: El | null
  nextElementSibling: El | null
  textContent: string | null
  parentNode: El | null
  getAttribute(name: string): string | null
  getElementsByTagName(tag: string): ArrayLike<El>
  remove(): void
}

/**
 * The descendants of `root` that pass `test`, in document order. A plain walk: linkedom compiles a CSS selector
 * on every querySelectorAll call, which cost more than the walk itself on these small trees.
 */
export function descendants(root: El, test: (el: El) => boolean, out: El[] = []): El[] {
  for (let el = root.firstElementChild; el; el = el.nextElementSibling) {
    if (test(el)) out.push(el)
    descendants(el, test, out)
  }
  return out
}

const tagOf = (el: El): string => (el.localName ?? el.tagName).toLowerCase()

/** The descendants of `root` whose tag is one of `tags` (lower case), in document order. */
export const byTags = (root: El, tags: ReadonlySet<string>): El[] => descendants(root, (el) => tags.has(tagOf(el)))

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tr', 'ul', 'caption', 'summary'
])
/** Table cells stay on their row's line, apart by a space: a row of a results table reads as one line. */
const CELL = new Set(['td', 'th'])

/** Elements that hold no article prose wherever they are (an <h1> in the article is its headline, kept as metadata). */
const NEVER_TEXT = new Set(['h1', 'figcaption', 'figure', 'aside', 'nav', 'form', 'button', 'select', 'input', 'textarea', 'iframe', 'object', 'embed', 'audio', 'video', 'picture', 'img', 'label'])
const LISTS = new Set(['ul', 'ol'])
const HEADINGS_AND_PARAGRAPHS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p'])
const H1_H2 = new Set(['h1', 'h2'])

/**
 * Class/id words of page furniture. Matched against whole class and id tokens (split at -, _ and case changes),
 * so "share-bar" and "relatedLinks" match but "shareholders" or "ad" inside "header" do not.
 */
const NOISE_WORDS = new Set([
  'caption', 'captions', 'credit', 'credits', 'share', 'sharing', 'sharebar', 'social', 'related', 'newsletter', 'newsletters',
  'promo', 'promos', 'promotion', 'advert', 'advertisement', 'adverts', 'ad', 'ads', 'adslot', 'advertising', 'sponsor',
  'sponsored', 'subscribe', 'subscription', 'signup', 'paywall', 'outbrain', 'taboola', 'recirc', 'recommended',
  'recommendations', 'trending', 'popular', 'breadcrumb', 'breadcrumbs', 'byline', 'dateline', 'timestamp', 'toolbar',
  'tags', 'tag', 'comments', 'comment', 'disqus', 'author', 'authors', 'bio', 'footer', 'nav', 'navigation', 'menu',
  'print', 'hidden', 'sr', 'visually', 'screenreader', 'modal', 'popup', 'overlay', 'cookie', 'consent', 'gdpr', 'widget',
  'sidebar', 'rail', 'more', 'read', 'readmore', 'see', 'also', 'embed', 'video', 'gallery', 'slideshow', 'photo', 'image', 'img',
  'figure', 'media', 'meta', 'date', 'published', 'updated', 'tools', 'utility', 'follow', 'donate', 'cta', 'inline'
])
/** Words that mark a block as furniture only together with another noise word ("read-more", "see-also", "inline-ad"). */
const WEAK_WORDS = new Set(['more', 'read', 'see', 'also', 'inline', 'meta', 'date', 'media', 'image', 'img', 'photo', 'embed', 'video', 'tools', 'print', 'sr', 'visually', 'hidden', 'published', 'updated', 'tag', 'menu', 'bio', 'widget'])

const tokensOf = (s: string): string[] =>
  s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)

/** Whether the class/id of an element names page furniture. */
export function isNoiseName(classAndId: string): boolean {
  const tokens = tokensOf(classAndId)
  let strong = 0
  let weak = 0
  for (const t of tokens) {
    if (!NOISE_WORDS.has(t)) continue
    if (WEAK_WORDS.has(t)) weak++
    else strong++
  }
  return strong > 0 || weak >= 2
}

/**
 * The text with each run of white space as one space: the same as replace(/\s+/g, ' '), but a lone space, by far
 * the most common run, is not replaced by another, which makes it several times faster on long text.
 */
const collapseSpaces = (s: string): string => s.replace(/\s{2,}|[^\S ]/g, ' ')

/** Length of an element's text with white space runs collapsed and the ends trimmed. */
const textLength = (el: El): number => collapseSpaces((el.textContent ?? '').trim()).length

/** Share of an element's text inside links: lists of related stories are nearly all link text. */
function linkDensity(el: El): number {
  const total = textLength(el)
  if (!total) return 0
  let links = 0
  const as = el.getElementsByTagName('a')
  for (let i = 0; i < as.length; i++) links += textLength(as[i]!)
  return links / total
}

/**
 * Removes furniture from Readability's result: elements that never hold prose, elements whose class or id
 * names furniture (unless they hold most of the article, as an over-broad wrapper would), and link lists.
 */
export function pruneNoise(root: El): void {
  // Readability turns the page's <h1> into an <h2>; a heading that opens the text is the headline again
  const lead = descendants(root, (el) => H1_H2.has(tagOf(el)))[0]
  const leadText = collapseSpaces(lead?.textContent ?? '').trim()
  if (lead && leadText && collapseSpaces(root.textContent ?? '').trim().startsWith(leadText)) lead.remove()
  const total = textLength(root)
  const removeAll = (tags: ReadonlySet<string>, keep?: (el: El) => boolean): void => {
    for (const el of byTags(root, tags)) if (el.parentNode && !(keep?.(el) ?? false)) el.remove()
  }
  // a figure that wraps long text is a layout box, not a photo
  removeAll(NEVER_TEXT, (el) => /^(?:figure|aside)$/i.test(el.tagName) && textLength(el) > 0.5 * total && textLength(el) > 500)
  const named = descendants(root, (el) => el.getAttribute('class') != null || el.getAttribute('id') != null)
  for (const el of named) {
    if (!el.parentNode) continue
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
    if (isNoiseName(names) && textLength(el) < 0.3 * total) el.remove()
  }
  // lists that are mostly links ("More on this story") are recirculation, not prose
  removeAll(LISTS, (el) => linkDensity(el) < 0.6)
  // a headline that is only a link ("Fans really want …") is a teaser for another story
  removeAll(HEADINGS_AND_PARAGRAPHS, (el) => el.getElementsByTagName('a').length === 0 || textLength(el) > 120 || linkDensity(el) < 0.9)
}

/** Text of the block-level structure: one string per paragraph, inline white space collapsed, <br> kept as a line break. */
export function textBlocks(root: El): string[] {
  const out: string[] = []
  let cur = ''
  const flush = (): void => {
    const t = cur
      .split('\n')
      .map((l) => l.replace(/[ \t\f\v\u00a0\u200b]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n')
    if (t) out.push(t)
    cur = ''
  }
  const walk = (n: El): void => {
    const kids = n.childNodes
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i]!
      if (c.nodeType === 3) cur += collapseSpaces(c.textContent ?? '')
      else if (c.nodeType === 1) {
        const tag = (c.localName ?? c.tagName).toLowerCase()
        if (tag === 'br') cur += '\n'
        else if (CELL.has(tag)) {
          cur += ' '
          walk(c)
          cur += ' '
        } else if (BLOCK.has(tag)) {
          flush()
          walk(c)
          flush()
        } else walk(c)
      }
    }
  }
  walk(root)
  flush()
  return out
}

/** Lines that are page furniture whatever the site: ad labels, share and subscribe prompts, "Read more" links. */
const FURNITURE_LINE = [
  /^(?:advertisement|advertisements|advert|ad|sponsored(?: content)?|promoted|story continues below(?: advertisement)?|article continues below|continue reading(?: below| the main story)?)\W*$/i,
  /^(?:read|see|watch|listen)(?: (?:more|also|next|the full story|now))?\s*[:|›»>-]/i,
  /^(?:read more|more:|related:|related stories|related articles|related coverage|recommended|see also|also read|most read|most popular|top stories|more stories|more from)\b.{0,150}$/i,
  /^(?:share|share this|share this (?:article|story|page)|share on \w+|tweet|email|print|copy link|comments?|\d+ comments?|follow us|follow @?\w+)\W*$/i,
  /^(?:click here|tap here|sign up|subscribe|get the|join our|download our|follow (?:us|@)|like us on)\b.{0,160}(?:newsletter|inbox|email|subscribe|sign up|app|podcast|twitter|facebook|instagram|youtube|here)\W*$/i,
  /\b(?:newsletter|sign up for|subscribe to|delivered to your inbox|in your inbox)\b.{0,100}$/i,
  /^(?:photo|image|picture|video|graphic|illustration|credit|photograph|source)s?(?: credit)?\s*:\s*\S.{0,120}$/i,
  /^\(?(?:photo|image|picture|credit)s?\b.{0,60}\)?$/i,
  /^[^.!?]{0,120}\b(?:getty images|afp via getty|associated press|reuters|shutterstock|ap photo|epa|efe|alamy)\s*\)?$/i,
  /^(?:updated|published|posted|last updated|first published)\b.{0,80}$/i,
  /^(?:copyright|©|\(c\))\s.{0,160}$/i,
  /^(?:this (?:article|story) (?:was|has been|is) (?:originally |first )?(?:published|updated|amended|corrected))/i,
  /^all rights reserved\b/i,
  /^(?:by|words by|written by|reporting by)\s+[\p{Lu}][^.!?]{0,80}$/u,
  /^by\s+[\p{Lu}][^|]{0,60}\|.{0,120}$/u,
  /\b(?:want more stories like this|share it with a friend|like this (?:story|article)\?|this (?:website|site) uses cookies|we use cookies|requires javascript|enable javascript)\b/i,
  /\b(?:may|can) be reached at\b|^have a (?:news )?tip\?|\bfollow (?:him|her|them) on (?:twitter|facebook|instagram)\b/i,
  /^(?:email|contact|e-mail)\s.{0,60}\S+@\S+\.\w+|^\S+@\S+\.[a-z]{2,}$/i,
  /^(?:also:?\s+)?(?:on|also on|more on|see|see more|more at)\s+[\w.-]+\.(?:com|org|net|co\.uk|de|fr|in)\b.{0,150}$|^see more (?:photos|videos|pictures)\b/i,
  /^(?:breaking news (?:emails|alerts)|get (?:breaking )?news alerts\b|join our\b.{0,40}\b(?:forums?|community|newsletter|mailing list)\b)/i,
  /^citation:.{0,200}\bretrieved\b|^this document is subject to copyright\b/i,
  // agency credit lines closing a story: "Reporting by …; Editing by …"
  /^\(?(?:(?:additional )?reporting|writing|editing|compiled|produced|research) by\b[^.]{0,300}\)?$/i
]

/** Headings that open a list of other stories: they and the link blocks under them are recirculation. */
const RECIRCULATION_HEADING =
  /^(?:you (?:may|might) (?:also )?like|more (?:from|on|stories|news|articles|like this)|related(?: stories| articles| content| coverage| posts)?|more (?:\w+ ){0,2}(?:news|stories|articles|videos)$|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|popular (?:stories|posts|now)|read next|top stories|don'?t miss|further reading|also (?:read|on))\b.{0,40}$/i

const fold = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/**
 * Block-level clean-up: furniture lines, a repeated headline, the byline and a bare date line, and the
 * repeats that pages carry twice (a standfirst also shown as the first paragraph).
 */
export function cleanBlocks(blocks: string[], known: KnownMetadata, otherTitles: (string | null | undefined)[] = []): string[] {
  const cut = blocks.findIndex((b, i) => i > 0 && RECIRCULATION_HEADING.test(b.trim()) && i >= blocks.length / 2)
  // a "You may also like" heading in the second half ends the article: what follows is other stories
  if (cut > 0) blocks = blocks.slice(0, cut)
  const authorFirst = known.byline && !/\b(?:and|staff|news|agency|reuters|press)\b/i.test(known.byline) ? known.byline.split(/\s+/)[0] : undefined
  // the headline as the metadata, Readability and <title> give it: a page repeats it above the text
  const titles = new Set([known.title, ...otherTitles].filter((t): t is string => !!t).map(fold))
  const byline = known.byline ? fold(known.byline) : ''
  const seen = new Set<string>()
  const out: string[] = []
  for (const [i, block] of blocks.entries()) {
    // the author's bio closes many articles: "Jane Doe is a freelance writer living in …"
    if (authorFirst && i >= blocks.length - 3 && block.startsWith(`${known.byline} `) && /^\S+(?:\s\S+){0,3}\s(?:is|was|has|joined|covers|writes|'s)\b/.test(block)) continue
    const lines: string[] = []
    const folded: string[] = []
    for (const line of block.split('\n')) {
      const f = fold(line)
      if (!f) continue
      const trimmed = line.trim()
      if (FURNITURE_LINE.some((re) => re.test(trimmed))) continue
      if (titles.has(f)) continue
      if (byline && (f === byline || f === `by ${byline}`)) continue
      lines.push(line)
      folded.push(f)
    }
    if (!lines.length) continue
    const text = lines.join('\n')
    // only whole sentences count as repeats: short cells and labels ("5", "Yes") legitimately recur.
    // The folded lines joined are fold(text) (a line break folds to a space), without folding the text again.
    const key = folded.join(' ')
    if (key.length >= 40) {
      if (seen.has(key)) continue
      seen.add(key)
    }
    out.push(text)
  }
  return out
}
