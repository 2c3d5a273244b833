/** HTML pages: main text through Readability over linkedom, general furniture clean-up, and metadata precedence. */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { parseHtmlPage } from '../../src/formats/index.js'
import { isNoiseName } from '../../src/formats/html-clean.js'
import { trimMarkup } from '../../src/formats/html.js'
import { fastReadability } from '../../src/formats/readability.js'

const fixture = (name: string) => readFileSync(`test/fixtures/html/${name}`, 'utf8')
const para = (n: number) =>
  `<p>Paragraph ${n} of the story: the regional authorities said on Monday that relief convoys had reached ${n * 10} villages cut off by the floods, and that more were expected before the weekend.</p>`

/** A page with one of each metadata source; `drop` removes sources to test what wins next. */
function page(head: string, body = '', article = [1, 2, 3, 4, 5].map(para).join('\n')): string {
  return `<!DOCTYPE html><html><head><title>Doc title | Site</title>${head}</head><body>
<nav><a href="/">Home</a><a href="/world">World</a></nav>
<article><h1>Floods cut off villages</h1>${body}${article}</article>
<footer>© Example News</footer></body></html>`
}

describe('parseHtmlPage on saved pages', () => {
  it('reads a TechCrunch page: og:title, JSON-LD author and date, canonical URL; text without furniture', () => {
    const r = parseHtmlPage(fixture('techcrunch-wework-investigation.html'))
    expect(r.known).toMatchObject({
      title: 'New York State Attorney General reportedly investigating WeWork – TechCrunch',
      byline: 'Catherine Shu',
      url: 'https://techcrunch.com/2019/11/18/new-york-state-attorney-general-reportedly-investigating-wework/'
    })
    expect(r.known.publishedAt).toMatch(/^2019-11-1[89]$/)
    expect(r.text).toMatch(/^WeWork is reportedly being investigated by the New York State Attorney General\./)
    expect(r.single).toBe(true)
  })

  it('reads a Reuters page: og:article:published_time, meta author, the dateline stays for the text parser', () => {
    const r = parseHtmlPage(fixture('reuters-oil-stocks.html'))
    expect(r.known).toEqual({
      title: 'Oversupply angst drags oil lower, stocks drift near highs',
      byline: 'Rodrigo Campos',
      publishedAt: '2019-11-19',
      url: 'https://www.reuters.com/article/us-global-markets-idUSKBN1XT00W'
    })
    expect(r.text.startsWith('NEW YORK (Reuters) - Oil prices fell sharply on Tuesday')).toBe(true)
    expect(r.text).not.toMatch(/Reporting by|Advertisement/i)
  })
})

