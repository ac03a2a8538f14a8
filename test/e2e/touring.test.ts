import type { Page } from 'playwright-core'
import { describe, expect, it, onTestFinished } from 'vitest'
import { tourStops } from '../../src/domain/tour/tourStops.ts'
import { browserForFile, clickItem, openApp, waitForIdle } from './browser.ts'
import { patchDeployConfig } from './deployConfig.ts'
import { loadDefaultScene } from './sceneData.ts'

const index = loadDefaultScene()
const browser = browserForFile()

const selection = (page: Page) => page.evaluate(() => window.venueTwin!.selection())

describe('touring the hall', () => {
  it('the guided tour visits the six zones in order with a caption each, then ends', async () => {
    const stops = tourStops(index)
    expect(stops.map((z) => z.kind)).toEqual(['pavilion', 'pavilion', 'pavilion', 'pavilion', 'pavilion', 'trade-zone'])
    // The deployment shortens the stops (tour.dwellSeconds), as an operator may for a kiosk.
    const restoreConfig = patchDeployConfig({ tour: { dwellSeconds: 2 } })
    onTestFinished(restoreConfig)
    const { page, context } = await openApp(browser, '?lang=en')
    const seen: string[] = []
    await page.exposeFunction('__onSelect', (s: { id: string } | null) => s && seen.push(s.id))
    await page.evaluate(() => window.venueTwin!.on('select', (d) => (window as unknown as { __onSelect: (x: unknown) => void }).__onSelect(d)))
    await page.getByRole('button', { name: 'Tour the hall' }).click()
    const caption = page.getByTestId('tour-caption')
    await caption.waitFor()
    for (const [i, zone] of stops.entries()) {
      await page.waitForFunction((id) => window.venueTwin!.selection()?.id === id, zone.id, { timeout: 20_000 })
      await expect(caption.textContent()).resolves.toContain(zone.name.en)
      await expect(caption.textContent()).resolves.toContain(`Stop ${i + 1} of ${stops.length}`)
    }
    await caption.waitFor({ state: 'detached', timeout: 20_000 })
    expect(seen).toEqual(stops.map((z) => z.id))
    // Tour stops replace the URL rather than filling the visitor's history.
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(2)
    await context.close()
  })

  it('stops on input, keeping the stop it was at; its own controls do not stop it', async () => {
    const stops = tourStops(index)
    const { page, context } = await openApp(browser, '?lang=zh')
    await page.getByRole('button', { name: '导览全馆' }).click()
    await page.getByRole('button', { name: '下一站' }).click()
    await page.waitForFunction((id) => window.venueTwin!.selection()?.id === id, stops[1]!.id)
    await page.getByRole('button', { name: '暂停' }).click()
    await expect(page.getByTestId('tour-caption').isVisible()).resolves.toBe(true)
    // Zooming the view is the visitor taking over.
    const box = (await page.locator('canvas').boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.wheel(0, -200)
    await page.getByTestId('tour-caption').waitFor({ state: 'detached' })
    expect(await selection(page)).toEqual({ kind: 'zone', id: stops[1]!.id })
    await context.close()
  })

  it('the floor plan toggles, and a zone can still be clicked in it', async () => {
    const { page, context } = await openApp(browser, '?lang=en')
    await waitForIdle(page)
    const before = await page.evaluate(() => window.venueTwin!.screenPosition('digital-scenario'))
    await page.getByRole('button', { name: 'Floor plan' }).click()
    await expect(page.getByRole('button', { name: 'Floor plan' }).getAttribute('aria-pressed')).resolves.toBe('true')
    await waitForIdle(page)
    const north = await page.evaluate(() => window.venueTwin!.screenPosition('future-industries'))
    const south = await page.evaluate(() => window.venueTwin!.screenPosition('comprehensive-digital-economy'))
    // North is up on the plan: the northern pavilion is drawn above the southern one.
    expect(north!.y).toBeLessThan(south!.y)
    expect(await page.evaluate(() => window.venueTwin!.screenPosition('digital-scenario'))).not.toEqual(before)
    await clickItem(page, 'digital-scenario')
    expect(await selection(page)).toEqual({ kind: 'zone', id: 'digital-scenario' })
    await page.getByRole('complementary', { name: index.zoneById.get('digital-scenario')!.name.en }).waitFor()
    await page.getByRole('button', { name: '3D' }).click()
    await expect(page.getByRole('button', { name: '3D' }).getAttribute('aria-pressed')).resolves.toBe('true')
    await context.close()
  })

  it('walk mode: first person, arrow keys walk, a click walks there, Escape leaves', async () => {
    // Full motion: a click glides there (with reduced motion it would arrive in one frame).
    // Without the live simulator: its occupancy tints are real changes of view that redraw.
    const { page, context } = await openApp(browser, '?lang=en&live=off', { reducedMotion: 'no-preference' })
    await page.getByRole('button', { name: 'Walk' }).click()
    const hint = page.getByTestId('walk-hint')
    await hint.waitFor()
    const entrance = index.scene.venue.pois.find((p) => p.kind === 'entrance')!
    await page.waitForFunction((name) => document.querySelector('.walk-near')?.textContent?.includes(name), entrance.name.en)
    await waitForIdle(page)
    const f0 = (await page.evaluate(() => window.venueTwin!.stats())).framesDrawn
    await page.keyboard.down('ArrowUp')
    // Walking up the main aisle leaves the entrance behind.
    await page.waitForFunction((name) => !document.querySelector('.walk-near')?.textContent?.includes(name), entrance.name.en, { timeout: 60_000 })
    await page.keyboard.up('ArrowUp')
    const f1 = (await page.evaluate(() => window.venueTwin!.stats())).framesDrawn
    expect(f1).toBeGreaterThan(f0 + 5)
    await waitForIdle(page)
    // Standing still draws nothing.
    const still = (await page.evaluate(() => window.venueTwin!.stats())).framesDrawn
    await page.waitForTimeout(1000)
    expect((await page.evaluate(() => window.venueTwin!.stats())).framesDrawn).toBe(still)
    // A click on the floor ahead starts a walk there (frames are drawn while walking).
    const box = (await page.locator('canvas').boundingBox())!
    await page.mouse.click(box.x + box.width / 2, box.y + box.height * 0.6)
    await page.waitForFunction((n) => window.venueTwin!.stats().framesDrawn > n + 3, still)
    await page.keyboard.press('Escape')
    await hint.waitFor({ state: 'detached' })
    await expect(page.getByRole('button', { name: '3D' }).getAttribute('aria-pressed')).resolves.toBe('true')
    await context.close()
  })
})
