import supertest from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listOf, single } from '../../src/routes/common.js'
import { OrganisationSchema } from '../../src/routes/organisations.js'
import { PersonSchema } from '../../src/routes/people.js'
import { buildTestApp } from '../helpers.js'

describe('GET /v1/people and /v1/organisations', () => {
  let ctx: Awaited<ReturnType<typeof buildTestApp>>
  beforeAll(async () => {
    ctx = await buildTestApp()
  })
  afterAll(() => ctx.close())

  it('gives Matthias Schmale one row with his alias and quote count', async () => {
    const res = await supertest(ctx.app.server).get('/v1/people/matthias-schmale').expect(200)
    const { data } = single(PersonSchema).parse(res.body)
    expect(data.name).toBe('Matthias Schmale')
    expect(data.aliases).toContain('Schmale')
    expect(data.counts.quotes).toBeGreaterThanOrEqual(3)
    expect(data.counts.articles).toBe(1)
  })

  it('finds people by a name prefix, case-insensitively', async () => {
    const res = await supertest(ctx.app.server).get('/v1/people?q=zelen').expect(200)
    const { data } = listOf(PersonSchema).parse(res.body)
    expect(data.map((p) => p.name)).toContain('Volodymyr Zelensky')
  })

  it('links OHCHR and its full name as one organisation', async () => {
    const res = await supertest(ctx.app.server).get('/v1/organisations/ohchr').expect(200)
    const { data } = single(OrganisationSchema).parse(res.body)
    expect(data).toMatchObject({ acronym: 'OHCHR', name: 'Office of the United Nations High Commissioner for Human Rights' })
    expect(data.counts.claims).toBeGreaterThan(0)
  })

  it('lists only the entities of one article with articleId=', async () => {
    const articles = (await supertest(ctx.app.server).get('/v1/articles').expect(200)).body.data
    const interview = articles.find((a: { byline: string }) => a.byline === 'CIVICUS')
    const people = listOf(PersonSchema).parse((await supertest(ctx.app.server).get(`/v1/people?articleId=${interview.id}`).expect(200)).body)
    expect(people.data.map((p) => p.name)).toContain('Mikola Dziadok')
    expect(people.data.map((p) => p.name)).not.toContain('Matthias Schmale')
    const orgs = listOf(OrganisationSchema).parse((await supertest(ctx.app.server).get(`/v1/organisations?articleId=${interview.id}&q=civ`).expect(200)).body)
    expect(orgs.data.map((o) => o.name)).toContain('CIVICUS')
  })

  it('answers unknown ids with 404 problems', async () => {
    for (const url of ['/v1/people/nobody', '/v1/organisations/nothing', '/v1/organisations/nothing/claims', '/v1/organisations/nothing/quotes']) {
      const res = await supertest(ctx.app.server).get(url).expect(404)
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    }
  })
})
