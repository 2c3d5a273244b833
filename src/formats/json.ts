/** JSON and JSON Lines inputs: each object (title, body or text, url, publishedAt, author) is one article. */
import { parseHtmlPage } from './html.js'
import { authorName, cleanTitle, toIsoDate, toUrl } from './meta.js'
import { InputFormatError, type InputRecord, type KnownMetadata } from './types.js'

/** A body that is an HTML fragment rather than text (feeds often carry the article's markup). */
const HTML_BODY = /<(?:p|div|br|h[1-6]|ul|ol|li|article|section|span|a|em|strong|figure|blockquote)\b[^>]*>/i

/** One decoded JSON value → one record, or a clear reason naming the record. */
export function recordFromJson(value: unknown, label: string): InputRecord {
  const fail = (why: string): never => {
    throw new InputFormatError(`${label}: ${why}`)
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) fail('not a JSON object')
  const o = value as Record<string, unknown>
  const body = o.body ?? o.text
  if (body !== undefined && body !== null && typeof body !== 'string') fail(`${o.body !== undefined ? 'body' : 'text'} must be a string`)
  if (typeof body !== 'string' || !body.trim()) fail('body or text is required')
  for (const field of ['title', 'url', 'publishedAt'] as const) {
    if (o[field] !== undefined && o[field] !== null && typeof o[field] !== 'string') fail(`${field} must be a string`)
  }
  const known: KnownMetadata = {}
  const title = cleanTitle(o.title)
  if (title) known.title = title
  if (typeof o.url === 'string' && o.url.trim()) known.url = toUrl(o.url) ?? fail(`url is not a valid http(s) URL: ${JSON.stringify(o.url.slice(0, 100))}`)
  if (typeof o.publishedAt === 'string' && o.publishedAt.trim()) {
    known.publishedAt = toIsoDate(o.publishedAt) ?? fail(`publishedAt is not a date: ${JSON.stringify(o.publishedAt.slice(0, 40))}`)
  }
  if (o.author !== undefined && o.author !== null) {
    known.byline = authorName(o.author) ?? fail('author must be a name, a list of names or an object with a name')
  }
  let text = body as string
  if (HTML_BODY.test(text)) {
    // the record's own fields win over the fragment's (rarely present) metadata
    const page = parseHtmlPage(text, known.url ?? undefined)
    text = page.text
    known.title ??= page.known.title
    known.byline ??= page.known.byline
  }
  return { text, known, label, single: true }
}

/** A JSON document: one article object, or an array of them. */
export function parseJsonDocument(text: string): InputRecord[] {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    throw new InputFormatError(`not valid JSON (${jsonErrorWhere(text, err)})`)
  }
  if (Array.isArray(value)) {
    if (value.length === 0) throw new InputFormatError('the JSON array holds no records')
    return value.map((v, i) => recordFromJson(v, `record ${i + 1}`))
  }
  return [recordFromJson(value, 'record 1')]
}

/** JSON Lines: one object per line; blank lines are skipped, a bad line names its line number. */
export function parseJsonLines(text: string): InputRecord[] {
  const out: InputRecord[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (!line) continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      throw new InputFormatError(`line ${i + 1}: not valid JSON`)
    }
    out.push(recordFromJson(value, `line ${i + 1}`))
  }
  if (out.length === 0) throw new InputFormatError('the JSON Lines file holds no records')
  return out
}

/** "line L, column C" of a JSON.parse error, computed from its "position N" where the engine gives one. */
function jsonErrorWhere(text: string, err: unknown): string {
  const msg = (err as Error).message
  const pos = msg.match(/position (\d+)/)
  // without a position V8 echoes the text itself ("…, \"{ \"title\": }\" is not valid JSON"): keep only the reason
  if (!pos) return msg.replace(/,\s*(?:\.\.\.)?".*$/s, '').slice(0, 120)
  const at = Number(pos[1])
  const before = text.slice(0, at)
  const line = before.split('\n').length
  const column = at - before.lastIndexOf('\n')
  return `line ${line}, column ${column}`
}
