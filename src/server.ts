/** `npm start`: builds the database on first start if missing, then serves the API read-only. */
import { existsSync } from 'node:fs'
import { buildApp } from './app.js'
import { corsOrigins, loadConfig } from './config.js'
import { openReadOnly, openWritable } from './db/client.js'
import { ingestPathsAsync } from './ingest.js'

const config = loadConfig()

// Writes happen only here, before serving: pending migrations, and the first-start ingest.
const firstStart = !existsSync(config.DATABASE_PATH)
const writer = openWritable(config.DATABASE_PATH)
try {
  if (firstStart) {
    const outcomes = await ingestPathsAsync(writer.db, [config.INGEST_ON_START])
    for (const o of outcomes) if (!o.ok) console.error(`ingest: ${o.path}: ${o.error}`)
  }
} finally {
  writer.close()
}

const reader = openReadOnly(config.DATABASE_PATH)
// The write path gets its own connection, only when it is switched on.
const ingestWriter = config.INGEST_TOKEN ? openWritable(config.DATABASE_PATH) : null
const app = await buildApp({
  db: reader.db,
  logger: { level: config.LOG_LEVEL },
  corsOrigins: corsOrigins(config),
  cacheMaxAge: config.CACHE_MAX_AGE,
  csvMaxRows: config.CSV_MAX_ROWS,
  rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
  maxEventLoopDelayMs: config.MAX_EVENT_LOOP_DELAY_MS,
  responseCacheBytes: config.RESPONSE_CACHE_MB * 1024 * 1024,
  ...(ingestWriter && config.INGEST_TOKEN ? { ingest: { writer: ingestWriter.db, token: config.INGEST_TOKEN } } : {})
})
app.addHook('onClose', async () => {
  reader.close()
  ingestWriter?.close()
})

// Drain on SIGTERM: new requests get 503, in-flight ones finish, idle keep-alive sockets are
// closed as soon as they go idle (else close() would wait out the keep-alive timeout).
const SHUTDOWN_GRACE_MS = 10_000
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.log.info({ signal }, 'shutting down')
    const sweep = setInterval(() => app.server.closeIdleConnections(), 50)
    const deadline = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS)
    app.close().then(
      () => {
        clearInterval(sweep)
        clearTimeout(deadline)
        process.exit(0)
      },
      () => process.exit(1)
    )
  })
}

try {
  await app.listen({ port: config.PORT, host: config.HOST })
} catch (err) {
  app.log.error(err)
  process.exit(1)
}

