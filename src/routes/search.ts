/** /v1/search and /v1/stats: full-text search across articles, quotes and claims; table totals. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { search, SEARCH_CANDIDATES } from '../db/queries/search.js'
import { getStats } from '../db/queries/stats.js'
import { errorResponses, listOf, listReply, PageQuerySchema } from './common.js'

const HIT_TYPES = ['article', 'quote', 'claim'] as const

export const SearchHitSchema = z
  .object({
    type: z.enum(HIT_TYPES).describe('What matched'),
    id: z.string().describe('Id of the article, quote or claim'),
    articleId: z.string().describe('Article it belongs to'),
    rank: z.number().describe('BM25 score, negated: lower is a better match'),
    snippet: z.string().describe('Matching text with the matched words in [brackets]').meta({ example: '…roughly 1,300 [drones] between January 11…' })
  })
  .meta({ id: 'SearchHit' })

export const SearchQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().min(1).max(200).describe('Words to find (all must match; a trailing * matches a prefix)').meta({ example: 'drones' }),
  type: z
    .string()
    .max(40)
    .optional()
    .transform((s, ctx) => {
      const types = (s ? s.split(',').map((t) => t.trim()) : [...HIT_TYPES]) as (typeof HIT_TYPES)[number][]
      const bad = types.filter((t) => !HIT_TYPES.includes(t))
      if (bad.length) ctx.addIssue({ code: 'custom', message: `unknown type ${bad.join(', ')}; expected article, quote or claim` })
      return types
    })
    .describe('Comma-separated kinds of hit: article, quote, claim (default all)')
    .meta({ example: 'quote,claim' })
})

export const StatsSchema = z
  .object({
    sourceFiles: z.number().int().describe('Input files ingested'),
    articles: z.number().int().describe('Articles'),
    people: z.number().int().describe('Distinct people'),
    organisations: z.number().int().describe('Distinct organisations'),
    quotes: z.number().int().describe('Quotes'),
    claims: z.number().int().describe('Numeric claims'),
    firstPublished: z.string().nullable().describe('Earliest article date'),
    lastPublished: z.string().nullable().describe('Latest article date')
  })
  .meta({ id: 'Stats' })

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Full-text search over article bodies, quote texts and claim sentences, best matches first',
        description:
          `Ranks the ${SEARCH_CANDIDATES.toLocaleString('en')} most recently ingested matches of each kind (article, quote, claim) by BM25 (articles by FTS5's bm25(); quotes and claims from their text, with word weights from each word's newest matches); a query with more matches of a kind says so with page.totalExact false. Add words to reach older matches.`,
        querystring: SearchQuerySchema,
        response: { 200: listOf(SearchHitSchema), 400: errorResponses[400] }
      }
    },
    async (req, reply) =>
      listReply(req, reply, {
        name: 'search',
        itemSchema: SearchHitSchema,
        fetchPage: (cursor, limit) => search(app.db, { q: req.query.q, types: req.query.type, cursor, limit })
      })
  )

  app.get(
    '/v1/stats',
    {
      schema: { tags: ['meta'], summary: 'Table totals', response: { 200: z.object({ data: StatsSchema }) } }
    },
    async () => ({ data: await getStats(app.db) })
  )
}
