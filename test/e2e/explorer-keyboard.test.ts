import { describe, expect, it } from 'vitest'
import { browserForFile, openApp } from './browser.ts'
import { loadDefaultScene } from './sceneData.ts'

const index = loadDefaultScene()
const browser = browserForFile()

describe('keyboard only', () => {
  it('from page load to an exhibitor card without a pointer, with visible focus and announcements', async () => {
    const { page, context } = await openApp(browser, '?lang=en')
    const first = index.scene.venue.zones[0]!
    const second = index.scene.venue.zones[1]!
    // Tab until the accessible list of zones has focus.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab')
      if (await page.evaluate(() => document.activeElement?.matches('.mirror-zone'))) break
    }
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain(first.name.en)
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
    expect(outline).not.toBe('none')
    await page.keyboard.press('ArrowDown')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain(second.name.en)
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => window.venueTwin!.selection())).toEqual({ kind: 'zone', id: second.id })
    await expect(page.getByTestId('live-region').textContent()).resolves.toContain(second.name.en)
    // Into the zone's exhibitors, then open one.
    await page.keyboard.press('ArrowDown')
    const name = await page.evaluate(() => document.activeElement?.textContent ?? '')
    const ex = index.scene.exhibitors.find((e) => e.name.en === name)
    expect(ex, `focused "${name}" should be an exhibitor`).toBeDefined()
    await page.keyboard.press('Enter')
    await page.getByRole('article', { name: ex!.name.en }).waitFor()
    await expect(page.getByTestId('live-region').textContent()).resolves.toContain(ex!.name.en)
    await page.keyboard.press('Escape')
    expect(await page.evaluate(() => window.venueTwin!.selection())).toEqual({ kind: 'zone', id: second.id })
    await context.close()
  })
})
