/**
 * How the app starts (issue 8, "make it fast"), observed from outside in real Chromium — counts
 * and order of events, never times:
 *  - while the scene is still on its way, the explorer's frame is already there: toolbar, the
 *    loading progress in the list's place and the 3D canvas, whose renderer compiles the
 *    venue's shaders meanwhile and, when idle, draws each stand-in once (software renderers
 *    build a pipeline's code on its first draw), then nothing until the venue is there; the
 *    venue's first frame links no shader program, and the HTML labels join only after it;
 *  - when the scene is in before the 3D code has run, the first frame carries the booths and
 *    service points alone, built with one shader program; the pavilion volumes join next;
 *  - nothing but the first screen's needs is fetched before the scene is in (no live feed, no
 *    offline cache), and the live feed and URL sync wait for the first frame;
 *  - with software WebGL (this machine: SwiftShader) the canvas draws one pixel per CSS pixel at
 *    most and without multisampling, whatever the screen's pixel ratio.
 */
import type { Page, Route } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { WARMUP_PARTS } from '../../src/scene/viewParts.ts'
import { baseUrl, browserForFile, newDesktopContext, waitForReady, WITH_OFFLINE_CACHE } from './browser.ts'

const browser = browserForFile()

/**
 * Counts shader programs linked, with the page time of each, and drawing commands (clears and
 * draws); set before any app code runs.
 */
function countProgramLinks(): void {
  const links: number[] = []
  const draws = { n: 0 }
  ;(window as unknown as { __links: number[] }).__links = links
  ;(window as unknown as { __draws: { n: number } }).__draws = draws
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    const link = proto.linkProgram
    proto.linkProgram = function (this: WebGLRenderingContext, program: WebGLProgram) {
      links.push(performance.now())
      return link.call(this, program)
    }
    for (const name of ['clear', 'drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced'] as const) {
      const original = (proto as unknown as Record<string, (...args: unknown[]) => unknown>)[name]
      if (!original) continue
      ;(proto as unknown as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
        draws.n++
        return original.apply(this, args)
      }
    }
  }
}

/**
 * Records, per frame (a clear starts one), how many draws were instanced, and what the frame
 * in progress held when the first-frame mark was set; set before any app code runs.
 */
function recordFrames(): void {
  const frames: { instanced: number; other: number }[] = []
  const at = { frame: -1, links: -1 }
  let links = 0
  ;(window as unknown as { __frames: typeof frames }).__frames = frames
  ;(window as unknown as { __atFirstFrame: typeof at }).__atFirstFrame = at
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    const link = proto.linkProgram
    proto.linkProgram = function (this: WebGLRenderingContext, program: WebGLProgram) {
      links++
      return link.call(this, program)
    }
    const clear = proto.clear
    proto.clear = function (this: WebGLRenderingContext, mask: number) {
      frames.push({ instanced: 0, other: 0 })
      return clear.call(this, mask)
    }
    for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced'] as const) {
      const original = (proto as unknown as Record<string, (...args: unknown[]) => unknown>)[name]
      if (!original) continue
      ;(proto as unknown as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
        const frame = frames[frames.length - 1]
        if (frame) frame[name.endsWith('Instanced') ? 'instanced' : 'other']++
        return original.apply(this, args)
      }
    }
  }
  const mark = performance.mark.bind(performance)
  performance.mark = (name: string, options?: PerformanceMarkOptions) => {
    // The mark is set once the first venue frame has reached the screen, before the next one.
    if (name === 'venue-twin:first-frame' && at.frame < 0) {
      at.frame = frames.length - 1
      at.links = links
    }
    return mark(name, options)
  }
}

/** Records the page time at which the first zone label appears in the document. */
function watchFirstLabel(): void {
  const seen = { at: -1 }
  ;(window as unknown as { __firstLabel: { at: number } }).__firstLabel = seen
  new MutationObserver((_, observer) => {
    if (!document.querySelector('.zone-label')) return
    seen.at = performance.now()
    observer.disconnect()
  }).observe(document, { childList: true, subtree: true })
}

const draws = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { __draws: { n: number } }).__draws.n)

const links = (page: Page): Promise<number[]> => page.evaluate(() => (window as unknown as { __links: number[] }).__links)

/** The default scene's venue file: published, so content-hashed under files/ (npm run publish:scene). */
const VENUE_FILE = /\/scenes\/wdec-2023\/(files\/venue\.[0-9a-f]+|venue)\.json$/

