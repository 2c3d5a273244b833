/** POST /v1/articles: the write path, ingesting text, HTML, JSON (one object or an array) or JSON Lines exactly like the command; only with the ingest token. */
import { timingSafeEqual } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { Db } from '../db/client.js'
import { sha256Hex } from '../db/store.js'
import { decodeText, UnreadableInputError } from '../decode.js'
import { problem, sendProblem } from '../errors.js'
import { detectFormat, type InputFormat } from '../formats/index.js'
import { ingestText } from '../ingest.js'
import { ProblemSchema } from './common.js'

export const NewArticleSchema = z
  .object({
    body: z.string().min(1).max(5_000_000).optional().describe('Article text (or use text)'),
    text: z.string().min(1).max(5_000_000).optional().describe('Article text, when body is not given'),
    title: z.string().max(1000).optional().describe('Headline'),
    url: z.url().max(2000).optional().describe('Where the article was published'),
    publishedAt: z.iso.date().optional().describe('Publication date, YYYY-MM-DD'),
    author: z.string().max(500).optional().describe('Byline')
  })
  .refine((a) => a.body || a.text, { message: 'body or text is required', path: ['body'] })
  .meta({ id: 'NewArticle' })

export const IngestResultSchema = z
  .object({
    status: z.enum(['added', 'replaced', 'unchanged']).describe('unchanged when the same text was posted before'),
    source: z.string().describe('Provenance file name given to the posted text'),
    articles: z.number().int().describe('Articles stored'),
    people: z.number().int().describe('People found'),
    organisations: z.number().int().describe('Organisations found'),
    quotes: z.number().int().describe('Quotes found'),
    claims: z.number().int().describe('Numeric claims found')
  })
  .meta({ id: 'IngestResult' })

const EXTENSION: Record<InputFormat, string> = { text: 'txt', html: 'html', json: 'json', jsonl: 'jsonl' }

/** The format a raw body is read as: the content type says HTML or JSON Lines; text/plain is sniffed like a file. */
function formatOfContentType(contentType: string | undefined, text: string): InputFormat {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase()
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html'
  if (type === 'application/x-ndjson' || type === 'application/jsonl' || type === 'application/jsonlines') return 'jsonl'
  return detectFormat('', text)
}

export interface IngestRouteOptions {
  /** Writable connection; the read routes keep their read-only one. */
  writer: Db
  token: string
  /** Failed authentications allowed per client address per minute before 429. */
  maxAuthFailures?: number
}

/** Constant-time token check, so response timing does not reveal how much of a guess was right. */
function tokenMatches(given: string, expected: string): boolean {
  const a = Buffer.from(sha256Hex(given), 'hex')
  const b = Buffer.from(sha256Hex(expected), 'hex')
  return timingSafeEqual(a, b)
}

export const ingestRoutes: FastifyPluginAsyncZod<IngestRouteOptions> = async (app, opts) => {
  const failures = new Map<string, { count: number; resetAt: number }>()
  const maxFailures = opts.maxAuthFailures ?? 10

  const authorise = (req: FastifyRequest, reply: FastifyReply): FastifyReply | null => {
    const now = Date.now()
    const seen = failures.get(req.ip)
    if (seen && seen.resetAt > now && seen.count >= maxFailures) {
      return sendProblem(reply.header('retry-after', Math.ceil((seen.resetAt - now) / 1000)), problem(429, 'too many failed authentication attempts; try again later'))
    }
    const fail = (status: 401 | 403, detail: string) => {
      const entry = seen && seen.resetAt > now ? seen : { count: 0, resetAt: now + 60_000 }
      entry.count++
      failures.set(req.ip, entry)
      if (status === 401) reply.header('www-authenticate', 'Bearer realm="ingest"')
      return sendProblem(reply, problem(status, detail, [{ parameter: 'header.authorization', message: detail }]))
    }
    const header = req.headers.authorization
    const match = header?.match(/^Bearer\s+(\S+)\s*$/i)
    if (!match) return fail(401, 'an Authorization: Bearer <token> header is required')
    if (!tokenMatches(match[1]!, opts.token)) return fail(403, 'the token is not valid for ingest')
    return null
  }

  // raw bodies: the format parsers read them exactly as they read files
  for (const type of ['text/plain', 'text/html', 'application/xhtml+xml', 'application/x-ndjson', 'application/jsonl', 'application/jsonlines']) {
    app.addContentTypeParser(type, { parseAs: 'buffer' }, (_req, body, done) => done(null, body))
  }

  app.post(
    '/v1/articles',
    {
      bodyLimit: 5 * 1024 * 1024,
      decompress: {},
      schema: {
        tags: ['articles'],
        summary: 'Ingest articles (text/plain, text/html, JSON object or array, application/x-ndjson); needs the ingest token',
        description:
          'Runs the same extraction and storage as the ingest command. text/plain bodies may hold several articles, like a file; a text/html page is one article with its page metadata; each JSON object or JSON Lines line is one article. Posting the same content again changes nothing.',
        security: [{ bearerAuth: [] }],
        body: z.union([
          NewArticleSchema,
          z.array(NewArticleSchema).min(1).max(1000).describe('Several articles, stored together (all or none)'),
          z.instanceof(Buffer).describe('text/plain, text/html or application/x-ndjson body')
        ]),
        response: {
          200: z.object({ data: IngestResultSchema }),
          201: z.object({ data: IngestResultSchema }),
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          413: ProblemSchema,
          429: ProblemSchema
        }
      },
      preValidation: async (req, reply) => {
        const denied = authorise(req, reply)
        if (denied) return denied
      }
    },
    async (req, reply) => {
      let text: string
      let format: InputFormat
      try {
        if (Buffer.isBuffer(req.body)) {
          text = decodeText(req.body)
          format = formatOfContentType(req.headers['content-type'], text)
        } else {
          // validated objects go through the same JSON reader as .json files (author lists, HTML bodies)
          text = JSON.stringify(req.body)
          format = 'json'
        }
      } catch (err) {
        if (err instanceof UnreadableInputError) return sendProblem(reply, problem(400, err.message, [{ parameter: 'body', message: err.message }]))
        throw err
      }
      const sha256 = sha256Hex(JSON.stringify([format, text]))
      const source = `api/${sha256.slice(0, 16)}.${EXTENSION[format]}`
      const outcome = ingestText(opts.writer, source, text, sha256, {}, format)
      if (!outcome.ok || !outcome.result) {
        const detail = outcome.error ?? 'nothing could be ingested'
        return sendProblem(reply, problem(400, detail, [{ parameter: 'body', message: detail }]))
      }
      const { status, articles, people, organisations, quotes, claims } = outcome.result
      return reply.code(status === 'unchanged' ? 200 : 201).send({ data: { status, source, articles, people, organisations, quotes, claims } })
    }
  )
}
