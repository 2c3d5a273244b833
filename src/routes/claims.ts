/** /v1/claims: numeric claims with value, unit, qualifier, what is counted and who states it; and their summary for charts. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { CLAIM_GROUPS, CLAIM_SORTS, listClaims, summariseClaims } from '../db/queries/claims.js'
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

export const QUALIFIERS = ['exact', 'at_least', 'more_than', 'about', 'almost', 'up_to', 'range'] as const
export const CATEGORIES = ['killed', 'injured', 'detained', 'displaced', 'in_need', 'attacks', 'money', 'percent', 'duration', 'other'] as const

export const ClaimSchema = z
  .object({
    id: z.string().describe('Content-derived id').meta({ example: 'c_683148b09e107d9d372b' }),
    articleId: z.string().describe('Article the claim comes from'),
    publishedAt: z.string().nullable().describe("The article's publication date").meta({ example: '2026-01-23' }),
    text: z.string().describe('The number as written').meta({ example: 'USD $2.3 billion' }),
    value: z.number().describe('Normalised value').meta({ example: 2300000000 }),
    valueMax: z.number().nullable().describe('Upper bound of a range, else null').meta({ example: null }),
    unit: z.string().nullable().describe('null for plain counts; percent, USD, EUR, GBP, years, km, …').meta({ example: 'USD' }),
    qualifier: z.enum(QUALIFIERS).describe('How the figure is hedged').meta({ example: 'exact' }),
    subject: z.string().describe('What is counted').meta({ example: 'civilians killed' }),
    category: z.enum(CATEGORIES).describe('Kind of figure').meta({ example: 'killed' }),
    source: EntityRefSchema.nullable().describe('Who states the figure; null when the article states it on its own authority'),
    sentence: z.string().describe('The whole sentence containing the number'),
    start: z.number().int().describe('Offset of the number in the article body').meta({ example: 2048 }),
    end: z.number().int().describe('End offset (exclusive): body.slice(start, end) === text').meta({ example: 2053 })
  })
  .meta({ id: 'Claim' })

export const ClaimFilterQuerySchema = DateRangeQuerySchema.extend({
  articleId: articleIdFilter('claims'),
  sourceId: filterText('Only claims whose source is this person or organisation id').meta({ example: 'ohchr' }),
  source: filterText('Only claims whose source is known by this name, acronym or alias').meta({ example: 'OHCHR' }),
  unit: filterText('Only claims in this unit (percent, USD, years, …)').meta({ example: 'percent' }),
  category: z.enum(CATEGORIES).optional().describe('Only claims of this category'),
  qualifier: z.enum(QUALIFIERS).optional().describe('Only claims with this qualifier'),
  min: z.coerce.number().finite().optional().describe('Only claims with value >= min').meta({ example: 100 }),
  max: z.coerce.number().finite().optional().describe('Only claims with value <= max').meta({ example: 10000 }),
  q: filterText('Full-text search in the sentence and subject (all words must match)').meta({ example: 'displaced' })
})

type Filters = z.infer<typeof ClaimFilterQuerySchema>
const minNotAboveMax = (q: Filters) => q.min === undefined || q.max === undefined || q.min <= q.max
const minMaxMessage = { message: 'min must not be greater than max', path: ['min'] }

export const ListClaimsQuerySchema = PageQuerySchema.extend(ClaimFilterQuerySchema.shape)
  .extend({
    sort: z
      .enum(CLAIM_SORTS)
      .optional()
      .describe('article (default: article, then position), value, -value, publishedAt or -publishedAt; ties broken by id')
  })
  .refine(minNotAboveMax, minMaxMessage)
  .refine(dateRangeOrdered, dateRangeMessage)

export const ClaimSummaryQuerySchema = ClaimFilterQuerySchema.extend({
  groupBy: z.enum(CLAIM_GROUPS).describe('What to group figures by').meta({ example: 'category' })
})
  .refine(minNotAboveMax, minMaxMessage)
  .refine(dateRangeOrdered, dateRangeMessage)

export const ClaimGroupSchema = z
  .object({
    key: z.string().nullable().describe('Group key: source id, category, unit, YYYY-MM, article id or qualifier; null for claims without one'),
    label: z.string().nullable().describe('Readable name of the group (source name, article title)'),
    unit: z.string().nullable().describe('Unit of the figures in this row: values of different units are never summed together'),
    count: z.number().int().describe('Number of claims'),
    sum: z.number().describe('Sum of values'),
    min: z.number().describe('Smallest value'),
    max: z.number().describe('Largest value')
  })
  .meta({ id: 'ClaimGroup' })

export const claimRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/claims',
    {
      schema: {
        tags: ['claims'],
        summary: 'List numeric claims',
        description:
          'Filter by article, source (id, name, acronym or alias), unit, category, qualifier, value range, publication date and text. `?format=csv` or `Accept: text/csv` downloads every page.',
        querystring: ListClaimsQuerySchema,
        response: { 200: listOf(ClaimSchema), 400: errorResponses[400] }
      }
    },
    async (req, reply) =>
      listReply(req, reply, {
        name: 'claims',
        itemSchema: ClaimSchema,
        fetchPage: (cursor, limit) => listClaims(app.db, { ...req.query, cursor, limit })
      })
  )

  app.get(
    '/v1/claims/summary',
    {
      schema: {
        tags: ['claims'],
        summary: 'Count, sum, min and max of figures per group, for charts',
        description: 'Takes the same filters as /v1/claims. One row per group and unit.',
        querystring: ClaimSummaryQuerySchema,
        response: { 200: z.object({ data: z.array(ClaimGroupSchema) }), 400: errorResponses[400] }
      }
    },
    async (req) => {
      const { groupBy, ...filters } = req.query
      return { data: await summariseClaims(app.db, groupBy, filters) }
    }
  )
}
