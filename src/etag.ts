/** ETags of the data routes without hashing responses, and 304s before any query runs. */
import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify'

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
export function registerContentEtags(app: FastifyInstance, apiVersion: string, contentVersion: () => string | Promise<string>): void {
  // Tags made since the content last changed, by URL and Accept header: the same page asked again
  // is a map lookup, not a hash. Bounded, as URLs are the client's to choose.
  const MAX_TAGS = 10_000
  let tags = new Map<string, string>()
  let tagsVersion = ''
  const tagOf = (req: FastifyRequest, version: string): string => {
    if (version !== tagsVersion || tags.size >= MAX_TAGS) [tags, tagsVersion] = [new Map(), version]
    const key = `${req.url}\n${req.headers.accept ?? ''}`
    let tag = tags.get(key)
    if (tag === undefined) {
      tag = `W/"${createHash('sha1').update(`${apiVersion}\n${version}\n${key}`).digest('base64url')}"`
      tags.set(key, tag)
    }
    return tag
  }
  const apply = (req: FastifyRequest, reply: FastifyReply, version: string, done: HookHandlerDoneFunction): void => {
    const tag = tagOf(req, version)
    // a response from a callback-style hook: send, and do not go on
    if (matchesIfNoneMatch(req.headers['if-none-match'], tag)) return void reply.code(304).header('etag', tag).send()
    // Set now, not on the way out: only a success keeps it (sendProblem removes it).
    reply.header('etag', tag)
    done()
  }
  // Callback style, so that the usual request (the version already known) takes no promise.
  app.addHook('onRequest', (req, reply, done) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url.startsWith('/v1/')) return done()
    const version = contentVersion()
    if (typeof version === 'string') return apply(req, reply, version, done)
    version.then((v) => apply(req, reply, v, done), done)
  })
}