describe('metadata precedence', () => {
  const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`
  const full =
    '<meta property="og:title" content="OG title"><meta name="author" content="Meta Author">' +
    '<meta property="article:published_time" content="2026-03-03T23:30:00-05:00"><link rel="canonical" href="https://news.example/canonical">' +
    '<meta property="og:url" content="https://news.example/og">' +
    ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', headline: 'LD headline', datePublished: '2026-03-01', author: [{ '@type': 'Person', name: 'LD One' }, { name: 'LD Two' }], url: 'https://news.example/ld' }] })
  it.each([
    ['every source present: og:, meta author, article:published_time, canonical', full, '', { title: 'OG title', byline: 'Meta Author', publishedAt: '2026-03-03', url: 'https://news.example/canonical' }],
    ['JSON-LD only (in @graph, several authors)', ld({ '@type': ['NewsArticle'], headline: 'LD headline', datePublished: '2026-03-01T10:00:00Z', author: [{ name: 'LD One' }, { name: 'LD Two' }], mainEntityOfPage: { '@id': 'https://news.example/ld' } }), '', { title: 'LD headline', byline: 'LD One and LD Two', publishedAt: '2026-03-01', url: 'https://news.example/ld' }],
    ['<time datetime> and a relative canonical resolved against og:url', '<meta property="og:url" content="https://news.example/x/og"><link rel="canonical" href="/x/canonical">', '<time datetime="2025-12-31T08:00">Dec 31</time>', { publishedAt: '2025-12-31', url: 'https://news.example/x/canonical' }],
    ['nothing but <title>', '', '', { title: 'Doc title | Site' }],
    ['broken JSON-LD is skipped, not fatal', '<script type="application/ld+json">{"@type": "NewsArticle", </script><meta name="author" content="https://example.com/staff/jo">', '', {}]
  ])('%s', (_label, head, body, expected) => {
    const r = parseHtmlPage(page(head, body))
    for (const [k, v] of Object.entries(expected)) expect(r.known[k as keyof typeof r.known], k).toBe(v)
    if (!('byline' in expected)) expect(r.known.byline).toBeUndefined()
    expect(r.text).toContain('Paragraph 1 of the story')
  })
})

describe('clean-up of what Readability keeps', () => {
  it('drops captions, credits, share and newsletter lines, related lists, bylines, "Advertisement", "Read more"', () => {
    const furniture = `
      <div class="byline">By Jane Roe</div>
      <figure><img src="a.jpg"><figcaption>Villagers wade through water on Monday. Photo: Reuters</figcaption></figure>
      <p>Advertisement</p>
      <div class="social-share"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>
      <p>Read more: Floods in the north leave thousands homeless</p>
      <p>Sign up for our daily newsletter to get the news in your inbox</p>
      <p class="photo-credit">John Smith/Getty Images</p>`
    const related = '<h3>Related stories</h3><ul><li><a href="/a">Another flood story headline here</a></li><li><a href="/b">And a second one about rain</a></li></ul>'
    const r = parseHtmlPage(page('<meta name="author" content="Jane Roe">', '', [1, 2].map(para).join('') + furniture + [3, 4, 5].map(para).join('') + related))
    expect(r.text.split('\n\n')).toEqual([1, 2, 3, 4, 5].map((n) => para(n).replace(/<\/?p>/g, '')))
  })

  it('keeps a table row on one line, and repeated short cells', () => {
    const table = '<table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr><tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr><tr><td>2</td><td>Martin Truex Jr.</td><td>5040</td></tr></table>'
    const r = parseHtmlPage(page('', '', [1, 2, 3].map(para).join('') + table))
    expect(r.text).toContain('Pos. Driver Points\n\n1 Kyle Busch 5040\n\n2 Martin Truex Jr. 5040')
  })

  it('drops a paragraph the page repeats, also one of several lines and with other case or punctuation', () => {
    const standfirst = '<p>Relief convoys reached the flooded villages on Monday,<br>the regional authorities said.</p>'
    const repeat = '<p>Relief convoys reached the flooded villages on Monday —<br>The regional authorities said</p>'
    const r = parseHtmlPage(page('', '', standfirst + [1, 2].map(para).join('') + repeat + [3, 4].map(para).join('')))
    expect(r.text.match(/Relief convoys reached/g)).toHaveLength(1)
    expect(r.text.split('\n\n')[0]).toBe('Relief convoys reached the flooded villages on Monday,\nthe regional authorities said.')
  })

  it.each([
    ['share-bar', true],
    ['relatedLinks', true],
    ['article-body story-content', false],
    ['shareholders-report', false],
    ['header', false],
    ['read-more', true],
    ['media', false]
  ])('class %s names furniture: %s', (name, noise) => {
    expect(isNoiseName(name)).toBe(noise)
  })
})

describe('markup trimmed before parsing', () => {
  it('drops white space next to block and head tags, keeps it between inline tags', () => {
    expect(trimMarkup('<div class="x">\n  <p>Floods <b>hit</b> <i>the north</i></p>\n  <p>Two</p> <span>three</span>\n</div>')).toBe(
      '<div class="x"><p>Floods <b>hit</b> <i>the north</i></p><p>Two</p><span>three</span></div>'
    )
    expect(trimMarkup('<head>\n<meta charset="utf-8">\n<title>T</title>\n</head>')).toBe('<head><meta charset="utf-8"><title>T</title></head>')
    // "<param" and "<track" are not "<p" and "<tr"
    expect(trimMarkup('<b>x</b> <param name="a"> <track src="b">')).toBe('<b>x</b> <param name="a"> <track src="b">')
  })

  it('drops data-* attributes inside tags, not text that quotes markup', () => {
    expect(trimMarkup('<div data-id="7" class="story" data-track=\'{"a":1}\' data-flag>x</div>')).toBe('<div class="story">x</div>')
    expect(trimMarkup('<p>Add data-id="7" to the tag, or &lt;div data-x="1"&gt;.</p>')).toBe('<p>Add data-id="7" to the tag, or &lt;div data-x="1"&gt;.</p>')
    // a value holding ">" is left whole rather than cut in the middle
    expect(trimMarkup('<div data-html="<b>" class="a">x</div>')).toBe('<div data-html="<b>" class="a">x</div>')
  })

  it("drops the head's <link> elements but the canonical one, and keeps those in the body", () => {
    const html = '<html><head><link rel="stylesheet" href="/a.css"><link rel="canonical" href="https://news.example/a"><link rel="icon" href="/i.png"></head><body><p>A<link itemprop="url" href="/a">B</p></body></html>'
    expect(trimMarkup(html)).toBe('<html><head><link rel="canonical" href="https://news.example/a"></head><body><p>A<link itemprop="url" href="/a">B</p></body></html>')
  })

  it('reads the same text whether a page is indented or not', () => {
    const flat = page('', '', [1, 2, 3].map(para).join(''))
    const indented = flat.replace(/></g, '>\n    <')
    expect(parseHtmlPage(indented).text).toBe(parseHtmlPage(flat).text)
  })
})

describe("Readability's internals replaced by cheaper ones", () => {
  const require = createRequire(import.meta.url)
  const { Readability } = require('@mozilla/readability') as { Readability: new (doc: unknown, opts?: object) => { parse(): { textContent?: string | null } | null } }
  const { parseHTML } = require('linkedom') as { parseHTML(html: string): { document: unknown } }
  const FastReadability = fastReadability(Readability as never)
  const textOf = (Reader: new (doc: never, opts?: object) => { parse(): { textContent?: string | null } | null }, html: string) =>
    new Reader(parseHTML(trimMarkup(html)).document as never, { disableJSONLD: true }).parse()?.textContent

  it.each(['techcrunch-wework-investigation.html', 'reuters-oil-stocks.html'])('find the same text as Readability on %s', (name) => {
    const html = fixture(name)
    expect(textOf(FastReadability as never, html)).toBe(textOf(Readability as never, html))
  })

  it('drop elements hidden by an inline style, as Readability does', () => {
    const hidden = '<p style="color: red; display: none">Hidden paragraph that a reader never sees on the page at all.</p><p style="visibility:hidden">Also hidden from view.</p><p style="display: block">Shown.</p>'
    const r = parseHtmlPage(page('', '', [1, 2].map(para).join('') + hidden + [3, 4].map(para).join('')))
    expect(r.text).not.toMatch(/hidden/i)
    expect(r.text).toContain('Shown.')
  })

  it('turn javascript: links into plain text, so a list of them is not taken for a list of links', () => {
    const items = (href: string) => `<ul>${[1, 2, 3].map((n) => `<li><a href="${href}">Item ${n} of the relief supplies listed by the agency for the flooded villages</a></li>`).join('')}</ul>`
    const withScriptLinks = parseHtmlPage(page('', '', [1, 2].map(para).join('') + items('javascript:void(0)') + [3, 4].map(para).join('')))
    const withLinks = parseHtmlPage(page('', '', [1, 2].map(para).join('') + items('/supplies') + [3, 4].map(para).join('')))
    expect(withScriptLinks.text).toContain('Item 2 of the relief supplies')
    expect(withLinks.text).not.toContain('Item 2 of the relief supplies')
  })
})
