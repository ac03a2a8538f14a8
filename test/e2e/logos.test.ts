/**
 * Exhibitor logos, from the production build: the showcases' logos on their fascia boards (read
 * back from the scene graph and seen on the canvas), on the exhibitor card without moving the
 * card when the image arrives, and nothing of them at the overview.
 */
import type { Browser, Page, Route } from 'playwright-core'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, openApp, waitForIdle } from './browser.ts'
import { loadDefaultScene } from './sceneData.ts'

const index = loadDefaultScene()
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** The default scene's exhibitors with a logo, by booth. */
const logoBooths = new Map(index.scene.exhibitors.filter((e) => e.logo).flatMap((e) => e.boothIds.map((b) => [b, e.id] as const)))

type Reading = NonNullable<ReturnType<NonNullable<Window['__venueTwinFascias']>>>[number]

async function fasciasWithLogos(page: Page): Promise<Reading[]> {
  await page.waitForFunction(() => window.__venueTwinFascias?.()?.some((r) => r.logo?.drawn), null, { timeout: 180_000 })
  await waitForIdle(page)
  return (await page.evaluate(() => window.__venueTwinFascias!()))!
}

/** Mean colour and mean distance between two screenshots over a square (CSS px = screenshot px). */
function around(a: Buffer, b: Buffer, x: number, y: number, r: number): { difference: number; luminance: number } {
  const pa = PNG.sync.read(a)
  const pb = PNG.sync.read(b)
  let diff = 0
  let lum = 0
  let n = 0
  for (let yy = Math.round(y - r); yy <= y + r; yy++)
    for (let xx = Math.round(x - r); xx <= x + r; xx++) {
      if (xx < 0 || yy < 0 || xx >= pa.width || yy >= pa.height) continue
      const i = (yy * pa.width + xx) * 4
      diff += Math.hypot(pa.data[i]! - pb.data[i]!, pa.data[i + 1]! - pb.data[i + 1]!, pa.data[i + 2]! - pb.data[i + 2]!)
      lum += 0.2126 * pa.data[i]! + 0.7152 * pa.data[i + 1]! + 0.0722 * pa.data[i + 2]!
      n++
    }
  return { difference: diff / Math.max(1, n), luminance: lum / Math.max(1, n) }
}

