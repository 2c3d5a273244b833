/** CSV export of any list (RFC 4180): every page of the same filters, streamed, up to a row limit. */
import { Readable } from 'node:stream'
import type { IncomingHttpHeaders } from 'node:http'
import type { FastifyReply } from 'fastify'
import { z } from 'zod'
import type { Page } from '../db/queries/pagination.js'

/** Columns of a CSV: the schema's fields, nested objects flattened to dotted names (source.id). */
export function csvColumns(schema: z.ZodType, prefix = ''): string[] {
  let s: z.ZodType = schema
  while (s instanceof z.ZodNullable || s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType
  if (!(s instanceof z.ZodObject)) return [prefix.replace(/\.$/, '')]
  return Object.entries(s.shape as Record<string, z.ZodType>).flatMap(([key, child]) => csvColumns(child, `${prefix}${key}.`))
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return ''
  let text: string
  if (Array.isArray(value)) text = value.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))).join('; ')
  else if (typeof value === 'object') text = JSON.stringify(value)
  else text = String(value)
  // A leading = + @ makes spreadsheets evaluate the cell as a formula (CSV injection).
  if (typeof value === 'string' && /^[=+@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function pick(row: unknown, path: string): unknown {
  let v: unknown = row
  for (const part of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined
  return v
}

export function wantsCsv(req: { headers: IncomingHttpHeaders; query: { format?: string | undefined } }): boolean {
  if (req.query.format) return req.query.format === 'csv'
  const accept = req.headers.accept ?? ''
  return /\btext\/csv\b/.test(accept) && !/application\/json/.test(accept)
}

/**
 * Streams every page of a list as CSV. Rows are fetched a page at a time with the list's own
 * keyset cursor, so memory stays flat whatever the size of the export.
 */
export async function sendCsv<T>(
  reply: FastifyReply,
  name: string,
  schema: z.ZodType,
  fetchPage: (cursor: string | undefined, limit: number) => Promise<Page<T>>,
  maxRows: number
): Promise<FastifyReply> {
  const columns = csvColumns(schema)
  const first = await fetchPage(undefined, Math.min(500, maxRows))
  async function* lines(): AsyncGenerator<string> {
    yield columns.join(',') + '\r\n'
    let page = first
    let sent = 0
    for (;;) {
      for (const row of page.data) {
        if (sent >= maxRows) return
        yield columns.map((c) => cell(pick(row, c))).join(',') + '\r\n'
        sent++
      }
      if (!page.page.nextCursor || sent >= maxRows) return
      page = await fetchPage(page.page.nextCursor, Math.min(500, maxRows - sent))
    }
  }
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}.csv"`)
    .header('x-total-count', String(first.page.total))
    .header('x-total-exact', String(first.page.totalExact))
    .header('x-row-limit', String(maxRows))
    .send(Readable.from(lines()))
}
