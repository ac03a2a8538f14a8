/**
 * Real Chromium for end-to-end tests: Debian's /usr/bin/chromium by default, `CHROME_PATH` to
 * use another. WebGL renders in software (SwiftShader): correct pixels, slow frames.
 */
import { existsSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']

export function chromePath(): string {
  const env = process.env.CHROME_PATH
  if (env) {
    if (!existsSync(env)) throw new Error(`CHROME_PATH=${env} does not exist`)
    return env
  }
  const found = CANDIDATES.find((p) => existsSync(p))
  if (!found)
    throw new Error('No Chromium found. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH to a Chrome/Chromium binary.')
  return found
}

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
]

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), headless: true, args: CHROME_ARGS })
}

/**
 * The test file's Chromium: launched before its first test, closed after its last. Returns
 * the browser itself (a stand-in that forwards to it once launched), so a file writes
 * `const browser = browserForFile()` once at the top and uses it like any `Browser`.
 */
export function browserForFile(): Browser {
  let launched: Browser | undefined
  beforeAll(async () => {
    launched = await launchBrowser()
  })
  afterAll(async () => {
    await launched?.close()
  })
  return new Proxy({} as Browser, {
    get(_, key) {
      if (!launched) throw new Error('browserForFile(): the browser is used before the file\'s beforeAll launched it')
      const value: unknown = Reflect.get(launched, key)
      return typeof value === 'function' ? value.bind(launched) : value
    },
  })
}

/** The desktop screen every test uses unless it says otherwise. */
export const DESKTOP = { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' } as const

/**
 * A fresh browser context on the desktop screen (options override the screen). The offline cache
 * is off unless a test asks for it (`serviceWorkers: 'allow'`): every fresh context would install
 * it and download its 3 MB precache, about 0.7 s of a software-rendered load, in tests about
 * something else. The files that test the cache, and the quiet console, allow it.
 */
export function newDesktopContext(browser: Browser, opts: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ ...DESKTOP, serviceWorkers: 'block', ...opts })
}

/** Context options that keep the offline cache (service worker) a visitor gets. */
export const WITH_OFFLINE_CACHE = { serviceWorkers: 'allow' } as const

/** The venue editor (`edit.html`) in a fresh context on a screen wide enough for its panels, its API ready. */
export async function openEditor(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  const page = await context.newPage()
  await page.goto(`${baseUrl()}/edit.html`)
  await page.waitForFunction(() => !!window.venueTwinEditor)
  return { context, page }
}

export function baseUrl(): string {
  return inject('baseUrl')
}

export interface OpenedApp {
  context: BrowserContext
  page: Page
  /** Console warnings and errors seen so far. */
  console: { type: string; text: string }[]
  pageErrors: Error[]
}

export async function openApp(
  browser: Browser,
  query = '',
  opts: BrowserContextOptions & { waitReady?: boolean } = {},
): Promise<OpenedApp> {
  const { waitReady = true, ...contextOptions } = opts
  const context = await newDesktopContext(browser, contextOptions)
  const page = await context.newPage()
  const log: OpenedApp['console'] = []
  const pageErrors: Error[] = []
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') log.push({ type: m.type(), text: m.text() })
  })
  page.on('pageerror', (e) => pageErrors.push(e))
  await page.goto(`${baseUrl()}/${query}`)
  if (waitReady) await waitForReady(page)
  return { context, page, console: log, pageErrors }
}

export async function waitForReady(page: Page): Promise<void> {
  await page.waitForFunction(() => !!window.venueTwin, null, { timeout: 30_000 })
  await page.evaluate(() => window.venueTwin!.ready)
}

/** Wait until the camera has settled: no new frames for a while. */
export async function waitForIdle(page: Page, quietMs = 400, timeoutMs = 20_000): Promise<void> {
  const start = Date.now()
  let last = await frames(page)
  let since = Date.now()
  while (Date.now() - start < timeoutMs) {
    await page.waitForTimeout(100)
    const now = await frames(page)
    if (now !== last) {
      last = now
      since = Date.now()
    } else if (Date.now() - since >= quietMs) return
  }
  throw new Error('the view never settled')
}

async function frames(page: Page): Promise<number> {
  return page.evaluate(() => window.venueTwin!.stats().framesDrawn)
}

/** A real pointer click where the app says the item is: move, then click, through the raycast. */
export async function clickItem(page: Page, id: string): Promise<void> {
  await waitForIdle(page)
  const pos = await page.evaluate((i) => window.venueTwin!.screenPosition(i), id)
  if (!pos) throw new Error(`${id} is not visible on screen`)
  await page.mouse.move(pos.x, pos.y)
  await page.mouse.click(pos.x, pos.y)
}
