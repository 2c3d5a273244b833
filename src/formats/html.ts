/** HTML pages → article text (Readability over linkedom, then general clean-up) and the page's stated metadata. */
import { createRequire } from 'node:module'
import { byTags, cleanBlocks, pruneNoise, textBlocks, type El } from './html-clean.js'
import { authorName, cleanTitle, toIsoDate, toUrl } from './meta.js'
import { fastReadability } from './readability.js'
import type { InputRecord, KnownMetadata } from './types.js'

type Doc = {
  documentElement: El | null
  body: El | null
  title: string
}

/**
 * Markup that never holds article text. Cut with a regular expression before parsing: inline scripts and
 * SVG are often most of a page's bytes, and the DOM parser and Readability would walk them all.
 */
const DEAD_MARKUP =
  /<script\b[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<svg\b[^>]*>[\s\S]*?<\/svg\s*>|<noscript\b[^>]*>[\s\S]*?<\/noscript\s*>|<template\b[^>]*>[\s\S]*?<\/template\s*>|<!--[\s\S]*?-->|<(nav|footer|aside|select|button|iframe|dialog)\b[^>]*>[\s\S]*?<\/\1\s*>/gi
/**
 * White space between two tags where one of them opens or closes a block or a head element (indentation
 * between </p> and <p>, <li> and <li>, <meta> and <meta>): it renders as nothing, yet each run is a text node,
 * a third of a page's nodes. Runs between inline tags ("</b> <i>") are a visible space and stay.
 */
const BLOCK_TAG = '(?:address|article|blockquote|body|br|dd|div|dl|dt|figcaption|figure|form|h[1-6]|head|header|hr|html|li|link|main|meta|ol|p|section|table|tbody|td|tfoot|th|thead|title|tr|ul)'
const GAP_AFTER_BLOCK = new RegExp(`(<\\/?${BLOCK_TAG}(?=[\\s/>])[^>]*>)\\s+(?=<)`, 'gi')
const GAP_BEFORE_BLOCK = new RegExp(`>\\s+(?=<\\/?${BLOCK_TAG}[\\s/>])`, 'gi')
/**
 * data-* attributes, only inside a tag (the lookbehind finds the tag's "<" with no ">" in between, so text that
 * quotes markup stays) and only whole (the lookahead wants the next attribute or the tag's end). They hold state
 * for scripts; only Readability's lazy-image fix-up reads them, for images we drop. Each attribute is a node
 * that the parser builds and Readability copies and serialises.
 */
const DATA_ATTRIBUTE = /\sdata-[\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?(?=[\s/>])(?<=<[a-zA-Z][^<>]*)/g

/**
 * <link> elements of the head other than the canonical URL: stylesheets, preloads, icons, feeds, twenty or so a
 * page that nothing reads. Only the head's: in the body a <link> (microdata) still ends a paragraph for Readability.
 */
const HEAD_LINK = /<link\b(?![^>]*canonical)[^>]*>/gi

/** The page without what never holds article text or changes what is found: the parser's input. */
export function trimMarkup(html: string): string {
  const trimmed = html.replace(DEAD_MARKUP, ' ').replace(GAP_AFTER_BLOCK, '$1').replace(GAP_BEFORE_BLOCK, '>').replace(DATA_ATTRIBUTE, '')
  const body = trimmed.search(/<body[\s>]/i)
  return body > 0 ? trimmed.slice(0, body).replace(HEAD_LINK, '') + trimmed.slice(body) : trimmed
}

const JSON_LD = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi

type ReadabilityCtor = typeof import('@mozilla/readability').Readability
type Reader = ReturnType<typeof fastReadability>
type DomParser = typeof import('linkedom').DOMParser

/**
 * The DOM parser and Readability load on the first page, not at start-up: a run over plain-text files (and the
 * server's read path) never pays for them. Both ship CommonJS builds, so a synchronous require keeps ingest synchronous.
 */
let dom: { Readability: Reader; DOMParser: DomParser } | undefined
function loadDom(): NonNullable<typeof dom> {
  if (!dom) {
    const require = createRequire(import.meta.url)
    dom = {
      Readability: fastReadability((require('@mozilla/readability') as { Readability: ReadabilityCtor }).Readability),
      DOMParser: (require('linkedom') as { DOMParser: DomParser }).DOMParser
    }
  }
  return dom
}

/** One HTML page → one record: its main text and its metadata (og:, meta author, JSON-LD, <time>, canonical). */
export function parseHtmlPage(html: string, baseUrl?: string): InputRecord {
  const ld = readJsonLd(html)
  const stripped = trimMarkup(html)
  // a fragment (a feed's body markup) gets a document around it so head/body lookups work
  const full = /<html[\s>]|<body[\s>]/i.test(stripped) ? stripped : `<!DOCTYPE html><html><head></head><body>${stripped}</body></html>`
  const { Readability, DOMParser } = loadDom()
  // the document alone: linkedom's parseHTML also builds a window around it, which nothing here uses
  const document = new DOMParser().parseFromString(full, 'text/html') as unknown as Doc
  const known = readMetadata(document, ld, baseUrl)
  const docTitle = cleanTitle(document.title)
  // metadata first: Readability rewrites the document as it goes
  const reader = new Readability(document as never, { serializer: (el: unknown) => el as El, disableJSONLD: true })
  let parsed: ReturnType<typeof reader.parse> = null
  try {
    parsed = reader.parse()
  } catch {
    parsed = null
  }
  const root = (parsed?.content as El | null | undefined) ?? document.body
  const readabilityTitle = cleanTitle(parsed?.title)
  known.title ??= readabilityTitle ?? docTitle ?? undefined
  known.byline ??= authorName(parsed?.byline) ?? undefined
  let blocks: string[] = []
  if (root) {
    pruneNoise(root)
    blocks = cleanBlocks(textBlocks(root), known, [readabilityTitle, docTitle])
  }
  for (const k of Object.keys(known) as (keyof KnownMetadata)[]) if (known[k] == null) delete known[k]
  return { text: blocks.join('\n\n'), known, label: 'page', single: true }
}

type LdObject = Record<string, unknown>

/** Every JSON-LD object of the page, flattening arrays and @graph; unreadable blocks are skipped. */
function readJsonLd(html: string): LdObject[] {
  const out: LdObject[] = []
  const add = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(add)
    else if (v && typeof v === 'object') {
      out.push(v as LdObject)
      const graph = (v as LdObject)['@graph']
      if (graph) add(graph)
    }
  }
  for (const m of html.matchAll(JSON_LD)) {
    try {
      add(JSON.parse(decodeEntitiesLight(m[1] ?? '')))
    } catch {
      // sites ship broken JSON-LD often enough; the other metadata still count
    }
  }
  return out
}

const decodeEntitiesLight = (s: string): string => s.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '').trim()

