/**
 * A burst of 1,000 messages a second for 10 s over a real broker (loopback only, a bounded
 * loop). What a visitor would notice: the page keeps answering, the view redraws a few times a
 * second rather than a thousand, and every message is accounted for.
 *
 * Main-thread tasks are measured with PerformanceObserver('longtask') and attributed with
 * Long Animation Frames. On these test machines WebGL runs in software (SwiftShader) and the
 * compositor reads every drawn 3D frame back on the main thread: one frame of the hall costs
 * 150–800 ms on its own, with or without live data (measured by hovering zones with live=off).
 * So the 200 ms bound is asserted (1) on everything the live feed does in script, with 3D on,
 * and (2) on every task, with 3D off — the same burst and the same panels.
 */
import type { Browser, Page } from 'playwright-core'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { zoneCapacity } from '../../src/domain/live/capacity.ts'
import { occupancyPercent } from '../../src/domain/live/levels.ts'
import { occupancyTopic } from '../../src/domain/live/topics.ts'
import { browserForFile, CHROME_ARGS, chromePath, clickItem, openApp, waitForIdle } from './browser.ts'
import { trustBroker } from './deployConfig.ts'
import { connectPublisher } from './livePublisher.ts'
import { startMosquitto, type Broker } from './mosquitto.ts'
import { loadDefaultScene, SIX_ZONES } from './sceneData.ts'

const RATE = 1000
const SECONDS = 10
const TOTAL = RATE * SECONDS
const LIMIT_MS = 200

const index = loadDefaultScene()
const sceneId = index.scene.venue.id
const zones = index.scene.venue.zones
const caps = new Map(zones.map((z) => [z.id, zoneCapacity(z)]))
const countFor = (i: number, cap: number) => (i * 7) % cap

interface Frame {
  duration: number
  /** Script time outside the 3D view's draw callback (requestAnimationFrame): the app's own work. */
  appScript: number
  renders: boolean
}
declare global {
  interface Window {
    __longTasks?: number[]
    __frames?: Frame[]
  }
}

const browser = browserForFile()
let broker: Broker
let restoreConfig = (): void => undefined
beforeAll(async () => {
  broker = await startMosquitto()
  restoreConfig = trustBroker(broker.wsUrl)
})
afterAll(async () => {
  restoreConfig()
  await broker?.dispose()
})

/** Long tasks and long animation frames, recorded from before any page script runs. */
function installObservers(): void {
  window.__longTasks = []
  window.__frames = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks!.push(e.duration)
  }).observe({ type: 'longtask', buffered: true })
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { renderStart: number; scripts: { duration: number; invoker: string }[] })[]) {
      const appScript = e.scripts.filter((s) => !s.invoker.includes('FrameRequestCallback')).reduce((n, s) => n + s.duration, 0)
      window.__frames!.push({ duration: e.duration, appScript, renders: e.renderStart > 0 })
    }
  }).observe({ type: 'long-animation-frame', buffered: true })
}

async function openLivePage(b: Browser, query: string): Promise<Awaited<ReturnType<typeof openApp>>> {
  const opened = await openApp(b, `?live=${encodeURIComponent(broker.wsUrl)}&lang=en${query}`, { waitReady: false })
  await opened.page.addInitScript(installObservers)
  await opened.page.reload()
  await opened.page.waitForFunction(() => !!window.venueTwin, null, { timeout: 30_000 })
  await opened.page.evaluate(() => window.venueTwin!.ready)
  await opened.page.waitForFunction(() => document.querySelector('.live-indicator')?.getAttribute('data-state') === 'waiting', null, { timeout: 20_000 })
  return opened
}

interface BurstResult {
  burstMs: number
  handledMs: number
  slowestProbeMs: number
  longTasks: number[]
  frames: Frame[]
}

/** Publish TOTAL messages at RATE per second, round-robin over the zones; wait until the page counted them all. */
async function burst(page: Page): Promise<BurstResult> {
  await page.evaluate(() => {
    window.__longTasks = []
    window.__frames = []
  })
  const pub = await connectPublisher(broker.mqttUrl)
  const started = Date.now()
  let sent = 0
  const latencies: number[] = []
  let probing = true
  // A question to the page every 250 ms while the burst runs: how long until it answers?
  const probe = (async () => {
    while (probing) {
      const t = Date.now()
      await page.evaluate(() => window.venueTwin!.selection())
      latencies.push(Date.now() - t)
      await new Promise((r) => setTimeout(r, 250))
    }
  })()
  while (sent < TOTAL) {
    const due = Math.min(TOTAL, Math.floor(((Date.now() - started) / 1000) * RATE))
    for (; sent < due; sent++) {
      const z = zones[sent % zones.length]!
      const cap = caps.get(z.id)!
      pub.client.publish(occupancyTopic(sceneId, z.id), JSON.stringify({ count: countFor(sent, cap), capacity: cap, ts: new Date(started + sent).toISOString() }))
    }
    await new Promise((r) => setTimeout(r, 5))
  }
  const burstMs = Date.now() - started
  await pub.close()
  // Every message reaches the page and is counted (QoS 0 on loopback: none lost).
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid="live-received"]')?.textContent) >= n,
    TOTAL,
    { timeout: 30_000, polling: 100 },
  )
  const handledMs = Date.now() - started
  probing = false
  await probe
  const { longTasks, frames } = await page.evaluate(() => ({ longTasks: window.__longTasks ?? [], frames: window.__frames ?? [] }))
  return { burstMs, handledMs, slowestProbeMs: Math.max(...latencies), longTasks, frames }
}

