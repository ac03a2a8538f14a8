import type { Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { floorShadowFiles } from '../../scripts/floor-shadow.ts'
import { LOOK_CACHES } from '../../src/data/sceneLooks.ts'
import { baseUrl, browserForFile, waitForIdle, waitForReady, WITH_OFFLINE_CACHE } from './browser.ts'
import { KIOSK_SCREEN, openKiosk, tap, typeOnScreen } from './kiosk.ts'
import { colourVariety } from './pixels.ts'
import { loadDefaultScene } from './sceneData.ts'

const index = loadDefaultScene()
const kiosk = index.scene.venue.kiosks[0]!
const exhibitor = index.scene.exhibitors.find((e) => e.boothIds.length === 1)!
const booth = index.boothById.get(exhibitor.boothIds[0]!)!

const browser = browserForFile()

async function hallIsDrawn(page: Page): Promise<void> {
  await waitForIdle(page)
  const shot = await page.locator('canvas').screenshot()
  const { distinct, dominantShare } = colourVariety(shot)
  expect(distinct).toBeGreaterThan(40)
  expect(dominantShare).toBeLessThan(0.8)
}

/** The scene's look files, as the build wrote them: the kiosk must hold each before the network goes. */
async function lookFiles(): Promise<string[]> {
  const folder = `${baseUrl()}/scenes/${index.scene.venue.id}/`
  const map = (await (await fetch(`${folder}logos.json`)).json()) as { image: string }
  const files = [`${folder}fascia.woff`, `${folder}logos.json`, new URL(map.image, `${folder}logos.json`).href, ...floorShadowFiles(index.scene.venue).map((f) => folder + f.fileName)]
  for (const url of files) expect((await fetch(url)).status, url).toBe(200)
  return files
}

/** Waits until every file is in the browser's Cache Storage (any cache). */
async function kept(page: Page, files: string[]): Promise<void> {
  const deadline = Date.now() + 90_000
  for (;;) {
    const missing = await page.evaluate(async (urls) => {
      const out: string[] = []
      for (const u of urls) if (!(await caches.match(u))?.ok) out.push(u)
      return out
    }, files)
    if (missing.length === 0) return
    if (Date.now() > deadline) throw new Error(`not kept for offline: ${missing.join(', ')}`)
    await page.waitForTimeout(500)
  }
}

/** The canvas alone (the panels hidden), once the view has settled. */
async function canvasShot(page: Page): Promise<PNG> {
  await waitForIdle(page)
  const style = await page.addStyleTag({ content: 'body * { visibility: hidden !important; } canvas { visibility: visible !important; }' })
  const png = await page.locator('canvas').first().screenshot()
  await style.evaluate((s) => (s as HTMLStyleElement).remove())
  return PNG.sync.read(png)
}

/** Share of the pixels at least 4 levels darker in `a` than in `b`. */
function darkerShare(a: PNG, b: PNG): number {
  let n = 0
  const lum = (img: PNG, i: number): number => 0.2126 * img.data[i]! + 0.7152 * img.data[i + 1]! + 0.0722 * img.data[i + 2]!
  for (let i = 0; i < a.data.length; i += 4) if (lum(b, i) - lum(a, i) >= 4) n++
  return n / (a.width * a.height)
}

describe('kiosk offline', () => {
  it('keeps working with the network gone once it has loaded: reload, hall, search', async () => {
    const { page, context, pageErrors } = await openKiosk(browser, `?mode=kiosk&kiosk=${kiosk.id}&idle=600&lang=en`, WITH_OFFLINE_CACHE)
    // The offline cache installs after the first frame; the next load runs under it.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    await page.reload()
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 })
    await waitForReady(page)

    await context.setOffline(true)
    // Really offline: what the cache does not hold cannot be fetched.
    expect(await page.evaluate(() => fetch(`/embed-config.json?probe=${Date.now()}`, { cache: 'no-store' }).then(() => 'fetched', () => 'failed'))).toBe('failed')

    await page.reload()
    await waitForReady(page)
    await hallIsDrawn(page)
    await typeOnScreen(page, booth.label)
    await tap(page, page.getByRole('button', { name: new RegExp(`^${exhibitor.name.en}\\b`) }))
    await page.getByRole('article', { name: exhibitor.name.en }).waitFor()
    expect(await page.evaluate(() => window.venueTwin!.selection())).toEqual({ kind: 'exhibitor', id: exhibitor.id })
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('shows booth names, logos and floor shadows offline, fetched ahead while no one opened a zone', { timeout: 240_000 }, async () => {
    const files = await lookFiles()
    const showcase = index.scene.exhibitors.find((e) => e.id === 'xiangshan-digital-twin-fishing-port')!
    expect(showcase.logo).toBeTruthy()
    const showcaseBooth = index.boothById.get(showcase.boothIds[0]!)!
    const { page, context, pageErrors } = await openKiosk(browser, `?mode=kiosk&kiosk=${kiosk.id}&idle=600&lang=en`, WITH_OFFLINE_CACHE)
    // The very first page, which no service worker controls yet: the kiosk fills the caches itself.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    expect(await page.evaluate(() => navigator.serviceWorker.controller === null)).toBe(true)
    await kept(page, files)
    // A later start (controlled): emptied, the caches fill again through the worker's rules.
    await page.evaluate(async (names) => {
      for (const n of names) await caches.delete(n)
    }, Object.values(LOOK_CACHES))
    await page.reload()
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 })
    await waitForReady(page)
    await kept(page, files)
    // Still at the overview: no zone was opened while online.
    expect(await page.evaluate(() => window.venueTwin!.selection())).toBeNull()

    await context.setOffline(true)
    // And whatever the service worker itself asks of the network for the scene fails as well.
    await context.route('**/scenes/**', (route) => route.abort('internetdisconnected'))
    await page.reload()
    await waitForReady(page)
    await typeOnScreen(page, showcaseBooth.label)
    await tap(page, page.getByRole('button', { name: new RegExp(`^${showcase.name.en}\\b`) }))
    const card = page.getByRole('article', { name: showcase.name.en })
    await card.waitFor()
    // The logo on the exhibitor's card, decoded from the kept atlas.
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[data-testid="exhibitor-logo"] img')
      return !!img && img.complete && img.naturalWidth > 0
    }, null, { timeout: 60_000 })
    // The names on the zone's booths, laid out in the kept font.
    await page.waitForFunction(() => (window.__venueTwinFascias?.() ?? []).length > 0, null, { timeout: 120_000 })
    const names = (await page.evaluate(() => window.__venueTwinFascias!()))!
    expect(names.find((n) => n.boothId === showcaseBooth.id)?.text).toBeTruthy()
    expect(names.every((n) => n.text.trim().length > 0)).toBe(true)
    // The floor's shadows: the kept file loaded, and the floor beside the booths visibly darker with it.
    await page.waitForFunction(() => window.__venueTwinFloorShadow?.state() === 'loaded', null, { timeout: 60_000 })
    expect(files).toContain(await page.evaluate(() => new URL(window.__venueTwinFloorShadow!.url(), location.href).href))
    const withShadow = await canvasShot(page)
    await page.evaluate(() => window.__venueTwinFloorShadow!.show(false))
    const without = await canvasShot(page)
    const darker = darkerShare(withShadow, without)
    console.log(`offline zone view: ${names.length} fascia names; ${(darker * 100).toFixed(1)} % of the canvas darker with the shadows`)
    expect(darker).toBeGreaterThan(0.01)
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('apologises for a failed start and restarts by itself', async () => {
    const context = await browser.newContext(KIOSK_SCREEN)
    let refused = 0
    // The venue data is unreachable for the first attempt only.
    await context.route('**/scenes/*/files/venue.*.json', (route) => (refused++ === 0 ? route.fulfill({ status: 503, body: 'down' }) : route.fallback()))
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/?mode=kiosk&kiosk=${kiosk.id}&idle=600&lang=en`)
    const recovery = page.getByTestId('kiosk-recovery')
    await recovery.waitFor({ timeout: 30_000 })
    await expect(recovery.textContent()).resolves.toMatch(/restarts by itself in \d s/)
    // No "try again" button is needed: it comes back on its own.
    await page.waitForEvent('framenavigated', { timeout: 20_000 })
    await waitForReady(page)
    expect(refused).toBeGreaterThanOrEqual(1)
    await hallIsDrawn(page)
    await context.close()
  })
})
