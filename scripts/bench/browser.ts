/**
 * Measurements in headless Chromium (playwright-core driving the system browser with the
 * flags the e2e tests use; WebGL renders in software). Each load runs in a fresh context, so
 * every run is a cold visit with an empty cache.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core'
import { CHROME_ARGS, chromePath } from '../../test/e2e/browser.ts'
import { BASELINE_FIRST_FRAME_MARK } from './baseline/marks.ts'

export const UI_READY = 'venue-twin:ui-ready'
export const FIRST_FRAME = 'venue-twin:first-frame'

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), headless: true, args: CHROME_ARGS })
}

const VIEWPORT = { width: 1280, height: 800 }

async function markTime(page: Page, name: string, timeoutMs: number): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: timeoutMs, polling: 50 })
  return page.evaluate((n) => performance.getEntriesByName(n)[0]!.startTime, name)
}

export interface AppLoad {
  uiReadyMs: number
  firstFrameMs: number
}

/** Navigation → the interface is usable (the venue list is on screen) → the first 3D frame. */
export async function loadApp(browser: Browser, url: string, timeoutMs = 120_000): Promise<AppLoad> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  try {
    const page = await context.newPage()
    await page.goto(url)
    const uiReadyMs = await markTime(page, UI_READY, timeoutMs)
    const firstFrameMs = await markTime(page, FIRST_FRAME, timeoutMs)
    return { uiReadyMs, firstFrameMs }
  } finally {
    await context.close()
  }
}

/** Navigation → the baseline starter's first frame. */
export async function loadBaseline(browser: Browser, url: string, timeoutMs = 120_000): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  try {
    const page = await context.newPage()
    await page.goto(url)
    return await markTime(page, BASELINE_FIRST_FRAME_MARK, timeoutMs)
  } finally {
    await context.close()
  }
}

export interface ScaleFigures {
  uiReadyMs: number
  firstFrameMs: number
  drawCalls: number
  triangles: number
  heapMB: number
  /** Longest main-thread task between the load event and 3 s after the first frame. */
  longestTaskMs: number
  /** The same window, each task less the time it sat waiting for the compositor (frame commit). */
  longestTaskWithoutCommitMs: number
  longTasksAfterLoad: number
  /** A venue with levels: from `setLevel` to the next frame drawn, per switch, ms. */
  levelSwitchMs?: number[]
}

/** One cold load of a scene: counters, heap, and main-thread tasks (from a DevTools trace). */
export async function measureScale(browser: Browser, url: string, timeoutMs = 240_000): Promise<ScaleFigures> {
  const context: BrowserContext = await browser.newContext({ viewport: VIEWPORT })
  try {
    const page = await context.newPage()
    const cdp: CDPSession = await context.newCDPSession(page)
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] })
    await page.goto(url)
    const uiReadyMs = await markTime(page, UI_READY, timeoutMs)
    await page.waitForFunction(() => !!window.venueTwin, null, { timeout: timeoutMs })
    await page.evaluate(() => window.venueTwin!.ready)
    const firstFrameMs = await markTime(page, FIRST_FRAME, timeoutMs)
    await page.waitForTimeout(3000)
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }
    const { stats, loadEventEnd } = await page.evaluate(() => ({
      stats: window.venueTwin!.stats(),
      loadEventEnd: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    }))
    await cdp.send('HeapProfiler.collectGarbage')
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
    const tasks = mainThreadTasks(trace.traceEvents, { name: UI_READY, atMs: uiReadyMs }, loadEventEnd, firstFrameMs + 3000)
    const levelSwitchMs = await measureLevelSwitches(page)
    return {
      ...(levelSwitchMs.length ? { levelSwitchMs } : {}),
      uiReadyMs,
      firstFrameMs,
      drawCalls: stats.drawCalls,
      triangles: stats.triangles,
      heapMB: heap.usedSize / 1e6,
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.dur)),
      longestTaskWithoutCommitMs: Math.max(0, ...tasks.map((t) => t.dur - t.commit)),
      longTasksAfterLoad: tasks.filter((t) => t.dur >= 50).length,
    }
  } finally {
    await context.close()
  }
}

