/**
 * Publishing during the show: `npm run publish:scene` into the served data folder while pages
 * are open. A visitor's page takes the new revision without a reload, says what changed and
 * keeps the selection; an embedded twin does the same and tells its host page; a kiosk in use
 * waits for its idle reset; a folder whose files changed but whose manifest did not is never
 * read as a mix.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { baseUrl, browserForFile, newDesktopContext, openApp, WITH_OFFLINE_CACHE } from './browser.ts'
import { patchDeployConfig } from './deployConfig.ts'
import { allowOrigins, embedFromHost, startHostServer, twinFrame, waitForTwinReady, type HostWindow } from './embedHost.ts'
import { openKiosk, tap } from './kiosk.ts'
import { loadDefaultScene } from './sceneData.ts'

const root = path.resolve(import.meta.dirname, '../..')
const SCENE = 'wdec-2023'
const index = loadDefaultScene()
const kiosk = index.scene.venue.kiosks[0]!
const renamed = index.scene.exhibitors[0]!
const NEW_NAME = { en: 'Siming Communications Group', zh: '四明通信集团' }

const browser = browserForFile()
const served = () => path.join(inject('distDir'), 'scenes', SCENE)
const work = mkdtempSync(path.join(tmpdir(), 'venue-twin-publish-'))
let restoreConfig = (): void => undefined

beforeAll(() => {
  // The served folder is put back as it was: the other test files read it.
  cpSync(served(), path.join(work, 'served-backup'), { recursive: true })
  restoreConfig = patchDeployConfig({ updates: { checkSeconds: 1 } })
})
afterAll(() => {
  restoreConfig()
  rmSync(served(), { recursive: true, force: true })
  cpSync(path.join(work, 'served-backup'), served(), { recursive: true })
  rmSync(work, { recursive: true, force: true })
})

const shiftIso = (iso: string, minutes: number): string => {
  const offset = iso.slice(-6)
  const local = new Date(Date.parse(iso) + minutes * 60_000 + Number(offset.slice(0, 3)) * 3_600_000)
  return `${local.toISOString().slice(0, 19)}${offset}`
}

/** The organizer's edit: two sessions `minutes` later, one exhibitor renamed; then published. */
function publishRevision(minutes: number): void {
  const dir = path.join(work, 'edit', SCENE)
  cpSync(path.join(root, 'scenes', SCENE), dir, { recursive: true })
  const sessionsFile = path.join(dir, 'sessions.json')
  const sessions = JSON.parse(readFileSync(sessionsFile, 'utf8')) as { sessions: { start: string; end: string }[] }
  for (const s of sessions.sessions.filter((x) => Number(x.end.slice(11, 13)) < 20).slice(0, 2)) {
    s.start = shiftIso(s.start, minutes)
    s.end = shiftIso(s.end, minutes)
  }
  writeFileSync(sessionsFile, JSON.stringify(sessions, null, 2))
  const exhibitorsFile = path.join(dir, 'exhibitors.json')
  const exhibitors = JSON.parse(readFileSync(exhibitorsFile, 'utf8')) as { exhibitors: { id: string; name: unknown }[] }
  exhibitors.exhibitors.find((e) => e.id === renamed.id)!.name = NEW_NAME
  writeFileSync(exhibitorsFile, JSON.stringify(exhibitors, null, 2))
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/publish-scene.ts'), dir, '--to', path.dirname(served())], { cwd: root, stdio: 'pipe' })
}

const revision = (page: Page) => page.evaluate(() => window.venueTwin!.scene().revision)
/** The page's revision checks (they start with the deployment's settings, after the first view). */
async function stats(page: Page): Promise<{ checks: number; applied: number }> {
  const handle = await page.waitForFunction(() => (window as unknown as { __venueTwinRevisions?: { checks: number; applied: number } }).__venueTwinRevisions)
  return (await handle.jsonValue())!
}

