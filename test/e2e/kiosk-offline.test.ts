import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
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
