/**
 * `live=sim` (the default): the venue looks alive with no server, and `?now=` pins it to the
 * same picture every time. Expected numbers come from the simulator itself, never hard-coded.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { occupancyLevel, occupancyPercent } from '../../src/domain/live/levels.ts'
import { historyFor, zoneReadingsAt } from '../../src/domain/live/simulator.ts'
import { browserForFile, openApp, waitForIdle } from './browser.ts'
import { loadDefaultScene } from './sceneData.ts'

const index = loadDefaultScene()
const zones = index.scene.venue.zones
const stage = zones.find((z) => z.kind === 'stage')!
const DAY = index.scene.venue.dates.start
const TEN = `${DAY}T10:00:00+08:00`
const LUNCH = `${DAY}T12:45:00+08:00`

const browser = browserForFile()

const levelWord = (count: number, capacity: number) => {
  const l = occupancyLevel(count / capacity)
  return l[0]!.toUpperCase() + l.slice(1)
}
const expectedLabel = (r: { count: number; capacity: number }) => `${levelWord(r.count, r.capacity)} ${occupancyPercent(r.count, r.capacity)}%`
const allLabels = (page: Page) =>
  page.evaluate(() => Object.fromEntries([...document.querySelectorAll('.zone-label')].map((el) => [(el as HTMLElement).dataset.zone, el.querySelector('.zone-occupancy')?.textContent ?? null])))

/**
 * Waits until the zone labels on screen carry the expected occupancy. Labels give way to one
 * another where they would overlap, so `must` names the ones that have to be shown; every other
 * label shown must be right too, and at least `least` zones (half of them, unless told) labelled.
 */
async function waitForLabels(page: Page, expected: Record<string, string>, must: string[] = [], least = Math.ceil(Object.keys(expected).length / 2)): Promise<void> {
  await page.waitForFunction(
    ({ exp, must, least }) => {
      const shown = [...document.querySelectorAll<HTMLElement>('.zone-label')]
      if (shown.length < least || must.some((id) => !shown.some((el) => el.dataset.zone === id))) return false
      return shown.every((el) => el.querySelector('.zone-occupancy')?.textContent?.includes(exp[el.dataset.zone!] ?? '\u0000'))
    },
    { exp: expected, must, least },
    { timeout: 15_000 },
  )
}

