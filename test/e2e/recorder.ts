/**
 * The recorder as its users run it: `src/server/main.ts` in its own Node process (through tsx,
 * as `npm run recorder` does), against a real broker and database. `kill()` is SIGKILL — no
 * chance to flush — so a restart test shows what the broker redelivers, not a clean shutdown.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '../..')
const TSX = path.join(ROOT, 'node_modules/.bin/tsx')

export interface RecorderProcess {
  url: string
  output(): string
  kill(): Promise<void>
  stop(): Promise<void>
}

export async function startRecorderProcess(args: string[]): Promise<RecorderProcess> {
  const child: ChildProcess = spawn(TSX, ['src/server/main.ts', '--port', '0', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()))
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)))
  const url = await new Promise<string>((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error(`recorder did not start within 30 s:\n${out}`)), 30_000)
    const check = (): void => {
      const m = /API on (http:\/\/[\d.]+:\d+)\//.exec(out)
      if (m && /connected to/.test(out)) {
        clearTimeout(deadline)
        resolve(m[1]!)
      }
    }
    child.stdout?.on('data', check)
    void exited.then((code) => {
      clearTimeout(deadline)
      reject(new Error(`recorder exited with code ${code}:\n${out}`))
    })
  })
  const end = async (signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill(signal)
    await exited
  }
  return { url, output: () => out, kill: () => end('SIGKILL'), stop: () => end('SIGTERM') }
}

export async function getJson<T = Record<string, unknown>>(url: string): Promise<T> {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

export async function postJson(url: string, body: object): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
  return { status: res.status, json: (await res.json()) as Record<string, unknown> }
}

/** Poll until `check` returns a value (not undefined), or fail after `ms`. */
export async function until<T>(what: string, check: () => Promise<T | undefined>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms
  let last: unknown
  for (;;) {
    try {
      const v = await check()
      if (v !== undefined) return v
    } catch (e) {
      last = e
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}
