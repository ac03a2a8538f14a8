import { describe, expect, it } from 'vitest'
import { browserForFile, openApp, waitForIdle, WITH_OFFLINE_CACHE } from './browser.ts'
import { colourVariety } from './pixels.ts'

const browser = browserForFile()

describe('the first screen', () => {
  it('renders the default hall in 3D (canvas not blank) with the scene loaded', async () => {
    const { page, context, pageErrors } = await openApp(browser)
    await waitForIdle(page)
    const scene = await page.evaluate(() => window.venueTwin!.scene())
    expect(scene.id).toBe('wdec-2023')
    expect(scene.zones.map((z) => z.id)).toEqual(
      expect.arrayContaining([
        'comprehensive-digital-economy',
        'digital-real-fusion',
        'digital-scenario',
        'future-industries',
        'digital-trade',
        'belt-and-road-trade-zone',
      ]),
    )
    const shot = await page.locator('canvas').screenshot()
    const { distinct, dominantShare } = colourVariety(shot)
    // A blank or single-colour canvas has one or two colours; the hall has dozens.
    expect(distinct).toBeGreaterThan(40)
    expect(dominantShare).toBeLessThan(0.8)
    const stats = await page.evaluate(() => window.venueTwin!.stats())
    expect(stats.drawCalls).toBeGreaterThan(3)
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('logs no warning or error to the console while the venue loads and settles', async () => {
    const { page, context, console: logged, pageErrors } = await openApp(browser, '?lang=en', WITH_OFFLINE_CACHE)
    await waitForIdle(page)
    // A few seconds of the living venue too: the live simulator's first updates, idle work.
    await page.waitForTimeout(3000)
    // Chromium's own notes about software rendering (SwiftShader's "GPU stall due to ReadPixels")
    // come from the browser's GPU layer, not from the app.
    expect(logged.filter((m) => !m.text.includes('GL Driver Message'))).toEqual([])
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('shows an error screen naming the missing scene, never a blank page', async () => {
    const { page, context } = await openApp(browser, '?scene=no-such-scene', { waitReady: false })
    const screen = page.getByTestId('error-screen')
    await screen.waitFor()
    await expect(screen.textContent()).resolves.toContain('no-such-scene')
    expect(await page.locator('canvas').count()).toBe(0)
    await context.close()
  })
})
