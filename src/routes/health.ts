/** GET /healthz: 200 once the database answers. */
import { sql } from 'drizzle-orm'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'

export const HealthSchema = z.object({ status: z.literal('ok') })

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['meta'],
        summary: 'Liveness and readiness',
        description: 'Answers 200 once the database is open and answers a query.',
        response: { 200: HealthSchema }
      }
    },
    async () => {
      await app.db.run(sql`select 1`)
      return { status: 'ok' as const }
    }
  )
}
