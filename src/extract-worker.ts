/**
 * An extraction worker thread of the ingest (see extract-pool.ts): it reads and extracts each file the main
 * thread names and posts back what prepareFile returns for it, the facts or the per-file failure.
 */
import { parentPort } from 'node:worker_threads'
import { prepareFile, type PreparedFile } from './prepare.js'

/** A file to prepare, by its path as the user named it. */
export interface PrepareRequest {
  file: string
  /** Leave the claims to the main thread (see extract-pool.ts). */
  deferClaims: boolean
}

export interface PrepareReply {
  prepared: PreparedFile
}

const port = parentPort
if (!port) throw new Error('extract-worker runs as a worker thread')
port.on('message', ({ file, deferClaims }: PrepareRequest) => {
  const reply: PrepareReply = { prepared: prepareFile(file, { deferClaims }) }
  port.postMessage(reply)
})
