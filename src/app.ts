/** buildApp(): the Fastify instance with Zod validation, OpenAPI, error handling and every route; it does not listen. */
import { randomUUID } from 'node:crypto'
import fastifyCompress from '@fastify/compress'
import fastifyCors from '@fastify/cors'
import fastifyEtag from '@fastify/etag'
import fastifyRateLimit from '@fastify/rate-limit'
import fastifySwagger from '@fastify/swagger'
import fastifySwaggerUi from '@fastify/swagger-ui'
import fastifyUnderPressure from '@fastify/under-pressure'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import helmet from 'helmet'
import { jsonSchemaTransform, jsonSchemaTransformObject, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import type { Db } from './db/client.js'
import { contentVersionReader } from './db/queries/content-version.js'
import { dataVersionReader } from './db/sqlite-sql.js'
import { registerContentEtags } from './etag.js'
import { registerResponseCache } from './response-cache.js'
import { serializerCompiler } from './serialize.js'
import { problem, registerErrorHandling, sendProblem } from './errors.js'
import { articleRoutes } from './routes/articles.js'
import { claimRoutes } from './routes/claims.js'
import { dashboardRoutes } from './routes/dashboard.js'
import { healthRoutes } from './routes/health.js'
import { ingestRoutes } from './routes/ingest.js'
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
  /** Requests per minute per client address; 0 turns rate limiting off. */
  rateLimitPerMinute?: number
  /** Event-loop delay (ms) above which requests get 503 instead of queueing up; 0 turns it off. */
  maxEventLoopDelayMs?: number
  /** How often the event-loop delay is sampled (ms). */
  loadSampleIntervalMs?: number
  /** Bytes of JSON answers kept in memory between ingests; 0 turns the cache off. */
  responseCacheBytes?: number
  /** The write path: POST /v1/articles exists only when a token and a writable connection are given. */
  ingest?: { writer: Db; token: string }
}

export const API_VERSION = '1.0.0'

/** Security headers of JSON answers (OWASP REST Security Cheat Sheet). */
export const API_SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer'
}

/** Response headers a browser script may read besides the simple ones. */
const CORS_EXPOSED_HEADERS = ['etag', 'link', 'x-request-id', 'x-total-count', 'x-total-exact', 'x-row-limit']

/** What @fastify/cors sets on an answer to any origin. */
const CORS_ANY_ORIGIN_HEADERS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': CORS_EXPOSED_HEADERS.join(', ') }

