/** Normalisers for metadata values from JSON fields and page metadata: dates, URLs, author names. */

/** YYYY-MM-DD of an ISO date/time or another date the JS parser reads; null when it is no plausible date. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null
  const s = String(value).trim()
  if (!s) return null
  // the calendar date as written wins over a UTC conversion, which can move a late-evening story to the next day
  const iso = s.match(/^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/)
  let date: string | null = null
  if (iso) date = `${iso[1]}-${iso[2]}-${iso[3]}`
  else if (/^\d{8}$/.test(s)) date = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`
  else {
    const ms = typeof value === 'number' ? value * (value < 1e11 ? 1000 : 1) : Date.parse(s)
    if (Number.isFinite(ms)) date = new Date(ms).toISOString().slice(0, 10)
  }
  if (!date) return null
  const d = new Date(`${date}T00:00:00Z`)
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) return null
  const year = d.getUTCFullYear()
  return year >= 1800 && year <= 2200 ? date : null
}

/** An absolute http(s) URL, resolved against a base when relative; null otherwise. */
export function toUrl(value: unknown, base?: string | null): string | null {
  if (typeof value !== 'string' || !value.trim()) return null
  try {
    const u = base ? new URL(value.trim(), base) : new URL(value.trim())
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null
  } catch {
    return null
  }
}

/** Author names from a string, an array, or schema.org Person/Organization objects, joined with "and". */
export function authorName(value: unknown): string | null {
  const names: string[] = []
  const add = (v: unknown): void => {
    if (typeof v === 'string') {
      const t = tidyAuthor(v.replace(/\s+/g, ' ').trim())
      // profile links stand in for names on some pages; a URL is no byline
      if (t && !/^https?:\/\//i.test(t) && t.length <= 200) names.push(t)
    } else if (Array.isArray(v)) v.forEach(add)
    else if (v && typeof v === 'object' && 'name' in v) add((v as { name: unknown }).name)
  }
  add(value)
  const unique = [...new Set(names)]
  if (unique.length === 0) return null
  return unique.length === 1 ? unique[0]! : `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?'
/** A time stamp that page templates run into the author line: "Published 11:11 PM EST Nov 19, 2019", "November 19, 2019, 9:02 AM". */
const TRAILING_STAMP = new RegExp(`(?:^|(?:\\s*[|,·•–—-])?\\s+)(?:(?:Published|Updated|Posted)\\b.*|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4})\\b.*)$`, 'i')

/** An author line as a name: without a leading "By" and a trailing time stamp. */
function tidyAuthor(line: string): string {
  return line.replace(/^by\s+/i, '').replace(TRAILING_STAMP, '').trim()
}

/** One trimmed line of text, or null when empty. */
export function cleanTitle(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const t = value.replace(/\s+/g, ' ').trim()
  return t && t.length <= 1000 ? t : null
}
