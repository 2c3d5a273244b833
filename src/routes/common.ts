/** Zod schemas shared by every route: the list envelope, paging parameters, problem bodies, entity refs; list replies in JSON or CSV. */
import type { IncomingHttpHeaders } from 'node:http'
import type { FastifyReply } from 'fastify'
import { z } from 'zod'
import { TOTAL_LIMIT, type Page } from '../db/queries/pagination.js'
import { sendCsv, wantsCsv } from './csv.js'

export const ProblemSchema = z
  .object({
    type: z.string().describe('A URI reference for the problem type; about:blank for plain HTTP errors'),
    title: z.string().describe('Short summary of the HTTP status'),
    status: z.number().int().describe('HTTP status code'),
    detail: z.string().describe('What went wrong, naming the parameter at fault'),
    instance: z.string().optional().describe('URI of this occurrence, when known'),
    errors: z
      .array(
        z.object({
          parameter: z.string().describe('Name of the query or path parameter (or body.field) at fault'),
          message: z.string().describe('What is wrong with it')
        })
      )
      .optional()
      .describe('One entry per invalid parameter')
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details (served as application/problem+json)' })

export const PageInfoSchema = z
  .object({
    limit: z.number().int().describe('Page size used'),
    nextCursor: z.string().nullable().describe('Pass as ?cursor= to get the next page; null on the last page'),
    total: z
      .number()
      .int()
      .describe(
        `Rows matching the filters, over all pages: exact up to ${TOTAL_LIMIT.toLocaleString('en')}, then ${TOTAL_LIMIT.toLocaleString('en')} with totalExact false (counting every match of a broad filter would slow every page as the corpus grows)`
      ),
    totalExact: z.boolean().describe('false when more rows match than total says'),
    next: z.string().nullable().describe('Path and query of the next page (same filters, next cursor); null on the last page')
  })
  .meta({ id: 'PageInfo' })

export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('Rows per page (1–500)').meta({ example: 50 }),
  cursor: z
    .string()
    .min(1)
    .max(1000)
    .optional()
    .describe('Opaque cursor from page.nextCursor of the previous page')
    .meta({ example: 'WyIyMDI2LTAxLTIzIiwiYV82ODMxNDhiMDUyZTE2Y2M0Il0' }),
  format: z
    .enum(['json', 'csv'])
    .optional()
    .describe('csv streams every page of the same filters as RFC 4180 CSV (also chosen by Accept: text/csv), up to the row limit')
})

/** A calendar date, checked for real (2026-02-30 is rejected). */
export const isoDate = (description: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
    .refine((d) => !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().startsWith(d), 'not a real calendar date')
    .optional()
    .describe(description)
    .meta({ example: '2026-01-23' })

export const DateRangeQuerySchema = z.object({
  from: isoDate('Only items from articles published on or after this date'),
  to: isoDate('Only items from articles published on or before this date')
})

/** from must not come after to: checked on every list that takes a date range. */
export const dateRangeOrdered = (q: { from?: string | undefined; to?: string | undefined }) => !q.from || !q.to || q.from <= q.to
export const dateRangeMessage = { message: 'from must not be after to', path: ['from'] }

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), page: PageInfoSchema })
}

export function single<T extends z.ZodType>(item: T) {
  return z.object({ data: item })
}

export const EntityRefSchema = z
  .object({
    type: z.enum(['person', 'organisation']).describe('Whether the id is a person or an organisation id'),
    id: z.string().describe('Id of the person or organisation'),
    name: z.string().describe('Canonical name')
  })
  .meta({ id: 'EntityRef' })

export const IdParamsSchema = z.object({ id: z.string().min(1).max(200).describe('Resource id').meta({ example: 'ohchr' }) })

/** A short free-text filter value: bounded so a 10 kB parameter is a 400, not a slow query. */
export const filterText = (description: string) => z.string().trim().min(1).max(200).optional().describe(description)

/** The articleId filter every list takes. */
export const articleIdFilter = (what: string) => filterText(`Only ${what} from this article`).meta({ example: 'a_683148b052e16cc4' })

export const errorResponses = {
  400: ProblemSchema.describe('Invalid parameter'),
  404: ProblemSchema.describe('No such resource')
}

export interface ListReplyOptions<T> {
  /** File name of a CSV download, without .csv. */
  name: string
  itemSchema: z.ZodType
  fetchPage: (cursor: string | undefined, limit: number) => Promise<Page<T>>
}

/** The parts of a list request that listReply reads (structural, so any typed route request fits). */
export interface ListRequest {
  url: string
  headers: IncomingHttpHeaders
  query: { limit: number; cursor?: string | undefined; format?: string | undefined }
  server: { csvMaxRows: number }
}

/** Path and query of this request with another cursor: the body's `page.next`. */
function nextUrl(req: ListRequest, cursor: string | null): string | null {
  if (!cursor) return null
  const url = new URL(req.url, 'http://localhost')
  url.searchParams.set('cursor', cursor)
  return url.pathname + url.search
}

/** Answers a list route: one JSON page, or every page as CSV when the client asks for it. */
export async function listReply<T>(req: ListRequest, reply: FastifyReply, opts: ListReplyOptions<T>) {
  if (wantsCsv(req)) return sendCsv(reply, opts.name, opts.itemSchema, opts.fetchPage, req.server.csvMaxRows)
  const page = await opts.fetchPage(req.query.cursor, req.query.limit)
  if (page.page.nextCursor) reply.header('link', `<${nextUrl(req, page.page.nextCursor)}>; rel="next"`)
  return { data: page.data, page: { ...page.page, next: nextUrl(req, page.page.nextCursor) } }
}
