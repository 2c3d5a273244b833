import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BackgroundCheckpoints } from '../../src/db/checkpoints.js'
import { openWritable } from '../../src/db/client.js'
import { tempDir } from '../helpers.js'

describe('background checkpoints', () => {
  it('copy the log into the database on their own thread and then hand checkpointing back to the writer', () => {
    const { dir, cleanup } = tempDir()
    const h = openWritable(join(dir, 'facts.db'))
    try {
      h.sqlite.exec('create table t (x)')
      const checkpoints = BackgroundCheckpoints.start(h.sqlite)
      expect(checkpoints).not.toBeNull()
      // the writer no longer checkpoints while they run
      expect(h.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0)
      const insert = h.sqlite.prepare('insert into t values (randomblob(2000))')
      for (let file = 0; file < 5; file++) {
        h.sqlite.transaction(() => {
          for (let i = 0; i < 500; i++) insert.run()
        })()
        checkpoints?.committed()
      }
      checkpoints?.stop()
      expect(h.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000)
      // everything committed is in the database file already: nothing left for the writer to copy
      const [state] = h.sqlite.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[]
      expect(state?.checkpointed).toBe(state?.log)
      expect(h.sqlite.prepare('select count(*) as n from t').get()).toEqual({ n: 2500 })
      expect(h.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    } finally {
      h.close()
      cleanup()
    }
  })

  it('are not started for a database without a write-ahead log', () => {
    const h = openWritable(':memory:')
    try {
      expect(BackgroundCheckpoints.start(h.sqlite)).toBeNull()
    } finally {
      h.close()
    }
  })
})
