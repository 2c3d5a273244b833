/** buildApp(): the Fastify instance with Zod validation, OpenAPI, error handling and every route; it does not listen. */
import { randomUUID } from 'node:crypto'
import fastifyCompress from '@fastify/compress'
import fastifyCors from '@fastify/cors'
import fastifyEtag from '@fastify/etag'
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
import { searchRoutes } from './routes/search.js'

declare module 'fastify' {
  interface FastifyInstance {
    db: Db
    /** Most rows a CSV export streams. */
    csvMaxRows: number
  }
}

export interface AppOptions {
  db: Db
  logger?: FastifyServerOptions['logger']
  /** Browser origins allowed by CORS: '*' or a list. */
  corsOrigins?: '*' | string[]
  /** Seconds clients and proxies may reuse a response before revalidating with its ETag. */
  cacheMaxAge?: number
  csvMaxRows?: number
}

export const API_VERSION = '1.0.0'

export async function buildApp({ db, logger = false, corsOrigins = '*', cacheMaxAge = 60, csvMaxRows = 100_000 }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    // A caller's x-request-id is kept (so logs can be joined across services), else one is made.
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID()
  }).withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.decorate('db', db)
  app.decorate('csvMaxRows', csvMaxRows)
  registerErrorHandling(app)

  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id)
  })
  // The data changes only when an ingest runs, so GETs are cacheable and revalidated by ETag.
  app.addHook('onSend', async (req, reply) => {
    if (req.method === 'GET' && reply.statusCode < 400 && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', `public, max-age=${cacheMaxAge}`)
    }
  })
  await app.register(fastifyEtag)
  await app.register(fastifyCompress, { encodings: ['br', 'gzip', 'deflate'] })
  await app.register(fastifyCors, {
    origin: corsOrigins === '*' ? '*' : corsOrigins,
    methods: ['GET', 'HEAD', 'OPTIONS'],
    exposedHeaders: ['etag', 'link', 'x-request-id', 'x-total-count', 'x-row-limit'],
    maxAge: 600
  })

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
        { name: 'search', description: 'Full-text search' },
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
  await app.register(searchRoutes)
  return app
}
