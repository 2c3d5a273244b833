/** Bytes of an input file → text (gunzipping .gz content), or a clear reason why the bytes are not text we can read. */
import { gunzipSync } from 'node:zlib'

export class UnreadableInputError extends Error {}

const MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]]
]

const startsWith = (bytes: Uint8Array, sig: number[]): boolean => sig.every((b, i) => bytes[i] === b)

const GZIP = [0x1f, 0x8b]

/** Most bytes a gzip input may expand to: a small bomb must not take the process's memory. */
export const MAX_DECOMPRESSED_BYTES = Number(process.env.INGEST_MAX_FILE_MB ?? 32) * 1024 * 1024

/** Whether the bytes are gzip data (by magic number, whatever the file is called). */
export const isGzip = (bytes: Uint8Array): boolean => bytes.length >= 2 && startsWith(bytes, GZIP)

/** Gunzips with a ceiling on the output size; a corrupt or oversized stream is a clear refusal. */
export function gunzipLimited(bytes: Uint8Array, limit = MAX_DECOMPRESSED_BYTES): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: limit })
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      throw new UnreadableInputError(`gzip content is too large (over ${limit / 2 ** 20} MB decompressed)`)
    }
    throw new UnreadableInputError('not valid gzip data (truncated or corrupt)')
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true })
const utf16le = new TextDecoder('utf-16le', { fatal: true })
const utf16be = new TextDecoder('utf-16be', { fatal: true })

/**
 * Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM; normalises line endings to \n.
 * Binary files and invalid UTF-8 are refused with a reason, never guessed at: a wrong guess would
 * store garbled facts that look real.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new UnreadableInputError('file is empty')
  // one level only: gzip inside gzip is refused below as binary, like any other archive
  if (isGzip(bytes)) {
    bytes = gunzipLimited(bytes)
    if (bytes.length === 0) throw new UnreadableInputError('file is empty (after gunzip)')
  }
  let text: string
  try {
    if (startsWith(bytes, [0xef, 0xbb, 0xbf])) text = utf8.decode(bytes.subarray(3))
    else if (startsWith(bytes, [0xff, 0xfe])) text = utf16le.decode(bytes.subarray(2))
    else if (startsWith(bytes, [0xfe, 0xff])) text = utf16be.decode(bytes.subarray(2))
    else {
      const kind = MAGIC.find(([, sig]) => startsWith(bytes, sig))?.[0]
      if (kind) throw new UnreadableInputError(`binary file (${kind}), not text`)
      if (bytes.subarray(0, 8192).includes(0)) throw new UnreadableInputError('binary file, not text')
      text = utf8.decode(bytes)
    }
  } catch (err) {
    if (err instanceof UnreadableInputError) throw err
    throw new UnreadableInputError(bytes[0] === 0xff || bytes[0] === 0xfe ? 'not valid UTF-16 text' : 'not valid UTF-8 text')
  }
  if (text.includes('\u0000')) throw new UnreadableInputError('binary file, not text')
  text = text.replace(/\r\n?/g, '\n')
  if (!text.trim()) throw new UnreadableInputError('file has only white space')
  return text
}
