/** The single error shape (RFC 9457 problem+json) and the handler that maps every failure to it. */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { InvalidCursorError } from './db/queries/pagination.js'
import { InvalidSearchError } from './db/sqlite-sql.js'

export interface ProblemError {
  /** The query parameter, path parameter or body field at fault. */
  parameter: string
  message: string
}

export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  instance?: string
  errors?: ProblemError[]
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  413: 'Content Too Large',
  431: 'Request Header Fields Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable'
}

export function problem(status: number, detail: string, errors?: ProblemError[]): Problem {
  return { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail, ...(errors ? { errors } : {}) }
}

/** A problem answer; it drops the cache headers set for a success when the request came in (app.ts, etag.ts). */
export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.removeHeader('cache-control').removeHeader('etag').code(p.status).type('application/problem+json').send(p)
}

/** A 404 for a resource id that does not exist: names the id so the client sees what was wrong. */
export function notFound(reply: FastifyReply, what: string, id: string): FastifyReply {
  return sendProblem(reply, problem(404, `no ${what} with id '${id}'`, [{ parameter: 'id', message: `unknown ${what} id` }]))
}

const CONTEXT_PREFIX: Record<string, string> = { querystring: '', params: '', body: 'body.', headers: 'header.' }

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const prefix = CONTEXT_PREFIX[err.validationContext ?? ''] ?? ''
      const errors = err.validation.map((v) => ({
        parameter: prefix + (v.instancePath.replace(/^\//, '').replace(/\//g, '.') || err.validationContext || 'request'),
        message: v.message ?? 'is invalid'
      }))
      const detail = errors.map((e) => `${e.parameter}: ${e.message}`).join('; ')
      return sendProblem(reply, problem(400, `invalid request: ${detail}`, errors))
    }
    if (err instanceof InvalidCursorError) {
      return sendProblem(reply, problem(400, `invalid request: cursor: ${err.message}`, [{ parameter: 'cursor', message: err.message }]))
    }
    if (err instanceof InvalidSearchError) {
      return sendProblem(reply, problem(400, `invalid request: q: ${err.message}`, [{ parameter: 'q', message: err.message }]))
    }
    const status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500
    if (status >= 500) {
      request.log.error({ err }, 'request failed')
      // Never leak stack traces, SQL or file paths to clients.
      return sendProblem(reply, problem(status, 'the server could not answer this request'))
    }
    return sendProblem(reply, problem(status, err.message))
  })

  app.setNotFoundHandler((request, reply) => {
    sendProblem(reply, problem(404, `no route for ${request.method} ${request.url.split('?')[0]}`))
  })
}
