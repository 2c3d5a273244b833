import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from './helpers.js'

const TSX = ['--import', 'tsx']
const FIXTURES = ['000_b8a49620419f854f', 'bbc-assange-sweden-investigation-dropped', 'polygraph-rukban-al-tanf', 'albawaba-israeli-settlements-reaction']

/** Input files that differ from each other, so each stores its own articles (no duplicates). */
function writeCorpus(dir: string, n: number): string[] {
  const texts = FIXTURES.map((f) => readFileSync(`test/fixtures/${f}.txt`, 'utf8'))
  return Array.from({ length: n }, (_, i) => {
    const file = join(dir, `input-${String(i).padStart(3, '0')}.txt`)
    writeFileSync(file, `${texts[i % texts.length]!.trimEnd()} (copy ${i})\n`)
    return file
  })
}

function ingestChild(db: string, files: string[]): ChildProcess {
  return spawn(process.execPath, [...TSX, 'src/cli/ingest.ts', '--db', db, ...files], { stdio: 'ignore' })
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))

function checkConsistent(dbPath: string): number {
  // Killed before it created the database: nothing was stored, which is consistent too.
  if (!existsSync(dbPath)) return 0
  const db = new Database(dbPath, { readonly: true })
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.pragma('foreign_key_check')).toEqual([])
    // Every file is wholly in or wholly absent: all its articles, or none.
    const files = db.prepare('select path, article_count as n, (select count(*) from articles a where a.source_file = f.path) as stored from source_files f').all() as { n: number; stored: number }[]
    for (const f of files) expect(f.stored).toBe(f.n)
    const orphans = db.prepare('select count(*) as n from claims where article_id not in (select id from articles)').get() as { n: number }
    expect(orphans.n).toBe(0)
    return files.length
  } finally {
    db.close()
  }
}

describe('faults', () => {
  let dir: string
  let cleanup: () => void
  let files: string[]
  beforeAll(() => {
    ;({ dir, cleanup } = tempDir())
    files = writeCorpus(dir, 24)
  })
  afterAll(() => cleanup())

  it('survives kill -9 at random points: the database stays whole and a re-run finishes the job', async () => {
    const dbPath = join(dir, 'killed.db')
    let seenPartial = false
    for (let round = 0; round < 6; round++) {
      // Kill after a random number of files has been reported, plus a random few milliseconds,
      // so the kill lands between files or inside the next file's transaction, whatever the load.
      const child = spawn(process.execPath, [...TSX, 'src/cli/ingest.ts', '--db', dbPath, ...files], { stdio: ['ignore', 'pipe', 'ignore'] })
      const exit = exited(child)
      const killAfter = 1 + Math.floor(Math.random() * 4)
      let reported = 0
      child.stdout!.on('data', (d: Buffer) => {
        reported += (d.toString().match(/^ok /gm) ?? []).length
        if (reported >= killAfter) setTimeout(() => child.kill('SIGKILL'), Math.random() * 30)
      })
      await exit
      const stored = checkConsistent(dbPath)
      if (stored > 0 && stored < files.length) seenPartial = true
    }
    const rerun = spawnSync(process.execPath, [...TSX, 'src/cli/ingest.ts', '--db', dbPath, ...files], { encoding: 'utf8' })
    expect(rerun.status).toBe(0)
    expect(checkConsistent(dbPath)).toBe(files.length)
    // With kills spread over the run, at least one lands between two files.
    expect(seenPartial).toBe(true)
  }, 120_000)
})

describe('the server while an ingest writes, and on SIGTERM', () => {
  const freePort = () =>
    new Promise<number>((resolve) => {
      const s = createServer()
      s.listen(0, '127.0.0.1', () => {
        const { port } = s.address() as { port: number }
        s.close(() => resolve(port))
      })
    })

  it('keeps answering reads while an ingest writes, then drains in-flight requests on SIGTERM', async () => {
    const { dir, cleanup } = tempDir()
    const dbPath = join(dir, 'live.db')
    const files = writeCorpus(dir, 20)
    spawnSync(process.execPath, [...TSX, 'src/cli/ingest.ts', '--db', dbPath, files[0]!])
    const port = await freePort()
    const server = spawn(process.execPath, [...TSX, 'src/server.ts'], {
      env: { ...process.env, DATABASE_PATH: dbPath, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent' },
      stdio: 'ignore'
    })
    try {
      const base = `http://127.0.0.1:${port}`
      for (let i = 0; i < 80; i++) {
        if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) break
        await new Promise((r) => setTimeout(r, 100))
      }
      const ingest = ingestChild(dbPath, files.slice(1))
      const done = exited(ingest)
      const statuses: number[] = []
      let ingesting = true
      void done.then(() => (ingesting = false))
      while (ingesting) {
        const res = await fetch(`${base}/v1/claims?limit=100`)
        statuses.push(res.status)
        await res.arrayBuffer()
      }
      expect(await done).toBe(0)
      expect(statuses.length).toBeGreaterThan(5)
      expect(statuses.every((s) => s === 200)).toBe(true)
      const stats = (await (await fetch(`${base}/v1/stats`)).json()) as { data: { sourceFiles: number } }
      const total = stats.data.sourceFiles
      expect(total).toBe(20)

      const inFlight = Array.from({ length: 20 }, () => fetch(`${base}/v1/claims?format=csv`).then(async (r) => [r.status, (await r.text()).length] as const))
      await new Promise((r) => setTimeout(r, 5))
      server.kill('SIGTERM')
      const results = await Promise.allSettled(inFlight)
      const answered = results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<readonly [number, number]>).value)
      expect(answered.length).toBeGreaterThan(0)
      for (const [status, length] of answered) {
        expect([200, 503]).toContain(status)
        if (status === 200) expect(length).toBeGreaterThan(100)
      }
      expect(await exited(server)).toBe(0)
    } finally {
      server.kill('SIGKILL')
      cleanup()
    }
  }, 120_000)
})
