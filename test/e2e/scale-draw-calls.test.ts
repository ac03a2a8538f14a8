/**
 * Expo scale in a real browser: a generated venue of 10,000 booths draws its overview in as
 * many draw calls as one of 100 booths (instancing, merged zones), and the scene arrives
 * through the worker intact. From afar, a small venue's booths become roofs and a large one's a
 * painted carpet — still each booth where it stands, in its colour. Counters and pixels, not
 * times.
 */
import { rmSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PNG } from 'pngjs'
import { generateScene, writeScene, type GeneratedScene } from '../../scripts/generate-scene/generate.ts'
import { baseUrl, browserForFile, newDesktopContext, openApp, waitForIdle, waitForReady } from './browser.ts'

const root = path.resolve(import.meta.dirname, '../..')
const SIZES = [100, 10_000] as const
const sceneId = (n: number): string => `e2e-scale-${n}`
const dirOf = (n: number): string => path.join(root, 'scenes-generated', sceneId(n))

const browser = browserForFile()
const generated = new Map<number, GeneratedScene>()
beforeAll(async () => {
  for (const n of SIZES) {
    generated.set(n, generateScene({ booths: n, id: sceneId(n) }))
    writeScene(dirOf(n), generated.get(n)!)
  }
})
afterAll(async () => {
  for (const n of SIZES) rmSync(dirOf(n), { recursive: true, force: true })
})

async function overview(n: number): Promise<{ page: Page; stats: { drawCalls: number; triangles: number }; banners: number; close: () => Promise<void> }> {
  // live=off: the overview's counters should not depend on a simulated crowd.
  const { page, context, pageErrors } = await openApp(browser, `?scene=${sceneId(n)}&lang=en&live=off`)
  // The pavilion banners join after the first frame: count once they are laid out.
  await page.waitForFunction(() => !!window.__venueTwinBanners?.(), null, { timeout: 120_000 })
  await waitForIdle(page)
  expect(pageErrors).toEqual([])
  const stats = await page.evaluate(() => window.venueTwin!.stats())
  const banners = (await page.evaluate(() => window.__venueTwinBanners!()))!.length
  return { page, stats, banners, close: () => context.close() }
}