/**
 * Each level in turn and back to the first (a string: the bundler-free page gets no helper
 * names), from `setLevel` until the frame that draws it is done. The next switch comes once the
 * view has settled (no frame for 500 ms, at most 5 s), as a visitor's next press would: the
 * floors built ahead in idle time are then ready.
 */
function measureLevelSwitches(page: Page): Promise<number[]> {
  return page.evaluate(`(async () => {
    const api = window.venueTwin
    const levels = api.scene().levels.map((l) => l.id)
    if (levels.length < 2) return []
    const out = []
    for (const id of [...levels.slice(1), levels[0]]) {
      const before = api.stats().framesDrawn
      const t0 = performance.now()
      api.setLevel(id)
      // Checked once each animation frame has run its callbacks and handed its picture over (a
      // task later). Checked inside the callbacks, the loop's own callback runs before the one
      // the view registers while it takes the switch, and sees that frame only a frame late.
      do await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
      while (api.stats().framesDrawn === before)
      out.push(performance.now() - t0)
      const until = performance.now() + 5000
      let frames = api.stats().framesDrawn
      let quietSince = performance.now()
      while (performance.now() < until && performance.now() - quietSince < 500) {
        await new Promise((r) => setTimeout(r, 100))
        if (api.stats().framesDrawn !== frames) [frames, quietSince] = [api.stats().framesDrawn, performance.now()]
      }
    }
    return out
  })()`)
}

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  args?: { name?: string }
}

/**
 * Top-level tasks of the page's main thread inside [fromMs, toMs] (page time), with the time
 * each spent in "Commit" (handing the frame to the compositor, which with software WebGL waits
 * for the GPU process to finish drawing). A user-timing mark anchors trace time to page time.
 */
function mainThreadTasks(events: TraceEvent[], anchor: { name: string; atMs: number }, fromMs: number, toMs: number): { dur: number; commit: number }[] {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  const mark = events.find((e) => e.name === anchor.name)
  if (!main || !mark) return []
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
  const zero = mark.ts - anchor.atMs * 1000
  const tasks = mine.filter((e) => e.name === 'RunTask')
  return tasks
    .filter((t) => (t.ts - zero) / 1000 >= fromMs && (t.ts - zero) / 1000 <= toMs)
    .map((t) => {
      const end = t.ts + t.dur!
      const commit = mine.filter((e) => e.name === 'Commit' && e.ts >= t.ts && e.ts + e.dur! <= end).reduce((s, e) => s + e.dur!, 0)
      return { dur: t.dur! / 1000, commit: commit / 1000 }
    })
}

/** A phone's viewport (390×844, touch): it starts with the plan (src/domain/device/startView.ts). */
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true } as const

export interface PhoneHeap {
  /** Used JS heap after a forced GC, the plan on screen and the live feed running (MB). */
  planMB: number
  /** The same once the visitor opened the 3D view and it drew (MB). */
  with3dMB: number
}

/** JS heap of the default scene at a phone's viewport: as it starts, and with the 3D view opened. */
export async function measurePhoneHeap(browser: Browser, url: string, timeoutMs = 120_000): Promise<PhoneHeap> {
  const context = await browser.newContext(PHONE)
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    const heapMB = async (): Promise<number> => {
      await cdp.send('HeapProfiler.collectGarbage')
      return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 1e6
    }
    await page.goto(url)
    await page.waitForFunction(() => !!window.venueTwin, null, { timeout: timeoutMs })
    await page.evaluate(() => window.venueTwin!.ready)
    await page.locator('.live-indicator').waitFor({ timeout: timeoutMs })
    await page.waitForTimeout(2000)
    const planMB = await heapMB()
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: '3D' }).tap()
    await markTime(page, FIRST_FRAME, timeoutMs)
    await page.waitForTimeout(3000)
    return { planMB, with3dMB: await heapMB() }
  } finally {
    await context.close()
  }
}
