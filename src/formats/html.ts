/** HTML pages → article text (Readability over linkedom, then general clean-up) and the page's stated metadata. */
import { createRequire } from 'node:module'
import { cleanBlocks, pruneNoise, textBlocks, type El } from './html-clean.js'
import { authorName, cleanTitle, toIsoDate, toUrl } from './meta.js'
import type { InputRecord, KnownMetadata } from './types.js'

type Doc = {
  documentElement: El | null
  body: El | null
  title: string
  querySelector(s: string): El | null
  querySelectorAll(s: string): ArrayLike<El>
}

/**
 * Markup that never holds article text. Cut with a regular expression before parsing: inline scripts and
 * SVG are often most of a page's bytes, and the DOM parser and Readability would walk them all.
 */
const DEAD_MARKUP =
  /<script\b[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<svg\b[^>]*>[\s\S]*?<\/svg\s*>|<noscript\b[^>]*>[\s\S]*?<\/noscript\s*>|<template\b[^>]*>[\s\S]*?<\/template\s*>|<!--[\s\S]*?-->|<(nav|footer|aside|select|button|iframe|dialog)\b[^>]*>[\s\S]*?<\/\1\s*>/gi
const JSON_LD = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi

type ReadabilityCtor = typeof import('@mozilla/readability').Readability
type ParseHtml = typeof import('linkedom').parseHTML

/**
 * The DOM parser and Readability load on the first page, not at start-up: a run over plain-text files (and the
 * server's read path) never pays for them. Both ship CommonJS builds, so a synchronous require keeps ingest synchronous.
 */
let dom: { Readability: ReadabilityCtor; parseHTML: ParseHtml } | undefined
function loadDom(): NonNullable<typeof dom> {
  if (!dom) {
    const require = createRequire(import.meta.url)
    dom = {
      Readability: (require('@mozilla/readability') as { Readability: ReadabilityCtor }).Readability,
      parseHTML: (require('linkedom') as { parseHTML: ParseHtml }).parseHTML
    }
  }
  return dom
}

/** One HTML page → one record: its main text and its metadata (og:, meta author, JSON-LD, <time>, canonical). */
export function parseHtmlPage(html: string, baseUrl?: string): InputRecord {
  const ld = readJsonLd(html)
  const stripped = html.replace(DEAD_MARKUP, ' ')
  // a fragment (a feed's body markup) gets a document around it so head/body lookups work
  const full = /<html[\s>]|<body[\s>]/i.test(stripped) ? stripped : `<!DOCTYPE html><html><head></head><body>${stripped}</body></html>`
  const { Readability, parseHTML } = loadDom()
  const { document } = parseHTML(full) as unknown as { document: Doc }
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

/** Title, author, date and URL as the page states them; the first source that answers wins. */
function readMetadata(doc: Doc, ld: LdObject[], baseUrl?: string): KnownMetadata {
  const meta = new Map<string, string>()
  const metas = doc.querySelectorAll('meta')
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase()
    const content = m.getAttribute('content')
    if (key && content && !meta.has(key)) meta.set(key, content)
  }
  const article = ld.find(isArticleLd)
  const first = <T>(...candidates: (() => T | null | undefined)[]): T | undefined => {
    for (const c of candidates) {
      const v = c()
      if (v != null) return v
    }
    return undefined
  }
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')
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
    () => toIsoDate(doc.querySelector('time[itemprop="datePublished"]')?.getAttribute('datetime')),
    () => toIsoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime'))
  )
  return { title, byline, publishedAt, url }
}

/** schema.org url fields are a string, or an object with @id/url. */
function ldUrl(v: unknown): unknown {
  if (v && typeof v === 'object') return (v as LdObject)['@id'] ?? (v as LdObject).url
  return v
}
