/** Helpers for the kiosk end-to-end tests: a touch screen, real taps, QR codes read back. */
import jsQR from 'jsqr'
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { openApp, type OpenedApp } from './browser.ts'

/** A landscape kiosk screen with touch input. */
export const KIOSK_SCREEN = { viewport: { width: 1600, height: 900 }, hasTouch: true, reducedMotion: 'reduce' } as const

export function openKiosk(browser: Browser, query: string, opts: BrowserContextOptions & { waitReady?: boolean } = {}): Promise<OpenedApp> {
  return openApp(browser, query, { ...KIOSK_SCREEN, ...opts })
}

/** A finger on the middle of an element (scrolled into view first). */
export async function tap(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded()
  const box = await target.boundingBox()
  if (!box) throw new Error('nothing to tap: the element is not on screen')
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)
}

/** Type on the kiosk's on-screen keyboard, one tap per key. */
export async function typeOnScreen(page: Page, text: string): Promise<void> {
  const keyboard = page.getByRole('group', { name: 'On-screen keyboard' })
  for (const ch of text.toUpperCase()) await tap(page, keyboard.getByRole('button', { name: ch === ' ' ? 'Space' : ch, exact: true }))
}

/** What a phone camera would read: a screenshot of the code, decoded. */
export async function readQr(target: Locator): Promise<string> {
  await target.scrollIntoViewIfNeeded()
  const png = PNG.sync.read(await target.screenshot())
  const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)
  if (!code) throw new Error('no readable QR code in the screenshot')
  return code.data
}

/** Hold a finger still on a point for `ms` (a long press), through the DevTools touch input. */
export async function longPress(page: Page, x: number, y: number, ms: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] })
  await page.waitForTimeout(ms)
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  await cdp.detach()
}
