/**
 * Phone-first (issue 25), at a phone's viewport (390×844, touch): nothing moves after the first
 * paint; a kiosk's QR link shows the exhibitor's card and where it is (the plan) before any 3D
 * code is fetched or run, and the 3D view comes when asked; a visitor saving data downloads no
 * hall model; a hidden tab's live simulator stops; the deployment's settings are checked in the
 * scene worker, not on the page. Counters and orders, never times.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { CARD_MARK, CODE_3D_MARK, FIRST_FRAME_MARK } from '../../src/state/perfMarks.ts'
import { baseUrl, browserForFile, CHROME_ARGS, chromePath, newDesktopContext, openApp, waitForReady, WITH_OFFLINE_CACHE } from './browser.ts'
import { patchDeployConfig } from './deployConfig.ts'
import { loadDefaultScene } from './sceneData.ts'

const index = loadDefaultScene()
const kiosk = index.scene.venue.kiosks[0]!
// An exhibitor with one booth: the plan marks exactly that booth.
const exhibitor = index.scene.exhibitors.find((e) => e.boothIds.length === 1)!
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, reducedMotion: 'reduce', ...WITH_OFFLINE_CACHE }
const QR_LINK = `?lang=en&exhibitor=${exhibitor.id}&from=${kiosk.id}`

const browser = browserForFile()

/** Every layout shift of the page from its start, with the first paint's time (init script). */
function recordShifts(): void {
  const w = window as unknown as { __shifts: { value: number; at: number; nodes: string[] }[] }
  w.__shifts = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node | null }[] })[])
      w.__shifts.push({ value: e.value, at: e.startTime, nodes: (e.sources ?? []).map((s) => (s.node as Element | null)?.className?.toString() || s.node?.nodeName || '?') })
  }).observe({ type: 'layout-shift', buffered: true })
}

const marks = (page: Page) => page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])))
/**
 * The 3D view's own chunks among index.html's low-priority hints (the view, and three.js with
 * R3F and drei); the small shared chunks the hints also list serve the panels and the live feed too.
 */
const code3dUrls = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload][fetchpriority=low]')].map((l) => l.href).filter((u) => /\/(SceneHost|three)-[^/]+\.js$/.test(u)))
const fetched = (page: Page) => page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name))

