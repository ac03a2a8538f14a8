/**
 * The stacked view and the site's buildings in the built app, on a small generated complex: the
 * overview shows every building as a faint massing with its name, a click on another one goes
 * there; "All levels" spreads the building's levels apart — the focused one solid, the others
 * faint slabs — and a click on a faint level focuses it. Real pointer events, real WebGL.
 */
import type { Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { browserForFile, openApp, waitForIdle } from './browser.ts'
import { serveGeneratedComplex } from './levelsSceneFolder.ts'

const { id: SCENE, index } = serveGeneratedComplex('stacked', { booths: 240, halls: 2, levels: 3 })
const { id: SINGLE } = serveGeneratedComplex('stacked-single', { booths: 100, halls: 1, levels: 1 })
const browser = browserForFile()
const venue = index.scene.venue
const [first, second] = venue.buildings as [(typeof venue.buildings)[0], (typeof venue.buildings)[0]]
const levelsOf = (buildingId: string) => venue.levels.filter((l) => l.buildingId === buildingId).sort((a, b) => a.ordinal - b.ordinal)
const [ground, middle, top] = levelsOf(first.id) as [(typeof venue.levels)[0], (typeof venue.levels)[0], (typeof venue.levels)[0]]

const level = (page: Page) => page.evaluate(() => window.venueTwin!.level())
const pressedLevel = (page: Page, building: string) => page.getByRole('group', { name: `Levels of ${building}` }).locator('button[aria-pressed="true"]').allInnerTexts()
const stackReading = (page: Page) => page.evaluate(() => window.__venueTwinStack?.() ?? null)
/** The canvas itself is under the point (no label over it): the click goes through the 3D picking. */
const canvasAt = (page: Page, p: { x: number; y: number }) => page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, p)
const hideLabels = (page: Page) => page.addStyleTag({ content: '.zone-label, .booth-label, .poi-label, .place-label, .tooltip { visibility: hidden !important; }' })

/** Mean colour distance over a small box between two screenshots, and from the view's background. */
function around(a: Buffer, b: Buffer, x: number, y: number, r = 4): { changed: number; fromBackground: number } {
  const pa = PNG.sync.read(a)
  const pb = PNG.sync.read(b)
  // The view's background (domain/theme/zonePalette.ts BACKGROUND), read where nothing is drawn: the top-left corner of the canvas.
  const bg = [pa.data[(5 * pa.width + 5) * 4]!, pa.data[(5 * pa.width + 5) * 4 + 1]!, pa.data[(5 * pa.width + 5) * 4 + 2]!]
  let changed = 0
  let fromBackground = 0
  let n = 0
  for (let yy = Math.round(y - r); yy <= y + r; yy++)
    for (let xx = Math.round(x - r); xx <= x + r; xx++) {
      const i = (yy * pa.width + xx) * 4
      changed += Math.hypot(pa.data[i]! - pb.data[i]!, pa.data[i + 1]! - pb.data[i + 1]!, pa.data[i + 2]! - pb.data[i + 2]!)
      fromBackground += Math.hypot(pa.data[i]! - bg[0]!, pa.data[i + 1]! - bg[1]!, pa.data[i + 2]! - bg[2]!)
      n++
    }
  return { changed: changed / n, fromBackground: fromBackground / n }
}

