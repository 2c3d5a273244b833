/** The typed TypeScript client: schema.d.ts matches openapi.yaml, and the client reads the real app over HTTP with compile-time-checked calls. */
import { readFileSync } from 'node:fs'
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript'
import supertest from 'supertest'
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest'
import { createFactsClient, type Claim, type FactsClient, type Problem } from '../clients/typescript/index.js'
import { buildTestApp, SEED_FILE } from './helpers.js'

const SCHEMA_FILE = 'clients/typescript/schema.d.ts'

describe('clients/typescript/schema.d.ts', () => {
  it('matches what openapi-typescript generates from openapi.yaml (regenerate with `npm run client`)', async () => {
    // The same steps as the openapi-typescript command line: header, then the printed AST.
    const generated = COMMENT_HEADER + astToString(await openapiTS(new URL('../openapi.yaml', import.meta.url), { silent: true }))
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated)
  })
})

describe('createFactsClient against the real app on a port', () => {
  let ctx: Awaited<ReturnType<typeof buildTestApp>>
  let client: FactsClient
  beforeAll(async () => {
    ctx = await buildTestApp([SEED_FILE])
    await ctx.app.listen({ port: 0, host: '127.0.0.1' })
    const address = ctx.app.server.address()
    if (!address || typeof address === 'string') throw new Error('the app is not listening on a port')
    client = createFactsClient(`http://127.0.0.1:${address.port}/`)
  })
  afterAll(() => ctx.close())

  it('fetches the figures given by OHCHR, typed', async () => {
    const { data, error, response } = await client.GET('/v1/claims', { params: { query: { source: 'OHCHR', sort: '-value' } } })
    expect(response.status).toBe(200)
    expect(error).toBeUndefined()
    if (!data) throw new Error('no body')
    // Compile-time: the body is the Claim list envelope, not `any`.
    expectTypeOf(data.data).toEqualTypeOf<Claim[]>()
    expectTypeOf(data.data[0]!.value).toBeNumber()
    expectTypeOf(data.data[0]!.source).toEqualTypeOf<Claim['source']>()
    expectTypeOf(data.page.nextCursor).toEqualTypeOf<string | null>()

    expect(data.data.length).toBeGreaterThan(0)
    for (const claim of data.data) expect(claim.source?.id).toBe('ohchr')
    for (let i = 1; i < data.data.length; i++) expect(data.data[i - 1]!.value).toBeGreaterThanOrEqual(data.data[i]!.value)
    const direct = await supertest(ctx.app.server).get('/v1/claims?source=OHCHR&sort=-value').expect(200)
    expect(data).toEqual(direct.body)
  })

  it('walks every page with page.nextCursor', async () => {
    const all: Claim[] = []
    let cursor: string | undefined
    do {
      const { data } = await client.GET('/v1/claims', { params: { query: { source: 'OHCHR', limit: 1, cursor } } })
      if (!data) throw new Error('no body')
      all.push(...data.data)
      cursor = data.page.nextCursor ?? undefined
    } while (cursor)
    const { data } = await client.GET('/v1/claims', { params: { query: { source: 'OHCHR', limit: 500 } } })
    expect(all.map((c) => c.id)).toEqual(data!.data.map((c) => c.id))
  })

  it('types path parameters and the chart summary', async () => {
    const org = await client.GET('/v1/organisations/{id}/claims', { params: { path: { id: 'ohchr' }, query: { category: 'killed' } } })
    for (const claim of org.data!.data) expect(claim.category).toBe('killed')
    const summary = await client.GET('/v1/claims/summary', { params: { query: { groupBy: 'source', source: 'OHCHR' } } })
    expectTypeOf(summary.data!.data[0]!.count).toBeNumber()
    expect(summary.data!.data.reduce((n, g) => n + g.count, 0)).toBe((await client.GET('/v1/claims', { params: { query: { source: 'OHCHR' } } })).data!.page.total)
  })

  it('returns problem+json bodies as typed errors, and the compiler rejects what the API would', async () => {
    // @ts-expect-error category is an enum: tsc rejects the value the API answers 400 to.
    const bad = await client.GET('/v1/claims', { params: { query: { category: 'colour' } } })
    expect(bad.data).toBeUndefined()
    expect(bad.response.status).toBe(400)
    expectTypeOf(bad.error!).toExtend<Problem>()
    expect(bad.error?.errors?.map((e) => e.parameter)).toEqual(['category'])

    const missing = await client.GET('/v1/articles/{id}', { params: { path: { id: 'a_nope' } } })
    expect(missing.response.status).toBe(404)
    expect(missing.error?.detail).toContain('a_nope')

    // @ts-expect-error there is no /v1/claim path.
    const unknown = await client.GET('/v1/claim')
    expect(unknown.response.status).toBe(404)
  })
})
