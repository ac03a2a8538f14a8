/**
 * Expo scale in a real browser: a generated venue of 10,000 booths draws its overview in as
 * many draw calls as one of 100 booths (instancing, merged zones), and the scene arrives
 * through the worker intact. Counters, not times.
 */
import { rmSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateScene, writeScene } from '../../scripts/generate-scene/generate.ts'
import { launchBrowser, openApp, waitForIdle } from './browser.ts'

const root = path.resolve(import.meta.dirname, '../..')
const SIZES = [100, 10_000] as const
const sceneId = (n: number): string => `e2e-scale-${n}`
const dirOf = (n: number): string => path.join(root, 'scenes-generated', sceneId(n))

let browser: Browser
beforeAll(async () => {
  for (const n of SIZES) writeScene(dirOf(n), generateScene({ booths: n, id: sceneId(n) }))
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  for (const n of SIZES) rmSync(dirOf(n), { recursive: true, force: true })
})

async function overview(n: number): Promise<{ page: Page; stats: { drawCalls: number; triangles: number }; close: () => Promise<void> }> {
  // live=off: the overview's counters should not depend on a simulated crowd.
  const { page, context, pageErrors } = await openApp(browser, `?scene=${sceneId(n)}&lang=en&live=off`)
  await waitForIdle(page)
  expect(pageErrors).toEqual([])
  const stats = await page.evaluate(() => window.venueTwin!.stats())
  return { page, stats, close: () => context.close() }
}

describe('expo scale', () => {
  it('draws 100 and 10,000 booths with the same number of draw calls', async () => {
    const small = await overview(100)
    const scene = await small.page.evaluate(() => window.venueTwin!.scene())
    expect(scene.booths).toBe(100)
    await small.close()
    const large = await overview(10_000)
    const big = await large.page.evaluate(() => window.venueTwin!.scene())
    // The whole scene came through the worker's slices: every booth and exhibitor.
    expect(big.booths).toBe(10_000)
    expect(big.exhibitors).toBe(10_000)
    await large.close()

    expect(small.stats.drawCalls).toBeGreaterThan(3)
    expect(large.stats.drawCalls).toBe(small.stats.drawCalls)
    expect(large.stats.drawCalls).toBeLessThanOrEqual(30)
    // Same calls, far more geometry: the booths really are all drawn, instanced.
    expect(large.stats.triangles).toBeGreaterThan(small.stats.triangles * 20)
  })

  it('draws far-away booths as their roofs alone: far fewer triangles, the same draw calls, walls again up close', async () => {
    const { page, stats: start, close } = await overview(10_000)
    const canvas = (await page.locator('.viewport canvas').boundingBox())!
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2)
    // Zoom out as far as the view allows: a booth is then a couple of pixels across.
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 800)
    await waitForIdle(page)
    const far = await page.evaluate(() => window.venueTwin!.stats())
    expect(far.drawCalls).toBe(start.drawCalls)
    // 12 triangles per booth become 2.
    expect(start.triangles - far.triangles).toBeGreaterThanOrEqual(10_000 * 10 * 0.95)
    // Coming close again brings the walls back.
    for (let i = 0; i < 16; i++) await page.mouse.wheel(0, -800)
    await waitForIdle(page)
    expect(await page.evaluate(() => window.venueTwin!.stats().triangles)).toBeGreaterThanOrEqual(start.triangles - 1000)
    await close()
  })

  it('keeps the number of labels bounded in a venue with many zones', async () => {
    const { page, close } = await overview(10_000)
    const zones = (await page.evaluate(() => window.venueTwin!.scene())).zones.length
    const labels = await page.locator('.zone-label').count()
    // More zones than the label budget (24): only the largest on screen get a label.
    expect(zones).toBeGreaterThan(30)
    expect(labels).toBeGreaterThan(0)
    expect(labels).toBeLessThanOrEqual(24)
    await close()
  })
})
