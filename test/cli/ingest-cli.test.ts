/** The ingest command: human lines and table, --json, --dry-run, usage errors, and the progress bar on a TTY only. */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CLEAR_LINE, renderProgress, renderTable, runIngest, type CliIO } from '../../src/cli/ingest.js'
import { SEED_FILE, tempDir } from '../helpers.js'

/** In-memory streams; stderr claims to be a terminal when isTTY is set. */
function io(isTTY = false): CliIO & { out: () => string; err: () => string } {
  let out = ''
  let err = ''
  let t = 0
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s), isTTY, columns: 100 },
    env: {},
    // a clock that moves 100 ms per reading, so every frame is drawn and the rate is defined
    now: () => (t += 100),
    out: () => out,
    err: () => err
  }
}

const ESC = '\x1b'

describe('npm run ingest (in process)', () => {
  let dir: string
  let cleanup: () => void
  beforeEach(() => ({ dir, cleanup } = tempDir()))
  afterEach(() => cleanup())
  const file = (name: string, data: string | Buffer) => {
    const p = join(dir, name)
    writeFileSync(p, data)
    return p
  }
  const feed = () =>
    file(
      'feed.jsonl.gz',
      gzipSync(
        [1, 2].map((n) => JSON.stringify({ title: `Day ${n}`, url: `https://news.example/${n}`, author: 'Jane Roe', body: `The agency said on Monday that ${n * 40} people were killed in the floods. "We need help," said Maria Lopez, the governor.` })).join('\n')
      )
    )

  it('prints ok/FAIL lines, a final table, and exits 1 when a file failed', async () => {
    const s = io()
    const code = await runIngest(['--db', join(dir, 'x.db'), SEED_FILE, feed(), file('bad.txt', '')], s)
    expect(code).toBe(1)
    expect(s.out()).toMatch(/^ok {3}data\/articles\/000_b8a49620419f854f\.txt: added, 2 article\(s\)/m)
    expect(s.out()).toMatch(/^ok {3}.*feed\.jsonl\.gz: added, 2 article\(s\)/m)
    expect(s.err()).toMatch(/^FAIL .*bad\.txt: file is empty$/m)
    expect(s.out()).toMatch(/files +articles +people +organisations +quotes +claims +failures\n +3 +4 +\d+ +\d+ +\d+ +\d+ +1\n/)
    expect(s.err()).not.toContain(ESC)
    expect(s.out()).not.toContain(ESC)
  })

  it('--json prints one parseable summary with per-file outcomes and totals, and nothing else', async () => {
    const s = io()
    const code = await runIngest(['--json', '--db', join(dir, 'x.db'), feed(), file('bad.json', '[{"title":"x"}]')], s)
    expect(code).toBe(1)
    const summary = JSON.parse(s.out())
    expect(summary).toMatchObject({
      db: join(dir, 'x.db'),
      dryRun: false,
      ok: false,
      files: [
        { path: expect.stringMatching(/feed\.jsonl\.gz$/), ok: true, format: 'jsonl', status: 'added', articles: 2 },
        { path: expect.stringMatching(/bad\.json$/), ok: false, format: 'json', error: 'record 1: body or text is required' }
      ],
      totals: { files: 2, articles: 2, failures: 1 }
    })
    expect(s.err()).toBe('')
  })

  it('--dry-run prints the facts it would store and does not even create the database', async () => {
    const db = join(dir, 'never.db')
    const s = io()
    expect(await runIngest(['--dry-run', '--db', db, feed()], s)).toBe(0)
    expect(existsSync(db)).toBe(false)
    expect(s.out()).toMatch(/would add 2 article\(s\)/)
    expect(s.out()).toMatch(/\[0\] "Day 1" — by Jane Roe · https:\/\/news\.example\/1/)
    expect(s.out()).toMatch(/people \(1\): Maria Lopez/)
    expect(s.out()).toMatch(/quotes \(1\): Maria Lopez: “We need help/)
    expect(s.out()).toMatch(/claims \(\d\): 40 people/)

    const j = io()
    expect(await runIngest(['--dry-run', '--json', '--db', db, feed()], j)).toBe(0)
    const summary = JSON.parse(j.out())
    expect(summary.db).toBeNull()
    expect(summary.files[0].facts[1]).toMatchObject({ title: 'Day 2', url: 'https://news.example/2', people: ['Maria Lopez'] })
    expect(existsSync(db)).toBe(false)
  })

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--db'], /--db/],
    [['--db', ''], /--db needs a file path/]
  ])('exits 2 with a message and the usage for %j', async (argv, message) => {
    const s = io()
    expect(await runIngest(argv, s)).toBe(2)
    expect(s.err()).toMatch(message)
    expect(s.err()).toMatch(/^usage: npm run ingest/m)
    expect(s.out()).toBe('')
  })

  it('draws the progress bar on stderr only when stderr is a terminal, and clears it before other lines', async () => {
    const tty = io(true)
    await runIngest(['--db', join(dir, 'x.db'), SEED_FILE, feed()], tty)
    expect(tty.err()).toMatch(/\[#+-*\] 1\/2 files · [\d.]+ articles\/s · ETA \d\d:\d\d/)
    expect(tty.err()).toMatch(/\[#+\] 2\/2 files/)
    expect(tty.err().endsWith(CLEAR_LINE)).toBe(true)
    expect(tty.out()).not.toContain(ESC)
  })
})

describe('renderers', () => {
  const state = { done: 3, total: 12, articles: 30, failures: 1, startedAt: 0, now: 6000 }
  it.each([
    [true, `\r${ESC}[2K[########----------------------] 3/12 files · 5.0 articles/s · ETA 00:18 · 1 failed`],
    [false, '']
  ])('progress with isTTY=%s', (isTTY, frame) => {
    expect(renderProgress(state, { isTTY, columns: 100 })).toBe(frame)
  })

  it('gives an unknown ETA before the first file and hours for long runs', () => {
    expect(renderProgress({ ...state, done: 0 }, { isTTY: true })).toContain('ETA --:--')
    expect(renderProgress({ ...state, done: 1, total: 5000, now: 10_000 }, { isTTY: true })).toContain('ETA 13:53:10')
  })

  it('aligns the final table', () => {
    expect(renderTable({ files: 181, articles: 1234, people: 5, organisations: 6, quotes: 7, claims: 8, failures: 0 })).toBe(
      'files  articles  people  organisations  quotes  claims  failures\n  181     1,234       5              6       7       8         0\n'
    )
  })
})

describe('npm run ingest (spawned)', () => {
  it('--json on a real process: stdout is only JSON, exit code 0, no ANSI codes without a terminal', () => {
    const { dir, cleanup } = tempDir()
    try {
      const run = spawnSync('npx', ['tsx', 'src/cli/ingest.ts', '--json', '--db', join(dir, 'x.db'), SEED_FILE], { encoding: 'utf8' })
      expect(run.status).toBe(0)
      expect(JSON.parse(run.stdout).totals).toMatchObject({ files: 1, articles: 2, failures: 0 })
      expect(run.stderr).not.toContain(ESC)
      expect(readFileSync(join(dir, 'x.db')).subarray(0, 6).toString()).toBe('SQLite')
    } finally {
      cleanup()
    }
  })
})
