import supertest from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listOf } from '../../src/routes/common.js'
import { QuoteSchema } from '../../src/routes/quotes.js'
import { buildTestApp } from '../helpers.js'

describe('GET /v1/quotes', () => {
  let ctx: Awaited<ReturnType<typeof buildTestApp>>
  const get = async (url: string) => listOf(QuoteSchema).parse((await supertest(ctx.app.server).get(url).expect(200)).body)
  beforeAll(async () => {
    ctx = await buildTestApp()
  })
  afterAll(() => ctx.close())

  it("makes Mikola Dziadok's interview answers his quotes, and not the questions", async () => {
    const { data } = await get('/v1/quotes?kind=interview&limit=500')
    expect(data.length).toBeGreaterThanOrEqual(10)
    for (const q of data) expect(q.speaker).toMatchObject({ type: 'person', id: 'mikola-dziadok', name: 'Mikola Dziadok' })
    expect(data.some((q) => q.text.startsWith('I was arrested because I was not silent'))).toBe(true)
    expect(data.some((q) => q.text.includes('Why were you arrested'))).toBe(false)
  })

  it('attributes "said Schmale" to Matthias Schmale', async () => {
    const { data } = await get('/v1/quotes?speakerId=matthias-schmale&limit=500')
    expect(data.some((q) => q.text.startsWith('The nature of warfare is evolving'))).toBe(true)
  })

  it.each(['Schmale', 'schmale', 'MATTHIAS SCHMALE'])('finds Schmale\'s quotes by speaker=%s', async (speaker) => {
    const { data } = await get(`/v1/quotes?speaker=${encodeURIComponent(speaker)}`)
    expect(data.length).toBeGreaterThan(0)
    for (const q of data) expect(q.speaker?.id).toBe('matthias-schmale')
  })

  it('matches speaker names without regard to accents ("Volker Turk" finds Volker Türk)', async () => {
    const { data } = await get('/v1/quotes?speaker=Volker%20Turk')
    expect(data.length).toBeGreaterThan(0)
    expect(data[0]?.speaker?.name).toBe('Volker Türk')
  })

  it('stores offsets so that the body slice is the quote text', async () => {
    const articles = (await supertest(ctx.app.server).get('/v1/articles').expect(200)).body.data
    for (const a of articles) {
      const body = (await supertest(ctx.app.server).get(`/v1/articles/${a.id}`).expect(200)).body.data.body as string
      const { data } = await get(`/v1/quotes?articleId=${a.id}&limit=500`)
      for (const q of data) expect(body.slice(q.start, q.end)).toBe(q.text)
    }
  })

  it('walks every page with no duplicate and no missing quote', async () => {
    const all = await get('/v1/quotes?limit=500')
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: Awaited<ReturnType<typeof get>> = await get(`/v1/quotes?limit=3${cursor ? `&cursor=${cursor}` : ''}`)
      seen.push(...page.data.map((q) => q.id))
      cursor = page.page.nextCursor
    } while (cursor)
    expect(seen).toEqual(all.data.map((q) => q.id))
    expect(new Set(seen).size).toBe(all.page.total)
  })

  it('rejects an unknown kind with a 400 naming kind', async () => {
    const res = await supertest(ctx.app.server).get('/v1/quotes?kind=rumour').expect(400)
    expect(res.body.errors[0].parameter).toBe('kind')
  })

  it('serves GET /v1/people/:id/quotes as a shortcut, and 404 for an unknown person', async () => {
    const short = listOf(QuoteSchema).parse((await supertest(ctx.app.server).get('/v1/people/matthias-schmale/quotes').expect(200)).body)
    const long = await get('/v1/quotes?speakerId=matthias-schmale')
    expect(short.data).toEqual(long.data)
    await supertest(ctx.app.server).get('/v1/people/nobody-at-all/quotes').expect(404)
  })
})
