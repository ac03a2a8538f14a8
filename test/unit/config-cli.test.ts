import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { verifyPin } from '../../src/domain/config/pinHash.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const dir = mkdtempSync(path.join(tmpdir(), 'venue-twin-config-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const run = (args: string[], input = '') =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/config.ts', ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 })

describe('npm run config (the CLI, as a child process)', () => {
  it('kiosk-pin reads the PIN from standard input and stores only a salted hash the app verifies', async () => {
    const file = path.join(dir, 'venue-twin.config.json')
    writeFileSync(file, JSON.stringify({ live: { default: 'off' } }))
    const r = run(['kiosk-pin', 'kiosk-south-entrance', '--file', file], '4826\n')
    expect(r.status).toBe(0)
    const text = readFileSync(file, 'utf8')
    expect(text).not.toContain('4826')
    const config = JSON.parse(text) as { live: unknown; kiosks: Record<string, { pinHash: string }> }
    expect(config.live).toEqual({ default: 'off' })
    expect(await verifyPin('4826', config.kiosks['kiosk-south-entrance']!.pinHash)).toBe(true)
    expect(run(['check', file]).status).toBe(0)
  }, 60_000)

  it('refuses a PIN that is not 4-12 digits and writes nothing', () => {
    const file = path.join(dir, 'short.json')
    writeFileSync(file, '{}')
    const r = run(['kiosk-pin', 'kiosk-a', '--file', file], '12\n')
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/4 to 12 digits; nothing written/)
    expect(readFileSync(file, 'utf8')).toBe('{}')
  }, 60_000)

  it('check lists every problem as file, JSON path, rule and message, exit 1', () => {
    const file = path.join(dir, 'bad.json')
    writeFileSync(file, JSON.stringify({ kiosks: { 'kiosk-a': { pinHash: '2023' } }, live: { allowedBrokers: ['https://x'] } }))
    const r = run(['check', file])
    expect(r.status).toBe(1)
    expect(r.stdout).toContain(`${file}: FAILED — 2 problems`)
    expect(r.stdout).toContain(`✗ ${file} $.kiosks["kiosk-a"].pinHash [schema:custom] not a PIN hash`)
    expect(r.stdout).toContain(`✗ ${file} $.live.allowedBrokers[0] [schema:custom] a broker is a ws:// or wss:// URL`)
  }, 60_000)
})
