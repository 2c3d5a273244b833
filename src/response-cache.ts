/** In-memory cache of JSON GET responses, dropped whenever another connection commits (an ingest). */
import type { FastifyInstance, FastifyRequest } from 'fastify'

interface Entry {
  payload: string
  type: string
  bytes: number
}

/**
 * The facts change only when an ingest commits, and dashboards ask the same questions over and
 * over: answers are kept, least recently used first out, within `maxBytes`. SQLite's
 * data_version tells when another connection has committed, which empties the cache, so a hit
 * is never staler than the last ingest that finished before the request arrived (the version is
 * read once per turn of the event loop, see dataVersionReader).
 */
export function registerResponseCache(app: FastifyInstance, dataVersion: () => number, maxBytes: number): void {
  const entries = new Map<string, Entry>()
  let bytes = 0
  let version = dataVersion()
  const served = new WeakSet<FastifyRequest>()
  const keyOf = (req: FastifyRequest) => `${req.url}|${/text\/csv/.test(req.headers.accept ?? '') ? 'csv' : 'json'}`

  app.addHook('onRequest', async (req, reply) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return
    const now = dataVersion()
    if (now !== version) {
      entries.clear()
      bytes = 0
      version = now
    }
    const key = keyOf(req)
    const hit = entries.get(key)
    if (!hit) return
    entries.delete(key)
    entries.set(key, hit)
    served.add(req)
    return reply.code(200).type(hit.type).header('x-cache', 'hit').send(hit.payload)
  })

  app.addHook('onSend', async (req, reply, payload) => {
    if (served.has(req) || req.method !== 'GET' || reply.statusCode !== 200 || typeof payload !== 'string') return payload
    const type = String(reply.getHeader('content-type') ?? '')
    if (!type.startsWith('application/json')) return payload
    const entry: Entry = { payload, type, bytes: payload.length * 2 }
    if (entry.bytes > maxBytes / 4) return payload
    entries.set(keyOf(req), entry)
    bytes += entry.bytes
    for (const [k, e] of entries) {
      if (bytes <= maxBytes) break
      entries.delete(k)
      bytes -= e.bytes
    }
    return payload
  })
}
