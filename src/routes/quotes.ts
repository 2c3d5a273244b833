/** /v1/quotes: direct, interview and indirect quotes with their resolved speaker and offsets. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { listQuotes, QUOTE_SORTS } from '../db/queries/quotes.js'
import {
  dateRangeMessage,
  dateRangeOrdered,
  DateRangeQuerySchema,
  EntityRefSchema,
  errorResponses,
  filterText,
  articleIdFilter,
  listOf,
  listReply,
  PageQuerySchema
} from './common.js'

export const QuoteSchema = z
  .object({
    id: z.string().describe('Content-derived id').meta({ example: 'q_683148b05d41402abc4b' }),
    articleId: z.string().describe('Article the quote comes from'),
    publishedAt: z.string().nullable().describe("The article's publication date").meta({ example: '2026-01-23' }),
    text: z
      .string()
      .describe('The quoted words without quotation marks; for indirect speech, the reported content')
      .meta({ example: 'Civilians are bearing the brunt of these attacks.' }),
    kind: z
      .enum(['direct', 'interview', 'indirect'])
      .describe('direct: in quotation marks; interview: an answer in a Q&A; indirect: reported speech'),
    speaker: EntityRefSchema.nullable().describe('Who said it, resolved to a person or organisation; null when unknowable'),
    start: z.number().int().describe('Offset of the text in the article body').meta({ example: 4120 }),
    end: z.number().int().describe('End offset (exclusive): body.slice(start, end) === text').meta({ example: 4170 })
  })
  .meta({ id: 'Quote' })

export const QuoteListQuerySchema = PageQuerySchema.extend(DateRangeQuerySchema.shape).extend({
  q: filterText('Full-text search in the quote text (all words must match)').meta({ example: 'civilians' }),
  sort: z.enum(QUOTE_SORTS).optional().describe('article (default: article, then position), publishedAt or -publishedAt; ties broken by id')
})

export const ListQuotesQuerySchema = QuoteListQuerySchema.extend({
  articleId: articleIdFilter('quotes'),
  speakerId: filterText('Only quotes by this person or organisation id').meta({ example: 'matthias-schmale' }),
  speaker: filterText('Only quotes by a speaker known by this name or alias (case- and accent-insensitive)').meta({ example: 'Schmale' }),
  kind: z.enum(['direct', 'interview', 'indirect']).optional().describe('Only quotes of this kind')
}).refine(dateRangeOrdered, dateRangeMessage)

export const quoteRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/quotes',
    {
      schema: {
        tags: ['quotes'],
        summary: 'List quotes',
        description: 'Filter by article, speaker (id or any name form), kind, publication date and text. `?format=csv` or `Accept: text/csv` downloads every page.',
        querystring: ListQuotesQuerySchema,
        response: { 200: listOf(QuoteSchema), 400: errorResponses[400] }
      }
    },
    async (req, reply) =>
      listReply(req, reply, {
        name: 'quotes',
        itemSchema: QuoteSchema,
        fetchPage: (cursor, limit) => listQuotes(app.db, { ...req.query, cursor, limit })
      })
  )
}
