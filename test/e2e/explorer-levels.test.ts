/**
 * A venue on two levels, as a visitor meets it in the built app: the level switcher and
 * `level=` change what the view shows, a booth upstairs is clicked on the canvas, a route from
 * the kiosk downstairs takes the escalator (the lift when avoiding steps) and is drawn on both
 * levels, and a search result upstairs brings the view up there.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { levelOfPlace } from '../../src/domain/scene/levels.ts'
import { baseUrl, browserForFile, clickItem, newDesktopContext, openApp, waitForIdle, waitForReady } from './browser.ts'
import { serveLevelsScene } from './levelsSceneFolder.ts'

const { id: SCENE, index } = serveLevelsScene('levels')
const browser = browserForFile()
const venue = index.scene.venue

const [ground, upper] = [...venue.levels].sort((a, b) => a.ordinal - b.ordinal) as [(typeof venue.levels)[0], (typeof venue.levels)[0]]
const kiosk = venue.kiosks.find((k) => k.levelId === ground.id)!
// An occupied booth upstairs: it has a card to show.
const upBooth = venue.booths.find((b) => b.levelId === upper.id && index.exhibitorsByBooth.get(b.id)?.length)!
const upExhibitor = index.exhibitorsByBooth.get(upBooth.id)![0]!
const upZone = index.zoneById.get(upBooth.zoneId)!
const groundZones = venue.zones.filter((z) => z.levelId === ground.id)

const level = (page: Page) => page.evaluate(() => window.venueTwin!.level())
const switcher = (page: Page) => page.getByRole('group', { name: 'Levels' })
const pressed = (page: Page) => switcher(page).locator('button[aria-pressed="true"]').allInnerTexts()
const drawCalls = (page: Page) => page.evaluate(() => window.venueTwin!.stats().drawCalls)

/**
 * The names the 3D view labels (HTML overlays over the canvas; `.zone-label` or `.booth-label`)
 * once the view has settled and `expected` is among them.
 */
async function labelsSettle(page: Page, expected: string, kind = '.zone-label'): Promise<string[]> {
  await waitForIdle(page)
  await page.waitForFunction(
    ([k, n]) => [...document.querySelectorAll(k!)].some((e) => (e.textContent ?? '').includes(n!)),
    [kind, expected],
    { timeout: 20_000 },
  )
  return (await page.locator(kind).allInnerTexts()).flatMap((t) => t.split('\n'))
}