describe('live=sim (default)', () => {
  it('shows the zones busy or quiet at the pinned moment, as the simulator says, in panel and labels', async () => {
    const { page, context, pageErrors } = await openApp(browser, `?lang=en&now=${encodeURIComponent(TEN)}&zone=${stage.id}`)
    const readings = zoneReadingsAt(index, Date.parse(TEN))
    const expected = Object.fromEntries(zones.map((z) => [z.id, expectedLabel(readings.get(z.id)!)]))
    // Zoomed to the stage, whose label has the room.
    await waitForLabels(page, expected, [stage.id], 1)
    const r = readings.get(stage.id)!
    // The opening ceremony fills the stage.
    expect(r.count / r.capacity).toBeGreaterThan(0.85)
    const panel = page.getByRole('complementary', { name: stage.name.en })
    await expect(panel.getByTestId('zone-occupancy').textContent()).resolves.toBe(`${r.count} / ${r.capacity} people (${occupancyPercent(r.count, r.capacity)}%)`)
    await expect(panel.locator('.live-badge').textContent()).resolves.toContain(levelWord(r.count, r.capacity))
    await expect(page.locator('.live-indicator').textContent()).resolves.toContain('Simulated')
    // The key explains every level with words as well as colours.
    const legend = page.getByRole('region', { name: 'Occupancy' })
    for (const word of ['Quiet', 'Moderate', 'Busy', 'Full', 'No recent data']) await expect(legend.getByText(word, { exact: false }).count()).resolves.toBeGreaterThan(0)
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('is deterministic: the same ?now= gives the same picture; another moment a different one', async () => {
    const a = await openApp(browser, `?lang=en&now=${encodeURIComponent(LUNCH)}`)
    const lunch = zoneReadingsAt(index, Date.parse(LUNCH))
    await waitForLabels(a.page, Object.fromEntries(zones.map((z) => [z.id, expectedLabel(lunch.get(z.id)!)])), [stage.id])
    const first = await allLabels(a.page)
    await a.context.close()
    const b = await openApp(browser, `?lang=en&now=${encodeURIComponent(LUNCH)}`)
    await waitForLabels(b.page, Object.fromEntries(zones.map((z) => [z.id, expectedLabel(lunch.get(z.id)!)])), [stage.id])
    // Give the simulator time to republish: a pinned clock keeps the same numbers.
    await b.page.waitForTimeout(2500)
    expect(await allLabels(b.page)).toEqual(first)
    // Lunch dip vs opening-ceremony peak on the stage.
    expect(lunch.get(stage.id)!.count).toBeLessThan(zoneReadingsAt(index, Date.parse(TEN)).get(stage.id)!.count)
    expect(first[stage.id]).toContain(expectedLabel(lunch.get(stage.id)!))
    await b.context.close()
  })

  it('day replay: a keyboard-operable slider repaints the view with the day’s history; Back to live returns', async () => {
    const { page, context } = await openApp(browser, `?lang=en&now=${encodeURIComponent(TEN)}`)
    const live = zoneReadingsAt(index, Date.parse(TEN))
    await waitForLabels(page, Object.fromEntries(zones.map((z) => [z.id, expectedLabel(live.get(z.id)!)])), [stage.id])
    const history = historyFor(index, DAY)
    await page.getByRole('button', { name: 'Day replay' }).click()
    const slider = page.getByRole('slider', { name: 'Time of day (venue time)' })
    await expect(slider.getAttribute('aria-valuetext')).resolves.toMatch(/^10:00 venue time/)
    await waitForIdle(page)
    const before = (await page.evaluate(() => window.venueTwin!.stats())).framesDrawn

    // The replay panel takes the canvas's lower right: labels that would sit under it give way.
    const replayLeast = 3
    // Home → the first frame (08:00): doors not open yet.
    await slider.focus()
    await page.keyboard.press('Home')
    await expect(slider.getAttribute('aria-valuetext')).resolves.toMatch(/^08:00 venue time/)
    await waitForLabels(page, Object.fromEntries(zones.map((z) => [z.id, expectedLabel(history.frames[0]!.zones[z.id]!)])), [stage.id], replayLeast)
    // Arrow keys step five minutes at a time, through lunch.
    const lunchFrame = history.frames.findIndex((f) => f.minute === 12 * 60 + 45)
    for (let i = 0; i < lunchFrame; i++) await page.keyboard.press('ArrowRight')
    await expect(slider.getAttribute('aria-valuetext')).resolves.toMatch(/^12:45 venue time/)
    const f = history.frames[lunchFrame]!
    await waitForLabels(page, Object.fromEntries(zones.map((z) => [z.id, expectedLabel(f.zones[z.id]!)])), [stage.id], replayLeast)
    await waitForIdle(page)
    // The 3D floor was repainted for the replayed moments.
    expect((await page.evaluate(() => window.venueTwin!.stats())).framesDrawn).toBeGreaterThan(before)

    await page.getByRole('button', { name: 'Back to live' }).click()
    await waitForLabels(page, Object.fromEntries(zones.map((z) => [z.id, expectedLabel(live.get(z.id)!)])), [stage.id])
    await expect(page.getByRole('slider').count()).resolves.toBe(0)
    await expect(page.getByRole('button', { name: 'Day replay' }).evaluate((el) => el === document.activeElement)).resolves.toBe(true)
    await context.close()
  })

  it('live=off shows no live layer', async () => {
    const { page, context } = await openApp(browser, `?lang=en&live=off&zone=${stage.id}`)
    await expect(page.locator('.live-indicator').count()).resolves.toBe(0)
    await expect(page.locator('.zone-occupancy').count()).resolves.toBe(0)
    await expect(page.getByTestId('zone-occupancy').count()).resolves.toBe(0)
    await context.close()
  })
})
