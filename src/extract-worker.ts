/**
 * An extraction worker thread of the ingest (see extract-pool.ts): it reads and extracts each file the main
 * thread names and posts back what prepareFile returns for it, the facts or the per-file failure. The facts
 * of a text file go out a few articles at a time as they are found, so the main thread can work on them
 * (their claims) while the rest of the file is extracted.
 */
import { parentPort } from 'node:worker_threads'
import type { ArticleFacts } from './extract/types.js'
import { prepareFile, type PreparedFile } from './prepare.js'

/** A file to prepare, by its path as the user named it. */
export interface PrepareRequest {
  file: string
  /** Leave the claims to the main thread (see extract-pool.ts). */
  deferClaims: boolean
}

/**
 * Articles of the file in hand, in order, then the file's outcome. When articles went out before, the outcome's
 * facts are empty: the file's facts are the articles sent, and a failed file drops them.
 */
export type PrepareReply = { articles: ArticleFacts[] } | { prepared: PreparedFile; sent: number }

/** Articles per message: small enough that the first ones reach the main thread early in a file. */
const ARTICLES_PER_MESSAGE = 10

const port = parentPort
if (!port) throw new Error('extract-worker runs as a worker thread')
port.on('message', ({ file, deferClaims }: PrepareRequest) => {
  let batch: ArticleFacts[] = []
  let sent = 0
  const flush = (): void => {
    if (!batch.length) return
    const reply: PrepareReply = { articles: batch }
    port.postMessage(reply)
    sent += batch.length
    batch = []
  }
  const prepared = prepareFile(file, {
    deferClaims,
    onFacts: (f) => {
      batch.push(f)
      if (batch.length >= ARTICLES_PER_MESSAGE) flush()
    }
  })
  if (prepared.ok) {
    flush()
    if (sent) prepared.input.facts = []
  }
  const reply: PrepareReply = { prepared, sent }
  port.postMessage(reply)
})