/** Opens the app with venue.json held back until `release()`; records every request URL. */
async function openHeld(opts: { deviceScaleFactor?: number } = {}) {
  const context = await newDesktopContext(browser, { ...opts, ...WITH_OFFLINE_CACHE })
  await context.addInitScript(countProgramLinks)
  await context.addInitScript(watchFirstLabel)
  const requests: string[] = []
  let release!: () => void
  const released = new Promise<void>((r) => (release = r))
  // The worker's fetches pass through the context's routing too.
  await context.route(VENUE_FILE, async (route: Route) => {
    await released
    await route.continue()
  })
  const page = await context.newPage()
  page.on('request', (r) => requests.push(new URL(r.url()).pathname))
  const warnings: string[] = []
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()))
  await page.goto(`${baseUrl()}/`)
  return { context, page, requests, warnings, release }
}

describe('start-up', () => {
  it('shows the explorer frame and warms the 3D view while the scene loads; the first venue frame compiles nothing', async () => {
    const { context, page, warnings, release } = await openHeld()
    // The frame of the explorer is there before the data: toolbar, progress, and the canvas.
    await page.locator('.toolbar').waitFor()
    await page.locator('.sidebar-loading progress').waitFor()
    await page.locator('.viewport canvas').waitFor()
    // The renderer compiles the venue's shaders while waiting: booths and markers, highlights,
    // zone volumes and edges, the floor, the carpet, the banners' lettering (viewParts.ts).
    const parts = WARMUP_PARTS.length
    await page.waitForFunction((n) => (window as unknown as { __links: number[] }).__links.length >= n, parts, { timeout: 30_000 })
    const beforeScene = (await links(page)).length
    expect(await page.locator('.scene-mirror, #scene-mirror').count(), 'the list waits for the scene').toBe(0)
    // When idle, each stand-in is drawn once, one per pass (a clear and a draw each), and then
    // nothing more while the scene is awaited: no frame loop on an empty view.
    await page.waitForFunction((n) => (window as unknown as { __draws: { n: number } }).__draws.n >= n * 2, parts, { timeout: 30_000 })
    const warmDraws = await draws(page)
    await page.waitForTimeout(1000)
    expect(await draws(page), 'clears and draws while the scene is awaited, after the warm-up pass').toBe(warmDraws)

    release()
    await waitForReady(page)
    const firstFrameAt = await page.evaluate(() => performance.getEntriesByName('venue-twin:first-frame')[0]!.startTime)
    const linkedByFirstFrame = (await links(page)).filter((t) => t <= firstFrameAt).length
    expect(linkedByFirstFrame, 'programs linked by the time the venue was first drawn').toBe(beforeScene)
    expect(await draws(page), 'the venue is drawn').toBeGreaterThan(0)
    // The labels come with the next frame: the first one carries the drawing alone.
    await page.locator('.zone-label').first().waitFor()
    const firstLabelAt = await page.evaluate(() => (window as unknown as { __firstLabel: { at: number } }).__firstLabel.at)
    expect(firstLabelAt, 'the first zone label appeared after the first venue frame').toBeGreaterThan(firstFrameAt)
    // Everything shown while loading speaks from the always-bundled strings: no key, no warning.
    expect(warnings.filter((w) => /interface text/.test(w))).toEqual([])
    await context.close()
  })

  it('with the scene already in as the 3D view starts, draws the booths first and the pavilion volumes in the next frame', async () => {
    // The usual order on a fast connection: the scene is validated before the 3D code has run.
    // Holding the 3D code back until the list is up makes that order certain.
    const context = await newDesktopContext(browser)
    await context.addInitScript(recordFrames)
    let release!: () => void
    const released = new Promise<void>((r) => (release = r))
    await context.route(/\/assets\/SceneHost-[^/]+\.js$/, async (route: Route) => {
      await released
      await route.continue()
    })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/`)
    await page.locator('#scene-mirror').waitFor()
    expect(await page.evaluate(() => (window as unknown as { __frames: unknown[] }).__frames.length), 'nothing drawn before the 3D code').toBe(0)
    release()
    await waitForReady(page)
    await page.locator('.zone-label').first().waitFor()
    const { frames, at } = await page.evaluate(() => ({
      frames: (window as unknown as { __frames: { instanced: number; other: number }[] }).__frames,
      at: (window as unknown as { __atFirstFrame: { frame: number; links: number } }).__atFirstFrame,
    }))
    // The first frame (and any drawn before the mark was set): booths and service points, two
    // instanced draws, and nothing else; it needed one shader program, so only that one was
    // built before it.
    expect(frames.slice(0, at.frame + 1), 'the frames up to the first-frame mark').toEqual(Array(at.frame + 1).fill({ instanced: 2, other: 0 }))
    expect(at.links, 'shader programs built by the first frame').toBe(1)
    // The next frame adds the pavilion volumes (two passes: back faces, then front) and their
    // outlines, and the hall model: plain draws.
    expect(frames[at.frame + 1]?.other ?? 0, 'plain draws in the frame after the first').toBeGreaterThanOrEqual(3)
    await context.close()
  })

  it('fetches nothing the first screen does not need before the scene is in', async () => {
    const { context, page, requests, release } = await openHeld()
    await page.locator('.viewport canvas').waitFor()
    // Give the page every chance to start optional work early.
    await page.waitForTimeout(1500)
    const early = [...requests]
    const liveLater = page.waitForRequest((r) => /\/assets\/live-[^/]+\.js$/.test(new URL(r.url()).pathname), { timeout: 30_000 })
    release()
    await waitForReady(page)
    expect(early.some((p) => VENUE_FILE.test(p)), 'the scene was asked for').toBe(true)
    expect(early.some((p) => /\/assets\/SceneHost-[^/]+\.js$/.test(p)), 'the 3D code downloads alongside').toBe(true)
    // The live feed, its simulator and the offline cache start once the venue is there.
    expect(early.filter((p) => /\/assets\/(live|simulator|serviceWorker|mqtt[^/]*)-[^/]+\.js$|\/sw\.js$/.test(p))).toEqual([])
    // …and do start then (so the pattern above names real files) — once the first view is drawn:
    // the live feed and URL sync do not stand between the scene and the first frame.
    await liveLater
    await page.waitForFunction(() => performance.getEntriesByType('resource').filter((r) => /\/assets\/(live|urlSync)-[^/]+\.js$/.test(new URL(r.name).pathname)).length === 2)
    const order = await page.evaluate(() => {
      const firstFrame = performance.getEntriesByName('venue-twin:first-frame')[0]!.startTime
      const started = (re: RegExp) => performance.getEntriesByType('resource').find((r) => re.test(new URL(r.name).pathname))?.startTime ?? -1
      return { firstFrame, live: started(/\/assets\/live-[^/]+\.js$/), urlSync: started(/\/assets\/urlSync-[^/]+\.js$/) }
    })
    expect(order.live, 'the live feed asked for after the first frame').toBeGreaterThan(order.firstFrame)
    expect(order.urlSync, 'URL sync asked for after the first frame').toBeGreaterThan(order.firstFrame)
    // Parts the first view never shows — tour caption, walk hint, live legend, the offline
    // cache, wayfinding, the embed-only poster and gesture hint — are not fetched before it is
    // drawn.
    const early2 = await page.evaluate((firstFrame) =>
      performance
        .getEntriesByType('resource')
        .filter((r) => r.startTime <= firstFrame)
        .map((r) => new URL(r.name).pathname)
        .filter((p) => /\/assets\/(TourCaption|WalkHint|LiveOverlay|serviceWorker|EmbedPoster|GestureHint|routeLaunch)-[^/]+\.js$/.test(p)), order.firstFrame)
    expect(early2).toEqual([])
    await context.close()
  })

  it('starts the scene worker from the page itself, before the app code has run, and the app adopts it', async () => {
    const context = await newDesktopContext(browser)
    await context.addInitScript(() => {
      const made: string[] = []
      ;(window as unknown as { __workers: string[] }).__workers = made
      const Native = window.Worker
      window.Worker = class extends Native {
        constructor(url: string | URL, opts?: WorkerOptions) {
          // 'loading' while the HTML is parsed (inline scripts); module scripts run after it.
          made.push(`${(opts?.name ?? '').replace(/#.*/, '')}@${document.readyState}`)
          super(url, opts)
        }
      }
    })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/`)
    await waitForReady(page)
    const made = await page.evaluate(() => (window as unknown as { __workers: string[] }).__workers)
    // One scene worker in all, created while the page was still being parsed.
    expect(made.filter((w) => w.startsWith('venue-twin-scene'))).toEqual(['venue-twin-scene@loading'])
    await context.close()
  })

  it('draws at most one pixel per CSS pixel, without multisampling, when WebGL runs in software', async () => {
    const { context, page, release } = await openHeld({ deviceScaleFactor: 2 })
    release()
    await waitForReady(page)
    const canvas = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('.viewport canvas')!
      const gl = (c.getContext('webgl2') ?? c.getContext('webgl'))!
      return { width: c.width, cssWidth: c.clientWidth, antialias: gl.getContextAttributes()?.antialias, dpr: window.devicePixelRatio }
    })
    expect(canvas.dpr).toBe(2)
    expect(canvas.cssWidth).toBeGreaterThan(300)
    expect(canvas.width).toBeLessThanOrEqual(canvas.cssWidth)
    expect(canvas.antialias).toBe(false)
    await context.close()
  })
})
