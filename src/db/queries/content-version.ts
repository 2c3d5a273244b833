/** The content version: a token that changes with every ingest commit (migration 0013). */
import { eq } from 'drizzle-orm'
import type { Db } from '../client.js'
import { contentVersion } from '../schema.js'
import { dataVersionReader } from '../sqlite-sql.js'

/**
 * A reader of the current token that queries it again only after another connection has
 * committed: the token itself when it is known, a promise of it when it has to be read.
 */
export function contentVersionReader(db: Db): () => string | Promise<string> {
  const stmt = db.select({ version: contentVersion.version }).from(contentVersion).where(eq(contentVersion.id, 1)).prepare()
  const dataVersion = dataVersionReader(db)
  let seen: number | null = null
  let version = ''
  const read = async (now: number): Promise<string> => {
    version = (await stmt.get())?.version ?? ''
    seen = now
    return version
  }
  return () => {
    const now = dataVersion()
    return now === seen ? version : read(now)
  }
}
