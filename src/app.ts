/** buildApp(): the Fastify instance with Zod validation, OpenAPI, error handling and every route; it does not listen. */
import fastifySwagger from '@fastify/swagger'
import fastifySwaggerUi from '@fastify/swagger-ui'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider
} from 'fastify-type-provider-zod'
import type { Db } from './db/client.js'
import { registerErrorHandling } from './errors.js'
import { articleRoutes } from './routes/articles.js'
import { claimRoutes } from './routes/claims.js'
import { healthRoutes } from './routes/health.js'
import { organisationRoutes } from './routes/organisations.js'
import { personRoutes } from './routes/people.js'
import { quoteRoutes } from './routes/quotes.js'

declare module 'fastify' {
  interface FastifyInstance {
    db: Db
  }
}

export interface AppOptions {
  db: Db
  logger?: FastifyServerOptions['logger']
}

export const API_VERSION = '1.0.0'

export async function buildApp({ db, logger = false }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger }).withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.decorate('db', db)
  registerErrorHandling(app)

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'News Facts API',
        version: API_VERSION,
        description:
          'Structured facts extracted from news articles: articles, people, organisations, quotes with resolved speakers, and numeric claims with value, unit, qualifier, subject and source. Lists return { data, page: { limit, nextCursor, total } }; errors are RFC 9457 application/problem+json.'
      },
      tags: [
        { name: 'articles', description: 'Ingested articles' },
        { name: 'people', description: 'People named in the articles' },
        { name: 'organisations', description: 'Organisations named in the articles' },
        { name: 'quotes', description: 'Direct, interview and indirect quotes' },
        { name: 'claims', description: 'Numeric claims' },
        { name: 'meta', description: 'Service endpoints' }
      ]
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject
  })
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' })

  app.get('/openapi.yaml', { schema: { hide: true } }, async (_req, reply) =>
    reply.type('application/yaml').send(app.swagger({ yaml: true }))
  )

  await app.register(healthRoutes)
  await app.register(articleRoutes)
  await app.register(personRoutes)
  await app.register(organisationRoutes)
  await app.register(quoteRoutes)
  await app.register(claimRoutes)
  return app
}
