/** Environment → typed configuration, validated once at start. */
import { z } from 'zod'

const ConfigSchema = z.object({
  DATABASE_PATH: z.string().min(1).default('data/facts.db'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Comma-separated browser origins allowed by CORS, or * for any. */
  CORS_ORIGINS: z.string().min(1).default('*'),
  /** Seconds a response may be reused before revalidation (ETag). */
  CACHE_MAX_AGE: z.coerce.number().int().min(0).default(60),
  CSV_MAX_ROWS: z.coerce.number().int().min(1).default(100_000),
  /** Requests per minute per client address; 0 = off. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(0),
  /** Event-loop delay in ms above which requests are shed with 503; 0 = off. */
  MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).default(1000),
  /** Megabytes of JSON answers cached in memory between ingests; 0 = off. */
  RESPONSE_CACHE_MB: z.coerce.number().min(0).default(64),
  /** Bearer token that enables POST /v1/articles; unset = the write path is off (404). */
  INGEST_TOKEN: z.string().min(16, 'INGEST_TOKEN must be at least 16 characters').optional(),
  /** Input ingested when the database file does not exist yet. */
  INGEST_ON_START: z.string().min(1).default('data/articles')
})

export type Config = z.infer<typeof ConfigSchema>

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env)
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`invalid configuration: ${detail}`)
  }
  return parsed.data
}

export function corsOrigins(config: Config): '*' | string[] {
  return config.CORS_ORIGINS.trim() === '*' ? '*' : config.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean)
}