describe('a new revision published while pages are open', () => {
  it('never mixes a half-published folder, then shows the change to a visitor without a reload, selection kept', async () => {
    const { page, context, pageErrors } = await openApp(browser, `?lang=en&exhibitor=${renamed.id}`, WITH_OFFLINE_CACHE)
    const card = page.getByRole('article', { name: renamed.name.en })
    await card.waitFor()
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true))
    const first = await revision(page)

    // Half a publish: new content-hashed files in place, the manifest not yet written.
    const manifest = readFileSync(path.join(served(), 'manifest.json'))
    const filesBefore = new Set(readdirSync(path.join(served(), 'files')))
    publishRevision(30)
    const published = readFileSync(path.join(served(), 'manifest.json'))
    writeFileSync(path.join(served(), 'manifest.json'), manifest)
    expect(readdirSync(path.join(served(), 'files')).filter((f) => !filesBefore.has(f)).length).toBeGreaterThan(0)
    const checks = (await stats(page)).checks
    await page.waitForFunction((n) => (window as unknown as { __venueTwinRevisions: { checks: number } }).__venueTwinRevisions.checks >= n + 2, checks)
    expect(await revision(page)).toBe(first)
    expect(await card.isVisible()).toBe(true)

    // The manifest lands: the page takes the whole new revision.
    writeFileSync(path.join(served(), 'manifest.json'), published)
    const notice = page.locator('[data-notice="revision"]')
    await notice.waitFor({ timeout: 20_000 })
    expect(await notice.textContent()).toContain('Venue information updated: 2 sessions moved, 1 exhibitor changed.')
    await page.getByRole('article', { name: NEW_NAME.en }).waitFor()
    expect(await page.evaluate(() => window.venueTwin!.selection())).toEqual({ kind: 'exhibitor', id: renamed.id })
    expect(await revision(page)).toBeGreaterThan(first!)
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('an embedded twin takes it like a visitor and tells the host page (sceneUpdate)', async () => {
    const twinOrigin = new URL(baseUrl()).origin
    const host = await startHostServer(twinOrigin)
    const restoreOrigins = allowOrigins([`http://localhost:${host.port}`])
    const context = await newDesktopContext(browser, WITH_OFFLINE_CACHE)
    try {
      const page = await context.newPage()
      await page.goto(host.url('localhost'))
      await embedFromHost(page, { lang: 'en', timeoutMs: 60_000 })
      const frame = twinFrame(page, twinOrigin)
      await waitForTwinReady(frame)
      const first = await frame.evaluate(() => window.venueTwin!.scene().revision)
      await frame.waitForFunction(() => !!(window as unknown as { __venueTwinRevisions?: unknown }).__venueTwinRevisions)
      // Another edit than the tests before published (the same one would be no new revision).
      publishRevision(60)
      await page.waitForFunction(() => (window as unknown as HostWindow).events.some((e) => e.type === 'sceneUpdate'), undefined, { timeout: 30_000 })
      const updates = await page.evaluate(() => (window as unknown as HostWindow).events.filter((e) => e.type === 'sceneUpdate').map((e) => e.payload))
      expect(updates).toEqual([{ scene: SCENE, revision: first! + 1 }])
      expect(await frame.evaluate(() => window.venueTwin!.scene().revision)).toBe(first! + 1)
    } finally {
      await context.close()
      restoreOrigins()
      await host.close()
    }
  })

  it('a kiosk in use keeps its revision until its idle reset, then takes the new one', async () => {
    const { page, context, pageErrors } = await openKiosk(browser, `?mode=kiosk&kiosk=${kiosk.id}&idle=6&lang=en`, WITH_OFFLINE_CACHE)
    const field = page.getByRole('searchbox', { name: 'Search exhibitors, booths and sessions' })
    await tap(page, field)
    await page.getByTestId('attract-shield').waitFor({ state: 'detached' })
    const first = await revision(page)
    // Another edit than the visitor's test published (the same one would be no new revision).
    publishRevision(45)
    // A visitor keeps using it: the revision waits, checked but not shown.
    const checks = (await stats(page)).checks
    for (let i = 0; i < 4; i++) {
      await tap(page, field)
      await page.waitForTimeout(1000)
    }
    expect((await stats(page)).checks).toBeGreaterThan(checks)
    expect((await stats(page)).applied).toBe(0)
    expect(await revision(page)).toBe(first)
    // The visitor walks away: at the idle reset the kiosk takes it.
    await page.waitForFunction(() => (window as unknown as { __venueTwinRevisions: { applied: number } }).__venueTwinRevisions.applied === 1, undefined, { timeout: 30_000 })
    expect(await revision(page)).toBeGreaterThan(first!)
    expect(await page.getByTestId('attract').isVisible()).toBe(true)
    expect(pageErrors).toEqual([])
    await context.close()
  })
})
