import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, browserForFile, openApp, waitForIdle } from './browser.ts'
import { longPress, openKiosk, readQr, tap, typeOnScreen } from './kiosk.ts'
import { colourVariety } from './pixels.ts'
import { loadDefaultScene } from './sceneData.ts'
import { patchDeployConfig } from './deployConfig.ts'
import { hashPin } from '../../src/domain/config/pinHash.ts'

const index = loadDefaultScene()
const kiosks = index.scene.venue.kiosks
const facing = (deg: number) => kiosks.find((k) => k.heading === deg)!
const centroidZ = (id: string) => {
  const fp = index.zoneById.get(id)!.footprint
  return fp.reduce((s, p) => s + p[1], 0) / fp.length
}
const pavilions = index.scene.venue.zones.filter((z) => z.kind === 'pavilion').map((z) => z.id)
// North is −z: the pavilion furthest north and the one furthest south.
const north = [...pavilions].sort((a, b) => centroidZ(a) - centroidZ(b))[0]!
const south = [...pavilions].sort((a, b) => centroidZ(b) - centroidZ(a))[0]!
const withWebsite = index.scene.exhibitors.find((e) => e.website?.startsWith('https://') && e.boothIds.length === 1)!

/** The operator PIN this test gives every kiosk (venue-twin.config.json, hashed as in a deployment). */
const PIN = '5917'
let restoreConfig: () => void = () => undefined
beforeAll(async () => {
  // Fewer rounds than the CLI's: the same check, quicker on a loaded CI machine.
  const pinHash = await hashPin(PIN, { iterations: 100_000 })
  restoreConfig = patchDeployConfig({ kiosks: Object.fromEntries(kiosks.map((k) => [k.id, { pinHash }])) })
})
afterAll(() => restoreConfig())
const browser = browserForFile()

const screenY = async (page: Page, id: string): Promise<number> => {
  const p = await page.evaluate((i) => window.venueTwin!.screenPosition(i), id)
  if (!p) throw new Error(`${id} not on screen`)
  return p.y
}

