/** ETags of the data routes without hashing responses, and 304s before any query runs. */
import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'

/**
 * True when an If-None-Match header lists this tag (weak comparison, as RFC 9110 asks for GET).
 * `*` ("any current answer") is left to the route: before the query runs, we cannot tell
 * whether the resource exists.
 */
export function matchesIfNoneMatch(header: string | undefined, tag: string): boolean {
  if (!header) return false
  const opaque = (t: string) => t.trim().replace(/^W\//, '')
  return header.split(',').some((t) => opaque(t) === opaque(tag))
}

/**
 * A /v1 answer depends only on the facts, the API version, the URL and the Accept header, so
 * its ETag is made from those: the facts by their content version, a token every ingest commit
 * replaces. That costs a hash of a short string instead of one of every response body, and a
 * client revalidating an unchanged answer gets its 304 without a query. Weak, because the same
 * answer may be sent compressed or not.
 */
export function registerContentEtags(app: FastifyInstance, apiVersion: string, contentVersion: () => Promise<string>): void {
  const tags = new WeakMap<FastifyRequest, string>()
  app.addHook('onRequest', async (req, reply) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url.startsWith('/v1/')) return
    const key = `${apiVersion}\n${await contentVersion()}\n${req.url}\n${req.headers.accept ?? ''}`
    const tag = `W/"${createHash('sha1').update(key).digest('base64url')}"`
    if (matchesIfNoneMatch(req.headers['if-none-match'], tag)) return reply.code(304).header('etag', tag).send()
    tags.set(req, tag)
  })
  // Only a 200 carries the tag; @fastify/etag, registered after, sees it and hashes nothing.
  app.addHook('onSend', async (req, reply, payload) => {
    const tag = tags.get(req)
    if (tag && reply.statusCode === 200) reply.header('etag', tag)
    return payload
  })
}
