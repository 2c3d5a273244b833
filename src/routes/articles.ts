/** /v1/articles: the ingested articles with metadata, provenance and fact counts. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ARTICLE_SORTS, getArticle, listArticles } from '../db/queries/articles.js'
import { notFound } from '../errors.js'
import {
  dateRangeMessage,
  dateRangeOrdered,
  DateRangeQuerySchema,
  errorResponses,
  filterText,
  IdParamsSchema,
  listOf,
  listReply,
  PageQuerySchema,
  single
} from './common.js'

export const ArticleSchema = z
  .object({
    id: z.string().describe('Content-derived id: the same text always gets the same id').meta({ example: 'a_3f2b9c0d1e4a5b6c' }),
    title: z.string().nullable().describe('Headline, when the text carries one'),
    byline: z.string().nullable().describe('Author or organisation after "By"').meta({ example: 'Oritro Karim' }),
    dateline: z.string().nullable().describe('Place in the dateline').meta({ example: 'UNITED NATIONS' }),
    publishedAt: z.string().nullable().describe('Publication date (YYYY-MM-DD) when the text states it').meta({ example: '2026-01-23' }),
    agency: z.string().nullable().describe('News agency, e.g. IPS, AFP').meta({ example: 'IPS' }),
    url: z.string().nullable().describe('Where the article was published, when the input says').meta({ example: null }),
    source: z
      .object({
        file: z.string().describe('Input file the article came from'),
        sha256: z.string().describe('sha256 of that file'),
        index: z.number().int().describe('Position of the article in the file, from 0')
      })
      .describe('Provenance'),
    counts: z
      .object({
        quotes: z.number().int().describe('Quotes in the article'),
        claims: z.number().int().describe('Numeric claims in the article'),
        people: z.number().int().describe('People mentioned'),
        organisations: z.number().int().describe('Organisations mentioned')
      })
      .describe('How many facts the article holds')
  })
  .meta({ id: 'Article' })

export const ArticleDetailSchema = ArticleSchema.extend({
  body: z.string().describe('The cleaned article text; every start/end offset points into it')
}).meta({ id: 'ArticleDetail' })

export const ListArticlesQuerySchema = PageQuerySchema.extend(DateRangeQuerySchema.shape)
  .extend({
    q: filterText('Full-text search in title and body (all words must match)').meta({ example: 'drones' }),
    sort: z.enum(ARTICLE_SORTS).optional().describe('-publishedAt (default, newest first) or publishedAt; ties broken by id')
  })
  .refine(dateRangeOrdered, dateRangeMessage)

export const articleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/articles',
    {
      schema: {
        tags: ['articles'],
        summary: 'List articles, newest first',
        querystring: ListArticlesQuerySchema,
        response: { 200: listOf(ArticleSchema), 400: errorResponses[400] }
      }
    },
    async (req, reply) =>
      listReply(req, reply, {
        name: 'articles',
        itemSchema: ArticleSchema,
        fetchPage: (cursor, limit) => listArticles(app.db, { ...req.query, cursor, limit })
      })
  )

  app.get(
    '/v1/articles/:id',
    {
      schema: {
        tags: ['articles'],
        summary: 'One article with its cleaned body text',
        params: IdParamsSchema,
        response: { 200: single(ArticleDetailSchema), ...errorResponses }
      }
    },
    async (req, reply) => {
      const article = await getArticle(app.db, req.params.id)
      if (!article) return notFound(reply, 'article', req.params.id)
      return { data: article }
    }
  )
}
