import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { browserForFile } from './browser.ts'
import { openKiosk, tap, typeOnScreen } from './kiosk.ts'
import { loadDefaultScene } from './sceneData.ts'

const index = loadDefaultScene()
const kiosk = index.scene.venue.kiosks[0]!
const exhibitor = index.scene.exhibitors.find((e) => e.boothIds.length === 1)!
const booth = index.boothById.get(exhibitor.boothIds[0]!)!

const browser = browserForFile()

const selection = (page: Page) => page.evaluate(() => window.venueTwin!.selection())
const selectionsSeen = (page: Page) => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen.splice(0))

describe('kiosk idle reset and attract loop', () => {
  it('forgets the visitor after the idle time, loops the tour, and the first tap ends it without reaching the hall', async () => {
    const { page, context, pageErrors } = await openKiosk(browser, `?mode=kiosk&kiosk=${kiosk.id}&idle=3&lang=en`)
    await page.evaluate(() => {
      const w = window as unknown as { seen: unknown[] }
      w.seen = []
      window.venueTwin!.on('select', (s) => w.seen.push(s))
    })
    const attract = page.getByTestId('attract')
    const field = page.getByRole('searchbox', { name: 'Search exhibitors, booths and sessions' })
    // Loading a 3D hall in software may outlast 3 s: the kiosk may doze off (its attract screen
    // up, the field out of reach) or reset itself (the field made anew) just as the first tap
    // comes. A visitor then simply touches again; so does the test.
    for (let tries = 0; ; tries++) {
      if (await attract.isVisible()) {
        await tap(page, attract)
        await page.getByTestId('attract-shield').waitFor({ state: 'detached' })
      }
      const tapped = await field
        .waitFor({ timeout: 5000 })
        .then(() => tap(page, field))
        .then(
          () => true,
          () => false,
        )
      if (tapped) break
      if (tries === 3) throw new Error('the search field never came within reach')
    }
    await page.getByTestId('attract-shield').waitFor({ state: 'detached' })
    expect(await attract.isVisible()).toBe(false)

    // A visitor looks a booth up by its number, with taps only.
    await typeOnScreen(page, booth.label)
    await tap(page, page.getByRole('button', { name: new RegExp(`^Booth ${booth.label}\\b`) }))
    expect(await selection(page)).toEqual({ kind: 'booth', id: booth.id })
    expect(await field.inputValue()).toBe(booth.label)

    // Then walks away: the kiosk resets and starts the attract loop by itself.
    await attract.waitFor({ timeout: 20_000 })
    await expect(attract.textContent()).resolves.toMatch(/Touch to explore.*触摸探索/)
    expect(await field.inputValue()).toBe('')
    expect(page.url()).not.toContain('booth=')
    expect(await selectionsSeen(page)).toContainEqual(null)
    const caption = page.getByTestId('tour-caption').getByRole('heading', { level: 2 })
    const first = await caption.textContent()
    expect(first).toBe(index.scene.venue.zones.find((z) => z.kind === 'pavilion')!.name.en)
    // The tour moves on by itself.
    await page.waitForFunction((t) => document.querySelector('[data-testid=tour-caption] h2')?.textContent !== t, first, { timeout: 30_000 })

    // The first tap, right on the hall, wakes the kiosk — and selects nothing under the finger.
    await selectionsSeen(page)
    const box = (await page.locator('canvas').boundingBox())!
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)
    await attract.waitFor({ state: 'hidden', timeout: 2000 })
    await page.getByTestId('tour-caption').waitFor({ state: 'detached', timeout: 2000 })
    await page.waitForTimeout(1200)
    expect(await selection(page)).toBeNull()
    expect(await selectionsSeen(page)).toEqual([null])
    expect(await page.locator('canvas').count()).toBe(1)

    // Left alone again, it dozes off again.
    await attract.waitFor({ timeout: 20_000 })
    expect(pageErrors).toEqual([])
    await context.close()
  })
})
