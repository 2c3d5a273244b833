/** The content version: a token that changes with every ingest commit (migration 0013). */
import { eq } from 'drizzle-orm'
import type { Db } from '../client.js'
import { contentVersion } from '../schema.js'
import { dataVersionReader } from '../sqlite-sql.js'

/** A reader of the current token that queries it again only after another connection has committed. */
export function contentVersionReader(db: Db): () => Promise<string> {
  const stmt = db.select({ version: contentVersion.version }).from(contentVersion).where(eq(contentVersion.id, 1)).prepare()
  const dataVersion = dataVersionReader(db)
  let seen: number | null = null
  let version = ''
  return async () => {
    const now = dataVersion()
    if (now !== seen) {
      version = (await stmt.get())?.version ?? ''
      seen = now
    }
    return version
  }
}
