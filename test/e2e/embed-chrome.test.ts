/**
 * Embed mode as a visitor of the host website meets it: no scroll trap (wheel and one finger
 * scroll the host page; Ctrl + wheel zooms), a compact layout down to 320×240, and a light
 * poster until the 3D view has drawn.
 */
import type { Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, browserForFile, newDesktopContext, openApp, waitForIdle } from './browser.ts'
import { allowOrigins, embedFromHost, startHostServer, twinFrame, waitForIdleIn, type HostServer } from './embedHost.ts'
import { loadDefaultScene } from './sceneData.ts'

const index = loadDefaultScene()
const browser = browserForFile()
let host: HostServer
let restoreConfig: () => void
let twinOrigin: string

beforeAll(async () => {
  twinOrigin = new URL(baseUrl()).origin
  host = await startHostServer(twinOrigin)
  restoreConfig = allowOrigins([`http://localhost:${host.port}`])
})
afterAll(async () => {
  await host?.close()
  restoreConfig?.()
})

const scrollY = (page: Page) => page.evaluate(() => window.scrollY)
/** Where a zone is drawn inside the twin: it moves only if the camera moved. */
const zoneOnScreen = (frame: Frame) => frame.evaluate(() => window.venueTwin!.screenPosition('digital-scenario'))

async function embeddedTwin(opts: { hasTouch?: boolean } = {}) {
  const context = await newDesktopContext(browser, { hasTouch: opts.hasTouch ?? false })
  const page = await context.newPage()
  await page.goto(host.url('localhost'))
  await embedFromHost(page, { lang: 'en', timeoutMs: 60_000 })
  const frame = twinFrame(page, twinOrigin)
  const box = (await page.locator('#twin iframe').boundingBox())!
  return { context, page, frame, box }
}

describe('embed mode: no scroll trap', () => {
  it('the wheel scrolls the host page and leaves the map alone; Ctrl + wheel zooms the map', async () => {
    const { context, page, frame, box } = await embeddedTwin()
    const cx = box.x + box.width / 2
    const cy = box.y + box.height / 2
    await page.mouse.move(cx, cy)
    await waitForIdleIn(frame)
    const before = await zoneOnScreen(frame)
    expect(before).not.toBeNull()
    expect(await scrollY(page)).toBe(0)

    await page.mouse.wheel(0, 300)
    await expect.poll(() => scrollY(page), { timeout: 10_000 }).toBeGreaterThan(0)
    // The hint says how to zoom instead.
    const hint = frame.getByTestId('gesture-hint')
    await frame.locator('[data-testid="gesture-hint"][data-visible="true"]').waitFor({ timeout: 5_000 })
    expect(await hint.textContent()).toBe('Use Ctrl + scroll to zoom')
    await waitForIdleIn(frame)
    expect(await zoneOnScreen(frame)).toEqual(before)

    await page.evaluate(() => window.scrollTo(0, 0))
    await expect.poll(() => scrollY(page)).toBe(0)
    await page.mouse.move(cx, cy)
    await page.keyboard.down('Control')
    await page.mouse.wheel(0, -400)
    await page.keyboard.up('Control')
    await page.waitForTimeout(300)
    await waitForIdleIn(frame)
    const after = await zoneOnScreen(frame)
    expect(after).not.toEqual(before)
    expect(await scrollY(page)).toBe(0)
    await context.close()
  })

  it('one finger scrolls the host page; the map keeps its view', async () => {
    const { context, page, frame, box } = await embeddedTwin({ hasTouch: true })
    await waitForIdleIn(frame)
    const before = await zoneOnScreen(frame)
    expect(await frame.locator('.scene-canvas').evaluate((el) => getComputedStyle(el).touchAction)).toBe('pan-y')
    const cdp = await context.newCDPSession(page)
    const x = box.x + box.width / 2
    let y = box.y + box.height * 0.75
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] })
    // At a finger's pace (240 px in about half a second). Sent back to back on a loaded machine,
    // the whole swipe can end before Chromium has handed the scroll from the cross-origin frame
    // to the host page, and the page then does not move at all (3 of 12 at load 8; 0 of 12 paced).
    for (let i = 0; i < 12; i++) {
      y -= 20
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] })
      await page.waitForTimeout(40)
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    await expect.poll(() => scrollY(page), { timeout: 10_000 }).toBeGreaterThan(0)
    await page.evaluate(() => window.scrollTo(0, 0))
    await waitForIdleIn(frame)
    expect(await zoneOnScreen(frame)).toEqual(before)
    await context.close()
  })
})

describe('embed mode: compact chrome', () => {
  it('works at 320×240: the map first, the list behind a toggle, the panel over the map', async () => {
    const { page, context, pageErrors } = await openApp(browser, '?mode=embed&lang=en', { viewport: { width: 320, height: 240 } })
    await waitForIdle(page)
    // Nothing sticks out sideways, and the map keeps most of the frame.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    const canvas = (await page.locator('.scene-canvas').boundingBox())!
    expect(canvas.width).toBe(320)
    expect(canvas.height).toBeGreaterThanOrEqual(150)
    const list = page.getByRole('navigation', { name: 'Pavilions and exhibitors' })
    expect(await list.isVisible()).toBe(false)
    const toggle = page.getByRole('button', { name: 'Show the list of pavilions' })
    await toggle.click()
    await list.waitFor()
    expect(await page.getByRole('button', { name: 'Hide the list of pavilions' }).getAttribute('aria-expanded')).toBe('true')
    const zone = index.zoneById.get('digital-trade')!
    await list.getByRole('button', { name: new RegExp(zone.name.en) }).click()
    // On a narrow frame the choice closes the list, and the panel shows the zone.
    await list.waitFor({ state: 'hidden' })
    const panel = page.getByRole('complementary', { name: zone.name.en })
    await panel.waitFor()
    const panelBox = (await panel.boundingBox())!
    expect(panelBox.x).toBeGreaterThanOrEqual(0)
    expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(320)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('shows a light poster with the pavilions until the 3D view has drawn', async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 450 }, reducedMotion: 'reduce' })
    const page = await context.newPage()
    // Hold the 3D chunk back, as a slow connection would.
    let release!: () => void
    const held = new Promise<void>((r) => (release = r))
    await page.route(/\/assets\/SceneHost-[^/]*\.js$/, async (route) => {
      await held
      await route.continue()
    })
    await page.goto(`${baseUrl()}/?mode=embed&lang=zh`)
    const poster = page.getByTestId('embed-poster')
    await poster.waitFor()
    expect(await poster.getByRole('status').textContent()).toBe('正在加载三维…')
    const zoneButtons = poster.getByRole('button')
    expect(await zoneButtons.allTextContents()).toEqual(index.scene.venue.zones.map((z) => z.name.zh))
    // Already useful: a pavilion can be opened before the 3D view arrives.
    const zone = index.scene.venue.zones[2]!
    await poster.getByRole('button', { name: zone.name.zh }).click()
    await page.getByRole('complementary', { name: zone.name.zh }).waitFor()
    release()
    await page.waitForFunction(() => !!window.venueTwin)
    await page.evaluate(() => window.venueTwin!.ready)
    await poster.waitFor({ state: 'detached' })
    expect(await page.evaluate(() => window.venueTwin!.selection())).toEqual({ kind: 'zone', id: zone.id })
    await context.close()
  })
})
