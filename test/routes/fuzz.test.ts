import { readFileSync } from 'node:fs'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import supertest from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { buildTestApp } from '../helpers.js'

type Op = { parameters?: { name: string; in: string }[]; responses: Record<string, { content?: Record<string, { schema: unknown }> }> }
const doc = parse(readFileSync('openapi.yaml', 'utf8')) as { paths: Record<string, { get?: Op }>; components: { schemas: Record<string, unknown> } }

const rewriteRefs = (s: unknown): unknown =>
  JSON.parse(JSON.stringify(s).replace(/"#\/components\/schemas\//g, '"openapi.json#/components/schemas/'))

const ajv = new Ajv2020.default({ strict: false, allErrors: true })
addFormats.default(ajv)
ajv.addSchema({ $id: 'openapi.json', components: rewriteRefs(doc.components) as object })

const routes = Object.entries(doc.paths).flatMap(([path, item]) => (item.get ? [{ path, op: item.get }] : []))
const validators = new Map(
  routes.map(({ path, op }) => {
    const schema = op.responses['200']?.content?.['application/json']?.schema
    return [path, schema ? ajv.compile(rewriteRefs(schema) as object) : null]
  })
)

/** Values that have broken APIs before: huge and negative numbers, unicode, SQL and FTS5 syntax, long strings. */
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer().map(String),
  fc.constantFrom('-1', '0', '1e309', '9'.repeat(40), 'NaN', '-0', '0x10', '1.5', ' 5 ', ''),
  fc.constantFrom("' OR 1=1 --", '"); DROP TABLE claims; --', 'a" OR b', 'NEAR(a b)', 'col:word*', '*', '^x', 'AND OR NOT', '%', '_', '\\'),
  fc.constantFrom('2026-02-30', '2026-13-01', '0000-00-00', '2026-01-23', 'yesterday'),
  fc.constantFrom('killed', 'USD', 'percent', 'ohchr', 'matthias-schmale', 'interview', 'value', '-value', 'month', 'csv', 'json'),
  fc.constant('x'.repeat(10_000))
)

const request = fc.record({
  route: fc.constantFrom(...routes),
  id: fc.oneof(fc.constantFrom('ohchr', 'matthias-schmale', 'a_nope'), fc.string({ minLength: 1, maxLength: 30 })),
  params: fc.array(fc.tuple(fc.oneof(fc.constantFrom('limit', 'cursor', 'q', 'from', 'to', 'min', 'max', 'sort', 'groupBy', 'type', 'kind', 'category', 'unit', 'source', 'speaker', 'articleId', 'format'), fc.string({ maxLength: 8 })), nasty), { maxLength: 5 })
})

const LEAKS = /\bat [\w.<>]+ \(|\.ts:\d+|node_modules|\/work\/|SqliteError|SELECT |sqlite_/i

describe('every route under random input', () => {
  let ctx: Awaited<ReturnType<typeof buildTestApp>>
  beforeAll(async () => {
    ctx = await buildTestApp()
  })
  afterAll(() => ctx.close())

  it('never answers 5xx; 200s match openapi.yaml, 4xx are problem+json naming the parameter, nothing leaks', async () => {
    await fc.assert(
      fc.asyncProperty(request, async ({ route, id, params }) => {
        const path = route.path.replace('{id}', encodeURIComponent(id))
        const qs = params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')
        const res = await supertest(ctx.app.server).get(`${path}${qs ? `?${qs}` : ''}`)
        const where = `${path}?${qs.slice(0, 300)} → ${res.status}`
        expect(res.status, where).toBeLessThan(500)
        expect(res.text, where).not.toMatch(LEAKS)
        const type = res.headers['content-type'] ?? ''
        if (res.status === 200 && type.startsWith('text/csv')) return
        expect(type, where).toMatch(/^application\/(problem\+)?json/)
        if (res.status === 200) {
          const validate = validators.get(route.path)
          if (validate && !validate(res.body)) throw new Error(`${where}: body does not match openapi.yaml: ${ajv.errorsText(validate.errors)}`)
        } else {
          expect(type, where).toMatch(/^application\/problem\+json/)
          expect(res.body, where).toMatchObject({ type: expect.any(String), title: expect.any(String), status: res.status, detail: expect.any(String) })
          if (res.status === 400) expect(res.body.errors?.[0]?.parameter, where).toEqual(expect.any(String))
        }
      }),
      { numRuns: 400 }
    )
  }, 120_000)

  it('answers random paths with JSON 404s', async () => {
    await fc.assert(
      fc.asyncProperty(fc.webPath(), async (path) => {
        const res = await supertest(ctx.app.server).get(path.startsWith('/') ? path : `/${path}`)
        expect(res.status).toBeLessThan(500)
        // The dashboard's static files are pages, not answers: the leak check is for API bodies.
        if (/json/.test(res.headers['content-type'] ?? '')) expect(res.text).not.toMatch(LEAKS)
      }),
      { numRuns: 200 }
    )
  })
})
