/**
 * Hostile scene data as people meet it: a zone 1e300 m across once kept `npm run validate`
 * running for ever, and the explorer on "Loading venue…" for ever (a kiosk with it, reloading
 * every 5 s with no end). Now the organizer's check ends with the file, JSON path and rule, the
 * visitor sees the error screen naming the rule, and a kiosk counts down to a restart, waiting
 * longer each time the problem comes straight back.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RECOVERY_STORAGE_KEY } from '../../src/domain/kiosk/recovery.ts'
import { box, smallScene } from '../fixtures/smallScene.ts'
import { browserForFile, openApp } from './browser.ts'

const root = path.resolve(import.meta.dirname, '../..')
const tsx = path.join(root, 'node_modules/.bin/tsx')
// The pid keeps parallel runs of this file (other worktrees' servers serve their own folders,
// but a run here may overlap another run here) from sharing or deleting each other's scene.
const SCENE = `e2e-huge-zone-${process.pid}`
const sceneDir = path.join(root, 'scenes-generated', SCENE)
const browser = browserForFile()

const RULE_TEXT = 'within ±100000 (100 km)'

beforeAll(() => {
  const s = smallScene()
  s.venue.zones[0]!.footprint = box(0, 0, 1e300, 1e300)
  mkdirSync(sceneDir, { recursive: true })
  writeFileSync(path.join(sceneDir, 'venue.json'), JSON.stringify({ ...s.venue, id: SCENE }))
  writeFileSync(path.join(sceneDir, 'exhibitors.json'), JSON.stringify(s.exhibitors))
  writeFileSync(path.join(sceneDir, 'sessions.json'), JSON.stringify(s.sessions))
})
afterAll(() => rmSync(sceneDir, { recursive: true, force: true }))

function validate(args: string[]): Promise<{ code: number | null; killed: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // Ran for ever before; 30 s leaves room for a loaded machine (it takes ~2 s, mostly tsx).
    execFile(tsx, ['scripts/validate.ts', ...args], { cwd: root, timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) => {
      const e = err as (Error & { code?: number; killed?: boolean }) | null
      resolve({ code: e ? (e.code ?? null) : 0, killed: !!e?.killed, stdout, stderr })
    })
  })
}

describe('a scene with a 1e300 m zone', () => {
  it('npm run validate ends, naming the file, the JSON path and the rule', async () => {
    const { code, killed, stdout } = await validate(['--no-color', sceneDir])
    expect(killed).toBe(false)
    expect(code).toBe(1)
    expect(stdout).toContain('FAILED')
    expect(stdout).toContain('venue.json $.zones[0].footprint[1][0] [coordinate-range]')
    expect(stdout).toContain(RULE_TEXT)
    expect(stdout).toContain('value: 1e+300')
  })

  it('shows the error screen with the broken rule, not an endless "Loading venue…"', async () => {
    const { page, context } = await openApp(browser, `?scene=${SCENE}&lang=en`, { waitReady: false })
    const screen = page.getByTestId('error-screen')
    await screen.waitFor({ timeout: 30_000 })
    await expect(screen.getByRole('heading', { name: 'This venue could not be opened' }).isVisible()).resolves.toBe(true)
    const text = await screen.innerText()
    expect(text).toContain(`The scene "${SCENE}" has`)
    expect(text).toContain('$.zones[0].footprint[1][0]')
    expect(text).toContain('coordinate-range')
    expect(text).toContain(RULE_TEXT)
    expect(await page.getByText('Loading venue').count()).toBe(0)
    await context.close()
  })

  it('on a kiosk: counts down to a restart, then waits longer when the problem comes back', async () => {
    const { page, context } = await openApp(browser, `?scene=${SCENE}&lang=en&mode=kiosk`, { waitReady: false })
    const recovery = page.getByTestId('kiosk-recovery')
    await recovery.waitFor({ timeout: 30_000 })
    expect(await recovery.innerText()).toMatch(/restarts by itself in [1-5] s/)
    // The kiosk restarts itself after 5 s (a page load), meets the same scene, and now waits 10 s.
    await page.waitForEvent('load', { timeout: 20_000 })
    await recovery.waitFor({ timeout: 30_000 })
    await page.waitForFunction(() => /in \d+ s/.test(document.querySelector('[data-testid="kiosk-recovery"]')?.textContent ?? ''), null, { timeout: 10_000 })
    const second = await recovery.innerText()
    const left = Number(/restarts by itself in (\d+) s/.exec(second)?.[1])
    expect(left).toBeGreaterThan(5)
    expect(left).toBeLessThanOrEqual(10)
    // What began the run is kept across the restart for the operator panel.
    const run = await page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? 'null') as { attempt: number; first: { message: string } } | null, RECOVERY_STORAGE_KEY)
    expect(run?.attempt).toBe(2)
    expect(run?.first.message).toContain('coordinate-range')
    await context.close()
  })
})
