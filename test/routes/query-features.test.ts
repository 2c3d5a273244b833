import supertest from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ClaimGroupSchema, ClaimSchema } from '../../src/routes/claims.js'
import { listOf } from '../../src/routes/common.js'
import { SearchHitSchema } from '../../src/routes/search.js'
import { buildTestApp, SEED_FILE } from '../helpers.js'

const FIXTURES = [SEED_FILE, 'test/fixtures/zaporizhzhia-ceasefire-dailysabah-cnbc.txt', 'test/fixtures/un-news-brief-ukraine-migrants-brazil.txt']

/** RFC 4180 parser, enough to read our own exports back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++
      else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') row.push(cell), (cell = '')
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++
    else cell += c
  }
  return rows
}

describe('what dashboards and analysts need', () => {
  let ctx: Awaited<ReturnType<typeof buildTestApp>>
  const http = () => supertest(ctx.app.server)
  const claims = async (query: string) => listOf(ClaimSchema).parse((await http().get(`/v1/claims?${query}`).expect(200)).body)
  const allClaims = async (query: string) => {
    const out: Awaited<ReturnType<typeof claims>>['data'] = []
    let cursor: string | null = null
    do {
      const page: Awaited<ReturnType<typeof claims>> = await claims(`${query}&limit=7${cursor ? `&cursor=${cursor}` : ''}`)
      out.push(...page.data)
      cursor = page.page.nextCursor
    } while (cursor)
    return out
  }
  beforeAll(async () => {
    ctx = await buildTestApp(FIXTURES)
  })
  afterAll(() => ctx.close())

  describe('filters', () => {
    it('restricts claims to a publication date range', async () => {
      const { data } = await claims('from=2026-02-01&to=2026-02-28&limit=500')
      expect(data.length).toBeGreaterThan(0)
      for (const c of data) expect(c.publishedAt! >= '2026-02-01' && c.publishedAt! <= '2026-02-28').toBe(true)
      const jan = await claims('to=2026-01-31&limit=500')
      for (const c of jan.data) expect(c.publishedAt! <= '2026-01-31').toBe(true)
      expect(data.length + jan.data.length).toBeLessThanOrEqual((await claims('limit=500')).page.total)
    })

    it('filters claims by qualifier', async () => {
      const { data } = await claims('qualifier=at_least&limit=500')
      expect(data.length).toBeGreaterThan(0)
      for (const c of data) expect(c.qualifier).toBe('at_least')
    })

    it('searches claim sentences with q=', async () => {
      const { data } = await claims('q=displaced&limit=500')
      expect(data.length).toBeGreaterThan(0)
      for (const c of data) expect(`${c.sentence} ${c.subject}`.toLowerCase()).toContain('displaced')
    })

    it('searches quote texts with q=, accent-insensitively', async () => {
      const res = await http().get('/v1/quotes?q=civilians&limit=500').expect(200)
      expect(res.body.data.length).toBeGreaterThan(0)
      for (const q of res.body.data) expect(q.text.toLowerCase()).toContain('civilian')
    })
  })

  describe('sorting', () => {
    it.each(['value', '-value'])('sorts claims by %s with id (in the same direction) as the tie-break, across pages', async (sort) => {
      const data = await allClaims(`sort=${sort}`)
      const total = (await claims('limit=1')).page.total
      expect(data).toHaveLength(total)
      expect(new Set(data.map((c) => c.id)).size).toBe(total)
      for (let i = 1; i < data.length; i++) {
        const [a, b] = [data[i - 1]!, data[i]!]
        const ordered = sort === 'value' ? a.value <= b.value : a.value >= b.value
        expect(ordered).toBe(true)
        if (a.value === b.value) expect(sort === 'value' ? a.id < b.id : a.id > b.id).toBe(true)
      }
    })

    it('sorts claims newest first with sort=-publishedAt', async () => {
      const data = await allClaims('sort=-publishedAt')
      for (let i = 1; i < data.length; i++) expect((data[i - 1]!.publishedAt ?? '') >= (data[i]!.publishedAt ?? '')).toBe(true)
    })

    it('rejects an unknown sort with a 400 naming sort', async () => {
      const res = await http().get('/v1/claims?sort=colour').expect(400)
      expect(res.body.errors[0].parameter).toBe('sort')
    })
  })

  describe('GET /v1/claims/summary', () => {
    it('groups by category with the same count, sum, min and max as the claims themselves', async () => {
      const res = await http().get('/v1/claims/summary?groupBy=category').expect(200)
      const groups = ClaimGroupSchema.array().parse(res.body.data)
      const data = await allClaims('sort=value')
      for (const g of groups) {
        const members = data.filter((c) => c.category === g.key && c.unit === g.unit)
        expect(g.count).toBe(members.length)
        expect(g.sum).toBeCloseTo(members.reduce((s, c) => s + c.value, 0))
        expect(g.min).toBe(Math.min(...members.map((c) => c.value)))
        expect(g.max).toBe(Math.max(...members.map((c) => c.value)))
      }
      expect(groups.reduce((n, g) => n + g.count, 0)).toBe(data.length)
    })

    it('never sums figures of different units in one row', async () => {
      const res = await http().get('/v1/claims/summary?groupBy=month').expect(200)
      const keys = res.body.data.map((g: { key: string; unit: string | null }) => `${g.key}|${g.unit}`)
      expect(new Set(keys).size).toBe(keys.length)
      expect(res.body.data.map((g: { key: string }) => g.key)).toEqual(expect.arrayContaining(['2026-01', '2026-02']))
    })

    it('applies the claims filters (killed figures by month)', async () => {
      const res = await http().get('/v1/claims/summary?groupBy=month&category=killed').expect(200)
      const total = res.body.data.reduce((n: number, g: { count: number }) => n + g.count, 0)
      expect(total).toBe((await claims('category=killed&limit=1')).page.total)
    })

    it.each([
      ['groupBy=colour', 'groupBy'],
      ['', 'groupBy'],
      ['groupBy=source&min=10&max=1', 'min'],
      ['groupBy=month&from=2026-13-01', 'from'],
      ['groupBy=month&from=2026-02-30', 'from'],
      ['groupBy=month&from=2026-03-01&to=2026-01-01', 'from']
    ])('rejects %s with a 400 naming %s', async (query, parameter) => {
      const res = await http().get(`/v1/claims/summary?${query}`).expect(400)
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(res.body.errors.map((e: { parameter: string }) => e.parameter)).toContain(parameter)
    })
  })

  describe('GET /v1/search', () => {
    it('finds words across articles, quotes and claims with highlighted snippets, best match first', async () => {
      const res = await http().get('/v1/search?q=drones&limit=100').expect(200)
      const { data } = listOf(SearchHitSchema).parse(res.body)
      expect(new Set(data.map((h) => h.type))).toEqual(expect.objectContaining({ size: expect.any(Number) }))
      expect(data.map((h) => h.type)).toEqual(expect.arrayContaining(['article', 'claim']))
      for (const h of data) expect(h.snippet.toLowerCase()).toContain('[drones]')
      for (let i = 1; i < data.length; i++) expect(data[i - 1]!.rank <= data[i]!.rank).toBe(true)
    })

    it('restricts hits to the requested types', async () => {
      const res = await http().get('/v1/search?q=civilians&type=quote').expect(200)
      expect(res.body.data.length).toBeGreaterThan(0)
      for (const h of res.body.data) expect(h.type).toBe('quote')
    })

    it('treats FTS5 syntax in the query as plain words instead of failing', async () => {
      for (const q of ['drones AND (', '"unterminated', 'NEAR(a b', 'col:value*', "'; drop table claims; --"]) {
        const res = await http().get(`/v1/search?q=${encodeURIComponent(q)}`)
        expect(res.status, q).toBe(200)
      }
    })

    it('walks search pages without duplicates', async () => {
      const all = (await http().get('/v1/search?q=ukraine&limit=500').expect(200)).body
      const seen: string[] = []
      let next: string | null = '/v1/search?q=ukraine&limit=4'
      while (next) {
        const page: { data: { type: string; id: string }[]; page: { next: string | null } } = (await http().get(next).expect(200)).body
        seen.push(...page.data.map((h) => `${h.type}:${h.id}`))
        next = page.page.next
      }
      expect(seen).toEqual(all.data.map((h: { type: string; id: string }) => `${h.type}:${h.id}`))
    })

    it.each(['q=', 'q=%20', 'q=%2A%2A', 'q=x&type=tweets'])('rejects %s with a 400', async (query) => {
      const res = await http().get(`/v1/search?${query}`).expect(400)
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    })
  })

  describe('CSV', () => {
    it('streams every page of the filtered claims as RFC 4180 CSV that parses back', async () => {
      const res = await http().get('/v1/claims?format=csv&limit=2').expect(200)
      expect(res.headers['content-type']).toMatch(/^text\/csv/)
      const rows = parseCsv(res.text)
      const header = rows[0]!
      expect(header).toEqual(expect.arrayContaining(['id', 'value', 'unit', 'source.id', 'source.name', 'sentence']))
      const json = await allClaims('sort=article')
      expect(rows.slice(1)).toHaveLength(json.length)
      const idCol = header.indexOf('id')
      const sentenceCol = header.indexOf('sentence')
      expect(rows.slice(1).map((r) => r[idCol])).toEqual(json.map((c) => c.id))
      expect(rows.slice(1).map((r) => r[sentenceCol])).toEqual(json.map((c) => c.sentence))
    })

    it('answers Accept: text/csv with CSV and keeps the filters', async () => {
      const res = await http().get('/v1/claims?unit=USD').set('accept', 'text/csv').expect(200)
      const rows = parseCsv(res.text)
      expect(rows).toHaveLength(1 + (await claims('unit=USD')).page.total)
    })

    it('gives lists of people as CSV too', async () => {
      const res = await http().get('/v1/people?format=csv').expect(200)
      expect(parseCsv(res.text)[0]).toEqual(expect.arrayContaining(['id', 'name', 'aliases', 'counts.quotes']))
    })
  })

  describe('HTTP behaviour', () => {
    it('answers If-None-Match with 304 when nothing changed', async () => {
      const first = await http().get('/v1/claims?category=killed').expect(200)
      expect(first.headers.etag).toBeTruthy()
      expect(first.headers['cache-control']).toMatch(/max-age=\d+/)
      await http().get('/v1/claims?category=killed').set('if-none-match', first.headers.etag!).expect(304)
    })

    it('compresses large responses with gzip or brotli', async () => {
      const res = await http().get('/v1/claims?limit=500').set('accept-encoding', 'br, gzip')
      expect(['br', 'gzip']).toContain(res.headers['content-encoding'])
    })

    it('allows browser dashboards through a CORS preflight', async () => {
      const res = await http()
        .options('/v1/claims')
        .set('origin', 'https://dashboard.example')
        .set('access-control-request-method', 'GET')
      expect(res.status).toBe(204)
      expect(res.headers['access-control-allow-origin']).toBe('*')
    })

    it('echoes a caller request id and makes one when none is given', async () => {
      const given = await http().get('/healthz').set('x-request-id', 'trace-123').expect(200)
      expect(given.headers['x-request-id']).toBe('trace-123')
      const made = await http().get('/healthz').expect(200)
      expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
    })

    it('puts the next page URL in the body and in a Link header', async () => {
      const res = await http().get('/v1/claims?category=killed&limit=1').expect(200)
      expect(res.body.page.next).toMatch(/^\/v1\/claims\?category=killed&limit=1&cursor=/)
      expect(res.headers.link).toBe(`<${res.body.page.next}>; rel="next"`)
      const next = await http().get(res.body.page.next).expect(200)
      expect(next.body.data[0].id).not.toBe(res.body.data[0].id)
    })
  })

  describe('profiles', () => {
    it("shows a person's roles and affiliations with the articles they come from, and first/last seen", async () => {
      const res = await http().get('/v1/people/danielle-bell').expect(200)
      const p = res.body.data
      expect(p.firstSeen).toBe('2026-01-23')
      expect(p.lastSeen).toBe('2026-01-23')
      expect(p.roleSources.length).toBeGreaterThan(0)
      for (const r of p.roleSources) expect(r.articles[0]).toMatchObject({ id: expect.any(String), publishedAt: '2026-01-23' })
    })

    it("groups an organisation's figures by category", async () => {
      const res = await http().get('/v1/organisations/ohchr').expect(200)
      const groups = res.body.data.figuresByCategory as { key: string; count: number }[]
      expect(groups.reduce((n, g) => n + g.count, 0)).toBe(res.body.data.counts.claims)
    })

    it('GET /v1/stats gives table totals', async () => {
      const res = await http().get('/v1/stats').expect(200)
      expect(res.body.data).toMatchObject({ sourceFiles: 3, firstPublished: '2026-01-23', lastPublished: '2026-02-27' })
      expect(res.body.data.claims).toBe((await claims('limit=1')).page.total)
    })
  })
})

describe('the response cache', () => {
  it('serves a repeated question from memory and drops it when an ingest commits', async () => {
    const { openReadOnly, openWritable } = await import('../../src/db/client.js')
    const { buildApp } = await import('../../src/app.js')
    const { ingestPaths } = await import('../../src/ingest.js')
    const { tempDir } = await import('../helpers.js')
    const t = tempDir()
    const path = `${t.dir}/c.db`
    const writer = openWritable(path)
    ingestPaths(writer.db, [SEED_FILE])
    const reader = openReadOnly(path)
    const app = await buildApp({ db: reader.db, responseCacheBytes: 1 << 20 })
    await app.ready()
    try {
      const first = await supertest(app.server).get('/v1/stats').expect(200)
      expect(first.headers['x-cache']).toBeUndefined()
      const second = await supertest(app.server).get('/v1/stats').expect(200)
      expect(second.headers['x-cache']).toBe('hit')
      expect(second.body).toEqual(first.body)
      ingestPaths(writer.db, ['test/fixtures/zaporizhzhia-ceasefire-dailysabah-cnbc.txt'])
      const after = await supertest(app.server).get('/v1/stats').expect(200)
      expect(after.headers['x-cache']).toBeUndefined()
      expect(after.body.data.sourceFiles).toBe(first.body.data.sourceFiles + 1)
    } finally {
      await app.close()
      reader.close()
      writer.close()
      t.cleanup()
    }
  })
})
