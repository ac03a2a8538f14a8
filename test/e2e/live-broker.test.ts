/**
 * The live twin against a real broker (Debian mosquitto on free loopback ports): readings
 * published from this process show in the page; a broker outage shows as "Reconnecting…"
 * while the app keeps working, and updates resume when it returns; bad messages are ignored
 * and counted in the diagnostics panel.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { zoneCapacity } from '../../src/domain/live/capacity.ts'
import { occupancyPercent } from '../../src/domain/live/levels.ts'
import { occupancyTopic } from '../../src/domain/live/topics.ts'
import { browserForFile, clickItem, openApp } from './browser.ts'
import { patchDeployConfig } from './deployConfig.ts'
import { connectPublisher } from './livePublisher.ts'
import { startMosquitto, type Broker } from './mosquitto.ts'
import { loadDefaultScene, SIX_ZONES } from './sceneData.ts'

const index = loadDefaultScene()
const sceneId = index.scene.venue.id
const zoneId = SIX_ZONES[4]
const otherZoneId = SIX_ZONES[1]
const zone = index.zoneById.get(zoneId)!
const capacity = zoneCapacity(zone)

const browser = browserForFile()
let broker: Broker
let restoreConfig = (): void => undefined
/** The same mosquitto under another name: a second broker as far as the allow-list can tell. */
const partnerUrl = () => broker.wsUrl.replace('127.0.0.1', 'localhost')
beforeAll(async () => {
  broker = await startMosquitto()
  // The site's own broker is the default; one partner broker is trusted too.
  restoreConfig = patchDeployConfig({ live: { default: broker.wsUrl, allowedBrokers: [broker.wsUrl, partnerUrl()] } })
})
afterAll(async () => {
  restoreConfig()
  await broker?.dispose()
})

const reading = (count: number) => ({ count, capacity, ts: new Date().toISOString() })
const shown = (count: number) => `${count} / ${capacity} people (${occupancyPercent(count, capacity)}%)`
const indicatorState = (page: Page) => page.locator('.live-indicator').getAttribute('data-state')

async function waitForText(page: Page, selector: string, text: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(([sel, t]) => document.querySelector(sel!)?.textContent?.includes(t!) ?? false, [selector, text] as const, { timeout })
}
async function waitForState(page: Page, states: string[], timeout = 20_000): Promise<void> {
  await page.waitForFunction((s) => s.includes(document.querySelector('.live-indicator')?.getAttribute('data-state') ?? ''), states, { timeout })
}
const openLive = (query = '') => openApp(browser, `?live=${encodeURIComponent(broker.wsUrl)}&lang=en${query}`)

