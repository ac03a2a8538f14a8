/**
 * The twin inside another website, in real Chromium, across real origins: the twin on
 * http://127.0.0.1:P (vite preview), host pages on http://localhost:H (allowed) and
 * http://127.0.0.1:H (not allowed).
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { baseUrl, browserForFile, newDesktopContext } from './browser.ts'
import { allowOrigins, embedFromHost, selectionChanges, startHostServer, twinFrame, waitForIdleIn, waitForTwinReady, type HostServer, type HostWindow } from './embedHost.ts'
import { serveLevelsScene } from './levelsSceneFolder.ts'
import { loadDefaultScene } from './sceneData.ts'

const index = loadDefaultScene()
const levels = serveLevelsScene('embed-levels')
const firstLevel = index.scene.venue.levels[0]!.id
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

interface Opened {
  context: BrowserContext
  page: Page
  console: string[]
}

async function openHost(hostName: 'localhost' | '127.0.0.1'): Promise<Opened> {
  const context = await newDesktopContext(browser)
  const page = await context.newPage()
  const log: string[] = []
  // Console messages of every frame, the twin's included.
  page.on('console', (m) => log.push(`${m.type()}: ${m.text()}`))
  await page.goto(host.url(hostName))
  return { context, page, console: log }
}

const hostWindow = (page: Page) => page.evaluate(() => {
  const w = window as unknown as HostWindow
  return { received: w.received, events: w.events }
})

describe('embedding across origins', () => {
  it('an allowed host gets ready, drives the selection, hears the visitor’s clicks and reads the state', async () => {
    const { page, context } = await openHost('localhost')
    await embedFromHost(page, { lang: 'en', timeoutMs: 60_000 })
    const info = await page.evaluate(() => (window as unknown as HostWindow).twin!.info)
    expect(info).toMatchObject({ scene: 'wdec-2023', selection: null, lang: 'en' })
    const { received } = await hostWindow(page)
    // Everything the host got came from the twin's origin, in the protocol's envelope.
    expect(received.length).toBeGreaterThan(0)
    expect(received.every((m) => m.origin === twinOrigin)).toBe(true)
    expect(received[0]!.data).toMatchObject({ source: 'venue-twin', version: 1, type: 'ready' })

    const zoneId = 'digital-trade'
    const frame = twinFrame(page, twinOrigin)
    const historyBefore = await page.evaluate(() => history.length)
    const selected = await page.evaluate((id) => (window as unknown as HostWindow).twin!.select({ kind: 'zone', id }), zoneId)
    expect(selected).toEqual({ kind: 'zone', id: zoneId })
    await page.waitForFunction(() => (window as unknown as HostWindow).events.some((e) => e.type === 'selectionChange'))
    expect(await selectionChanges(page)).toEqual([{ selection: { kind: 'zone', id: zoneId }, source: 'embed' }])
    expect(await frame.evaluate(() => window.venueTwin!.selection())).toEqual({ kind: 'zone', id: zoneId })
    // The twin's panel names the zone, in the iframe.
    await frame.getByRole('complementary', { name: index.zoneById.get(zoneId)!.name.en }).waitFor()

    // A real click on a booth inside the iframe reaches the host.
    const boothId = index.exhibitorsByZone.get(zoneId)![0]!.boothIds[0]!
    await waitForIdleIn(frame)
    const pos = await frame.evaluate((id) => window.venueTwin!.screenPosition(id), boothId)
    expect(pos, `${boothId} visible in the iframe`).not.toBeNull()
    const box = (await page.locator('#twin iframe').boundingBox())!
    await page.mouse.move(box.x + pos!.x, box.y + pos!.y)
    await page.mouse.click(box.x + pos!.x, box.y + pos!.y)
    await page.waitForFunction(() => (window as unknown as HostWindow).events.filter((e) => e.type === 'selectionChange').length >= 2)
    expect((await selectionChanges(page))[1]).toEqual({ selection: { kind: 'booth', id: boothId }, source: 'user' })

    const state = await page.evaluate(() => (window as unknown as HostWindow).twin!.getState())
    expect(state).toEqual({ selection: { kind: 'booth', id: boothId }, lang: 'en', scene: 'wdec-2023', level: firstLevel })

    await page.evaluate(() => (window as unknown as HostWindow).twin!.setLanguage('zh'))
    await frame.locator('.app[lang="zh-CN"]').waitFor()
    expect(await page.evaluate(() => (window as unknown as HostWindow).twin!.getState())).toMatchObject({ lang: 'zh' })

    // An unknown id is refused with a clear error and changes nothing.
    const refused = await page.evaluate(() =>
      (window as unknown as HostWindow).twin!.select({ kind: 'exhibitor', id: 'no-such-company' }).then(
        () => 'resolved',
        (e: Error) => e.message,
      ),
    )
    expect(refused).toMatch(/no exhibitor "no-such-company"/)
    expect(await frame.evaluate(() => window.venueTwin!.selection())).toEqual({ kind: 'booth', id: boothId })
    // The twin never added entries to the host page's history (its Back button stays the host's).
    expect(await page.evaluate(() => history.length)).toBe(historyBefore)
    await context.close()
  })

  it('ready reaches an allowed host that has sent nothing (no SDK, no hello)', async () => {
    const { page, context } = await openHost('localhost')
    await page.evaluate((src) => {
      const iframe = document.createElement('iframe')
      iframe.title = 'Venue map'
      iframe.src = src
      iframe.style.cssText = 'width:800px;height:450px;border:0'
      document.getElementById('twin')!.append(iframe)
    }, `${twinOrigin}/?mode=embed&lang=zh`)
    await page.waitForFunction(() => (window as unknown as HostWindow).received.length > 0, null, { timeout: 60_000 })
    const { received } = await hostWindow(page)
    expect(received).toEqual([
      {
        origin: twinOrigin,
        data: { source: 'venue-twin', version: 1, type: 'ready', payload: { scene: 'wdec-2023', version: expect.any(String), selection: null, lang: 'zh', level: firstLevel } },
      },
    ])
    await context.close()
  })

  it('a host searches and asks for directions; the twin shows them and reports the route', async () => {
    const { page, context } = await openHost('localhost')
    await embedFromHost(page, { lang: 'en', timeoutMs: 60_000 })
    const frame = twinFrame(page, twinOrigin)
    const exhibitor = index.exhibitorsByZone.get('future-industries')![0]!
    const found = await page.evaluate((q) => (window as unknown as HostWindow).twin!.search(q), exhibitor.name.en)
    expect(found.q).toBe(exhibitor.name.en)
    expect(found.results).toContainEqual({ kind: 'exhibitor', id: exhibitor.id, name: exhibitor.name.en })
    // The twin's own search box shows the same query.
    expect(await frame.evaluate(() => (document.querySelector('input[type="search"]') as HTMLInputElement | null)?.value ?? null)).toBe(exhibitor.name.en)

    const entrance = index.scene.venue.pois.find((p) => p.kind === 'entrance')!
    const boothId = exhibitor.boothIds[0]!
    const walk = await page.evaluate(([from, to]) => (window as unknown as HostWindow).twin!.route(from!, to!), [entrance.id, boothId])
    expect(walk).toMatchObject({ from: entrance.id, to: boothId })
    expect(walk.lengthM).toBeGreaterThan(0)
    expect(walk.steps.length).toBeGreaterThan(0)
    await page.waitForFunction(() => (window as unknown as HostWindow).events.some((e) => e.type === 'routeChange'))
    const { events } = await hostWindow(page)
    expect(events.filter((e) => e.type === 'routeChange').map((e) => e.payload)).toEqual([{ from: entrance.id, to: boothId, lengthM: walk.lengthM }])
    const unknown = await page.evaluate(
      ([from]) => (window as unknown as HostWindow).twin!.route(from!, 'the-moon').then(() => 'resolved', (e: Error) => e.message),
      [entrance.id],
    )
    expect(unknown).toMatch(/must be places in this venue/)
    await context.close()
  })

  it('on a venue with levels, the host sets the level and hears the visitor’s switch', async () => {
    const venue = levels.index.scene.venue
    const [ground, upper] = [...venue.levels].sort((a, b) => a.ordinal - b.ordinal)
    const { page, context } = await openHost('localhost')
    await embedFromHost(page, { lang: 'en', scene: levels.id, timeoutMs: 60_000 })
    expect(await page.evaluate(() => (window as unknown as HostWindow).twin!.info.level)).toBe(ground!.id)
    const frame = twinFrame(page, twinOrigin)
    const switcher = frame.getByRole('group', { name: 'Levels' })
    const pressed = () => switcher.locator('button[aria-pressed="true"]').allInnerTexts()

    expect(await page.evaluate((id) => (window as unknown as HostWindow).twin!.setLevel(id), upper!.id)).toBe(upper!.id)
    expect(await pressed()).toEqual([upper!.name.en])
    expect(await page.evaluate(() => (window as unknown as HostWindow).twin!.getState())).toMatchObject({ scene: levels.id, level: upper!.id })

    // The visitor presses the other level inside the iframe.
    await switcher.getByRole('button', { name: ground!.name.en }).click()
    await page.waitForFunction((n) => (window as unknown as HostWindow).events.filter((e) => e.type === 'levelChange').length >= n, 2)
    const { events } = await hostWindow(page)
    expect(events.filter((e) => e.type === 'levelChange').map((e) => e.payload)).toEqual([
      { levelId: upper!.id, source: 'embed' },
      { levelId: ground!.id, source: 'user' },
    ])
    const unknown = await page.evaluate(() => (window as unknown as HostWindow).twin!.setLevel('level-99').then(() => 'resolved', (e: Error) => e.message))
    expect(unknown).toBe('Venue Twin: there is no level "level-99" in this venue')
    expect(await pressed()).toEqual([ground!.name.en])
    await context.close()
  })

  it('ignores and logs malformed, foreign and sibling-frame messages, and keeps working', async () => {
    const { page, context, console: log } = await openHost('localhost')
    await embedFromHost(page, { lang: 'en', timeoutMs: 60_000 })
    const frame = twinFrame(page, twinOrigin)
    const zoneId = 'future-industries'
    await page.evaluate(
      ({ origin, zone }) => {
        const win = document.querySelector<HTMLIFrameElement>('#twin iframe')!.contentWindow!
        const junk: unknown[] = [
          'select future-industries',
          { type: 'select', payload: { kind: 'zone', id: zone } },
          { source: 'other-widget', type: 'select', payload: { kind: 'zone', id: zone } },
          { source: 'venue-twin', version: 2, type: 'select', payload: { kind: 'zone', id: zone } },
          { source: 'venue-twin', version: 1, type: 'select', payload: { kind: 'pavilion', id: zone } },
          { source: 'venue-twin', version: 1, type: 'selfDestruct' },
        ]
        for (const j of junk) win.postMessage(j, origin)
        // A frame beside the twin, on the allowed origin, is still not the twin's parent.
        const sibling = document.createElement('iframe')
        sibling.srcdoc = `<script>parent.document.querySelector('#twin iframe').contentWindow.postMessage({ source: 'venue-twin', version: 1, type: 'select', payload: { kind: 'zone', id: '${zone}' } }, '${origin}')</script>`
        document.body.append(sibling)
      },
      { origin: twinOrigin, zone: zoneId },
    )
    await page.waitForFunction(() => document.querySelectorAll('iframe').length === 2)
    // The twin is still answering, and none of the above changed anything.
    const state = await page.evaluate(() => (window as unknown as HostWindow).twin!.getState())
    expect(state.selection).toBeNull()
    await expect.poll(() => log.filter((l) => l.includes('[venue-twin] embed: ignored a message')).length, { timeout: 10_000 }).toBe(7)
    expect(await frame.evaluate(() => window.venueTwin!.selection())).toBeNull()
    expect(await selectionChanges(page)).toEqual([])
    const warnings = log.filter((l) => l.includes('embed: ignored')).join('\n')
    expect(warnings).toMatch(/unsupported protocol version 2/)
    expect(warnings).toMatch(/select: payload\.kind/)
    expect(warnings).toMatch(/unknown message type "selfDestruct"/)
    expect(warnings).toMatch(/did not come from the parent window/)
    expect(warnings).toMatch(/\(7 ignored so far\)/)
    await context.close()
  })

  it('a host on an origin that is not allowed gets nothing back and changes nothing', async () => {
    const { page, context, console: log } = await openHost('127.0.0.1')
    // The SDK waits for a ready that must never come.
    await page.evaluate(() => {
      const w = window as unknown as HostWindow
      w.embedding = w.sdk
        .then(({ VenueTwin }) => VenueTwin.embed(document.getElementById('twin')!, { lang: 'en', timeoutMs: 120_000 }))
        .catch((e: Error) => (w.embedError = e.message))
    })
    await page.waitForFunction(() => !!document.querySelector('#twin iframe'))
    await page.waitForFunction((origin) => [...document.querySelectorAll('iframe')].some((f) => f.src.startsWith(origin)), twinOrigin)
    await page.waitForTimeout(200)
    const frame = twinFrame(page, twinOrigin)
    await waitForTwinReady(frame)
    await page.evaluate((origin) => {
      const win = document.querySelector<HTMLIFrameElement>('#twin iframe')!.contentWindow!
      win.postMessage({ source: 'venue-twin', version: 1, type: 'hello' }, origin)
      win.postMessage({ source: 'venue-twin', version: 1, type: 'select', id: 'a', payload: { kind: 'zone', id: 'digital-trade' } }, origin)
      win.postMessage({ source: 'venue-twin', version: 1, type: 'setLanguage', id: 'b', payload: { lang: 'zh' } }, origin)
      win.postMessage({ source: 'venue-twin', version: 1, type: 'getState', id: 'c' }, origin)
    }, twinOrigin)
    await expect.poll(() => log.filter((l) => l.includes('not on the allow-list')).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(5)
    // Give any (wrong) answer time to arrive before concluding there is none.
    await page.waitForTimeout(1000)
    const { received } = await hostWindow(page)
    expect(received).toEqual([])
    expect(await page.evaluate(() => (window as unknown as HostWindow).embedError ?? null)).toBeNull()
    expect(await frame.evaluate(() => window.venueTwin!.selection())).toBeNull()
    expect(await frame.evaluate(() => document.querySelector('.app')!.getAttribute('lang'))).toBe('en')
    expect(log.join('\n')).toMatch(/not talking to the page that frames this twin \(http:\/\/127\.0\.0\.1:\d+\)/)
    await context.close()
  })
})

describe('the SDK and the example host page in the build', () => {
  it('the SDK is a small typed ES module (≤ 5 kB gzip) with a stable name', () => {
    const dist = inject('distDir')
    const js = readFileSync(path.join(dist, 'sdk/venue-twin-embed.js'))
    const gz = gzipSync(js, { level: 9 }).length
    expect(gz).toBeLessThanOrEqual(5 * 1024)
    // Self-contained: no imports of app chunks (and so no zod, React or three.js).
    expect(js.toString()).not.toMatch(/\bimport\s*[{*"'(]|from\s*["']/)
    expect(js.toString()).toMatch(/export\s*\{[^}]*\bVenueTwin\b/)
    const dts = readFileSync(path.join(dist, 'sdk/venue-twin-embed.d.ts'), 'utf8')
    expect(dts).toMatch(/export declare function embed\(container: HTMLElement, options\?: EmbedOptions\): Promise<EmbeddedTwin>/)
    expect(existsSync(path.join(dist, 'examples/embed.html'))).toBe(true)
    console.info(`SDK: ${js.length} B, ${gz} B gzip`)
  })

  it('the example page lists exhibitors that drive the twin and shows the twin’s selection', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', locale: 'en-GB' })
    const page = await context.newPage()
    const errors: Error[] = []
    page.on('pageerror', (e) => errors.push(e))
    await page.goto(`${baseUrl()}/examples/embed.html`)
    const exhibitor = index.exhibitorsByZone.get('digital-trade')![0]!
    const button = page.locator(`#list button[data-exhibitor="${exhibitor.id}"]`)
    await button.waitFor()
    // The status shows once the twin is ready (it says nothing is selected yet).
    await page.locator('#status').filter({ hasText: 'Nothing selected' }).waitFor({ timeout: 60_000 })
    await button.click()
    await page.locator(`#status strong[data-selection="exhibitor:${exhibitor.id}"]`).waitFor()
    expect(await page.locator('#status strong').textContent()).toBe(exhibitor.name.en)
    expect(await button.getAttribute('aria-current')).toBe('true')
    const frame = twinFrame(page, new URL(baseUrl()).origin)
    expect(await frame.evaluate(() => window.venueTwin!.selection())).toEqual({ kind: 'exhibitor', id: exhibitor.id })

    // A visitor's choice inside the twin shows on the host side too.
    await frame.evaluate(() => window.venueTwin!.select({ kind: 'zone', id: 'future-industries' }))
    await page.locator('#status strong[data-selection="zone:future-industries"]').waitFor()
    expect(await page.locator('#status strong').textContent()).toBe(index.zoneById.get('future-industries')!.name.en)

    await page.getByRole('button', { name: '中文' }).click()
    await frame.locator('.app[lang="zh-CN"]').waitFor()
    await expect.poll(() => page.locator('#status strong').textContent()).toBe(index.zoneById.get('future-industries')!.name.zh)
    expect(await button.textContent()).toContain(exhibitor.name.zh)
    expect(errors).toEqual([])
    await context.close()
  })
})