describe('a phone (390×844, touch)', () => {
  it('moves nothing after the first paint, on the default page, the QR link and a route link', async () => {
    for (const query of ['?lang=en', QR_LINK, `?lang=en&from=${kiosk.id}&to=${exhibitor.id}`]) {
      const context = await browser.newContext(PHONE)
      await context.addInitScript(recordShifts)
      const page = await context.newPage()
      await page.goto(`${baseUrl()}/${query}`)
      await waitForReady(page)
      // The parts that come after the first view (live status, search engine, a route) are in too.
      await page.locator('.live-indicator').waitFor()
      if (query.includes('to=')) await page.locator('.plan-route').waitFor()
      await page.waitForTimeout(500)
      const { shifts, fcp } = await page.evaluate(() => ({
        shifts: (window as unknown as { __shifts: { value: number; at: number; nodes: string[] }[] }).__shifts,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      }))
      expect(fcp, query).not.toBeNull()
      expect(shifts.filter((s) => s.at >= fcp! && s.value > 0.01), query).toEqual([])
      await context.close()
    }
  })

  it('a QR link shows the card and the plan with the booth before any 3D code; 3D comes when asked', async () => {
    const { page, context, pageErrors } = await openApp(browser, QR_LINK, PHONE)
    const card = page.getByRole('complementary', { name: exhibitor.name.en })
    await card.getByRole('heading', { name: exhibitor.name.en }).waitFor()
    // Where it is: the plan marks the exhibitor's booth.
    const plan = page.getByRole('img', { name: `Floor plan of ${index.scene.venue.name.en}, showing ${exhibitor.name.en}` })
    await plan.waitFor()
    expect(await page.locator('.plan-booth[data-lit]').evaluateAll((els) => els.map((e) => e.getAttribute('data-booth')))).toEqual(exhibitor.boothIds)
    await page.locator('.live-indicator').waitFor()
    const before = await marks(page)
    expect(before[CARD_MARK]).toBeDefined()
    // The panel's code is asked for with the plan's, before the scene is in (the saved visit
    // plan's code is asked for once it is), not when the card first renders.
    const asked = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => ({ name: r.name, at: r.startTime })))
    const askedAt = (chunk: RegExp) => asked.find((r) => chunk.test(r.name))?.at ?? Infinity
    expect(askedAt(/\/Panel-[^/]+\.js$/)).toBeLessThan(askedAt(/\/visitStorage-[^/]+\.js$/))
    expect(askedAt(/\/visitStorage-[^/]+\.js$/)).toBeLessThan(Infinity)
    expect(before[CODE_3D_MARK]).toBeUndefined()
    const code3d = await code3dUrls(page)
    expect(code3d.length).toBe(2)
    expect((await fetched(page)).filter((u) => code3d.includes(u))).toEqual([])
    expect(await page.locator('canvas').count()).toBe(0)

    // The visitor asks for the 3D view: its code loads, runs and draws the venue.
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: '3D' }).tap()
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, FIRST_FRAME_MARK, { timeout: 30_000 })
    const after = await marks(page)
    expect(after[CODE_3D_MARK]).toBeGreaterThan(after[CARD_MARK]!)
    expect(await page.getByRole('button', { name: '3D', pressed: true }).count()).toBe(1)
    await expect(page.locator('.plan-view').count()).resolves.toBe(0)
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('opens no WebGL context on the plan until 3D is asked for; without WebGL the plan stays, with a message', async () => {
    const open = async (b: Browser) => {
      const context = await b.newContext(PHONE)
      // Count the page's WebGL contexts (the start-up probe is one).
      await context.addInitScript(() => {
        const w = window as unknown as { __webgl: number }
        w.__webgl = 0
        const get = HTMLCanvasElement.prototype.getContext
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
          if (/webgl/.test(kind)) w.__webgl++
          return (get as (...a: unknown[]) => unknown).call(this, kind, ...rest)
        } as typeof get
      })
      const page = await context.newPage()
      await page.goto(`${baseUrl()}/?lang=en&live=off`)
      await waitForReady(page)
      await page.getByRole('img', { name: `Floor plan of ${index.scene.venue.name.en}` }).waitFor()
      return { context, page, contexts: () => page.evaluate(() => (window as unknown as { __webgl: number }).__webgl) }
    }
    const withGl = await open(browser)
    expect(await withGl.contexts()).toBe(0)
    await withGl.page.getByRole('group', { name: 'View' }).getByRole('button', { name: '3D' }).tap()
    await withGl.page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, FIRST_FRAME_MARK, { timeout: 30_000 })
    expect(await withGl.contexts()).toBeGreaterThan(0)
    await withGl.context.close()

    const noGl = await chromium.launch({ executablePath: chromePath(), headless: true, args: [...CHROME_ARGS, '--disable-webgl', '--disable-webgl2'] })
    try {
      const { page } = await open(noGl)
      await page.getByRole('group', { name: 'View' }).getByRole('button', { name: '3D' }).tap()
      await page.getByTestId('webgl-unavailable').waitFor()
      // The plan is still there to use; the view switch, with nothing to switch to, is gone.
      await page.getByRole('img', { name: `Floor plan of ${index.scene.venue.name.en}` }).waitFor()
      expect(await page.getByRole('group', { name: 'View' }).count()).toBe(0)
      expect(await page.locator('canvas').count()).toBe(0)
    } finally {
      await noGl.close()
    }
  })

  it('a tap on a booth in the plan opens its card', async () => {
    const { page, context } = await openApp(browser, '?lang=zh&live=off', PHONE)
    const booth = index.boothById.get(exhibitor.boothIds[0]!)!
    const box = (await page.locator(`.plan-booth[data-booth="${booth.id}"]`).boundingBox())!
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)
    await page.waitForFunction((id) => window.venueTwin!.selection()?.id === id, booth.id)
    await expect(page.locator(`.plan-booth[data-booth="${booth.id}"]`).getAttribute('data-lit')).resolves.not.toBeNull()
    await context.close()
  })
})

