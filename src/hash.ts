/** Content hashes: file idempotency and content-derived ids (kept apart from the database code so extraction workers can use them). */
import { createHash } from 'node:crypto'

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex')