describe('the site’s buildings in the overview', () => {
  it('draws every building’s massing and name; a click on another building’s massing goes there', { timeout: 120_000 }, async () => {
    const { page, context, pageErrors } = await openApp(browser, `?scene=${SCENE}&lang=en&live=off`)
    await waitForIdle(page)
    await page.waitForFunction(() => !!window.__venueTwinMassing, null, { timeout: 20_000 })
    const onGround = (await page.evaluate(() => window.__venueTwinMassing!()))!
    expect(onGround.map((m) => m.buildingId)).toEqual(venue.buildings.map((b) => b.id))
    // On the shared ground floor every building's floor is drawn, each inside a veil of walls.
    expect(onGround.every((m) => m.onFloor && m.opacity < 0.5)).toBe(true)
    // Every building's name is on the view, in the interface language.
    await page.waitForFunction((n) => document.querySelectorAll('.place-label.is-building').length === n, venue.buildings.length, { timeout: 20_000 })
    expect((await page.locator('.place-label.is-building').allInnerTexts()).sort()).toEqual(venue.buildings.map((b) => b.name.en).sort())

    // Upstairs in the first building, the second is a faint block: zoom out until its roof is in view.
    await page.getByRole('group', { name: `Levels of ${first.name.en}` }).getByRole('button', { name: middle.name.en }).click()
    await waitForIdle(page)
    const canvas = (await page.locator('canvas').boundingBox())!
    const otherRoof = async () => (await page.evaluate(() => window.__venueTwinMassing?.()))?.find((m) => m.buildingId === second.id)
    for (let i = 0; i < 12 && !(await otherRoof())?.roof; i++) {
      await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2)
      await page.mouse.wheel(0, 600)
      await waitForIdle(page)
    }
    const other = (await otherRoof())!
    expect(other).toMatchObject({ onFloor: false })
    expect(other.opacity).toBeLessThan(0.5)
    expect(other.roof, 'the other building’s roof is on screen').not.toBeNull()
    expect(await canvasAt(page, other.roof!)).toBe('CANVAS')
    await page.mouse.move(other.roof!.x, other.roof!.y)
    await page.mouse.click(other.roof!.x, other.roof!.y)
    await expect.poll(() => level(page)).toBe(levelsOf(second.id)[0]!.id)
    expect(await pressedLevel(page, second.name.en)).toEqual([levelsOf(second.id)[0]!.name.en])
    await expect(page.getByRole('combobox', { name: 'Building' }).inputValue()).resolves.toBe(second.id)
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('in Chinese the names are Chinese; a click on a name label goes to that building', { timeout: 120_000 }, async () => {
    const { page, context } = await openApp(browser, `?scene=${SCENE}&lang=zh&live=off`)
    await waitForIdle(page)
    const label = page.locator(`.place-label[data-place="building:${second.id}"]`)
    await label.waitFor({ timeout: 20_000 })
    expect(await label.innerText()).toBe(second.name.zh)
    // A real pointer on the label (not a synthetic click on the element).
    const box = (await label.boundingBox())!
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await expect.poll(() => level(page)).toBe(levelsOf(second.id)[0]!.id)
    await context.close()
  })

  it('a venue of one building and one level shows nothing new: no massing, no "All levels"', { timeout: 120_000 }, async () => {
    const { page, context, pageErrors } = await openApp(browser, `?scene=${SINGLE}&lang=en&live=off`)
    await waitForIdle(page)
    await page.locator('.zone-label').first().waitFor({ timeout: 20_000 })
    expect(await page.evaluate(() => typeof window.__venueTwinMassing)).toBe('undefined')
    expect(await page.locator('.place-label').count()).toBe(0)
    expect(await page.getByRole('button', { name: 'All levels' }).count()).toBe(0)
    expect(pageErrors).toEqual([])
    await context.close()
  })
})

describe('the stacked view', () => {
  it('by keyboard: every level at once, the focused one solid; a click on a faint level focuses it', { timeout: 180_000 }, async () => {
    const { page, context, pageErrors } = await openApp(browser, `?scene=${SCENE}&lang=en&live=off`)
    await waitForIdle(page)
    const toggle = page.getByRole('button', { name: 'All levels' })
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false')
    await toggle.focus()
    await page.keyboard.press('Enter')
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true')
    // Visible focus on the toggle.
    expect(await toggle.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none')
    await page.waitForFunction(() => !!window.__venueTwinStack, null, { timeout: 20_000 })
    await waitForIdle(page)

    const stack = (await stackReading(page))!
    expect(stack.map((l) => l.levelId)).toEqual([ground.id, middle.id, top.id])
    expect(stack.find((l) => l.focused)).toMatchObject({ levelId: ground.id, opacity: 1 })
    for (const l of stack.filter((s) => !s.focused)) {
      expect(l.opacity, l.levelId).toBeGreaterThan(0)
      expect(l.opacity, l.levelId).toBeLessThan(0.5)
    }
    // Exploded upwards: the higher a level, the higher on the screen.
    expect(stack[2]!.y).toBeLessThan(stack[1]!.y)
    expect(stack[1]!.y).toBeLessThan(stack[0]!.y)
    // Each level's name labels the stack.
    await page.waitForFunction(() => document.querySelectorAll('.place-label.is-level').length === 3, null, { timeout: 20_000 })
    expect(await page.locator('.place-label.is-building').count()).toBe(0)

    // The faint levels are on the canvas: where the top one is, the picture is not background,
    // and it changes when they are taken away.
    const faint = stack[2]!
    await hideLabels(page)
    const shot = await page.screenshot()
    await page.evaluate(() => window.__venueTwinShowFaintLevels!(false))
    await waitForIdle(page)
    const bare = await page.screenshot()
    await page.evaluate(() => window.__venueTwinShowFaintLevels!(true))
    await waitForIdle(page)
    const px = around(shot, bare, faint.x, faint.y)
    expect(px.fromBackground, 'the faint level is drawn').toBeGreaterThan(8)
    expect(px.changed, 'hiding the faint levels changes the picture there').toBeGreaterThan(3)

    // Few draw calls: one per faint level, one for the connectors.
    expect(await page.evaluate(() => window.venueTwin!.stats().drawCalls)).toBeLessThanOrEqual(30)

    // A real click on the top level focuses it, and the view stays stacked.
    await page.addStyleTag({ content: '.place-label { visibility: visible !important; }' })
    expect(await canvasAt(page, faint)).toBe('CANVAS')
    await page.mouse.move(faint.x, faint.y)
    await page.mouse.click(faint.x, faint.y)
    await expect.poll(() => level(page)).toBe(top.id)
    expect(await pressedLevel(page, first.name.en)).toEqual([top.name.en])
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true')
    await waitForIdle(page)
    const after = (await stackReading(page))!
    expect(after.find((l) => l.focused)).toMatchObject({ levelId: top.id, opacity: 1 })
    expect(after.find((l) => l.levelId === ground.id)!.opacity).toBeLessThan(0.5)

    // A faint level's name label focuses it too.
    const groundLabel = page.locator(`.place-label[data-place="level:${ground.id}"]`)
    await groundLabel.waitFor({ timeout: 20_000 })
    const lb = (await groundLabel.boundingBox())!
    await page.mouse.click(lb.x + lb.width / 2, lb.y + lb.height / 2)
    await expect.poll(() => level(page)).toBe(ground.id)
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true')

    // The switcher focuses a level too, still stacked.
    await page.getByRole('group', { name: `Levels of ${first.name.en}` }).getByRole('button', { name: middle.name.en }).click()
    await expect.poll(async () => (await stackReading(page))?.find((l) => l.focused)?.levelId).toBe(middle.id)

    // Off: back to the focused level's own view, the buildings' massings return.
    await toggle.click()
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false')
    await expect.poll(() => stackReading(page)).toBeNull()
    await page.waitForFunction(() => !!window.__venueTwinMassing, null, { timeout: 20_000 })
    expect(await level(page)).toBe(middle.id)
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('in Chinese the toggle reads 全部楼层', { timeout: 120_000 }, async () => {
    const { page, context } = await openApp(browser, `?scene=${SCENE}&lang=zh&live=off`)
    const toggle = page.getByRole('button', { name: '全部楼层' })
    await toggle.click()
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true')
    await page.waitForFunction(() => document.querySelectorAll('.place-label.is-level').length === 3, null, { timeout: 20_000 })
    expect((await page.locator('.place-label.is-level').allInnerTexts()).sort()).toEqual([ground, middle, top].map((l) => l.name.zh).sort())
    await context.close()
  })
})