describe('saving data', () => {
  it('with Save-Data on: the plan first, and no hall model even in 3D', async () => {
    const context = await newDesktopContext(browser, { extraHTTPHeaders: { 'Save-Data': 'on' }, ...WITH_OFFLINE_CACHE })
    // Chromium says Save-Data through navigator.connection.saveData (what the header reflects).
    await context.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }))
    const page = await context.newPage()
    const models: string[] = []
    page.on('request', (r) => {
      if (/\/models\/|\.glb(\?|$)/.test(r.url())) models.push(r.url())
    })
    await page.goto(`${baseUrl()}/?lang=en&live=off`)
    await waitForReady(page)
    await page.getByRole('img', { name: `Floor plan of ${index.scene.venue.name.en}` }).waitFor()
    await expect(page.getByText('Data saver is on', { exact: false }).count()).resolves.toBe(1)
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: '3D' }).click()
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, FIRST_FRAME_MARK, { timeout: 30_000 })
    // The venue stands on its plain floor; the model would have been asked for by now.
    await page.waitForTimeout(1500)
    expect(index.scene.venue.model).toBeTruthy()
    expect(models).toEqual([])
    // Nor does an offline cache download it (and the rest of the app) behind the page's back.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0)
    await context.close()
  })
})

describe("the deployment's settings", () => {
  // The checker (zod's compiled schema) runs in the scene worker: the page only takes its result.
  const settingsCode = (names: string[]) => names.filter((n) => /\/readDeploymentConfig-[^/]+\.js$|\/venue-twin\.config\.json$/.test(n))

  it('are checked in the scene worker: the page fetches neither the file nor its checker, and they are in force', async () => {
    const { page, context, pageErrors } = await openApp(browser, '?lang=en', PHONE)
    // The live feed and the revision checks start only once the settings are in the store.
    await page.locator('.live-indicator').waitFor()
    await page.waitForFunction(() => '__venueTwinRevisions' in window)
    expect(await page.locator('[data-notice="config"]').count()).toBe(0)
    const names = await fetched(page)
    expect(names.some((n) => /\/sceneWorker-[^/]+\.js$/.test(n)), 'the scene worker').toBe(true)
    expect(settingsCode(names)).toEqual([])
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('a bad value still gets its notice, naming the field, and the safe defaults', async () => {
    const restore = patchDeployConfig({ updates: { checkSeconds: 0 } })
    try {
      const { page, context } = await openApp(browser, '?lang=en', PHONE)
      const notice = page.locator('[data-notice="config"]')
      await notice.waitFor()
      expect(await notice.getAttribute('role')).toBe('alert')
      expect(await notice.textContent()).toContain('venue-twin.config.json $.updates.checkSeconds')
      expect(settingsCode(await fetched(page))).toEqual([])
      await context.close()
    } finally {
      restore()
    }
  })
})

describe('a hidden tab', () => {
  it("stops the live simulator's ticks and starts them again when shown", async () => {
    const context = await newDesktopContext(browser)
    // Count the page's running intervals by period; visibility is the browser's to say, so the
    // test says it the same way (the property and its event).
    await context.addInitScript(() => {
      const w = window as unknown as { __intervals: Map<number, number>; __hidden: boolean }
      w.__intervals = new Map()
      w.__hidden = false
      const set = window.setInterval.bind(window)
      const clear = window.clearInterval.bind(window)
      window.setInterval = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
        const id = set(fn, ms, ...rest)
        w.__intervals.set(id, ms ?? 0)
        return id
      }) as typeof window.setInterval
      window.clearInterval = ((id?: number) => {
        if (id !== undefined) w.__intervals.delete(id)
        clear(id)
      }) as typeof window.clearInterval
      Object.defineProperty(document, 'visibilityState', { get: () => (w.__hidden ? 'hidden' : 'visible'), configurable: true })
      Object.defineProperty(document, 'hidden', { get: () => w.__hidden, configurable: true })
    })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/?lang=en`)
    await waitForReady(page)
    await page.locator('.live-indicator').waitFor()
    const simTicks = () => page.evaluate(() => [...(window as unknown as { __intervals: Map<number, number> }).__intervals.values()].filter((ms) => ms === 250).length)
    await page.waitForFunction(() => [...(window as unknown as { __intervals: Map<number, number> }).__intervals.values()].includes(250))
    expect(await simTicks()).toBe(1)
    const setHidden = (hidden: boolean) =>
      page.evaluate((h) => {
        ;(window as unknown as { __hidden: boolean }).__hidden = h
        document.dispatchEvent(new Event('visibilitychange'))
      }, hidden)
    await setHidden(true)
    expect(await simTicks()).toBe(0)
    await setHidden(false)
    expect(await simTicks()).toBe(1)
    await context.close()
  })
})
