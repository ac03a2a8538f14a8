import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { browserForFile, clickItem, openApp, waitForIdle } from './browser.ts'
import { loadDefaultScene, SIX_ZONES } from './sceneData.ts'

const index = loadDefaultScene()
const browser = browserForFile()

const selection = (page: Page) => page.evaluate(() => window.venueTwin!.selection())

describe('pointer on the 3D hall', () => {
  it('clicking each of the six zones opens a panel naming it with its exhibitors', async () => {
    const { page, context } = await openApp(browser, '?lang=en')
    for (const zoneId of SIX_ZONES) {
      // Start every click from the overview, as a visitor arriving would.
      await page.getByRole('button', { name: 'Home view' }).click()
      await clickItem(page, zoneId)
      expect(await selection(page)).toEqual({ kind: 'zone', id: zoneId })
      const zone = index.zoneById.get(zoneId)!
      const panel = page.getByRole('complementary', { name: zone.name.en })
      await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(zone.name.en)
      const exhibitors = index.exhibitorsByZone.get(zoneId)!
      const listed = panel.locator('.exhibitor-list > li')
      expect(await listed.count()).toBe(exhibitors.length)
      await expect(listed.first().textContent()).resolves.toMatch(/Booth /)
    }
    await context.close()
  })

  it('clicking a booth shows its exhibitor card and highlights it; empty floor goes back', async () => {
    const zoneId = 'digital-trade'
    const exhibitor = index.exhibitorsByZone.get(zoneId)![0]!
    const boothId = exhibitor.boothIds[0]!
    const { page, context } = await openApp(browser, `?lang=en&zone=${zoneId}`)
    await clickItem(page, boothId)
    expect(await selection(page)).toEqual({ kind: 'booth', id: boothId })
    // Move the pointer off the canvas so no hover shell is drawn; only the selection's remains.
    await page.mouse.move(1, 1)
    const card = page.getByRole('article', { name: exhibitor.name.en })
    await card.waitFor()
    await expect(card.textContent()).resolves.toContain(exhibitor.summary.en)
    await expect(card.getByRole('button', { name: `Booth ${index.boothById.get(boothId)!.label}`, exact: true }).count()).resolves.toBe(1)
    await waitForIdle(page)
    const withHighlight = (await page.evaluate(() => window.venueTwin!.stats())).drawCalls
    // Escape goes back one level: booth → zone → overview.
    await page.keyboard.press('Escape')
    expect(await selection(page)).toEqual({ kind: 'zone', id: zoneId })
    await waitForIdle(page)
    // The highlight shell around the selected booth is one draw call of its own.
    expect((await page.evaluate(() => window.venueTwin!.stats())).drawCalls).toBe(withHighlight - 1)
    await page.keyboard.press('Escape')
    expect(await selection(page)).toBeNull()
    await context.close()
  })

  it('shows a pointer cursor and a tooltip with the name on hover', async () => {
    const { page, context } = await openApp(browser, '?lang=en')
    await waitForIdle(page)
    const pos = await page.evaluate(() => window.venueTwin!.screenPosition('future-industries'))
    expect(pos).not.toBeNull()
    await page.mouse.move(pos!.x, pos!.y)
    // The 3D overlays are hidden from assistive technology (the accessible list speaks for them).
    const tooltip = page.locator('.tooltip')
    await tooltip.waitFor()
    await expect(tooltip.textContent()).resolves.toBe(index.zoneById.get('future-industries')!.name.en)
    expect(await page.locator('canvas').evaluate((c) => c.style.cursor)).toBe('pointer')
    await context.close()
  })

  it('a tap on a phone opens the zone in a bottom sheet', async () => {
    const { page, context } = await openApp(browser, '?lang=zh', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
    // A phone starts with the floor plan (phone-first.test.ts); the 3D view is a tap away.
    await page.getByRole('group', { name: '视图' }).getByRole('button', { name: '三维' }).tap()
    await page.waitForFunction(() => window.venueTwin!.stats().framesDrawn > 0, null, { timeout: 30_000 })
    await waitForIdle(page)
    const pos = await page.evaluate(() => window.venueTwin!.screenPosition('digital-scenario'))
    expect(pos).not.toBeNull()
    await page.touchscreen.tap(pos!.x, pos!.y)
    await page.waitForFunction(() => window.venueTwin!.selection()?.id === 'digital-scenario')
    const sheet = page.getByRole('complementary', { name: index.zoneById.get('digital-scenario')!.name.zh })
    const box = await sheet.boundingBox()
    // A bottom sheet: full width, anchored to the bottom of the screen.
    expect(box!.width).toBeGreaterThan(380)
    expect(Math.round(box!.y + box!.height)).toBeGreaterThanOrEqual(840)
    await context.close()
  })
})