describe('exhibitor logos', () => {
  it('at a showcase zone the boards carry the logos beside the names, in one more draw call', { timeout: 300_000 }, async () => {
    const zone = 'digital-scenario'
    const { page, context, pageErrors } = await openApp(browser, `?lang=en&live=off&zone=${zone}`)
    const readings = await fasciasWithLogos(page)
    const expected = (index.boothsByZone.get(zone) ?? []).filter((b) => logoBooths.has(b.id)).map((b) => b.id)
    expect(expected.length).toBe(2)
    // The showcases' boards have a drawn logo; no other board has one.
    expect(readings.filter((r) => r.logo).map((r) => r.boothId).sort()).toEqual(expected.sort())
    for (const r of readings.filter((x) => x.logo)) {
      expect(r.logo!.drawn).toBe(true)
      // Beside the name, not on it: left of the name's centre as the board faces the camera, or right when seen from behind.
      expect(Math.abs(r.logo!.x - r.x)).toBeGreaterThan(4)
    }

    await page.addStyleTag({ content: '.zone-label, .booth-label, .poi-label, .tooltip { visibility: hidden !important; }' })
    await waitForIdle(page)
    const withLogos = await page.evaluate(() => window.venueTwin!.stats().drawCalls)
    const shot = await page.screenshot()
    await page.evaluate(() => window.__venueTwinShowFasciaLogos!(false))
    await waitForIdle(page)
    const without = await page.evaluate(() => window.venueTwin!.stats().drawCalls)
    const bare = await page.screenshot()
    await page.evaluate(() => window.__venueTwinShowFasciaLogos!(true))
    expect(withLogos - without).toBe(1)

    const box = (await page.locator('canvas').boundingBox())!
    const seen = readings.filter((r) => r.logo && r.logo.x > box.x + 8 && r.logo.x < box.x + box.width - 8 && r.logo.y > box.y + 8 && r.logo.y < box.y + box.height - 8)
    expect(seen.length).toBeGreaterThanOrEqual(1)
    for (const r of seen) {
      const px = around(shot, bare, r.logo!.x, r.logo!.y, 2)
      // The logo's light tile where the bare board (dark, in the pavilion's colour) was.
      expect(px.difference, `${r.boothId}: logo vs bare board`).toBeGreaterThan(40)
      expect(px.luminance, `${r.boothId}: the logo's tile`).toBeGreaterThan(around(bare, bare, r.logo!.x, r.logo!.y, 2).luminance + 30)
    }
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('the exhibitor card shows the logo in a box kept for it: nothing moves when the image arrives', { timeout: 180_000 }, async () => {
    const { page, context, pageErrors } = await openApp(browser, '?lang=zh&live=off')
    // Hold the atlas image back, to see the card before and after it arrives.
    let release: () => void = () => undefined
    const held = new Promise<void>((r) => (release = r))
    await page.route('**/logos.*.png', async (route: Route) => {
      await held
      await route.continue()
    })
    const id = 'xiangshan-digital-twin-fishing-port'
    await page.evaluate((x) => window.venueTwin!.select({ kind: 'exhibitor', id: x }), id)
    const heading = page.locator(`#ex-${id}`)
    await heading.waitFor()
    const logoBox = page.locator('.exhibitor-card [data-testid="exhibitor-logo"]')
    const before = { heading: await heading.boundingBox(), logo: await logoBox.boundingBox(), summary: await page.locator('.exhibitor-card .summary').boundingBox() }
    expect(before.logo).toMatchObject({ width: 64, height: 64 })
    release()
    const img = logoBox.locator('img')
    await page.waitForFunction(() => {
      const el = document.querySelector<HTMLImageElement>('.exhibitor-card [data-testid="exhibitor-logo"] img')
      return !!el && el.complete && el.naturalWidth > 0
    })
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0)
    // Decorative: the heading beside it already names the exhibitor.
    expect(await img.getAttribute('alt')).toBe('')
    expect(await heading.boundingBox()).toEqual(before.heading)
    expect(await logoBox.boundingBox()).toEqual(before.logo)
    expect(await page.locator('.exhibitor-card .summary').boundingBox()).toEqual(before.summary)
    // The image inside the box is the logo's cell: its pixels are not the panel's plain background.
    const shot = PNG.sync.read(await logoBox.screenshot())
    const colours = new Set<number>()
    for (let i = 0; i < shot.data.length; i += 4) colours.add((shot.data[i]! >> 4) * 256 + (shot.data[i + 1]! >> 4) * 16 + (shot.data[i + 2]! >> 4))
    expect(colours.size).toBeGreaterThan(3)
    // A card without a logo keeps no box for one.
    await page.evaluate(() => window.venueTwin!.select({ kind: 'exhibitor', id: 'siming-communications' }))
    await page.locator('#ex-siming-communications').waitFor()
    expect(await page.locator('.exhibitor-card [data-testid="exhibitor-logo"]').count()).toBe(0)
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('the overview fetches no logo and keeps its draw calls (≤ 30)', { timeout: 180_000 }, async () => {
    const { page, context } = await openApp(browser, '?lang=en&live=off')
    await page.waitForFunction(() => !!window.__venueTwinBanners?.(), null, { timeout: 120_000 })
    await waitForIdle(page)
    const stats = await page.evaluate(() => window.venueTwin!.stats())
    expect(stats.drawCalls).toBeGreaterThan(3)
    expect(stats.drawCalls).toBeLessThanOrEqual(30)
    const asked = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => /\/logos\./.test(u)))
    expect(asked).toEqual([])
    await context.close()
  })
})