describe('the level switcher', () => {
  it('names each level; a press shows that level’s zones and booths, and the URL keeps it', async () => {
    const { page, context, pageErrors } = await openApp(browser, `?scene=${SCENE}&lang=en`)
    const buttons = switcher(page).getByRole('button')
    await buttons.first().waitFor()
    // Top floor first, as on a lift panel.
    expect(await buttons.allInnerTexts()).toEqual([upper.name.en, ground.name.en])
    expect(await pressed(page)).toEqual([ground.name.en])
    // Scripts see the same levels, in the scene's order, named in the interface language.
    expect((await page.evaluate(() => window.venueTwin!.scene())).levels).toEqual(
      venue.levels.map((l) => ({ id: l.id, name: l.name.en, shortName: l.shortName.en, buildingId: l.buildingId, ordinal: l.ordinal })),
    )
    const below = await labelsSettle(page, groundZones[0]!.name.en)
    expect(below).not.toContain(upZone.name.en)
    // The booth upstairs cannot be reached on the canvas while the ground floor is shown.
    expect(await page.evaluate((b) => window.venueTwin!.screenPosition(b), upBooth.id)).toBeNull()

    await switcher(page).getByRole('button', { name: upper.name.en }).click()
    expect(await pressed(page)).toEqual([upper.name.en])
    expect(await level(page)).toBe(upper.id)
    const above = await labelsSettle(page, upZone.name.en)
    for (const z of groundZones) expect(above).not.toContain(z.name.en)
    expect(await page.evaluate((b) => window.venueTwin!.screenPosition(b), upBooth.id)).not.toBeNull()
    await page.waitForURL(new RegExp(`level=${upper.id}`))

    // Keyboard: the arrow keys move along the panel.
    await switcher(page).getByRole('button', { name: upper.name.en }).focus()
    await page.keyboard.press('ArrowDown')
    expect(await pressed(page)).toEqual([ground.name.en])
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(ground.name.en)
    await page.waitForURL((u) => !u.search.includes('level='))
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('level= opens on that level, in Chinese too', async () => {
    const { page, context } = await openApp(browser, `?scene=${SCENE}&lang=zh&level=${upper.id}`)
    expect(await level(page)).toBe(upper.id)
    const group = page.getByRole('group', { name: '楼层' })
    expect(await group.locator('button[aria-pressed="true"]').allInnerTexts()).toEqual([upper.name.zh])
    const labels = await labelsSettle(page, upZone.name.zh)
    expect(labels).toContain(upZone.name.zh)
    await context.close()
  })
})

describe('switching levels', () => {
  // A shader program linked again is a stall on every switch (tens of ms, more without a GPU).
  it('builds no shader program again: the next floor draws with the ones it has', async () => {
    const context = await newDesktopContext(browser)
    await context.addInitScript(() => {
      const gl = WebGL2RenderingContext.prototype
      const counts = { linked: 0, deleted: 0 }
      ;(window as unknown as { __programs: typeof counts }).__programs = counts
      const link = gl.linkProgram
      gl.linkProgram = function (p) {
        counts.linked++
        link.call(this, p)
      }
      const del = gl.deleteProgram
      gl.deleteProgram = function (p) {
        counts.deleted++
        del.call(this, p)
      }
    })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/?scene=${SCENE}&lang=en`)
    await waitForReady(page)
    const programs = () => page.evaluate(() => ({ ...(window as unknown as { __programs: { linked: number; deleted: number } }).__programs }))
    const settled = async (): Promise<void> => {
      // Everything the floor draws, the banners' lettering included, is on screen.
      await page.waitForFunction(() => !!window.__venueTwinBanners?.(), null, { timeout: 60_000 })
      await waitForIdle(page)
    }
    await settled()
    const before = await programs()
    expect(before.linked).toBeGreaterThan(0)
    for (const l of [upper, ground, upper]) {
      await switcher(page).getByRole('button', { name: l.name.en }).click()
      await page.waitForFunction((id) => window.venueTwin!.level() === id, l.id)
      await settled()
    }
    expect(await programs()).toEqual(before)
    await context.close()
  })

  // Building a floor again is the slow part of a switch (its booth batches, carpet and banners:
  // ~0.5 s for the shared ground floor at 70,000 booths); the floors recently shown stay built.
  it('a floor shown again is not built again; its booths come back with no new geometry', async () => {
    const { page, context, pageErrors } = await openApp(browser, `?scene=${SCENE}&lang=en&live=off`)
    const kept = () => page.evaluate(() => window.__venueTwinKeptFloors!())
    const geometries = () => page.evaluate(() => window.venueTwin!.stats().geometries)
    const show = async (l: typeof ground): Promise<void> => {
      await switcher(page).getByRole('button', { name: l.name.en }).click()
      await page.waitForFunction((id) => window.venueTwin!.level() === id, l.id)
      await page.waitForFunction(() => !!window.__venueTwinBanners?.(), null, { timeout: 60_000 })
      await waitForIdle(page)
    }
    await page.waitForFunction(() => !!window.__venueTwinKeptFloors && !!window.__venueTwinBanners?.(), null, { timeout: 60_000 })
    // Once the ground floor is on screen, the floor upstairs is built ahead in idle time.
    await page.waitForFunction(() => window.__venueTwinKeptFloors!().kept.length === 2, null, { timeout: 20_000 })
    await waitForIdle(page)
    const built = (await kept()).built
    expect(built).toBe(2)
    await show(upper)
    await show(ground)
    const round = { kept: await kept(), geometries: await geometries() }
    expect(round.kept.kept).toHaveLength(2)
    for (const l of [upper, ground, upper, ground]) await show(l)
    // Four more switches: nothing built, no geometry more than the round before.
    expect(await kept()).toEqual(round.kept)
    expect(await kept()).toMatchObject({ built })
    expect(await geometries()).toBe(round.geometries)
    // The ground floor's booths are drawn and clickable again.
    const groundBooths = venue.booths.filter((b) => b.levelId === ground.id).map((b) => b.id)
    expect(await page.evaluate((ids) => ids.some((id) => window.venueTwin!.screenPosition(id) !== null), groundBooths)).toBe(true)
    expect(pageErrors).toEqual([])
    await context.close()
  })
})

describe('upstairs on the canvas', () => {
  it('a click on a booth on level 2 opens its exhibitor’s card', async () => {
    const { page, context } = await openApp(browser, `?scene=${SCENE}&lang=en&level=${upper.id}`)
    await clickItem(page, upBooth.id)
    expect(await page.evaluate(() => window.venueTwin!.selection())).toEqual({ kind: 'booth', id: upBooth.id })
    const card = page.getByRole('article', { name: upExhibitor.name.en })
    await card.waitFor()
    await expect(card.getByRole('button', { name: `Booth ${upBooth.label}`, exact: true }).count()).resolves.toBe(1)
    expect(await level(page)).toBe(upper.id)
    await context.close()
  })
})

describe('a route between levels', () => {
  const steps = (page: Page) => page.getByTestId('route-steps').locator('li')

  it('from the kiosk downstairs to a booth upstairs: the escalator up, drawn on both levels', async () => {
    // With the booth selected the panel stays open after clearing, so the view keeps its size.
    const { page, context } = await openApp(browser, `?scene=${SCENE}&lang=en&booth=${upBooth.id}&from=${kiosk.id}&to=${upBooth.id}`)
    await page.getByTestId('route-steps').waitFor()
    const connector = steps(page).and(page.locator('[data-kind="connector"]'))
    expect(await connector.count()).toBe(1)
    const escalator = venue.connectors.find((c) => c.kind === 'escalator' && c.direction === 'up')!
    expect(await connector.innerText()).toBe(`At the ${escalator.name.en}, take the escalator up to ${upper.name.en}.`)
    expect((await steps(page).allInnerTexts()).at(-1)).toContain(upBooth.label)
    const api = await page.evaluate(([f, t]) => window.venueTwin!.route(f!, t!), [kiosk.id, upBooth.id])
    expect(api!.levels).toEqual([ground.id, upper.id])

    // Drawn on each level: the route adds meshes to the view of either floor.
    for (const l of [ground, upper]) {
      await switcher(page).getByRole('button', { name: l.name.en }).click()
      await waitForIdle(page)
      const withRoute = await drawCalls(page)
      await page.getByTestId('directions').getByRole('button', { name: 'Clear route' }).click()
      await waitForIdle(page)
      expect(withRoute - (await drawCalls(page)), `route meshes on ${l.id}`).toBeGreaterThanOrEqual(2)
      await page.evaluate(([f, t]) => window.venueTwin!.route(f!, t!), [kiosk.id, upBooth.id])
      await page.getByTestId('route-steps').waitFor()
    }
    await context.close()
  })

  it('the step by step shows the level of each step; in Chinese the escalator reads naturally', async () => {
    const { page, context } = await openApp(browser, `?scene=${SCENE}&lang=zh&from=${kiosk.id}&to=${upBooth.id}`)
    await page.getByTestId('route-steps').waitFor()
    expect(await level(page)).toBe(ground.id)
    const connector = steps(page).and(page.locator('[data-kind="connector"]'))
    expect(await connector.innerText()).toBe(`到上行扶梯，乘自动扶梯上至 ${upper.name.zh}。`)
    await connector.getByRole('button').click()
    expect(await level(page)).toBe(upper.id)
    await context.close()
  })

  it('avoiding steps takes the lift', async () => {
    const { page, context } = await openApp(browser, `?scene=${SCENE}&lang=en&from=${kiosk.id}&to=${upBooth.id}`)
    await page.getByTestId('route-steps').waitFor()
    await page.getByRole('checkbox', { name: 'Avoid steps' }).check()
    const lift = venue.connectors.find((c) => c.kind === 'lift')!
    const connector = steps(page).and(page.locator('[data-kind="connector"]'))
    await page.waitForFunction((name) => document.querySelector('[data-testid="route-steps"] [data-kind="connector"]')?.textContent?.includes(name), lift.name.en)
    expect(await connector.innerText()).toBe(`At the ${lift.name.en}, take the lift up to ${upper.name.en}.`)
    await context.close()
  })
})

describe('search across levels', () => {
  it('choosing a result upstairs shows level 2', async () => {
    expect(levelOfPlace(index, upExhibitor.id)).toBe(upper.id)
    const { page, context } = await openApp(browser, `?scene=${SCENE}&lang=en`)
    expect(await level(page)).toBe(ground.id)
    const box = page.getByRole('searchbox', { name: 'Search the venue' })
    await box.click()
    await box.pressSequentially(upExhibitor.name.en.slice(0, 8), { delay: 20 })
    await page.getByRole('option', { name: new RegExp(`^${upExhibitor.name.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click()
    expect(await page.evaluate(() => window.venueTwin!.selection())).toEqual({ kind: 'exhibitor', id: upExhibitor.id })
    await page.getByRole('article', { name: upExhibitor.name.en }).waitFor()
    expect(await pressed(page)).toEqual([upper.name.en])
    // Screen readers hear that the view went upstairs.
    await expect(page.getByTestId('live-region').textContent()).resolves.toBe(`Selected: ${upExhibitor.name.en}, on ${upper.name.en}`)
    // The view is upstairs, close to the booth: its number is labelled on the canvas (its name
    // reads on its fascia board this close).
    await labelsSettle(page, upBooth.label, '.booth-label')
    await context.close()
  })
})
