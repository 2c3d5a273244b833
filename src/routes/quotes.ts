/** /v1/quotes: direct, interview and indirect quotes with their resolved speaker and offsets. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { listQuotes } from '../db/queries/quotes.js'
import { EntityRefSchema, errorResponses, filterText, listOf, PageQuerySchema } from './common.js'

export const QuoteSchema = z
  .object({
    id: z.string().describe('Content-derived id'),
    articleId: z.string(),
    text: z.string().describe('The quoted words without quotation marks; for indirect speech, the reported content'),
    kind: z.enum(['direct', 'interview', 'indirect']).describe('direct: in quotation marks; interview: an answer in a Q&A; indirect: reported speech'),
    speaker: EntityRefSchema.nullable().describe('Who said it, resolved to a person or organisation; null when unknowable'),
    start: z.number().int().describe('Offset of the text in the article body'),
    end: z.number().int().describe('End offset (exclusive): body.slice(start, end) === text')
  })
  .meta({ id: 'Quote' })

export const ListQuotesQuerySchema = PageQuerySchema.extend({
  articleId: filterText('Only quotes from this article'),
  speakerId: filterText('Only quotes by this person or organisation id').meta({ example: 'matthias-schmale' }),
  speaker: filterText('Only quotes by a speaker known by this name or alias (case- and accent-insensitive)').meta({ example: 'Schmale' }),
  kind: z.enum(['direct', 'interview', 'indirect']).optional().describe('Only quotes of this kind')
})

export const quoteRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/quotes',
    {
      schema: {
        tags: ['quotes'],
        summary: 'List quotes, in article order',
        querystring: ListQuotesQuerySchema,
        response: { 200: listOf(QuoteSchema), 400: errorResponses[400] }
      }
    },
    async (req) => listQuotes(app.db, req.query)
  )
}
