/**
 * A site of several buildings with levels (a small generated complex) in the built app: the
 * visitor picks a building, then a level of it, and sees that floor; a link to a booth upstairs
 * in another building opens on that building and level.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { browserForFile, openApp, waitForIdle } from './browser.ts'
import { serveGeneratedComplex } from './levelsSceneFolder.ts'

const { id: SCENE, index } = serveGeneratedComplex('buildings', { booths: 120, halls: 2, levels: 2 })
const browser = browserForFile()
const venue = index.scene.venue
const [first, last] = [venue.buildings[0]!, venue.buildings.at(-1)!]
const upstairs = venue.levels.find((l) => l.buildingId === last.id && l.ordinal === 1)!
const upZones = venue.zones.filter((z) => z.levelId === upstairs.id)
const groundZoneNames = new Set(venue.zones.filter((z) => venue.levels.find((l) => l.id === z.levelId)!.ordinal === 0).map((z) => z.name.en))

const pressed = (page: Page, building: string) => page.getByRole('group', { name: `Levels of ${building}` }).locator('button[aria-pressed="true"]').allInnerTexts()
const zoneLabels = async (page: Page): Promise<string[]> => (await page.locator('.zone-label').allInnerTexts()).map((t) => t.split('\n')[0]!)

describe('a site of several buildings', () => {
  it('pick a building, then its upper level: that floor’s zones are shown', async () => {
    const { page, context, pageErrors } = await openApp(browser, `?scene=${SCENE}&lang=en`)
    const picker = page.getByRole('combobox', { name: 'Building' })
    // The level controls are a chunk of their own, shown once it has arrived.
    await picker.waitFor()
    expect(await picker.locator('option').allInnerTexts()).toEqual(venue.buildings.map((b) => b.name.en))
    expect(await pressed(page, first.name.en)).toEqual(['Level 1'])
    await picker.selectOption({ label: last.name.en })
    // Still the ground (one floor for every building); the buttons are the other building's.
    expect(await pressed(page, last.name.en)).toEqual(['Level 1'])
    await page.getByRole('group', { name: `Levels of ${last.name.en}` }).getByRole('button', { name: upstairs.name.en }).click()
    expect(await page.evaluate(() => window.venueTwin!.level())).toBe(upstairs.id)
    await waitForIdle(page)
    await page.waitForFunction((n) => [...document.querySelectorAll('.zone-label')].some((e) => e.textContent?.startsWith(n)), upZones[0]!.name.en, { timeout: 20_000 })
    const shown = await zoneLabels(page)
    expect(shown.every((name) => !groundZoneNames.has(name)), shown.join(', ')).toBe(true)
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('in Chinese, a link to a booth upstairs in the last building opens there', async () => {
    const booth = venue.booths.find((b) => b.levelId === upstairs.id)!
    const { page, context } = await openApp(browser, `?scene=${SCENE}&lang=zh&booth=${booth.id}`)
    const picker = page.getByRole('combobox', { name: '场馆' })
    await expect(picker.inputValue()).resolves.toBe(last.id)
    const group = page.getByRole('group', { name: `${last.name.zh}楼层` })
    expect(await group.locator('button[aria-pressed="true"]').allInnerTexts()).toEqual([upstairs.name.zh])
    await context.close()
  })
})
