/**
 * The control room (`?mode=ops`) against the real parts: mosquitto, the recorder in its own
 * process with a temporary SQLite file, the production build in Chromium at 1920×1080. A day
 * published in seconds shows in the charts and figures; the alert a zone raised is acknowledged
 * and resolved from the screen; the slider replays the morning; no panel overlaps another; axe
 * finds nothing; both languages.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { venueInstant, venueWallClock } from '../../src/domain/live/venueTime.ts'
import { baseUrl, launchBrowser, openApp } from './browser.ts'
import { trustBroker } from './deployConfig.ts'
import { connectPublisher, type Publisher } from './livePublisher.ts'
import { startMosquitto, type Broker } from './mosquitto.ts'
import { getJson, startRecorderProcess, until, type RecorderProcess } from './recorder.ts'
import { loadDefaultScene, SIX_ZONES } from './sceneData.ts'

const index = loadDefaultScene()
const SCENE = index.scene.venue.id
const TZ = index.scene.venue.timezone
const MIN = 60_000
const CAPACITY = 1000
const HOT = 'future-industries'
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

let browser: Browser
let broker: Broker
let rec: RecorderProcess
let pub: Publisher
let dir: string
const now = Date.now()
const dayStart = venueInstant(venueWallClock(now, TZ).day, 0, TZ)
// Readings every 5 minutes from 06:00 venue time (or the last 3 hours, early in the day) to now.
const first = Math.max(dayStart, Math.min(dayStart + 6 * 60 * MIN, now - 3 * 60 * MIN))
const times: number[] = []
for (let t = first; t <= now - MIN; t += 5 * MIN) times.push(t)
// Each zone its own curve; the hot zone climbs past 85 % in the last half hour and hovers there.
const countAt = (zone: string, k: number): number => {
  const z = SIX_ZONES.indexOf(zone as (typeof SIX_ZONES)[number])
  if (zone === HOT && k >= times.length - 6) return [860, 845, 855, 849, 858, 851][k - (times.length - 6)]!
  return 100 + z * 40 + (k % 7) * 10
}
const lastCounts = Object.fromEntries(SIX_ZONES.map((z) => [z, countAt(z, times.length - 1)]))
const totalNow = Object.values(lastCounts).reduce((a, b) => a + b, 0)

let restoreConfig = (): void => undefined
beforeAll(async () => {
  broker = await startMosquitto()
  restoreConfig = trustBroker(broker.wsUrl)
  dir = mkdtempSync(path.join(tmpdir(), 'venue-twin-ops-'))
  rec = await startRecorderProcess(['--broker', broker.mqttUrl, '--db', path.join(dir, 'ops.sqlite'), '--origin', new URL(baseUrl()).origin, '--client-id', 'rec-ops-screen'])
  pub = await connectPublisher(broker.mqttUrl)
  for (const [k, t] of times.entries())
    for (const zone of SIX_ZONES)
      await pub.client.publishAsync(`venue/${SCENE}/zones/${zone}/occupancy`, JSON.stringify({ count: countAt(zone, k), capacity: CAPACITY, ts: new Date(t).toISOString() }), { qos: 1 })
  // The scene's point sensors (entrance, forum plaza) count the last hour.
  const sensorIds = (index.scene.venue.sensors ?? []).map((p) => p.id)
  const sensorTimes = times.slice(-12)
  for (const t of sensorTimes)
    for (const id of sensorIds) await pub.client.publishAsync(`venue/${SCENE}/sensors/${id}/count`, JSON.stringify({ count: 60, capacity: 100, ts: new Date(t).toISOString() }), { qos: 1 })
  await until('the day recorded', async () => {
    const h = await getJson<{ stored: number }>(`${rec.url}/api/health`)
    return h.stored === times.length * SIX_ZONES.length + sensorTimes.length * sensorIds.length ? h : undefined
  })
  browser = await launchBrowser()
}, 120_000)

afterAll(async () => {
  restoreConfig()
  await browser?.close()
  await pub?.close()
  await rec?.stop()
  await broker?.dispose()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const kpi = (page: Page, key: string) => page.locator(`[data-kpi="${key}"] dd`).textContent()
const openOps = (lang: 'en' | 'zh') =>
  openApp(browser, `?mode=ops&lang=${lang}&live=${encodeURIComponent(broker.wsUrl)}&recorder=${encodeURIComponent(rec.url)}`, { viewport: { width: 1920, height: 1080 } })

describe('mode=ops with a recorder', () => {
  it('shows the recorded day, handles the alert, replays, lays out cleanly and passes axe', async () => {
    const { page, pageErrors } = await openOps('en')
    await page.waitForSelector('.ops-status[data-status="ok"]', { timeout: 20_000 })
    // Every zone's chart holds the recorded day, one point per reading (1-minute buckets).
    for (const zone of SIX_ZONES) await page.waitForSelector(`.ops-chart[data-zone="${zone}"][data-points="${times.length}"]`, { timeout: 15_000 })
    await expect(kpi(page, 'in-hall')).resolves.toBe(totalNow.toLocaleString('en-GB'))
    const hotName = index.zoneById.get(HOT)!.name.en
    await expect(kpi(page, 'busiest')).resolves.toBe(`${hotName} · 85%`)
    await expect(page.locator('.ops-heatmap-canvas').getAttribute('data-zones-drawn')).resolves.toBe('6')
    // Both point sensors of the scene from the recorded hour, blended into the heatmap.
    await expect(page.locator('.ops-heatmap-canvas').getAttribute('data-sensors-drawn')).resolves.toBe('2')

    // The hot zone hovered around 85 %: one alert, level 2.
    const alert = page.locator(`.ops-alert`)
    await page.waitForSelector('.ops-alert[data-level="2"]', { timeout: 15_000 })
    await expect(alert.count()).resolves.toBe(1)
    await expect(alert.locator('.ops-alert-head').textContent()).resolves.toContain(hotName)
    // Acknowledge needs a name; with one, the recorder keeps who did it.
    await page.getByRole('button', { name: `Acknowledge alert: ${hotName}, level 2` }).click()
    await expect(page.locator('.ops-alert-error').textContent()).resolves.toBe('Enter your name first.')
    await page.getByLabel('Your name (kept with acknowledge and resolve)').fill('Li Wei')
    await page.getByRole('button', { name: `Acknowledge alert: ${hotName}, level 2` }).click()
    await page.waitForSelector('.ops-alert[data-status="acknowledged"]')
    await expect(alert.locator('.ops-alert-status').textContent()).resolves.toMatch(/^Acknowledged by Li Wei at \d\d:\d\d$/)
    await page.getByRole('button', { name: `Resolve alert: ${hotName}, level 2` }).click()
    await page.waitForSelector('.ops-alert[data-status="resolved"]')
    const stored = await getJson<{ alerts: { status: string; resolvedBy: string; acknowledgedBy: string }[] }>(`${rec.url}/api/alerts?scene=${SCENE}`)
    expect(stored.alerts).toMatchObject([{ status: 'resolved', acknowledgedBy: 'Li Wei', resolvedBy: 'Li Wei' }])

    // A live reading moves the figures at once.
    await pub.client.publishAsync(`venue/${SCENE}/zones/digital-trade/occupancy`, JSON.stringify({ count: lastCounts['digital-trade']! + 500, capacity: CAPACITY, ts: new Date().toISOString() }), { qos: 1 })
    await page.waitForFunction((v) => document.querySelector('[data-kpi="in-hall"] dd')?.textContent === v, (totalNow + 500).toLocaleString('en-GB'), { timeout: 15_000 })

    // Replay: the slider back to the first reading shows that moment's figures.
    const slider = page.getByRole('slider', { name: 'Time of day' })
    const k = Math.round((times[0]! - dayStart) / MIN)
    await slider.fill(String(k))
    const firstTotal = SIX_ZONES.reduce((a, z) => a + countAt(z, 0), 0)
    await page.waitForFunction((v) => document.querySelector('[data-kpi="in-hall"] dd')?.textContent === v, firstTotal.toLocaleString('en-GB'))
    await expect(page.locator('[data-kpi="in-hall"] dt').textContent()).resolves.toMatch(/^In the hall at \d\d:\d\d$/)
    await slider.press('ArrowRight')
    await page.getByRole('button', { name: 'Back to live' }).click()
    await expect(page.locator('[data-kpi="in-hall"] dt').textContent()).resolves.toBe('In the hall now')

    // Layout: every panel inside the 1920×1080 screen, none overlapping another.
    const rects = await page.$$eval('[data-ops-panel]', (els) => els.map((e) => ({ name: e.getAttribute('data-ops-panel'), ...e.getBoundingClientRect().toJSON() })))
    expect(rects.map((r) => r.name).sort()).toEqual(['alerts', 'charts', 'header', 'kpis', 'map', 'replay'])
    for (const r of rects) {
      expect(r.left).toBeGreaterThanOrEqual(0)
      expect(r.top).toBeGreaterThanOrEqual(0)
      expect(r.right).toBeLessThanOrEqual(1920)
      expect(r.bottom).toBeLessThanOrEqual(1080)
      expect(r.width * r.height).toBeGreaterThan(0)
    }
    for (const a of rects)
      for (const b of rects) {
        if (a === b) continue
        const overlap = Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top))
        expect(overlap, `${a.name} overlaps ${b.name}`).toBe(0)
      }

    await page.screenshot({ path: path.join(dir, 'ops-1920.png') })
    if (process.env.OPS_SCREENSHOT) await page.screenshot({ path: process.env.OPS_SCREENSHOT })
    await page.addScriptTag({ path: axePath })
    const violations = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run: (c: Element, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document.querySelector('.ops')!, { runOnly: ['wcag2a', 'wcag2aa'] })
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    })
    expect(violations).toEqual([])
    expect(pageErrors).toEqual([])
  }, 120_000)

  it('speaks Chinese, and the visitor download has no ops code', async () => {
    const { page } = await openOps('zh')
    await page.waitForSelector('.ops-status[data-status="ok"]', { timeout: 20_000 })
    await expect(page.locator('.ops h1').textContent()).resolves.toBe(`指挥中心 · ${index.scene.venue.name.zh}`)
    await expect(page.locator('[data-kpi="in-hall"] dt').textContent()).resolves.toBe('当前在馆人数')
    await expect(page.getByRole('slider', { name: '时间' }).count()).resolves.toBe(1)
    // A visitor's page never fetches the ops screen or its chart library.
    const visitor = await openApp(browser, '?lang=en&live=off')
    const scripts = await visitor.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))
    expect(scripts.filter((s) => /OpsScreen|uPlot|uplot/i.test(s))).toEqual([])
  }, 60_000)
})
