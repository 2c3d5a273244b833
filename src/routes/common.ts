/** Zod schemas shared by every route: the list envelope, paging parameters, problem bodies, entity refs. */
import { z } from 'zod'

export const ProblemSchema = z
  .object({
    type: z.string().describe('A URI reference for the problem type; about:blank for plain HTTP errors'),
    title: z.string().describe('Short summary of the HTTP status'),
    status: z.number().int().describe('HTTP status code'),
    detail: z.string().describe('What went wrong, naming the parameter at fault'),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ parameter: z.string(), message: z.string() }))
      .optional()
      .describe('One entry per invalid parameter')
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details (served as application/problem+json)' })

export const PageInfoSchema = z
  .object({
    limit: z.number().int().describe('Page size used'),
    nextCursor: z.string().nullable().describe('Pass as ?cursor= to get the next page; null on the last page'),
    total: z.number().int().describe('Rows matching the filters, over all pages')
  })
  .meta({ id: 'PageInfo' })

export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('Rows per page (1–500)').meta({ example: 50 }),
  cursor: z.string().min(1).max(1000).optional().describe('Opaque cursor from page.nextCursor of the previous page')
})

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), page: PageInfoSchema })
}

export function single<T extends z.ZodType>(item: T) {
  return z.object({ data: item })
}

export const EntityRefSchema = z
  .object({
    type: z.enum(['person', 'organisation']),
    id: z.string().describe('Id of the person or organisation'),
    name: z.string().describe('Canonical name')
  })
  .meta({ id: 'EntityRef' })

export const IdParamsSchema = z.object({ id: z.string().min(1).max(200).describe('Resource id') })

/** A short free-text filter value: bounded so a 10 kB parameter is a 400, not a slow query. */
export const filterText = (description: string) => z.string().trim().min(1).max(200).optional().describe(description)

export const errorResponses = {
  400: ProblemSchema.describe('Invalid parameter'),
  404: ProblemSchema.describe('No such resource')
}