describe('kiosk screen', () => {
  it('shows "You are here" and faces the way a visitor at the kiosk faces', async () => {
    const ahead = facing(0)
    const behind = facing(180)
    expect(centroidZ(north)).toBeLessThan(centroidZ(south))

    const a = await openKiosk(browser, `?mode=kiosk&kiosk=${ahead.id}&idle=600&lang=en`)
    await waitForIdle(a.page)
    await expect(a.page.getByTestId('you-are-here').textContent()).resolves.toBe('You are here')
    await expect(a.page.getByTestId('kiosk-here').textContent()).resolves.toContain(ahead.name.en)
    // Facing north: the north pavilion is further away, so higher on the screen.
    expect(await screenY(a.page, north)).toBeLessThan(await screenY(a.page, south))
    await a.context.close()

    const b = await openKiosk(browser, `?mode=kiosk&kiosk=${behind.id}&idle=600&lang=en`)
    await waitForIdle(b.page)
    // Facing south, the same two swap.
    expect(await screenY(b.page, north)).toBeGreaterThan(await screenY(b.page, south))
    await b.context.close()
  })

  it('hands cards off to the phone as QR codes that decode to the right deep links', async () => {
    // live= stays on the kiosk's own address; the phone's link must not carry it.
    const { page, context } = await openKiosk(browser, `?mode=kiosk&kiosk=${kiosks[0]!.id}&idle=600&lang=en&live=off`)
    await page.evaluate((id) => window.venueTwin!.select({ kind: 'exhibitor', id }), withWebsite.id)
    const card = page.getByRole('article', { name: withWebsite.name.en })
    await card.waitFor()

    const deepLink = new URL(await readQr(card.getByRole('img', { name: 'Scan to open on your phone' })))
    expect(deepLink.origin).toBe(new URL(baseUrl()).origin)
    expect(deepLink.pathname).toBe('/')
    expect(Object.fromEntries(deepLink.searchParams)).toEqual({ lang: 'en', exhibitor: withWebsite.id })

    const host = new URL(withWebsite.website!).host
    expect(await readQr(card.getByRole('img', { name: `Scan to visit ${host}` }))).toBe(new URL(withWebsite.website!).href)

    // Directions from here: the route's QR keeps this kiosk as its start.
    await tap(page, card.getByRole('button', { name: /^Directions to/ }))
    const directions = page.getByTestId('directions')
    await directions.getByTestId('route-summary').waitFor()
    const routeLink = new URL(await readQr(directions.getByRole('img', { name: 'Scan to take these directions with you' })))
    expect(routeLink.searchParams.get('from')).toBe(kiosks[0]!.id)
    expect([withWebsite.id, withWebsite.boothIds[0]]).toContain(routeLink.searchParams.get('to'))
    expect(routeLink.searchParams.has('mode')).toBe(false)
    expect(routeLink.searchParams.has('kiosk')).toBe(false)

    // Chinese visitors get a Chinese page on their phone.
    await tap(page, page.getByRole('button', { name: '中文' }))
    const zhLink = new URL(await readQr(page.getByRole('article', { name: withWebsite.name.zh }).getByRole('img', { name: '扫码在手机上打开' })))
    expect(zhLink.searchParams.get('lang')).toBe('zh')
    await context.close()
  })

  it('stays inside the app: no context menu, no zoom, no selection, no link or window out', async () => {
    const { page, context, pageErrors } = await openKiosk(browser, `?mode=kiosk&kiosk=${kiosks[0]!.id}&idle=600&lang=en&exhibitor=${withWebsite.id}`)
    const popups: unknown[] = []
    context.on('page', (p) => popups.push(p))
    const contextMenuBlocked = () =>
      page.evaluate(() => {
        const ev = new MouseEvent('contextmenu', { bubbles: true, cancelable: true, clientX: 600, clientY: 400 })
        document.querySelector('canvas')!.dispatchEvent(ev)
        return ev.defaultPrevented
      })
    expect(await contextMenuBlocked()).toBe(true)
    expect(await page.evaluate(() => document.querySelector('meta[name=viewport]')!.getAttribute('content'))).toMatch(/user-scalable=no/)
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.app')!).userSelect)).toBe('none')

    // No anchor anywhere points outside the app; the website is a QR code instead.
    await page.getByRole('article', { name: withWebsite.name.en }).waitFor()
    const outside = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => new URL(a.href).origin !== location.origin).map((a) => a.href))
    expect(outside).toEqual([])
    const before = page.url()
    await tap(page, page.getByRole('img', { name: /^Scan to visit/ }))
    // Even a link slipped in from elsewhere, or a script opening a window, goes nowhere.
    await page.evaluate(() => {
      const a = document.createElement('a')
      a.href = 'https://example.com/'
      a.textContent = 'Out'
      a.id = 'planted'
      a.style.cssText = 'position:fixed;left:700px;top:300px;padding:30px;background:#fff;z-index:99'
      document.body.append(a)
    })
    await tap(page, page.locator('#planted'))
    expect(await page.evaluate(() => window.open('https://example.com/'))).toBeNull()
    await page.waitForTimeout(500)
    expect(page.url()).toBe(before)
    expect(popups).toEqual([])

    // Every visible touch target is at least 48 px each way.
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.app button, .app [role=tab], .app select')]
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ el, r }) => r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden')
        .filter(({ r }) => r.width < 47.5 || r.height < 47.5)
        .map(({ el, r }) => `${el.textContent?.trim() || el.getAttribute('aria-label')} ${Math.round(r.width)}×${Math.round(r.height)}`),
    )
    expect(small).toEqual([])
    expect(pageErrors).toEqual([])
    await context.close()

    // The explorer, by contrast, is an ordinary web page.
    const explorer = await openApp(browser, '?lang=en', { waitReady: false })
    await explorer.page.waitForFunction(() => !!document.querySelector('.app'))
    expect(
      await explorer.page.evaluate(() => {
        const ev = new MouseEvent('contextmenu', { bubbles: true, cancelable: true })
        document.querySelector('.app')!.dispatchEvent(ev)
        return ev.defaultPrevented
      }),
    ).toBe(false)
    await explorer.context.close()
  })

  it('finds a booth typed on the on-screen keyboard', async () => {
    const booth = index.boothById.get(withWebsite.boothIds[0]!)!
    const { page, context } = await openKiosk(browser, `?mode=kiosk&kiosk=${kiosks[0]!.id}&idle=600&lang=en`)
    const field = page.getByRole('searchbox', { name: 'Search exhibitors, booths and sessions' })
    expect(await field.getAttribute('inputmode')).toBe('none')
    await typeOnScreen(page, booth.label)
    expect(await field.inputValue()).toBe(booth.label)
    await tap(page, page.getByRole('button', { name: new RegExp(`^${withWebsite.name.en}\\b`) }))
    expect(await page.evaluate(() => window.venueTwin!.selection())).toEqual({ kind: 'exhibitor', id: withWebsite.id })
    await context.close()
  })

  it('recovers from a lost WebGL context on the same canvas', async () => {
    const { page, context } = await openKiosk(browser, `?mode=kiosk&kiosk=${kiosks[0]!.id}&idle=600&lang=en`)
    await waitForIdle(page)
    const before = await page.evaluate(() => window.venueTwin!.stats())
    await page.evaluate(() => {
      const canvas = document.querySelector('canvas')!
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!
      const ext = gl.getExtension('WEBGL_lose_context')!
      ext.loseContext()
      setTimeout(() => ext.restoreContext(), 500)
    })
    await page.getByTestId('webgl-lost').waitFor()
    await page.getByTestId('webgl-lost').waitFor({ state: 'detached', timeout: 15_000 })
    await waitForIdle(page)
    const after = await page.evaluate(() => window.venueTwin!.stats())
    expect(after.framesDrawn).toBeGreaterThan(before.framesDrawn)
    expect(after.drawCalls).toBe(before.drawCalls)
    expect(await page.locator('canvas').count()).toBe(1)
    const { distinct } = colourVariety(await page.locator('canvas').screenshot())
    expect(distinct).toBeGreaterThan(40)
    await context.close()
  })

  it('opens the operator panel with a long press and the right PIN only', async () => {
    const k = kiosks[0]!
    const { page, context } = await openKiosk(browser, `?mode=kiosk&kiosk=${k.id}&idle=600&lang=en`)
    const pad = page.getByRole('dialog', { name: 'Operator PIN' })
    const panel = page.getByRole('dialog', { name: 'Kiosk service panel' })
    // The corner exists once the kiosk's deployment settings (its PIN hash) have arrived.
    await page.getByTestId('operator-corner').waitFor({ state: 'attached' })
    // A short touch on the corner does nothing.
    await page.touchscreen.tap(20, 20)
    await page.waitForTimeout(300)
    expect(await pad.count()).toBe(0)
    await longPress(page, 20, 20, 3300)
    await pad.waitFor()
    const enter = async (pin: string) => {
      for (const d of pin) await tap(page, pad.getByRole('button', { name: d, exact: true }))
      await tap(page, pad.getByRole('button', { name: 'OK' }))
    }
    // Five wrong PINs lock the pad, with the time left shown.
    for (let i = 0; i < 5; i++) {
      await enter('1111')
      await page.waitForFunction((n) => document.querySelector('[data-testid=pin-pad]')?.getAttribute('data-shake') === (n % 2 ? 'a' : 'b'), i + 1)
    }
    expect(await pad.getAttribute('data-wrong')).toBe('true')
    await expect(pad.getByTestId('pin-locked').textContent()).resolves.toMatch(/Try again in (1:00|0:5\d)/)
    expect(await pad.getByRole('button', { name: '4', exact: true }).isDisabled()).toBe(true)
    expect(await panel.count()).toBe(0)
    // A minute later (the page's clock moved on, not the test's) the right PIN opens the panel.
    await page.clock.setSystemTime(Date.now() + 61_000)
    await pad.getByTestId('pin-locked').waitFor({ state: 'detached' })
    await enter(PIN)
    await panel.waitFor()
    await expect(panel.getByTestId('op-kiosk').textContent()).resolves.toBe(k.id)
    await expect(panel.getByTestId('op-scene').textContent()).resolves.toBe(index.scene.venue.id)
    await expect(panel.getByTestId('op-version').textContent()).resolves.toMatch(/^\d+\.\d+\.\d+/)
    await expect(panel.getByTestId('op-error').textContent()).resolves.toBe('none')
    await tap(page, panel.getByRole('button', { name: 'Close' }))
    await panel.waitFor({ state: 'detached' })
    await context.close()
  })
})