describe('live=ws:// with a real broker', () => {
  it('a published occupancy reading changes the zone’s shown count, in the panel and on its label', async () => {
    const { page, context, pageErrors } = await openLive(`&zone=${zoneId}`)
    await waitForState(page, ['waiting'])
    await expect(page.locator('.live-indicator').textContent()).resolves.toContain('waiting for data')
    const panel = page.getByRole('complementary', { name: zone.name.en })
    await expect(panel.getByText('No reading yet').count()).resolves.toBe(1)

    const pub = await connectPublisher(broker.mqttUrl)
    const busy = Math.round(capacity * 0.82)
    await pub.publish(occupancyTopic(sceneId, zoneId), reading(busy))
    await waitForText(page, '[data-testid="zone-occupancy"]', shown(busy))
    await waitForText(page, `.zone-label[data-zone="${zoneId}"] .zone-occupancy`, `Busy ${occupancyPercent(busy, capacity)}%`)
    await expect(panel.locator('.live-badge').textContent()).resolves.toContain('Busy')
    await waitForState(page, ['live'])
    await expect(page.locator('.live-indicator').textContent()).resolves.toMatch(/^Live · (just now|\d+ s ago)$/)

    const quiet = Math.round(capacity * 0.1)
    await pub.publish(occupancyTopic(sceneId, zoneId), reading(quiet))
    await waitForText(page, '[data-testid="zone-occupancy"]', shown(quiet))
    await waitForText(page, `.zone-label[data-zone="${zoneId}"] .zone-occupancy`, `Quiet ${occupancyPercent(quiet, capacity)}%`)
    await pub.close()
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('a link to a broker this site does not trust is refused with a notice; the site’s own broker connects', async () => {
    const { page, context, pageErrors, console: messages } = await openApp(browser, `?live=${encodeURIComponent('ws://127.0.0.1:9/mqtt')}&lang=en&zone=${zoneId}`)
    const notice = page.locator('[data-notice="live-refused"]')
    await notice.waitFor()
    expect(await notice.textContent()).toContain('This link asked for live data from 127.0.0.1:9, which this site does not trust')
    await waitForState(page, ['waiting', 'live'])
    const pub = await connectPublisher(broker.mqttUrl)
    const busy = Math.round(capacity * 0.6)
    await pub.publish(occupancyTopic(sceneId, zoneId), reading(busy))
    await waitForText(page, '[data-testid="zone-occupancy"]', shown(busy))
    await pub.close()
    // The site's own broker is not named; the refused one never reaches the address bar.
    expect(await page.locator('.live-indicator-host').count()).toBe(0)
    expect(new URL(page.url()).searchParams.has('live')).toBe(false)
    expect(messages.some((m) => m.type === 'warning' && m.text.includes('Ignoring live=127.0.0.1:9'))).toBe(true)
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('a trusted broker other than the site’s own is named beside the feed’s state, and never shared', async () => {
    const { page, context, pageErrors } = await openApp(browser, `?live=${encodeURIComponent(partnerUrl())}&lang=en&zone=${zoneId}`)
    await waitForState(page, ['waiting', 'live'])
    const host = new URL(partnerUrl()).host
    await expect(page.locator('.live-indicator-host').textContent()).resolves.toBe(`from ${host}`)
    expect(await page.locator('[data-notice="live-refused"]').count()).toBe(0)
    // Selecting rewrites the address the visitor would copy: it keeps the zone, not the broker.
    await page.evaluate((id) => window.venueTwin!.select({ kind: 'zone', id }), otherZoneId)
    await page.waitForFunction((z) => location.search.includes(z), otherZoneId)
    expect(new URL(page.url()).searchParams.has('live')).toBe(false)
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('a broker outage shows "Reconnecting…", the app keeps working, and updates resume when it returns', async () => {
    const { page, context, pageErrors } = await openLive(`&zone=${zoneId}`)
    await waitForState(page, ['waiting'])
    let pub = await connectPublisher(broker.mqttUrl)
    const first = Math.round(capacity * 0.5)
    await pub.publish(occupancyTopic(sceneId, zoneId), reading(first))
    await waitForText(page, '[data-testid="zone-occupancy"]', shown(first))
    await pub.close()

    await broker.stop()
    await waitForState(page, ['reconnecting'])
    await expect(page.locator('.live-indicator').textContent()).resolves.toBe('Reconnecting…')
    // Selecting still works while the feed is down, and the last reading stays on the label.
    await page.getByRole('button', { name: 'Home view' }).click()
    await clickItem(page, otherZoneId)
    expect(await page.evaluate(() => window.venueTwin!.selection())).toEqual({ kind: 'zone', id: otherZoneId })
    await page.getByRole('complementary', { name: index.zoneById.get(otherZoneId)!.name.en }).waitFor()
    // The last reading stays: back on the first zone, its panel and label still show it.
    await page.evaluate((id) => window.venueTwin!.select({ kind: 'zone', id }), zoneId)
    await waitForText(page, '[data-testid="zone-occupancy"]', shown(first))
    await expect(page.locator(`.zone-label[data-zone="${zoneId}"] .zone-occupancy`).textContent()).resolves.toContain(`${occupancyPercent(first, capacity)}%`)

    await broker.start()
    // Backoff: the page retries within a few seconds and reports the feed as live again.
    await waitForState(page, ['live', 'waiting'], 30_000)
    pub = await connectPublisher(broker.mqttUrl)
    const after = Math.round(capacity * 0.95)
    await pub.publish(occupancyTopic(sceneId, zoneId), reading(after))
    await waitForText(page, `.zone-label[data-zone="${zoneId}"] .zone-occupancy`, `Full ${occupancyPercent(after, capacity)}%`)
    await page.evaluate((id) => window.venueTwin!.select({ kind: 'zone', id }), zoneId)
    await waitForText(page, '[data-testid="zone-occupancy"]', shown(after))
    expect(await indicatorState(page)).toBe('live')
    await pub.close()
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('a malformed payload and an unknown zone are ignored and counted in the diagnostics panel', async () => {
    const opened = await openLive(`&zone=${zoneId}`)
    const { page, context, pageErrors } = opened
    await waitForState(page, ['waiting'])
    const pub = await connectPublisher(broker.mqttUrl)
    const good = Math.round(capacity * 0.3)
    await pub.publish(occupancyTopic(sceneId, zoneId), reading(good))
    await waitForText(page, '[data-testid="zone-occupancy"]', shown(good))

    await pub.publish(occupancyTopic(sceneId, zoneId), '{"count": 999, "capacity": ')
    await pub.publish(occupancyTopic(sceneId, 'no-such-pavilion'), reading(10))
    // Dated 2099: kept, it would outrank every real reading after it and freeze the zone.
    await pub.publish(occupancyTopic(sceneId, zoneId), { count: 12, capacity, ts: '2099-01-01T00:00:00Z' })
    await pub.publish(occupancyTopic(sceneId, zoneId), { count: -5, capacity, ts: new Date().toISOString() })
    // A sentinel after the bad ones: once it shows, the bad ones have been handled (one connection keeps order).
    const sentinel = good + 1
    await pub.publish(occupancyTopic(sceneId, zoneId), reading(sentinel))
    await waitForText(page, '[data-testid="zone-occupancy"]', shown(sentinel))
    await pub.close()

    await page.locator('.live-indicator').click()
    const dialog = page.getByRole('dialog', { name: 'Live data diagnostics' })
    await dialog.waitFor()
    const count = (id: string) => dialog.getByTestId(id).textContent()
    await expect(count('live-drop-malformed-json')).resolves.toBe('1')
    await expect(count('live-drop-unknown-zone')).resolves.toBe('1')
    await expect(count('live-drop-schema')).resolves.toBe('1')
    await expect(count('live-drop-future')).resolves.toBe('1')
    await expect(count('live-dropped')).resolves.toBe('4')
    await expect(count('live-received')).resolves.toBe('6')
    await expect(count('live-connection')).resolves.toBe('Connected')
    await expect(count('live-source')).resolves.toContain(broker.wsUrl)
    await expect(count('live-last-drop')).resolves.toContain('Wrong fields or values')
    // Ignored with a console warning, never a crash.
    expect(opened.console.some((m) => m.type === 'warning' && m.text.includes('malformed-json'))).toBe(true)
    expect(opened.console.some((m) => m.type === 'warning' && m.text.includes('unknown-zone'))).toBe(true)
    expect(pageErrors).toEqual([])
    // Escape closes the panel and returns focus to the indicator, without leaving the zone.
    await page.keyboard.press('Escape')
    await expect(dialog.count()).resolves.toBe(0)
    await expect(page.locator('.live-indicator').evaluate((el) => el === document.activeElement)).resolves.toBe(true)
    expect(await page.evaluate(() => window.venueTwin!.selection())).toEqual({ kind: 'zone', id: zoneId })
    await context.close()
  })
})