const ARTICLE_TYPE = /(?:^|:)(?:\w*NewsArticle|Article|BlogPosting|Report|LiveBlogPosting)$/

function isArticleLd(o: LdObject): boolean {
  const t = o['@type']
  return (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && ARTICLE_TYPE.test(x))
}

const METADATA_TAGS = new Set(['meta', 'link', 'time'])

/** Title, author, date and URL as the page states them; the first source that answers wins. */
function readMetadata(doc: Doc, ld: LdObject[], baseUrl?: string): KnownMetadata {
  const meta = new Map<string, string>()
  // one walk for the three tags, and attribute tests rather than CSS selectors: linkedom compiles a selector
  // on every query, and each query walks the whole page
  const tagged = doc.documentElement ? byTags(doc.documentElement, METADATA_TAGS) : []
  const withTag = (tag: string): El[] => tagged.filter((el) => (el.localName ?? el.tagName).toLowerCase() === tag)
  for (const m of withTag('meta')) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase()
    const content = m.getAttribute('content')
    if (key && content && !meta.has(key)) meta.set(key, content)
  }
  const article = ld.find(isArticleLd)
  const times = withTag('time')
  const first = <T>(...candidates: (() => T | null | undefined)[]): T | undefined => {
    for (const c of candidates) {
      const v = c()
      if (v != null) return v
    }
    return undefined
  }
  const canonical = withTag('link').find((l) => l.getAttribute('rel')?.toLowerCase() === 'canonical')?.getAttribute('href')
  const base = toUrl(meta.get('og:url')) ?? toUrl(baseUrl) ?? undefined
  const url = first(
    () => toUrl(canonical, base),
    () => toUrl(meta.get('og:url')),
    () => toUrl(ldUrl(article?.url), base),
    () => toUrl(ldUrl(article?.mainEntityOfPage), base),
    () => toUrl(baseUrl)
  )
  const title = first(
    () => cleanTitle(meta.get('og:title')),
    () => cleanTitle(article?.headline),
    () => cleanTitle(meta.get('twitter:title'))
  )
  const byline = first(
    () => authorName(meta.get('author')),
    () => authorName(article?.author),
    () => authorName(meta.get('article:author')),
    () => authorName(meta.get('og:article:author')),
    () => authorName(meta.get('parsely-author')),
    () => authorName(meta.get('dc.creator')),
    () => authorName(meta.get('sailthru.author'))
  )
  const publishedAt = first(
    () => toIsoDate(meta.get('article:published_time')),
    () => toIsoDate(meta.get('og:article:published_time')),
    () => toIsoDate(article?.datePublished),
    () => toIsoDate(meta.get('og:published_time')),
    () => toIsoDate(meta.get('datepublished')),
    () => toIsoDate(meta.get('pubdate')),
    () => toIsoDate(meta.get('publishdate')),
    () => toIsoDate(meta.get('parsely-pub-date')),
    () => toIsoDate(meta.get('sailthru.date')),
    () => toIsoDate(meta.get('dc.date.issued')),
    () => toIsoDate(meta.get('dc.date')),
    () => toIsoDate(meta.get('date')),
    () => toIsoDate(times.find((t) => t.getAttribute('itemprop') === 'datePublished')?.getAttribute('datetime')),
    () => toIsoDate(times.find((t) => t.getAttribute('datetime') != null)?.getAttribute('datetime'))
  )
  return { title, byline, publishedAt, url }
}

/** schema.org url fields are a string, or an object with @id/url. */
function ldUrl(v: unknown): unknown {
  if (v && typeof v === 'object') return (v as LdObject)['@id'] ?? (v as LdObject).url
  return v
}
