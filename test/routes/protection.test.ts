import supertest from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/app.js'
import { openReadOnly, openWritable } from '../../src/db/client.js'
import { buildTestApp, tempDir } from '../helpers.js'

const TOKEN = 'test-token-0123456789abcdef'
const ARTICLE = `By Jane Roe
GENEVA, Mar 3 2026 (IPS)
The World Health Organization (WHO) said on Tuesday that at least 1,200 people had died of cholera since January. "We are seeing a sharp rise," said Tedros Adhanom Ghebreyesus, the agency's head.
`

describe('POST /v1/articles (the write path)', () => {
  let app: Awaited<ReturnType<typeof buildApp>>
  let cleanup: () => void
  let close: () => void
  beforeAll(async () => {
    const t = tempDir()
    cleanup = t.cleanup
    const path = `${t.dir}/w.db`
    const writer = openWritable(path)
    const reader = openReadOnly(path)
    close = () => (writer.close(), reader.close())
    app = await buildApp({ db: reader.db, ingest: { writer: writer.db, token: TOKEN } })
    await app.ready()
  })
  afterAll(async () => {
    await app.close()
    close()
    cleanup()
  })

  it('ingests a text/plain article exactly like the command, and a repeat changes nothing', async () => {
    const res = await supertest(app.server).post('/v1/articles').set('authorization', `Bearer ${TOKEN}`).set('content-type', 'text/plain').send(ARTICLE).expect(201)
    expect(res.body.data).toMatchObject({ status: 'added', articles: 1 })
    expect(res.body.data.claims).toBeGreaterThan(0)
    const again = await supertest(app.server).post('/v1/articles').set('authorization', `Bearer ${TOKEN}`).set('content-type', 'text/plain').send(ARTICLE).expect(200)
    expect(again.body.data.status).toBe('unchanged')
    const list = await supertest(app.server).get('/v1/articles').expect(200)
    expect(list.body.data[0]).toMatchObject({ byline: 'Jane Roe', dateline: 'GENEVA', publishedAt: '2026-03-03' })
  })

  it('ingests JSON with title, url and publishedAt, which win over the text', async () => {
    const res = await supertest(app.server)
      .post('/v1/articles')
      .set('authorization', `Bearer ${TOKEN}`)
      .send({ title: 'Cholera deaths rise', url: 'https://news.example/cholera', publishedAt: '2026-03-04', body: ARTICLE.replace('1,200', '1,300') })
      .expect(201)
    expect(res.body.data.articles).toBe(1)
    const list = await supertest(app.server).get('/v1/articles?from=2026-03-04').expect(200)
    expect(list.body.data[0]).toMatchObject({ title: 'Cholera deaths rise', url: 'https://news.example/cholera', publishedAt: '2026-03-04' })
  })

  it.each([
    [undefined, 401],
    ['Basic abc', 401],
    ['Bearer wrong-token', 403]
  ])('answers Authorization %s with %i and stores nothing', async (auth, status) => {
    const before = (await supertest(app.server).get('/v1/stats')).body.data.articles
    const req = supertest(app.server).post('/v1/articles').set('content-type', 'text/plain')
    if (auth) req.set('authorization', auth)
    const res = await req.send(ARTICLE.replace('1,200', '9,999')).expect(status)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect((await supertest(app.server).get('/v1/stats')).body.data.articles).toBe(before)
  })

  it('rejects bad bodies with 400 problems naming the field', async () => {
    const res = await supertest(app.server).post('/v1/articles').set('authorization', `Bearer ${TOKEN}`).send({ title: 'no body' }).expect(400)
    expect(res.body.errors[0].parameter).toBe('body.body')
    const bad = await supertest(app.server).post('/v1/articles').set('authorization', `Bearer ${TOKEN}`).send({ body: 'x', publishedAt: 'yesterday' }).expect(400)
    expect(bad.body.errors[0].parameter).toBe('body.publishedAt')
  })

  it('refuses a body over the size limit with 413', async () => {
    await supertest(app.server)
      .post('/v1/articles')
      .set('authorization', `Bearer ${TOKEN}`)
      .set('content-type', 'text/plain')
      .send('word '.repeat(1_200_000))
      .expect(413)
  })

  it('rate-limits failed authentications with 429', async () => {
    let last = 0
    for (let i = 0; i < 12; i++) last = (await supertest(app.server).post('/v1/articles').set('authorization', 'Bearer nope').send({ body: 'x' })).status
    expect(last).toBe(429)
  })
})

