/** Input formats: decoded file text → records (one per article for HTML and JSON, the whole text for plain text). */
import { detectFormat } from './detect.js'
import { parseHtmlPage } from './html.js'
import { parseJsonDocument, parseJsonLines } from './json.js'
import type { InputFormat, InputRecord } from './types.js'

export { detectFormat, formatFromName, sniffFormat } from './detect.js'
export { parseHtmlPage } from './html.js'
export { parseJsonDocument, parseJsonLines, recordFromJson } from './json.js'
export { InputFormatError, type InputFormat, type InputRecord, type KnownMetadata } from './types.js'

/** Extensions a directory walk picks up (a file named explicitly is read whatever its name). */
export const INPUT_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.json', '.jsonl', '.ndjson', '.gz']

/** The records of one input; `format` overrides detection (the POST route knows its content type). */
export function parseInput(name: string, text: string, format: InputFormat = detectFormat(name, text)): { format: InputFormat; records: InputRecord[] } {
  switch (format) {
    case 'html':
      return { format, records: [parseHtmlPage(text)] }
    case 'json':
      return { format, records: parseJsonDocument(text) }
    case 'jsonl':
      return { format, records: parseJsonLines(text) }
    default:
      return { format: 'text', records: [{ text, known: {}, label: 'file', single: false }] }
  }
}
