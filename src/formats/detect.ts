/** Which format a file holds: from its content first (a .txt that is really HTML), else from its extension. */
import type { InputFormat } from './types.js'

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<article[\s>]|<!--)/i
const HTML_TAGS = /<(?:p|div|br|h[1-6]|article|section|span|a\s)[\s>/]/gi

/** Format named by the extension (a trailing .gz is ignored: it says how, not what), or null. */
export function formatFromName(name: string): InputFormat | null {
  const base = name.toLowerCase().replace(/\.gz$/, '')
  if (/\.(?:html?|xhtml)$/.test(base)) return 'html'
  if (/\.(?:jsonl|ndjson)$/.test(base)) return 'jsonl'
  if (/\.json$/.test(base)) return 'json'
  if (/\.(?:txt|text)$/.test(base)) return 'text'
  return null
}

/** Format recognised from the content alone, or null when the text gives no clear sign. */
export function sniffFormat(text: string): InputFormat | null {
  const head = text.slice(0, 4096)
  if (HTML_START.test(head)) return 'html'
  const start = head.trimStart()[0]
  if (start === '{' || start === '[') {
    const firstLine = text.trimStart().split('\n', 1)[0] ?? ''
    // one object per line is JSON Lines even if the whole happens to parse (a single record)
    if (start === '{' && isJsonObject(firstLine)) {
      const rest = text.trimStart().slice(firstLine.length).trim()
      return rest ? 'jsonl' : 'json'
    }
    if (isJson(text)) return 'json'
    // an object spread over several lines that does not parse is still meant as JSON: report its error
    if (/^\s*[[{]\s*(?:\n\s*)?["{[]/.test(head)) return 'json'
  }
  // a page saved without its <html> wrapper: many tags in the first kilobytes
  if ((head.match(HTML_TAGS)?.length ?? 0) >= 5 && /<\/(?:p|div)>/i.test(head)) return 'html'
  return null
}

/** Content wins when it is unambiguous; an extension decides otherwise; the rest is plain text. */
export function detectFormat(name: string, text: string): InputFormat {
  const byName = formatFromName(name)
  const byContent = sniffFormat(text)
  if (byContent === 'jsonl' && byName === 'json') return 'jsonl'
  if (byContent === 'json' && byName === 'jsonl') return 'jsonl'
  return byContent ?? byName ?? 'text'
}

function isJson(s: string): boolean {
  try {
    JSON.parse(s)
    return true
  } catch {
    return false
  }
}

function isJsonObject(line: string): boolean {
  try {
    const v: unknown = JSON.parse(line)
    return !!v && typeof v === 'object' && !Array.isArray(v)
  } catch {
    return false
  }
}
