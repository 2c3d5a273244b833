/** /v1/organisations: organisations named in the articles, and the figures and quotes they are the source of. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { listClaims } from '../db/queries/claims.js'
import { getOrganisation, getOrganisationProfile, listOrganisations } from '../db/queries/organisations.js'
import { listQuotes } from '../db/queries/quotes.js'
import { notFound } from '../errors.js'
import { ClaimFilterQuerySchema, ClaimGroupSchema, ClaimSchema } from './claims.js'
import { errorResponses, filterText, IdParamsSchema, listOf, listReply, PageQuerySchema, single } from './common.js'
import { QuoteListQuerySchema, QuoteSchema } from './quotes.js'

export const OrganisationSchema = z
  .object({
    id: z.string().describe('Readable slug: the acronym when there is one').meta({ example: 'ohchr' }),
    name: z.string().describe('Canonical (full) name').meta({ example: 'Office of the United Nations High Commissioner for Human Rights' }),
    acronym: z.string().nullable().describe('Acronym, when the articles use or define one').meta({ example: 'OHCHR' }),
    aliases: z.array(z.string()).describe('Other forms used in the articles'),
    counts: z
      .object({
        claims: z.number().int().describe('Numeric claims it is the source of'),
        quotes: z.number().int().describe('Quotes attributed to it'),
        articles: z.number().int().describe('Articles that mention it')
      })
      .describe('Fact counts'),
    firstSeen: z.string().nullable().describe('Earliest publication date of an article mentioning it').meta({ example: '2026-01-23' }),
    lastSeen: z.string().nullable().describe('Latest publication date of an article mentioning it').meta({ example: '2026-02-27' })
  })
  .meta({ id: 'Organisation' })

export const OrganisationProfileSchema = OrganisationSchema.extend({
  figuresByCategory: z.array(ClaimGroupSchema).describe('The figures it is the source of, grouped by category and unit')
}).meta({ id: 'OrganisationProfile' })

export const ListOrganisationsQuerySchema = PageQuerySchema.extend({
  articleId: filterText('Only organisations mentioned in this article').meta({ example: 'a_683148b052e16cc4' }),
  q: filterText('Name, acronym or alias prefix, case- and accent-insensitive').meta({ example: 'ohc' })
})

const OrganisationClaimsQuerySchema = PageQuerySchema.extend(ClaimFilterQuerySchema.omit({ sourceId: true, source: true }).shape)

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'List organisations, by name',
        querystring: ListOrganisationsQuerySchema,
        response: { 200: listOf(OrganisationSchema), 400: errorResponses[400] }
      }
    },
    async (req, reply) =>
      listReply(req, reply, {
        name: 'organisations',
        itemSchema: OrganisationSchema,
        fetchPage: (cursor, limit) => listOrganisations(app.db, { ...req.query, cursor, limit })
      })
  )

  app.get(
    '/v1/organisations/:id',
    {
      schema: {
        tags: ['organisations'],
        summary: "One organisation's profile",
        params: IdParamsSchema,
        response: { 200: single(OrganisationProfileSchema), ...errorResponses }
      }
    },
    async (req, reply) => {
      const org = await getOrganisationProfile(app.db, req.params.id)
      if (!org) return notFound(reply, 'organisation', req.params.id)
      return { data: org }
    }
  )

  app.get(
    '/v1/organisations/:id/claims',
    {
      schema: {
        tags: ['organisations', 'claims'],
        summary: 'Figures the organisation is the source of (shortcut for /v1/claims?sourceId=)',
        params: IdParamsSchema,
        querystring: OrganisationClaimsQuerySchema,
        response: { 200: listOf(ClaimSchema), ...errorResponses }
      }
    },
    async (req, reply) => {
      if (!(await getOrganisation(app.db, req.params.id))) return notFound(reply, 'organisation', req.params.id)
      return listReply(req, reply, {
        name: 'claims',
        itemSchema: ClaimSchema,
        fetchPage: (cursor, limit) => listClaims(app.db, { ...req.query, cursor, limit, sourceId: req.params.id })
      })
    }
  )

  app.get(
    '/v1/organisations/:id/quotes',
    {
      schema: {
        tags: ['organisations', 'quotes'],
        summary: 'Quotes attributed to the organisation (shortcut for /v1/quotes?speakerId=)',
        params: IdParamsSchema,
        querystring: QuoteListQuerySchema,
        response: { 200: listOf(QuoteSchema), ...errorResponses }
      }
    },
    async (req, reply) => {
      if (!(await getOrganisation(app.db, req.params.id))) return notFound(reply, 'organisation', req.params.id)
      return listReply(req, reply, {
        name: 'quotes',
        itemSchema: QuoteSchema,
        fetchPage: (cursor, limit) => listQuotes(app.db, { ...req.query, cursor, limit, speakerId: req.params.id })
      })
    }
  )
}
