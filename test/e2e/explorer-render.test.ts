import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { browserForFile, CHROME_ARGS, chromePath, openApp, waitForIdle } from './browser.ts'
import { colourVariety } from './pixels.ts'
import { loadDefaultScene } from './sceneData.ts'
import { chromium } from 'playwright-core'

const root = path.resolve(import.meta.dirname, '../..')
const index = loadDefaultScene()
const browser = browserForFile()

const stats = (page: Page) => page.evaluate(() => window.venueTwin!.stats())

describe('rendering budgets and resilience', () => {
  it('draws the overview in ≤ 30 draw calls and draws nothing while idle', async () => {
    // Without the live simulator: its occupancy tints are real changes of view that redraw.
    const { page, context } = await openApp(browser, '?live=off')
    // The pavilion banners' names join with a frame of their own once laid out.
    await page.waitForFunction(() => !!window.__venueTwinBanners?.(), null, { timeout: 60_000 })
    await waitForIdle(page)
    const a = await stats(page)
    expect(a.drawCalls).toBeLessThanOrEqual(30)
    expect(a.drawCalls).toBeGreaterThan(3)
    await page.waitForTimeout(2000)
    const b = await stats(page)
    expect(b.framesDrawn).toBe(a.framesDrawn)
    // …and draws again as soon as something changes.
    await page.evaluate(() => window.venueTwin!.select({ kind: 'zone', id: 'digital-trade' }))
    await waitForIdle(page)
    expect((await stats(page)).framesDrawn).toBeGreaterThan(b.framesDrawn)
    await context.close()
  })

  it('keeps every mesh under 65,535 vertices', async () => {
    const { page, context } = await openApp(browser)
    await waitForIdle(page)
    const s = await stats(page)
    expect(s.maxMeshVertices).toBeGreaterThan(100)
    expect(s.maxMeshVertices).toBeLessThanOrEqual(65_535)
    await context.close()
  })

  it('recovers from a lost WebGL context: a notice while lost, the hall drawn again after', async () => {
    const { page, context } = await openApp(browser)
    await waitForIdle(page)
    await page.evaluate(() => {
      const canvas = document.querySelector('canvas')!
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!
      ;(window as unknown as { __lose: WEBGL_lose_context }).__lose = gl.getExtension('WEBGL_lose_context')!
      ;(window as unknown as { __lose: WEBGL_lose_context }).__lose.loseContext()
    })
    await page.getByTestId('webgl-lost').waitFor()
    const before = (await stats(page)).framesDrawn
    await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext())
    await page.getByTestId('webgl-lost').waitFor({ state: 'detached' })
    await page.waitForFunction((n) => window.venueTwin!.stats().framesDrawn > n, before)
    await waitForIdle(page)
    const { distinct } = colourVariety(await page.locator('canvas').screenshot())
    expect(distinct).toBeGreaterThan(40)
    await context.close()
  })

  it('leaks nothing when the selection changes a thousand times', async () => {
    const { page, context } = await openApp(browser)
    const ids = index.scene.venue.zones.map((z) => ({ kind: 'zone' as const, id: z.id }))
    const booths = index.scene.venue.booths.slice(0, 40).map((b) => ({ kind: 'booth' as const, id: b.id }))
    const targets = [...ids, ...booths]
    // Warm up once: the first selection uploads the highlight mesh and the fascia names' glyph
    // atlas, which then stay for good.
    await page.evaluate((t) => window.venueTwin!.select(t), booths[0]!)
    await page.waitForFunction(() => (window.__venueTwinFascias?.() ?? []).length > 0)
    await waitForIdle(page)
    await page.evaluate(() => window.venueTwin!.select(null))
    await waitForIdle(page)
    const before = await stats(page)
    const domBefore = await page.evaluate(() => document.getElementsByTagName('*').length)
    await page.evaluate(async (list) => {
      for (let i = 0; i < 1000; i++) {
        window.venueTwin!.select(list[i % list.length]!)
        // Let a frame render every few changes so the 3D layer really rebuilds its highlights.
        if (i % 10 === 0) await new Promise((r) => requestAnimationFrame(r))
      }
      window.venueTwin!.select(null)
    }, targets)
    await waitForIdle(page)
    const after = await stats(page)
    expect(after.geometries).toBe(before.geometries)
    expect(after.textures).toBe(before.textures)
    expect(after.programs).toBe(before.programs)
    const domAfter = await page.evaluate(() => document.getElementsByTagName('*').length)
    expect(domAfter).toBeLessThanOrEqual(domBefore + 5)
    await context.close()
  })

  it('without WebGL the list, panels and search still work, with a message', async () => {
    const noGl = await chromium.launch({ executablePath: chromePath(), headless: true, args: [...CHROME_ARGS, '--disable-webgl', '--disable-webgl2'] })
    try {
      const { page, context } = await openApp(noGl, '?lang=en')
      await page.getByTestId('webgl-unavailable').waitFor()
      const zone = index.scene.venue.zones[0]!
      await page.getByRole('button', { name: new RegExp(zone.name.en) }).first().click()
      await page.getByRole('complementary', { name: zone.name.en }).waitFor()
      await context.close()
    } finally {
      await noGl.close()
    }
  })

  it("checks session days in the venue's time zone, in the browser's scene worker", async () => {
    // The worker dates sessions with Temporal where the browser has it (Node's unit tests cover
    // the formatter path): 16:30Z on the 12th is the 13th in Shanghai (inside the event), 16:30Z
    // on the 15th is the 16th there (outside).
    const text = await errorScreenFor('e2e-session-days', 'sessions.json', (data) => {
      Object.assign(data.sessions[1], { start: '2023-10-12T16:30:00Z', end: '2023-10-12T18:00:00Z' })
      Object.assign(data.sessions[2], { start: '2023-10-15T16:30:00Z', end: '2023-10-15T17:00:00Z' })
    })
    expect(text).toContain('$.sessions[2].start')
    expect(text).toContain('session-within-dates')
    expect(text).toContain('Asia/Shanghai')
    expect(text, 'the session on the 13th in Shanghai is not reported').not.toContain('$.sessions[1]')
  })

  it('a scene that breaks a rule shows an error screen naming file, JSON path and rule', async () => {
    const text = await errorScreenFor('e2e-broken', 'exhibitors.json', (data) => {
      data.exhibitors[3].boothIds[0] = 'booth-that-does-not-exist'
    }, async (page) => expect(await page.locator('canvas').count()).toBe(0))
    expect(text).toContain('exhibitors.json')
    expect(text).toContain('$.exhibitors[3].boothIds[0]')
    expect(text).toContain('exhibitor-booth-exists')
    expect(text).toContain('booth-that-does-not-exist')
  })
})

/**
 * Opens a copy of the default scene with one file changed (under scenes-generated/, which the
 * server serves) and returns the text of the error screen the app shows for it.
 */
async function errorScreenFor(
  sceneId: string,
  file: 'venue.json' | 'exhibitors.json' | 'sessions.json',
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw JSON, broken on purpose
  change: (data: any) => void,
  alsoCheck?: (page: Page) => Promise<void>,
): Promise<string> {
  const dir = path.join(root, 'scenes-generated', sceneId)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(path.dirname(dir), { recursive: true })
  cpSync(path.join(root, 'scenes/wdec-2023'), dir, { recursive: true })
  const data = JSON.parse(readFileSync(path.join(dir, file), 'utf8'))
  change(data)
  writeFileSync(path.join(dir, file), JSON.stringify(data))
  try {
    const { page, context } = await openApp(browser, `?scene=${sceneId}&lang=en`, { waitReady: false })
    const screen = page.getByTestId('error-screen')
    await screen.waitFor()
    const text = (await screen.textContent()) ?? ''
    await alsoCheck?.(page)
    await context.close()
    return text
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
