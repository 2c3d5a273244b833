/** /v1/claims: numeric claims with value, unit, qualifier, what is counted and who states it. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { listClaims } from '../db/queries/claims.js'
import { EntityRefSchema, errorResponses, filterText, listOf, PageQuerySchema } from './common.js'

export const QUALIFIERS = ['exact', 'at_least', 'more_than', 'about', 'almost', 'up_to', 'range'] as const
export const CATEGORIES = ['killed', 'injured', 'detained', 'displaced', 'in_need', 'attacks', 'money', 'percent', 'duration', 'other'] as const

export const ClaimSchema = z
  .object({
    id: z.string().describe('Content-derived id'),
    articleId: z.string(),
    text: z.string().describe('The number as written').meta({ example: 'USD $2.3 billion' }),
    value: z.number().describe('Normalised value').meta({ example: 2300000000 }),
    valueMax: z.number().nullable().describe('Upper bound of a range, else null'),
    unit: z.string().nullable().describe('null for plain counts; percent, USD, EUR, GBP, years, km, …').meta({ example: 'USD' }),
    qualifier: z.enum(QUALIFIERS).describe('How the figure is hedged'),
    subject: z.string().describe('What is counted').meta({ example: 'civilians killed' }),
    category: z.enum(CATEGORIES),
    source: EntityRefSchema.nullable().describe('Who states the figure; null when the article states it on its own authority'),
    sentence: z.string().describe('The whole sentence containing the number'),
    start: z.number().int().describe('Offset of the number in the article body'),
    end: z.number().int()
  })
  .meta({ id: 'Claim' })

export const ListClaimsQuerySchema = PageQuerySchema.extend({
  articleId: filterText('Only claims from this article'),
  sourceId: filterText('Only claims whose source is this person or organisation id').meta({ example: 'ohchr' }),
  source: filterText('Only claims whose source is known by this name, acronym or alias').meta({ example: 'OHCHR' }),
  unit: filterText('Only claims in this unit (percent, USD, years, …)'),
  category: z.enum(CATEGORIES).optional().describe('Only claims of this category'),
  min: z.coerce.number().finite().optional().describe('Only claims with value >= min'),
  max: z.coerce.number().finite().optional().describe('Only claims with value <= max')
}).refine((q) => q.min === undefined || q.max === undefined || q.min <= q.max, {
  message: 'min must not be greater than max',
  path: ['min']
})

export const claimRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/claims',
    {
      schema: {
        tags: ['claims'],
        summary: 'List numeric claims, in article order',
        querystring: ListClaimsQuerySchema,
        response: { 200: listOf(ClaimSchema), 400: errorResponses[400] }
      }
    },
    async (req) => listClaims(app.db, req.query)
  )
}
