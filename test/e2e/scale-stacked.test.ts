/**
 * The stacked view at expo scale: the generated complex of 70,000 booths (8 buildings × 3
 * levels, `npm run generate:scene -- --booths 70000 --halls 8 --levels 3`) draws its overview
 * with every building's massing, and its stacked view, within the 30 draw calls of the budget.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { browserForFile, openApp, waitForIdle } from './browser.ts'
import { serveGeneratedComplex } from './levelsSceneFolder.ts'

const { id: SCENE, index } = serveGeneratedComplex('stacked-70k', { booths: 70_000, halls: 8, levels: 3 })
const browser = browserForFile()
const drawCalls = (page: Page) => page.evaluate(() => window.venueTwin!.stats().drawCalls)

describe('the stacked view at 70,000 booths', () => {
  it('overview with 8 massings and the stacked view stay within 30 draw calls', { timeout: 600_000 }, async () => {
    expect(index.scene.venue.booths).toHaveLength(70_000)
    const { page, context, pageErrors } = await openApp(browser, `?scene=${SCENE}&lang=en&live=off`)
    // Count once the banners (they join after the first frame) are laid out.
    await page.waitForFunction(() => !!window.__venueTwinBanners?.(), null, { timeout: 300_000 })
    await page.waitForFunction(() => window.__venueTwinMassing?.().length === 8, null, { timeout: 60_000 })
    await waitForIdle(page, 800, 120_000)
    const overview = await drawCalls(page)
    expect(overview).toBeLessThanOrEqual(30)

    const toggle = page.getByRole('button', { name: 'All levels' })
    await toggle.focus()
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => window.__venueTwinStack?.().length === 3, null, { timeout: 60_000 })
    await waitForIdle(page, 800, 120_000)
    const stacked = await drawCalls(page)
    console.info(`70,000 booths, 8 × 3 levels: overview ${overview} draw calls, stacked ${stacked}`)
    expect(stacked).toBeLessThanOrEqual(30)
    // Both other levels are drawn faint (a mesh each, no booths).
    const faint = await page.evaluate(() => window.__venueTwinStack!().filter((l) => !l.focused && l.opacity > 0 && l.opacity < 0.5).length)
    expect(faint).toBe(2)
    expect(pageErrors).toEqual([])
    await context.close()
  })
})