describe('expo scale', () => {
  it('draws 100 and 10,000 booths, with a banner over every pavilion, in the same number of draw calls', { timeout: 300_000 }, async () => {
    const small = await overview(100)
    const signed = (n: number): number => generated.get(n)!.venue.zones.filter((z) => z.kind === 'pavilion' || z.kind === 'trade-zone').length
    const scene = await small.page.evaluate(() => window.venueTwin!.scene())
    expect(scene.booths).toBe(100)
    await small.close()
    const large = await overview(10_000)
    const big = await large.page.evaluate(() => window.venueTwin!.scene())
    // The whole scene came through the worker's slices: every booth and exhibitor.
    expect(big.booths).toBe(10_000)
    expect(big.exhibitors).toBe(10_000)
    await large.close()

    // Every pavilion's banner is there: a handful at 100 booths, dozens at 10,000.
    expect(small.banners).toBe(signed(100))
    expect(large.banners).toBe(signed(10_000))
    expect(large.banners).toBeGreaterThan(small.banners)
    expect(small.stats.drawCalls).toBeGreaterThan(3)
    expect(large.stats.drawCalls).toBe(small.stats.drawCalls)
    expect(large.stats.drawCalls).toBeLessThanOrEqual(30)
    // Same calls, far more geometry: the booths really are all drawn, instanced.
    expect(large.stats.triangles).toBeGreaterThan(small.stats.triangles * 20)
  })

  it('paints and uploads a large venue\'s carpet once as the venue opens', async () => {
    const context = await newDesktopContext(browser)
    // Every texture upload of a whole image (mip level 0) of 64 KiB or more: the carpet's.
    await context.addInitScript(() => {
      const uploads: number[] = []
      ;(window as unknown as { __uploads: number[] }).__uploads = uploads
      for (const name of ['texImage2D', 'texSubImage2D'] as const) {
        const original = WebGL2RenderingContext.prototype[name] as (...args: unknown[]) => void
        ;(WebGL2RenderingContext.prototype as unknown as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
          const pixels = args.find((a) => ArrayBuffer.isView(a)) as ArrayBufferView | undefined
          if (args[1] === 0 && pixels && pixels.byteLength >= 65_536) uploads.push(pixels.byteLength)
          return original.apply(this, args)
        }
      }
    })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/?scene=${sceneId(10_000)}&lang=en&live=off`)
    await waitForReady(page)
    await waitForIdle(page)
    const uploads = await page.evaluate(() => (window as unknown as { __uploads: number[] }).__uploads)
    // Once, not again on each rerun of the mount's effects (it was painted twice, the camera
    // changing under it as the venue's camera rig took over).
    expect(uploads).toHaveLength(1)
    await context.close()
  })

  it('draws far-away booths of a large venue as one painted carpet: each booth where it stands, in its colour; walls again up close', async () => {
    const { page, stats: start, close } = await overview(10_000)
    // One booth from the middle of each of several zones with different colours.
    const scene = generated.get(10_000)!
    const seen = new Set<string>()
    const picks: { id: string; zone: string }[] = []
    for (const z of scene.venue.zones) {
      if (seen.has(z.color) || picks.length >= 20) continue
      const booths = scene.venue.booths.filter((b) => b.zoneId === z.id)
      const mid = booths[booths.length >> 1]
      if (!mid) continue
      seen.add(z.color)
      picks.push({ id: mid.id, zone: z.id })
    }
    const nearAll = await boothPixels(page, picks.map((p) => p.id))
    // Keep booths whose colours up close are clearly apart (some zone colours are neighbours).
    const near = new Map<string, [number, number, number]>()
    for (const [id, c] of nearAll) if ([...near.values()].every((d) => distance(c, d) >= 40)) near.set(id, c)
    expect(near.size, `booths of clearly different colours in view: ${JSON.stringify([...nearAll])}`).toBeGreaterThanOrEqual(3)

    await zoomOut(page)
    const far = await page.evaluate(() => window.venueTwin!.stats())
    expect(far.drawCalls).toBe(start.drawCalls)
    // 120,000 booth triangles become the carpet's two (counted without the banners' lettering).
    expect(start.triangles).toBeGreaterThan(10_000 * 12)
    await page.evaluate(() => window.__venueTwinShowBanners?.(false))
    await waitForIdle(page)
    expect(await page.evaluate(() => window.venueTwin!.stats().triangles)).toBeLessThan(10_000)
    await page.evaluate(() => window.__venueTwinShowBanners?.(true))
    await waitForIdle(page)
    const afar = await boothPixels(page, picks.map((p) => p.id))

    // Each booth seen from afar has the colour its roof had up close: most exactly (the carpet is
    // lit like the roofs), some a little lighter, where up close the roof was seen through more of
    // its zone's tinted volume. Booths gone missing (the floor shows through), a flipped or
    // shifted carpet, or colours in the wrong colour space all fail this.
    const compared = picks.filter((p) => near.has(p.id) && afar.has(p.id))
    expect(compared.length).toBeGreaterThanOrEqual(3)
    const off = compared.map((p) => ({ id: p.id, d: distance(afar.get(p.id)!, near.get(p.id)!), far: afar.get(p.id), near: near.get(p.id) }))
    expect(off.filter((o) => o.d < 20).length, JSON.stringify(off)).toBeGreaterThanOrEqual(Math.max(2, Math.ceil(compared.length / 2)))
    for (const o of off) expect(o.d, JSON.stringify(o)).toBeLessThan(80)

    // Coming close again brings the walls back.
    for (let i = 0; i < 16; i++) await page.mouse.wheel(0, -800)
    await waitForIdle(page)
    expect(await page.evaluate(() => window.venueTwin!.stats().triangles)).toBeGreaterThanOrEqual(start.triangles - 1000)
    await close()
  })

  it('keeps the labels of a venue with many zones bounded in number and clear of one another', async () => {
    const { page, close } = await overview(10_000)
    const zones = (await page.evaluate(() => window.venueTwin!.scene())).zones.length
    const labels = await page.locator('.zone-label').count()
    // More zones than the label budget (24): only the largest on screen get a label.
    expect(zones).toBeGreaterThan(30)
    expect(labels).toBeGreaterThan(0)
    expect(labels).toBeLessThanOrEqual(24)
    // And none covers another: seen at a slant, near zones would otherwise heap their labels up.
    const boxes = await page.locator('.zone-label').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ l: r.left, r: r.right, t: r.top, b: r.bottom })))
    const overlapping = boxes.flatMap((p, i) => boxes.slice(i + 1).filter((q) => Math.min(p.r, q.r) - Math.max(p.l, q.l) > 1 && Math.min(p.b, q.b) - Math.max(p.t, q.t) > 1).map((q) => [p, q]))
    expect(overlapping).toEqual([])
    await close()
  })
})

/** Zooms out as far as the view allows: a booth is then a pixel or two across. */
async function zoomOut(page: Page): Promise<void> {
  const canvas = (await page.locator('.viewport canvas').boundingBox())!
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2)
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 800)
  await waitForIdle(page)
}

/** The drawn colour at each booth's roof (labels hidden: they float above the 3D view). */
async function boothPixels(page: Page, ids: string[]): Promise<Map<string, [number, number, number]>> {
  await page.addStyleTag({ content: '.zone-label, .poi-label, .booth-label { visibility: hidden !important; }' })
  // The banners hang over the pavilions' middles, where the booths compared here stand.
  await page.evaluate(() => window.__venueTwinShowBanners?.(false))
  await waitForIdle(page)
  const points = await page.evaluate((list) => list.map((id) => [id, window.venueTwin!.screenPosition(id)] as const), ids)
  const png = PNG.sync.read(await page.screenshot())
  const out = new Map<string, [number, number, number]>()
  for (const [id, p] of points) {
    if (!p) continue
    // A booth's roof is a few pixels across in the overview: take the lightest pixel of the 3×3
    // around its centre, so a neighbouring wall or aisle pixel does not stand in for the roof.
    let best: [number, number, number] = [0, 0, 0]
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        const o = ((Math.round(p.y) + dy) * png.width + Math.round(p.x) + dx) * 4
        const c: [number, number, number] = [png.data[o]!, png.data[o + 1]!, png.data[o + 2]!]
        if (c[0] + c[1] + c[2] > best[0] + best[1] + best[2]) best = c
      }
    out.set(id, best)
  }
  await page.evaluate(() => window.__venueTwinShowBanners?.(true))
  await waitForIdle(page)
  return out
}

const distance = (a: readonly number[], b: readonly number[]): number => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!)