const lastZone = zones[(TOTAL - 1) % zones.length]!
const lastShown = () => {
  const cap = caps.get(lastZone.id)!
  const n = countFor(TOTAL - 1, cap)
  return `${n} / ${cap} people (${occupancyPercent(n, cap)}%)`
}

describe(`a burst of ${RATE} live messages per second for ${SECONDS} s`, () => {
  it('with the 3D view: redraws coalesced to a few per second, the feed never blocks the page, all counted', async () => {
    const { page, context, pageErrors } = await openLivePage(browser, `&zone=${lastZone.id}`)
    await page.locator('.live-indicator').click()
    await waitForIdle(page)
    const framesBefore = (await page.evaluate(() => window.venueTwin!.stats())).framesDrawn
    const r = await burst(page)
    await waitForIdle(page)
    const framesDrawn = (await page.evaluate(() => window.venueTwin!.stats())).framesDrawn - framesBefore
    const longestAppScript = Math.max(0, ...r.frames.map((f) => f.appScript))
    const figures = {
      messages: TOTAL,
      messagesPerSecondHandled: Math.round(TOTAL / (r.handledMs / 1000)),
      framesDrawn,
      longTasks: r.longTasks.length,
      longestTaskMs: Math.round(Math.max(0, ...r.longTasks)),
      longestFeedScriptMs: Math.round(longestAppScript),
      slowestProbeMs: r.slowestProbeMs,
    }
    console.log('[live-burst 3D]', JSON.stringify(figures))

    // Coalesced: a few redraws a second, not one per message.
    expect(framesDrawn).toBeGreaterThan(0)
    expect(framesDrawn).toBeLessThanOrEqual(SECONDS * 10)
    expect(framesDrawn).toBeLessThan(TOTAL / 50)
    // Everything the app does in script for the feed (parse, validate, coalesce, store, React) stays short.
    expect(longestAppScript).toBeLessThanOrEqual(LIMIT_MS)
    // Tasks over the limit are drawn frames of the 3D view (software rendering), never extra work per message.
    expect(r.longTasks.filter((d) => d > LIMIT_MS).length).toBeLessThanOrEqual(framesDrawn)
    expect(r.frames.filter((f) => f.duration > LIMIT_MS && !f.renders)).toEqual([])

    // The newest readings are the ones shown, and the app still does what a visitor asks.
    await page.getByTestId('zone-occupancy').filter({ hasText: lastShown() }).waitFor({ timeout: 5000 })
    await page.keyboard.press('Escape')
    await clickItem(page, SIX_ZONES[0])
    expect(await page.evaluate(() => window.venueTwin!.selection())).toEqual({ kind: 'zone', id: SIX_ZONES[0] })
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('without 3D (lists and panels only): no main-thread task over 200 ms at all', async () => {
    const no3d = await chromium.launch({ executablePath: chromePath(), headless: true, args: [...CHROME_ARGS, '--disable-3d-apis'] })
    try {
      const { page, context, pageErrors } = await openLivePage(no3d, `&zone=${lastZone.id}`)
      await expect(page.getByTestId('webgl-unavailable').count()).resolves.toBe(1)
      await page.locator('.live-indicator').click()
      const r = await burst(page)
      const figures = {
        messages: TOTAL,
        messagesPerSecondHandled: Math.round(TOTAL / (r.handledMs / 1000)),
        longTasks: r.longTasks.length,
        longestTaskMs: Math.round(Math.max(0, ...r.longTasks)),
        slowestProbeMs: r.slowestProbeMs,
      }
      console.log('[live-burst no 3D]', JSON.stringify(figures))
      expect(Math.max(0, ...r.longTasks)).toBeLessThanOrEqual(LIMIT_MS)
      await page.getByTestId('zone-occupancy').filter({ hasText: lastShown() }).waitFor({ timeout: 5000 })
      expect(pageErrors).toEqual([])
      await context.close()
    } finally {
      await no3d.close()
    }
  })
})