describe('protection of the read routes', () => {
  let ctx: Awaited<ReturnType<typeof buildTestApp>>
  beforeAll(async () => {
    ctx = await buildTestApp()
  })
  afterAll(() => ctx.close())

  it('has no write route when no ingest token is configured (404)', async () => {
    await supertest(ctx.app.server).post('/v1/articles').send({ body: 'x' }).expect(404)
  })

  it.each([
    ['a list', '/v1/articles', 200, "default-src 'none'; frame-ancestors 'none'"],
    ['an unknown article', '/v1/articles/a_nope', 404, "default-src 'none'; frame-ancestors 'none'"],
    ['a bad parameter', '/v1/claims?min=abc', 400, "default-src 'none'; frame-ancestors 'none'"],
    ['the API docs page', '/docs/', 200, "default-src 'self'"],
    ['an unknown page', '/nope', 404, "default-src 'self'"]
  ])('sends security headers on %s', async (_label, url, status, csp) => {
    const res = await supertest(ctx.app.server).get(url).expect(status)
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['content-security-policy']).toContain(csp)
    expect(res.headers['strict-transport-security']).toBeDefined()
    expect(res.headers['x-powered-by']).toBeUndefined()
  })

  it('answers 429 problem+json past the configured rate limit', async () => {
    const t = tempDir()
    const h = openWritable(`${t.dir}/r.db`)
    const app = await buildApp({ db: h.db, rateLimitPerMinute: 3 })
    await app.ready()
    try {
      const codes: number[] = []
      for (let i = 0; i < 5; i++) codes.push((await supertest(app.server).get('/healthz')).status)
      expect(codes).toEqual([200, 200, 200, 429, 429])
      const res = await supertest(app.server).get('/healthz')
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    } finally {
      await app.close()
      h.close()
      t.cleanup()
    }
  })

  describe('CORS', () => {
    async function withApp(corsOrigins: '*' | string[], f: (http: () => supertest.Agent) => Promise<void>): Promise<void> {
      const t = tempDir()
      const h = openWritable(`${t.dir}/c.db`)
      const app = await buildApp({ db: h.db, corsOrigins })
      await app.ready()
      try {
        await f(() => supertest.agent(app.server))
      } finally {
        await app.close()
        h.close()
        t.cleanup()
      }
    }

    it('lets any origin read answers, errors and pages, and the headers a client needs', async () => {
      await withApp('*', async (http) => {
        for (const [url, status] of [['/v1/claims', 200], ['/v1/articles/a_missing', 404], ['/healthz', 200]] as const) {
          const res = await http().get(url).set('origin', 'https://dashboard.example').expect(status)
          expect(res.headers['access-control-allow-origin']).toBe('*')
          expect(res.headers['access-control-expose-headers']).toContain('etag')
        }
      })
    })

    it('answers a preflight from any origin with the methods, the asked headers and how long to keep them', async () => {
      await withApp('*', async (http) => {
        const res = await http()
          .options('/v1/claims')
          .set('origin', 'https://dashboard.example')
          .set('access-control-request-method', 'GET')
          .set('access-control-request-headers', 'if-none-match')
          .expect(204)
        expect(res.headers['access-control-allow-origin']).toBe('*')
        expect(res.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS')
        expect(res.headers['access-control-allow-headers']).toBe('if-none-match')
        expect(res.headers['access-control-max-age']).toBe('600')
      })
    })

    it('lets only the listed origins read answers when CORS_ORIGINS lists them', async () => {
      await withApp(['https://dashboard.example'], async (http) => {
        const listed = await http().get('/v1/claims').set('origin', 'https://dashboard.example').expect(200)
        expect(listed.headers['access-control-allow-origin']).toBe('https://dashboard.example')
        expect(listed.headers.vary).toMatch(/origin/i)
        const other = await http().get('/v1/claims').set('origin', 'https://elsewhere.example').expect(200)
        expect(other.headers['access-control-allow-origin']).toBeUndefined()
        const preflight = await http().options('/v1/claims').set('origin', 'https://dashboard.example').set('access-control-request-method', 'GET').expect(204)
        expect(preflight.headers['access-control-allow-origin']).toBe('https://dashboard.example')
      })
    })
  })

  it('sheds load with 503 when the event loop stalls', async () => {
    const t = tempDir()
    const h = openWritable(`${t.dir}/p.db`)
    const app = await buildApp({ db: h.db, maxEventLoopDelayMs: 50, loadSampleIntervalMs: 100 })
    await app.ready()
    try {
      // The delay is sampled every 100 ms, so a stall shows for about one tick: try a few
      // stalls, each followed by a request right after the sample that records it.
      let res = await supertest(app.server).get('/healthz')
      for (let attempt = 0; attempt < 8 && res.status !== 503; attempt++) {
        const until = Date.now() + 400
        while (Date.now() < until) {
          // block the event loop, as a runaway request would
        }
        await new Promise((r) => setTimeout(r, 5))
        res = await supertest(app.server).get('/healthz')
      }
      expect(res.status).toBe(503)
      expect(res.headers['retry-after']).toBe('5')
    } finally {
      await app.close()
      h.close()
      t.cleanup()
    }
  })
})
