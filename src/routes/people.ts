/** /v1/people: people named in the articles, with aliases, roles, affiliations and their quotes. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { getPerson, getPersonProfile, listPeople } from '../db/queries/people.js'
import { listQuotes } from '../db/queries/quotes.js'
import { notFound } from '../errors.js'
import { errorResponses, filterText, IdParamsSchema, listOf, listReply, PageQuerySchema, single } from './common.js'
import { QuoteListQuerySchema, QuoteSchema } from './quotes.js'

export const ArticleRefSchema = z
  .object({
    id: z.string().describe('Article id'),
    title: z.string().nullable().describe('Article headline, when known'),
    publishedAt: z.string().nullable().describe('Article publication date')
  })
  .meta({ id: 'ArticleRef', description: 'An article a fact comes from' })

export const PersonSchema = z
  .object({
    id: z.string().describe('Readable slug of the canonical name').meta({ example: 'matthias-schmale' }),
    name: z.string().describe('Canonical name: the fullest form used').meta({ example: 'Matthias Schmale' }),
    aliases: z.array(z.string()).describe('Other forms used in the articles').meta({ example: ['Schmale'] }),
    roles: z.array(z.string()).describe('Roles from titles and appositions').meta({ example: ['UN Humanitarian Coordinator for Ukraine'] }),
    organisations: z
      .array(z.object({ id: z.string().describe('Organisation id'), name: z.string().describe('Organisation name') }))
      .describe('Affiliations'),
    counts: z
      .object({
        quotes: z.number().int().describe('Quotes attributed to the person'),
        articles: z.number().int().describe('Articles that mention the person')
      })
      .describe('Fact counts'),
    firstSeen: z.string().nullable().describe('Earliest publication date of an article mentioning the person').meta({ example: '2026-01-23' }),
    lastSeen: z.string().nullable().describe('Latest publication date of an article mentioning the person').meta({ example: '2026-02-27' })
  })
  .meta({ id: 'Person' })

export const PersonProfileSchema = PersonSchema.extend({
  roleSources: z
    .array(z.object({ role: z.string().describe('A role'), articles: z.array(ArticleRefSchema).describe('Articles that give it') }))
    .describe('Each role with the articles that give it'),
  organisationSources: z
    .array(
      z.object({
        id: z.string().describe('Organisation id'),
        name: z.string().describe('Organisation name'),
        articles: z.array(ArticleRefSchema).describe('Articles that give the affiliation')
      })
    )
    .describe('Each affiliation with the articles that give it')
}).meta({ id: 'PersonProfile' })

export const ListPeopleQuerySchema = PageQuerySchema.extend({
  articleId: filterText('Only people mentioned in this article').meta({ example: 'a_683148b052e16cc4' }),
  q: filterText('Name or alias prefix, case- and accent-insensitive (matches any word of the name)').meta({ example: 'schma' })
})

export const personRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/people',
    {
      schema: {
        tags: ['people'],
        summary: 'List people, by name',
        querystring: ListPeopleQuerySchema,
        response: { 200: listOf(PersonSchema), 400: errorResponses[400] }
      }
    },
    async (req, reply) =>
      listReply(req, reply, {
        name: 'people',
        itemSchema: PersonSchema,
        fetchPage: (cursor, limit) => listPeople(app.db, { ...req.query, cursor, limit })
      })
  )

  app.get(
    '/v1/people/:id',
    {
      schema: {
        tags: ['people'],
        summary: "One person's profile",
        params: IdParamsSchema,
        response: { 200: single(PersonProfileSchema), ...errorResponses }
      }
    },
    async (req, reply) => {
      const person = await getPersonProfile(app.db, req.params.id)
      if (!person) return notFound(reply, 'person', req.params.id)
      return { data: person }
    }
  )

  app.get(
    '/v1/people/:id/quotes',
    {
      schema: {
        tags: ['people', 'quotes'],
        summary: "A person's quotes (shortcut for /v1/quotes?speakerId=)",
        params: IdParamsSchema,
        querystring: QuoteListQuerySchema,
        response: { 200: listOf(QuoteSchema), ...errorResponses }
      }
    },
    async (req, reply) => {
      if (!(await getPerson(app.db, req.params.id))) return notFound(reply, 'person', req.params.id)
      return listReply(req, reply, {
        name: 'quotes',
        itemSchema: QuoteSchema,
        fetchPage: (cursor, limit) => listQuotes(app.db, { ...req.query, cursor, limit, speakerId: req.params.id })
      })
    }
  )
}
