import supertest from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp } from '../helpers.js'

const LISTS = ['/v1/articles', '/v1/people', '/v1/organisations', '/v1/quotes', '/v1/claims']

describe('the public contract, on every route', () => {
  let ctx: Awaited<ReturnType<typeof buildTestApp>>
  beforeAll(async () => {
    ctx = await buildTestApp()
  })
  afterAll(() => ctx.close())

  it('GET /healthz answers ok once the database is open', async () => {
    const res = await supertest(ctx.app.server).get('/healthz').expect(200)
    expect(res.body).toEqual({ status: 'ok' })
  })

  it.each(LISTS)('%s returns the { data, page } envelope', async (url) => {
    const res = await supertest(ctx.app.server).get(url).expect(200)
    expect(Object.keys(res.body).sort()).toEqual(['data', 'page'])
    const nullableString = expect.toSatisfy((c: unknown) => c === null || typeof c === 'string')
    expect(res.body.page).toEqual({ limit: 50, nextCursor: nullableString, total: expect.any(Number), totalExact: true, next: nullableString })
  })

  it.each(LISTS)('%s rejects a bad limit with problem+json naming limit', async (url) => {
    const res = await supertest(ctx.app.server).get(`${url}?limit=-1`).expect(400)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.body).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400 })
    expect(res.body.detail).toContain('limit')
  })

  it('answers an unknown route with a 404 problem', async () => {
    const res = await supertest(ctx.app.server).get('/v2/nothing').expect(404)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
  })

  it('serves the OpenAPI document and the Swagger UI', async () => {
    const yaml = await supertest(ctx.app.server).get('/openapi.yaml').expect(200)
    expect(yaml.text).toMatch(/^openapi: 3\.1\.0/)
    await supertest(ctx.app.server).get('/docs/').expect(200)
  })

  it('gives the same content-derived ids when the database is rebuilt', async () => {
    const other = await buildTestApp()
    try {
      for (const url of ['/v1/articles', '/v1/claims?limit=500', '/v1/quotes?limit=500', '/v1/people?limit=500']) {
        const a = (await supertest(ctx.app.server).get(url)).body.data.map((r: { id: string }) => r.id)
        const b = (await supertest(other.app.server).get(url)).body.data.map((r: { id: string }) => r.id)
        expect(b).toEqual(a)
      }
    } finally {
      await other.close()
    }
  })
})
