/** Every input format end to end through the real ingest: real files in a temp dir, one transaction per file, URL served. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import supertest from 'supertest'
import { describe, expect, it } from 'vitest'
import type { DbHandle } from '../../src/db/client.js'
import { collectInputFiles, ingestPaths } from '../../src/ingest.js'
import { buildTestApp, SEED_FILE, tempDir, useTempDb } from '../helpers.js'

const STORY = (n: number) =>
  `The regional authorities said on Monday that ${n * 10} people had been killed in the floods, and that relief convoys had reached ${n} villages. "We are doing all we can," said Maria Lopez, the governor.`
const HTML = readFileSync('test/fixtures/html/reuters-oil-stocks.html', 'utf8')
const record = (n: number, extra: object = {}) => ({ title: `Floods, day ${n}`, body: STORY(n), url: `https://news.example/floods/${n}`, publishedAt: `2026-03-0${n}`, author: 'Jane Roe', ...extra })

describe('ingest of every input format', () => {
  let dir: string
  let h: DbHandle
  useTempDb((ctx) => ({ dir, h } = ctx))
  const write = (name: string, data: string | Buffer) => {
    const p = join(dir, name)
    writeFileSync(p, data)
    return p
  }
  const rows = () =>
    h.sqlite.prepare('select source_index as i, title, byline, published_at as date, url from articles order by source_file, source_index').all() as {
      i: number
      title: string
      byline: string
      date: string
      url: string | null
    }[]

  const jsonl = [record(1), record(2), record(3)].map((r) => JSON.stringify(r)).join('\n')
  it.each([
    ['a .txt file', 'story.txt', () => readFileSync(SEED_FILE), 'text', 2],
    ['a .html page', 'page.html', () => HTML, 'html', 1],
    ['a .htm.gz page', 'page.htm.gz', () => gzipSync(HTML), 'html', 1],
    ['HTML saved as .txt (sniffed)', 'page.txt', () => HTML, 'html', 1],
    ['a .json object', 'one.json', () => JSON.stringify(record(1)), 'json', 1],
    ['a .json array', 'many.json', () => JSON.stringify([record(1), record(2)]), 'json', 2],
    ['a .jsonl file', 'feed.jsonl', () => jsonl, 'jsonl', 3],
    ['a .jsonl.gz file', 'feed.jsonl.gz', () => gzipSync(jsonl), 'jsonl', 3],
    ['JSON lines in a file without extension (sniffed)', 'feed', () => jsonl, 'jsonl', 3],
    ['gzip without .gz in the name (magic bytes)', 'feed.jsonl', () => gzipSync(jsonl), 'jsonl', 3]
  ])('%s', (_label, name, data, format, articles) => {
    const [o] = ingestPaths(h.db, [write(name, data())])
    expect(o).toMatchObject({ ok: true, format, result: { status: 'added', articles } })
    expect(rows()).toHaveLength(articles)
  })

  it('lets known metadata win over what the text parser guesses, record by record', () => {
    // the text has its own byline and dateline date; the JSON fields win, the dateline place is kept
    const body = `By Someone Else\nGENEVA, Jan 9 2026 (IPS)\n${STORY(4)}`
    ingestPaths(h.db, [write('feed.jsonl', [JSON.stringify(record(1)), JSON.stringify({ body, title: 'Own title', publishedAt: '2026-03-02T23:59:00+01:00' })].join('\n'))])
    expect(rows()).toEqual([
      { i: 0, title: 'Floods, day 1', byline: 'Jane Roe', date: '2026-03-01', url: 'https://news.example/floods/1' },
      { i: 1, title: 'Own title', byline: 'Someone Else', date: '2026-03-02', url: null }
    ])
    const dateline = h.sqlite.prepare('select dateline from articles where source_index = 1').get()
    expect(dateline).toEqual({ dateline: 'GENEVA' })
  })

  it('stores an HTML page with its page metadata', () => {
    ingestPaths(h.db, [write('reuters.html', HTML)])
    expect(rows()).toEqual([
      { i: 0, title: 'Oversupply angst drags oil lower, stocks drift near highs', byline: 'Rodrigo Campos', date: '2019-11-19', url: 'https://www.reuters.com/article/us-global-markets-idUSKBN1XT00W' }
    ])
    const a = h.sqlite.prepare('select body, dateline, agency from articles').get() as { body: string; dateline: string; agency: string }
    expect(a.body).toMatch(/^Oil prices fell sharply on Tuesday/)
    expect(a.body).not.toMatch(/Reporting by/)
    expect(a).toMatchObject({ dateline: 'NEW YORK', agency: 'Reuters' })
  })

  it('fails a .jsonl with one bad line as a whole, names the line, and goes on with the next file', () => {
    const lines = Array.from({ length: 20 }, (_, i) => JSON.stringify(record((i % 9) + 1, { url: `https://news.example/${i}` })))
    lines[16] = '{"title": "cut off'
    const bad = write('bad.jsonl', lines.join('\n'))
    const missing = write('missing.json', JSON.stringify([record(1), { title: 'no body' }]))
    const outcomes = ingestPaths(h.db, [bad, missing, write('good.json', JSON.stringify(record(5)))])
    expect(outcomes.map((o) => [o.ok, o.error ?? null])).toEqual([
      [false, 'line 17: not valid JSON'],
      [false, 'record 2: body or text is required'],
      [true, null]
    ])
    expect(rows()).toHaveLength(1)
    expect((h.sqlite.prepare('select count(*) as n from source_files').get() as { n: number }).n).toBe(1)
  })

  it('stores a file of 500 records in one go and changes nothing when it is ingested again', () => {
    const feed = write('big.jsonl', Array.from({ length: 500 }, (_, i) => JSON.stringify({ body: `${STORY(i + 1)} Report number ${i}.`, url: `https://news.example/${i}` })).join('\n'))
    expect(ingestPaths(h.db, [feed])[0]).toMatchObject({ ok: true, result: { articles: 500 } })
    expect(ingestPaths(h.db, [feed])[0]).toMatchObject({ ok: true, result: { status: 'unchanged' } })
    expect(rows()).toHaveLength(500)
  })

  it('refuses a gzip bomb and corrupt gzip with a reason', () => {
    const bomb = write('bomb.txt.gz', gzipSync(Buffer.alloc(40 * 1024 * 1024, 'a')))
    const corrupt = write('corrupt.gz', gzipSync('hello').subarray(0, 12))
    const outcomes = ingestPaths(h.db, [bomb, corrupt])
    expect(outcomes.map((o) => o.error)).toEqual([
      expect.stringMatching(/^gzip content is too large \(over \d+ MB decompressed\)$/),
      'not valid gzip data (truncated or corrupt)'
    ])
  })

  it('keeps a page in a script without spaces as one article (Japanese)', () => {
    const ja = '<html><head><title>テスト</title></head><body><article>' + ['一', '二', '三', '四'].map((n) => `<p>東京都は月曜日、大雨により${n}十人が避難したと発表しました。救援隊が${n}つの村に到着しました。</p>`).join('') + '</article></body></html>'
    expect(ingestPaths(h.db, [write('ja.html', ja)])[0]).toMatchObject({ ok: true, result: { articles: 1 } })
  })

  it('walks folders for .txt .text .html .htm .json .jsonl .gz and nothing else', () => {
    mkdirSync(join(dir, 'in/sub'), { recursive: true })
    for (const name of ['a.txt', 'b.text', 'c.html', 'd.htm', 'e.json', 'f.jsonl', 'sub/g.html.gz', 'h.md', 'i.png', 'sub/j.csv']) writeFileSync(join(dir, 'in', name), 'x')
    copyFileSync(SEED_FILE, join(dir, 'in/sub/k.TXT'))
    const { files } = collectInputFiles([join(dir, 'in')])
    expect(files.map((f) => f.split('/in/')[1]).sort()).toEqual(['a.txt', 'b.text', 'c.html', 'd.htm', 'e.json', 'f.jsonl', 'sub/g.html.gz', 'sub/k.TXT'])
  })
})

describe('the article URL is served', () => {
  it('GET /v1/articles and /v1/articles/:id answer the url from JSON and from HTML metadata', async () => {
    const { dir, cleanup } = tempDir()
    const feed = join(dir, 'feed.jsonl')
    writeFileSync(feed, [record(1), record(2)].map((r) => JSON.stringify(r)).join('\n'))
    const page = join(dir, 'reuters.html.gz')
    writeFileSync(page, gzipSync(HTML))
    const ctx = await buildTestApp([feed, page])
    try {
      const list = await supertest(ctx.app.server).get('/v1/articles?limit=10').expect(200)
      expect(list.body.data.map((a: { url: string }) => a.url).sort()).toEqual([
        'https://news.example/floods/1',
        'https://news.example/floods/2',
        'https://www.reuters.com/article/us-global-markets-idUSKBN1XT00W'
      ])
      const reuters = list.body.data.find((a: { url: string }) => a.url.includes('reuters'))
      const one = await supertest(ctx.app.server).get(`/v1/articles/${reuters.id}`).expect(200)
      expect(one.body.data).toMatchObject({ url: 'https://www.reuters.com/article/us-global-markets-idUSKBN1XT00W', byline: 'Rodrigo Campos', publishedAt: '2019-11-19' })
      expect(one.body.data.body).toMatch(/^Oil prices fell sharply/)
    } finally {
      await ctx.close()
      cleanup()
    }
  })
})
