/**
 * The visitor's day replay when the deployment names a recorder (`recorder.url` in
 * venue-twin.config.json): a real mosquitto broker, the recorder in its own process with a
 * temporary SQLite file, the production build in Chromium. Readings published for a past day
 * are recorded, and the replay at that moment shows them in the zone's occupancy badge. A
 * recorder that is down, or answers with something that is not its API, leaves a note in
 * either language and the simulated day — never an empty or stuck replay.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { occupancyPercent } from '../../src/domain/live/levels.ts'
import { REPLAY_GRID } from '../../src/domain/live/recordedDay.ts'
import { historyFor } from '../../src/domain/live/simulator.ts'
import { venueInstant } from '../../src/domain/live/venueTime.ts'
import { baseUrl, browserForFile, openApp } from './browser.ts'
import { patchDeployConfig } from './deployConfig.ts'
import { connectPublisher, type Publisher } from './livePublisher.ts'
import { freePort, startMosquitto, type Broker } from './mosquitto.ts'
import { getJson, startRecorderProcess, until, type RecorderProcess } from './recorder.ts'
import { loadDefaultScene } from './sceneData.ts'

const index = loadDefaultScene()
const { id: SCENE, timezone: TZ, dates } = index.scene.venue
const DAY = dates.start
const ZONE = index.zoneById.get('digital-trade')!
const CAPACITY = 1000
const MIN = 60_000
const at = (minute: number) => venueInstant(DAY, minute, TZ)
// Venue time 10:02 on the first day: the replay opens on the 10:00 frame.
const NOW = new Date(at(10 * 60 + 2)).toISOString()
// A reading a minute from 10:00 to 10:09 — two 5-minute buckets with different counts, none
// of them what the simulator would say (its capacities come from the floor area).
const counts = [312, 318, 325, 330, 341, 505, 498, 512, 520, 515]
const mean = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length)
const badge = (count: number, capacity: number) => `${count} / ${capacity} people (${occupancyPercent(count, capacity)}%)`

const browser = browserForFile()
let broker: Broker
let rec: RecorderProcess
let pub: Publisher
let dir: string

beforeAll(async () => {
  broker = await startMosquitto()
  dir = mkdtempSync(path.join(tmpdir(), 'venue-twin-visitor-replay-'))
  // The scene's day is in the past: keep every reading (the recorder prunes by age at start).
  rec = await startRecorderProcess(['--broker', broker.mqttUrl, '--db', path.join(dir, 'history.sqlite'), '--origin', new URL(baseUrl()).origin, '--retention-days', '36500', '--client-id', 'rec-visitor-replay'])
  pub = await connectPublisher(broker.mqttUrl)
  for (const [k, count] of counts.entries())
    await pub.client.publishAsync(`venue/${SCENE}/zones/${ZONE.id}/occupancy`, JSON.stringify({ count, capacity: CAPACITY, ts: new Date(at(600) + k * MIN).toISOString() }), { qos: 1 })
  await until('the readings recorded', async () => ((await getJson<{ stored: number }>(`${rec.url}/api/health`)).stored === counts.length ? true : undefined))
}, 120_000)

afterAll(async () => {
  await pub?.close()
  await rec?.stop()
  await broker?.dispose()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const occupancy = (page: Page, lang: 'en' | 'zh') => page.getByRole('complementary', { name: ZONE.name[lang] }).getByTestId('zone-occupancy')
const openReplay = async (lang: 'en' | 'zh') => {
  const app = await openApp(browser, `?lang=${lang}&now=${encodeURIComponent(NOW)}&zone=${ZONE.id}`)
  await app.page.getByRole('button', { name: lang === 'en' ? 'Day replay' : '当日回放' }).click()
  return app
}

describe('visitor day replay with a recorder', () => {
  it('replays the recorded day: the zone badge shows what was recorded at that moment', async () => {
    const restore = patchDeployConfig({ recorder: { url: rec.url } })
    try {
      const { page, context, console: log, pageErrors } = await openReplay('en')
      await page.getByRole('heading', { name: 'Day replay (recorded)' }).waitFor({ timeout: 20_000 })
      const slider = page.getByRole('slider', { name: 'Time of day (venue time)' })
      await expect(slider.getAttribute('aria-valuetext')).resolves.toMatch(/^10:00 venue time/)
      await page.waitForFunction((text) => document.querySelector('[data-testid="zone-occupancy"]')?.textContent === text, badge(mean(counts.slice(0, 5)), CAPACITY))
      await expect(page.locator('.live-occupancy').textContent()).resolves.toContain('Replay')
      // Five minutes on: the next bucket's readings.
      await slider.focus()
      await page.keyboard.press('ArrowRight')
      await page.waitForFunction((text) => document.querySelector('[data-testid="zone-occupancy"]')?.textContent === text, badge(mean(counts.slice(5)), CAPACITY))
      // Nothing recorded at 10:10: the zone has no reading rather than a made-up one.
      await page.keyboard.press('ArrowRight')
      await expect(occupancy(page, 'en').count()).resolves.toBe(0)
      await expect(page.locator('.live-replay-note').count()).resolves.toBe(0)
      expect(log.filter((m) => m.text.includes('day replay'))).toEqual([])
      expect(pageErrors).toEqual([])
      await context.close()
    } finally {
      restore()
    }
  })

  it('with the recorder down: a note, a console warning and the simulated day', async () => {
    const restore = patchDeployConfig({ recorder: { url: `http://127.0.0.1:${await freePort()}` } })
    try {
      const { page, context, console: log, pageErrors } = await openReplay('en')
      const note = page.locator('.live-replay-note[data-tone="problem"]')
      await note.waitFor({ timeout: 20_000 })
      await expect(note.textContent()).resolves.toBe('Recorded history is not available right now: this is a simulated day.')
      await expect(page.getByRole('heading', { name: 'Day replay (simulated day)' }).count()).resolves.toBe(1)
      const sim = historyFor(index, DAY, REPLAY_GRID).frames.find((f) => f.minute === 600)!.zones[ZONE.id]!
      await page.waitForFunction((text) => document.querySelector('[data-testid="zone-occupancy"]')?.textContent === text, badge(sim.count, sim.capacity))
      expect(log.some((m) => m.type === 'warning' && m.text.includes('day replay: recorder'))).toBe(true)
      expect(pageErrors).toEqual([])
      await context.close()
    } finally {
      restore()
    }
  })

  it('with a recorder that answers badly: the same fallback, in Chinese', async () => {
    const bad: Server = await new Promise((resolve) => {
      const s = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' }).end('{"series":"nope"}'))
      s.listen(0, '127.0.0.1', () => resolve(s))
    })
    const restore = patchDeployConfig({ recorder: { url: `http://127.0.0.1:${(bad.address() as AddressInfo).port}` } })
    try {
      const { page, context, console: log } = await openReplay('zh')
      const note = page.locator('.live-replay-note[data-tone="problem"]')
      await note.waitFor({ timeout: 20_000 })
      await expect(note.textContent()).resolves.toBe('暂时无法获取记录数据，以下为模拟数据。')
      await expect(page.getByRole('slider').count()).resolves.toBe(1)
      expect(log.some((m) => m.text.includes('"series" is not an object'))).toBe(true)
      await context.close()
    } finally {
      restore()
      await new Promise<void>((r) => bad.close(() => r()))
    }
  })
})
