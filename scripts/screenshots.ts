/**
 * `npm run screenshots [-- --dist <dir>] [-- --only <name,name>]`
 *
 * Pictures of the product for docs/screenshots/, taken from the production build in headless
 * Chromium (software WebGL) the way a visitor sees it, so the README's pictures never drift from
 * the product: overview, zone, booth, kiosk portrait, kiosk attract loop (twin look), phone, walk mode, both languages, and the
 * website embed at 640×400 and 320×240. Builds the app first unless `--dist` names a build.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { chromium, type BrowserContextOptions, type Page } from 'playwright-core'
import { chromePath, CHROME_ARGS } from '../test/e2e/browser.ts'
import { buildApp, ROOT, serveApp } from './bench/serve.ts'

export interface Shot {
  name: string
  query: string
  context: BrowserContextOptions
  /** Something to do once the view is up (a click, a mode), before the picture. */
  then?: (page: Page) => Promise<void>
}

const DESKTOP = { viewport: { width: 1280, height: 800 } }
export const SHOTS: Shot[] = [
  { name: 'overview-en', query: '?lang=en&live=off', context: DESKTOP },
  { name: 'overview-zh', query: '?lang=zh&live=off', context: DESKTOP },
  { name: 'zone-en', query: '?lang=en&live=off&zone=future-industries', context: DESKTOP },
  { name: 'zone-zh', query: '?lang=zh&live=off&zone=digital-trade', context: DESKTOP },
  { name: 'booth-en', query: '?lang=en&live=off&booth=booth-a01', context: DESKTOP },
  { name: 'kiosk-portrait-zh', query: '?mode=kiosk&kiosk=kiosk-south-entrance&lang=zh&live=off', context: { viewport: { width: 540, height: 960 }, hasTouch: true } },
  {
    // The attract loop in the twin look: a short idle time, then the first stop of the tour.
    name: 'kiosk-attract-twin-zh',
    query: '?mode=kiosk&kiosk=kiosk-south-entrance&lang=zh&live=off&idle=3',
    context: { viewport: { width: 1600, height: 900 }, hasTouch: true },
    then: async (page) => page.getByTestId('attract').waitFor({ timeout: 60_000 }),
  },
  { name: 'phone-zh', query: '?lang=zh&live=off', context: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 } },
  {
    name: 'walk-en',
    query: '?lang=en&live=off',
    context: DESKTOP,
    then: async (page) => page.getByRole('button', { name: 'Walk', exact: true }).click(),
  },
  { name: 'embed-640x400-en', query: '?mode=embed&lang=en&live=off', context: { viewport: { width: 640, height: 400 } } },
  { name: 'embed-320x240-zh', query: '?mode=embed&lang=zh&live=off', context: { viewport: { width: 320, height: 240 } } },
]

export const SCREENSHOT_DIR = path.join(ROOT, 'docs/screenshots')

/** Wait until the 3D view has drawn and then stayed still for a while. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !!window.venueTwin, null, { timeout: 60_000 })
  await page.evaluate(() => window.venueTwin!.ready)
  let last = -1
  let quietSince = Date.now()
  const start = Date.now()
  while (Date.now() - start < 30_000) {
    await page.waitForTimeout(150)
    const n = await page.evaluate(() => window.venueTwin!.stats().framesDrawn)
    if (n !== last) {
      last = n
      quietSince = Date.now()
    } else if (Date.now() - quietSince > 1200) return
  }
}

export async function takeScreenshots(baseUrl: string, outDir: string, only: readonly string[] = []): Promise<string[]> {
  await mkdir(outDir, { recursive: true })
  const browser = await chromium.launch({ executablePath: chromePath(), headless: true, args: CHROME_ARGS })
  const written: string[] = []
  try {
    for (const shot of SHOTS.filter((s) => !only.length || only.includes(s.name))) {
      const context = await browser.newContext({ reducedMotion: 'reduce', ...shot.context })
      const page = await context.newPage()
      await page.goto(`${baseUrl}/${shot.query}`)
      await settle(page)
      if (shot.then) {
        await shot.then(page)
        await settle(page)
      }
      const file = path.join(outDir, `${shot.name}.png`)
      await writeFile(file, await page.screenshot())
      written.push(file)
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return written
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(name)
    return i >= 0 ? args[i + 1] : undefined
  }
  const given = flag('--dist')
  const dist = given ? path.resolve(given) : path.join(ROOT, 'node_modules/.cache/screenshots-dist')
  if (!given) {
    // The production app users get, not React's development build.
    process.env.NODE_ENV = 'production'
    await buildApp(dist)
  }
  const server = await serveApp(dist)
  try {
    const files = await takeScreenshots(server.url, SCREENSHOT_DIR, (flag('--only') ?? '').split(',').filter(Boolean))
    for (const f of files) console.log(`  wrote ${path.relative(ROOT, f)}`)
  } finally {
    await server.close()
    if (!given) await rm(dist, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    console.error(e)
    process.exit(1)
  })
}