export async function buildApp({
  db,
  logger = false,
  corsOrigins = '*',
  cacheMaxAge = 60,
  csvMaxRows = 100_000,
  rateLimitPerMinute = 0,
  maxEventLoopDelayMs = 0,
  loadSampleIntervalMs = 1000,
  responseCacheBytes = 0,
  ingest
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    // A caller's x-request-id is kept (so logs can be joined across services), else one is made.
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    // Errors Node's HTTP parser raises before Fastify sees a request (431 for a huge URL, 400 for
    // a malformed one) get the same problem+json body as everything else.
    clientErrorHandler: (err: NodeJS.ErrnoException, socket) => {
      const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400
      const body = JSON.stringify(problem(status, status === 431 ? 'request line or headers too large' : 'malformed HTTP request'))
      if (socket.writable) {
        socket.end(
          `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
        )
      } else socket.destroy(err)
    }
  }).withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.decorate('db', db)
  app.decorate('csvMaxRows', csvMaxRows)
  registerErrorHandling(app)

  // Pages (dashboard, Swagger UI) get helmet's full set, its middleware built once (@fastify/helmet
  // would build it again on every request). JSON answers get the set OWASP's REST Security Cheat
  // Sheet asks for: the rest only matters when a browser renders HTML, and each header costs time
  // on every small answer.
  const pageSecurityHeaders = helmet({
    // Swagger UI's page needs its own inline styles; everything else is same-origin.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        // Plain-HTTP deployments (a LAN address, Docker) would otherwise get a blank dashboard.
        upgradeInsecureRequests: null
      }
    }
  })
  // The data changes only when an ingest runs, so GETs are cacheable and revalidated by ETag. Set
  // here rather than on the way out, with everything else every answer carries: a hook on the way
  // out (onSend) costs each request more than the headers do. Problem answers remove it again.
  const cacheControl = `public, max-age=${cacheMaxAge}`
  // Open to every origin (the default), CORS headers are the same on every answer: set here with the others.
  // @fastify/cors then only answers preflights (see below); its hook would work them out per request.
  const anyOrigin = corsOrigins === '*' ? CORS_ANY_ORIGIN_HEADERS : {}
  const apiHeaders = { ...API_SECURITY_HEADERS, ...anyOrigin }
  const apiGetHeaders = { ...apiHeaders, 'cache-control': cacheControl }
  app.addHook('onRequest', (req, reply, done) => {
    reply.header('x-request-id', req.id)
    const get = req.method === 'GET' || req.method === 'HEAD'
    if (!req.url.startsWith('/v1/')) {
      reply.headers(anyOrigin)
      if (get) reply.header('cache-control', cacheControl)
      return pageSecurityHeaders(req.raw, reply.raw, (err?: unknown) => done(err as Error | undefined))
    }
    reply.headers(get ? apiGetHeaders : apiHeaders)
    done()
  })
  if (rateLimitPerMinute > 0) {
    await app.register(fastifyRateLimit, {
      max: rateLimitPerMinute,
      timeWindow: 60_000,
      errorResponseBuilder: (_req, ctx) => ({ ...problem(429, `rate limit of ${ctx.max} requests per minute exceeded; retry in ${ctx.after}`), statusCode: 429 })
    })
  }
  if (maxEventLoopDelayMs > 0) {
    await app.register(fastifyUnderPressure, {
      maxEventLoopDelay: maxEventLoopDelayMs,
      // Not much shorter than the default: a saturated loop can miss a short sampling tick
      // entirely, which under-pressure reads as an infinite delay and sheds every request.
      sampleInterval: loadSampleIntervalMs,
      retryAfter: 5,
      pressureHandler: (_req, reply, type, value) => {
        reply.header('retry-after', 5)
        sendProblem(reply, problem(503, `the server is overloaded (${type}: ${value}); retry shortly`))
      }
    })
  }
  registerContentEtags(app, API_VERSION, contentVersionReader(db))
  // Before etag and compression, so the cache holds plain JSON and both still apply to hits.
  if (responseCacheBytes > 0) registerResponseCache(app, dataVersionReader(db), responseCacheBytes)
  // Request bodies are decompressed on the ingest route only (its own `decompress` option): as a
  // global hook it would run on every GET.
  await app.register(fastifyCompress, { encodings: ['br', 'gzip', 'deflate'], globalDecompression: false })
  const cors = { origin: corsOrigins, methods: ['GET', 'HEAD', 'OPTIONS'], exposedHeaders: CORS_EXPOSED_HEADERS, maxAge: 600 }
  // With a list of origins each answer depends on the caller's Origin, so the plugin's hook runs on every
  // request. With any origin it runs only on preflights: registered in a context of its own, its hook
  // covers no route but the OPTIONS route it adds (with its Access-Control-Allow-Methods, -Headers, -Max-Age).
  if (corsOrigins === '*') await app.register(async (preflight) => void (await preflight.register(fastifyCors, cors)))
  else await app.register(fastifyCors, cors)

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'News Facts API',
        version: API_VERSION,
        description:
          'Structured facts extracted from news articles: articles, people, organisations, quotes with resolved speakers, and numeric claims with value, unit, qualifier, subject and source. Lists return { data, page: { limit, nextCursor, total, totalExact, next } }; errors are RFC 9457 application/problem+json.'
      },
      tags: [
        { name: 'articles', description: 'Ingested articles' },
        { name: 'people', description: 'People named in the articles' },
        { name: 'organisations', description: 'Organisations named in the articles' },
        { name: 'quotes', description: 'Direct, interview and indirect quotes' },
        { name: 'claims', description: 'Numeric claims' },
        { name: 'search', description: 'Full-text search' },
        { name: 'meta', description: 'Service endpoints' }
      ],
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'The INGEST_TOKEN of the server' } }
      }
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject
  })
  // The API's documents get ETags by hashing (@fastify/etag) in a context of their own: elsewhere
  // the content ETags cover /v1 and @fastify/static the files, and a hook on the way out costs
  // every request.
  await app.register(async (docs) => {
    await docs.register(fastifyEtag)
    await docs.register(fastifySwaggerUi, { routePrefix: '/docs' })
    docs.get('/openapi.yaml', { schema: { hide: true } }, async (_req, reply) =>
      reply.type('application/yaml').send(app.swagger({ yaml: true }))
    )
  })

  await app.register(healthRoutes)
  await app.register(articleRoutes)
  await app.register(personRoutes)
  await app.register(organisationRoutes)
  await app.register(quoteRoutes)
  await app.register(claimRoutes)
  await app.register(searchRoutes)
  await app.register(dashboardRoutes)
  if (ingest) await app.register(ingestRoutes, ingest)
  return app
}
