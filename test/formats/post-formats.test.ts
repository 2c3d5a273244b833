/** POST /v1/articles with the new formats: text/html, application/x-ndjson and JSON arrays, stored like files. */
import { readFileSync } from 'node:fs'
import supertest from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/app.js'
import { openReadOnly, openWritable } from '../../src/db/client.js'
import { tempDir } from '../helpers.js'

const TOKEN = 'test-token-formats-0123456789'
const story = (n: number) => `The agency said on Monday that ${n * 40} people were killed in the floods, and that ${n} villages were cut off.`

describe('POST /v1/articles formats', () => {
  let app: Awaited<ReturnType<typeof buildApp>>
  let done: () => void
  beforeAll(async () => {
    const t = tempDir()
    const writer = openWritable(`${t.dir}/w.db`)
    const reader = openReadOnly(`${t.dir}/w.db`)
    app = await buildApp({ db: reader.db, ingest: { writer: writer.db, token: TOKEN } })
    await app.ready()
    done = () => (writer.close(), reader.close(), t.cleanup())
  })
  afterAll(async () => {
    await app.close()
    done()
  })
  const post = (type: string | null, body: string | object) => {
    const req = supertest(app.server).post('/v1/articles').set('authorization', `Bearer ${TOKEN}`)
    if (type) req.set('content-type', type)
    return req.send(body as string)
  }
  const byUrl = async (url: string) => (await supertest(app.server).get('/v1/articles?limit=500').expect(200)).body.data.find((a: { url: string }) => a.url === url)

  it('reads a text/html page with its metadata', async () => {
    const res = await post('text/html; charset=utf-8', readFileSync('test/fixtures/html/techcrunch-wework-investigation.html', 'utf8')).expect(201)
    expect(res.body.data).toMatchObject({ status: 'added', articles: 1, source: expect.stringMatching(/^api\/[0-9a-f]{16}\.html$/) })
    expect(await byUrl('https://techcrunch.com/2019/11/18/new-york-state-attorney-general-reportedly-investigating-wework/')).toMatchObject({ byline: 'Catherine Shu' })
  })

  it('reads application/x-ndjson, one article per line, and a repeat changes nothing', async () => {
    const body = [1, 2].map((n) => JSON.stringify({ body: story(n), url: `https://news.example/nd/${n}`, title: `ND ${n}` })).join('\n')
    expect((await post('application/x-ndjson', body).expect(201)).body.data).toMatchObject({ articles: 2, source: expect.stringMatching(/\.jsonl$/) })
    expect((await post('application/x-ndjson', body).expect(200)).body.data.status).toBe('unchanged')
    expect(await byUrl('https://news.example/nd/2')).toMatchObject({ title: 'ND 2' })
  })

  it('reads a JSON array, all or nothing', async () => {
    const ok = await post(null, [1, 2, 3].map((n) => ({ body: story(n + 10), url: `https://news.example/arr/${n}` }))).expect(201)
    expect(ok.body.data.articles).toBe(3)
    const bad = await post(null, [{ body: story(20), url: 'https://news.example/arr/x' }, { body: 'too short' }]).expect(400)
    expect(bad.body.detail).toBe('record 2: no article found in the body (it needs at least one full sentence)')
    expect(await byUrl('https://news.example/arr/x')).toBeUndefined()
  })

  it('names the line of bad JSON Lines', async () => {
    const res = await post('application/x-ndjson', `${JSON.stringify({ body: story(30) })}\n{oops`).expect(400)
    expect(res.body.detail).toBe('line 2: not valid JSON')
  })

  it('still needs the token for the new content types', async () => {
    await supertest(app.server).post('/v1/articles').set('content-type', 'text/html').send('<p>x</p>').expect(401)
  })
})
