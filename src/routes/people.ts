/** /v1/people: people named in the articles, with aliases, roles, affiliations and their quotes. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { getPerson, listPeople } from '../db/queries/people.js'
import { listQuotes } from '../db/queries/quotes.js'
import { notFound } from '../errors.js'
import { errorResponses, filterText, IdParamsSchema, listOf, PageQuerySchema, single } from './common.js'
import { QuoteSchema } from './quotes.js'

export const PersonSchema = z
  .object({
    id: z.string().describe('Readable slug of the canonical name').meta({ example: 'matthias-schmale' }),
    name: z.string().describe('Canonical name: the fullest form used').meta({ example: 'Matthias Schmale' }),
    aliases: z.array(z.string()).describe('Other forms used in the articles').meta({ example: ['Schmale'] }),
    roles: z.array(z.string()).describe('Roles from titles and appositions'),
    organisations: z.array(z.object({ id: z.string(), name: z.string() })).describe('Affiliations'),
    counts: z.object({
      quotes: z.number().int().describe('Quotes attributed to the person'),
      articles: z.number().int().describe('Articles that mention the person')
    })
  })
  .meta({ id: 'Person' })

export const ListPeopleQuerySchema = PageQuerySchema.extend({
  articleId: filterText('Only people mentioned in this article'),
  q: filterText('Name or alias prefix, case- and accent-insensitive (matches any word of the name)')
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
    async (req) => listPeople(app.db, req.query)
  )

  app.get(
    '/v1/people/:id',
    {
      schema: {
        tags: ['people'],
        summary: 'One person',
        params: IdParamsSchema,
        response: { 200: single(PersonSchema), ...errorResponses }
      }
    },
    async (req, reply) => {
      const person = await getPerson(app.db, req.params.id)
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
        querystring: PageQuerySchema,
        response: { 200: listOf(QuoteSchema), ...errorResponses }
      }
    },
    async (req, reply) => {
      if (!(await getPerson(app.db, req.params.id))) return notFound(reply, 'person', req.params.id)
      return listQuotes(app.db, { ...req.query, speakerId: req.params.id })
    }
  )
}
