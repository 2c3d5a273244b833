import supertest from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ClaimSchema } from '../../src/routes/claims.js'
import { listOf } from '../../src/routes/common.js'
import { buildTestApp } from '../helpers.js'

describe('GET /v1/claims', () => {
  let ctx: Awaited<ReturnType<typeof buildTestApp>>
  const get = async (url: string) => listOf(ClaimSchema).parse((await supertest(ctx.app.server).get(url).expect(200)).body)
  beforeAll(async () => {
    ctx = await buildTestApp()
  })
  afterAll(() => ctx.close())

  it('attributes the 2,514 civilians killed to HRMMU', async () => {
    const { data } = await get('/v1/claims?min=2514&max=2514')
    expect(data).toHaveLength(1)
    expect(data[0]).toMatchObject({ text: '2,514', value: 2514, qualifier: 'exact', category: 'killed', unit: null })
    expect(data[0]?.source).toMatchObject({ type: 'organisation', id: 'hrmmu' })
  })

  it.each(['OHCHR', 'ohchr', 'Office of the United Nations High Commissioner for Human Rights'])(
    "finds OHCHR's figures by source=%s",
    async (source) => {
      const { data } = await get(`/v1/claims?source=${encodeURIComponent(source)}`)
      expect(data.map((c) => c.value)).toContain(55600)
      for (const c of data) expect(c.source?.id).toBe('ohchr')
    }
  )

  it('reads "USD $2.3 billion" as 2300000000 USD in the money category', async () => {
    const { data } = await get('/v1/claims?unit=USD')
    expect(data).toEqual([expect.objectContaining({ value: 2_300_000_000, unit: 'USD', category: 'money' })])
  })

  it('filters by category and value range together', async () => {
    const { data } = await get('/v1/claims?category=killed&min=100')
    expect(data.length).toBeGreaterThan(0)
    for (const c of data) {
      expect(c.category).toBe('killed')
      expect(c.value).toBeGreaterThanOrEqual(100)
    }
  })

  it('serves GET /v1/organisations/:id/claims as a shortcut', async () => {
    const res = await supertest(ctx.app.server).get('/v1/organisations/ohchr/claims').expect(200)
    const long = await get('/v1/claims?sourceId=ohchr')
    expect(listOf(ClaimSchema).parse(res.body).data).toEqual(long.data)
  })

  it.each([
    ['min=5&max=1', 'min'],
    ['min=lots', 'min'],
    ['category=births', 'category'],
    ['source=', 'source'],
    [`unit=${'x'.repeat(300)}`, 'unit']
  ])('rejects %s with a 400 naming %s', async (query, parameter) => {
    const res = await supertest(ctx.app.server).get(`/v1/claims?${query}`).expect(400)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.body.errors.map((e: { parameter: string }) => e.parameter)).toContain(parameter)
  })
})
