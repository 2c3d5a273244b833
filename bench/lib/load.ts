/** Child servers and the autocannon load against them. */
import { spawn, type ChildProcess } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'

export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const ROOT = resolve(BENCH_DIR, '..')

/** node with tsx's loader, as `npm start` and `npm run ingest` run TypeScript. */
export function nodeTs(script: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
}

/** Resolves with the first stdout line starting with `prefix` (rest of the line); rejects if the child exits first. */
export function waitForLine(child: ChildProcess, prefix: string, timeoutMs = 120_000): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let buf = ''
    let stderr = ''
    const timer = setTimeout(() => reject(new Error(`timed out waiting for "${prefix}"; stderr: ${stderr.slice(-2000)}`)), timeoutMs)
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString()
      if (stderr.length > 100_000) stderr = stderr.slice(-50_000)
    })
    child.stdout?.on('data', (d: Buffer) => {
      buf += d.toString()
      let nl: number
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl)
        buf = buf.slice(nl + 1)
        if (line.startsWith(prefix)) {
          clearTimeout(timer)
          resolvePromise(line.slice(prefix.length).trim())
        }
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`child exited with ${code} before "${prefix}"; stderr: ${stderr.slice(-2000)}`))
    })
  })
}

export interface Server {
  mode: 'ours' | 'bare'
  base: string
  child: ChildProcess
  stop(): Promise<void>
}

export async function startServer(mode: 'ours' | 'bare', dbPath: string, params: unknown): Promise<Server> {
  const child = nodeTs('bench/server-child.ts', [mode, dbPath, JSON.stringify(params)])
  const port = await waitForLine(child, 'READY ')
  // keep the pipes drained so the child never blocks on a full stdout/stderr
  child.stdout?.resume()
  child.stderr?.resume()
  return {
    mode,
    base: `http://127.0.0.1:${port}`,
    child,
    stop: () =>
      new Promise<void>((r) => {
        if (child.exitCode !== null) return r()
        child.once('exit', () => r())
        child.kill('SIGTERM')
        setTimeout(() => child.kill('SIGKILL'), 5000).unref()
      })
  }
}

export interface LoadResult {
  rps: number
  seconds: number
  p50: number
  p99: number
  requests: number
  non2xx: number
  errors: number
}

export async function load(url: string, seconds: number, connections = 32): Promise<LoadResult> {
  const r = await autocannon({ url, connections, duration: seconds, pipelining: 1, timeout: 60 })
  return {
    // completed requests over the run (requests.average is per whole-second bucket, wrong for short runs)
    rps: r.requests.total / Math.max(r.duration, 0.001),
    seconds: r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts
  }
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2
}
