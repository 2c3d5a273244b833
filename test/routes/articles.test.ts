import supertest from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ArticleDetailSchema, ArticleSchema } from '../../src/routes/articles.js'
import { listOf, single } from '../../src/routes/common.js'
import { buildTestApp } from '../helpers.js'

describe('GET /v1/articles', () => {
  let ctx: Awaited<ReturnType<typeof buildTestApp>>
  beforeAll(async () => {
    ctx = await buildTestApp()
  })
  afterAll(() => ctx.close())

  it('lists both articles of the bundled IPS file with provenance and counts', async () => {
    const res = await supertest(ctx.app.server).get('/v1/articles').expect(200)
    const body = listOf(ArticleSchema).parse(res.body)
    expect(body.data).toHaveLength(2)
    expect(body.page).toEqual({ limit: 50, nextCursor: null, total: 2, totalExact: true, next: null })
    const indexes = body.data.map((a) => a.source.index).sort()
    expect(indexes).toEqual([0, 1])
    for (const a of body.data) {
      expect(a.source.file).toBe('data/articles/000_b8a49620419f854f.txt')
      expect(a.source.sha256).toMatch(/^[0-9a-f]{64}$/)
      expect(a.publishedAt).toBe('2026-01-23')
      expect(a.agency).toBe('IPS')
    }
    const report = body.data.find((a) => a.byline === 'Oritro Karim')
    expect(report?.dateline).toBe('UNITED NATIONS')
    expect(report?.counts.claims).toBeGreaterThan(10)
    expect(body.data.find((a) => a.byline === 'CIVICUS')?.counts.quotes).toBeGreaterThan(10)
  })

  it('returns one article with its cleaned body, free of page furniture', async () => {
    const list = await supertest(ctx.app.server).get('/v1/articles').expect(200)
    const id = list.body.data.find((a: { byline: string }) => a.byline === 'Oritro Karim').id
    const res = await supertest(ctx.app.server).get(`/v1/articles/${id}`).expect(200)
    const { data } = single(ArticleDetailSchema).parse(res.body)
    expect(data.body.startsWith('Nearly four years into Russia’s full-scale invasion')).toBe(true)
    expect(data.body).not.toMatch(/Follow @|Credit: UN Photo|GET IN TOUCH|SEE ALSO/)
  })

  it('pages with an opaque cursor, without repeating or skipping an article', async () => {
    const first = await supertest(ctx.app.server).get('/v1/articles?limit=1').expect(200)
    expect(first.body.data).toHaveLength(1)
    expect(first.body.page.nextCursor).toEqual(expect.any(String))
    const second = await supertest(ctx.app.server).get(`/v1/articles?limit=1&cursor=${first.body.page.nextCursor}`).expect(200)
    expect(second.body.data).toHaveLength(1)
    expect(second.body.page.nextCursor).toBeNull()
    expect(second.body.data[0].id).not.toBe(first.body.data[0].id)
  })

  it('answers an unknown id with a 404 problem naming the id', async () => {
    const res = await supertest(ctx.app.server).get('/v1/articles/a_nope').expect(404)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.body).toMatchObject({ status: 404, title: 'Not Found', detail: expect.stringContaining('a_nope') })
  })

  it.each([
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['limit=ten', 'limit'],
    ['cursor=not-a-cursor', 'cursor']
  ])('rejects %s with a 400 naming %s', async (query, parameter) => {
    const res = await supertest(ctx.app.server).get(`/v1/articles?${query}`).expect(400)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.body.errors.map((e: { parameter: string }) => e.parameter)).toContain(parameter)
  })
})
