/** Test helpers: real SQLite files in a temp dir, built by the real ingest, served by the real app. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach } from 'vitest'
import { buildApp } from '../src/app.js'
import { openReadOnly, openWritable, type DbHandle } from '../src/db/client.js'
import { ingestPaths } from '../src/ingest.js'

export const SEED_FILE = 'data/articles/000_b8a49620419f854f.txt'

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'facts-test-'))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Ingests the given inputs into a fresh database file and serves it read-only, as production does. */
export async function buildTestApp(inputs: string[] = [SEED_FILE]): Promise<{ app: FastifyInstance; dbPath: string; close: () => Promise<void> }> {
  const { dir, cleanup } = tempDir()
  const dbPath = join(dir, 'facts.db')
  const writer = openWritable(dbPath)
  const outcomes = ingestPaths(writer.db, inputs)
  writer.close()
  const failed = outcomes.filter((o) => !o.ok)
  if (failed.length) throw new Error(`fixture ingest failed: ${failed.map((f) => `${f.path}: ${f.error}`).join('; ')}`)
  const reader = openReadOnly(dbPath)
  const app = await buildApp({ db: reader.db })
  await app.ready()
  return {
    app,
    dbPath,
    close: async () => {
      await app.close()
      reader.close()
      cleanup()
    }
  }
}

/** A fresh writable database in a temp dir for every test of the calling describe block. */
export function useTempDb(onReady: (ctx: { dir: string; h: DbHandle }) => void): void {
  let cleanup = () => {}
  let h: DbHandle | undefined
  beforeEach(() => {
    const t = tempDir()
    cleanup = t.cleanup
    h = openWritable(join(t.dir, 'facts.db'))
    onReady({ dir: t.dir, h })
  })
  afterEach(() => {
    h?.close()
    cleanup()
  })
}
