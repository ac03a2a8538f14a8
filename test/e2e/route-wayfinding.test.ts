/**
 * Wayfinding in a real browser: a `from=&to=` link draws a route and lists its steps,
 * "Directions" on an exhibitor card routes from the main entrance, the start can be changed,
 * and Clear route removes it — from the panel, the 3D view (draw calls) and the URL.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { mainEntrance } from '../../src/domain/routing/route.ts'
import { browserForFile, openApp, waitForIdle } from './browser.ts'
import { loadDefaultScene } from './sceneData.ts'

const index = loadDefaultScene()
const venue = index.scene.venue
const browser = browserForFile()

const steps = (page: Page) => page.getByTestId('route-steps').locator('li').allInnerTexts()
const shownLength = async (page: Page): Promise<number> => {
  const text = await page.getByTestId('route-summary').innerText()
  const m = /(\d+)\s*(m|米)/.exec(text)
  if (!m) throw new Error(`no length in "${text}"`)
  return Number(m[1])
}
const drawCalls = (page: Page) => page.evaluate(() => window.venueTwin!.stats().drawCalls)

// An occupied booth far from the kiosk, so the route has turns and a name to arrive at.
const kiosk = venue.kiosks[0]!
const booth = [...venue.booths]
  .filter((b) => index.exhibitorsByBooth.get(b.id)?.length)
  .sort((a, b) => {
    const d = (x: typeof a) => Math.hypot(x.footprint[0]![0] - kiosk.position[0], x.footprint[0]![1] - kiosk.position[1])
    return d(b) - d(a)
  })[0]!

describe('venueTwin.route()', () => {
  it('answers with a walk for a reachable booth in the same task as ready resolves', async () => {
    const { page, context } = await openApp(browser, '?lang=en', { waitReady: false })
    await page.waitForFunction(() => !!window.venueTwin, null, { timeout: 30_000 })
    const walk = await page.evaluate(
      ([f, t]) => window.venueTwin!.ready.then(() => window.venueTwin!.route(f!, t!)),
      [kiosk.id, booth.id],
    )
    expect(walk).not.toBeNull()
    expect(walk!.lengthM).toBeGreaterThan(0)
    expect(walk!.steps.at(-1)).toContain(booth.label)
    await context.close()
  })
})

describe('a from= / to= link', () => {
  it('draws the route, lists its steps naming the booth, and agrees with venueTwin.route()', async () => {
    const { page, context, pageErrors } = await openApp(browser, `?from=${kiosk.id}&to=${booth.id}&lang=en`)
    const directions = page.getByRole('region', { name: new RegExp(`Directions to Booth ${booth.label}`) })
    await directions.waitFor()
    const listed = await steps(page)
    expect(listed.length).toBeGreaterThanOrEqual(2)
    expect(listed.some((s) => s.includes(booth.label))).toBe(true)
    expect(listed.at(-1)).toMatch(new RegExp(`^Arrive at Booth ${booth.label} .* on your (left|right)|straight ahead`))
    expect(await page.getByTestId('route-from').inputValue()).toBe(kiosk.id)
    expect(page.url()).toContain(`from=${kiosk.id}`)
    expect(page.url()).toContain(`to=${booth.id}`)
    await page.getByTestId('you-are-here').waitFor()

    const api = await page.evaluate(([f, t]) => window.venueTwin!.route(f!, t!), [kiosk.id, booth.id])
    expect(api).not.toBeNull()
    expect(api!.lengthM).toBeGreaterThan(0)
    expect(api!.minutes).toBeGreaterThanOrEqual(1)
    expect(await shownLength(page)).toBe(api!.lengthM)
    expect(await steps(page)).toEqual(api!.steps)
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('adds the route meshes to the drawing, and Clear route takes them away again', async () => {
    // With the booth selected the panel stays open after clearing, so the view keeps its size.
    const { page, context } = await openApp(browser, `?booth=${booth.id}&from=${kiosk.id}&to=${booth.id}&lang=en`)
    await page.getByTestId('route-steps').waitFor()
    await waitForIdle(page)
    const withRoute = await drawCalls(page)
    await page.getByRole('button', { name: 'Clear route', exact: true }).click()
    await page.getByTestId('directions').waitFor({ state: 'detached' })
    await page.waitForURL((u) => !u.search.includes('from=') && !u.search.includes('to='))
    await waitForIdle(page)
    const without = await drawCalls(page)
    // Ribbon, start disc and destination pin.
    expect(withRoute - without).toBeGreaterThanOrEqual(3)
    // The booth is still selected: only the route went.
    expect(await page.evaluate(() => window.venueTwin!.selection())).toEqual({ kind: 'booth', id: booth.id })
    expect(await page.getByTestId('you-are-here').count()).toBe(0)
    await context.close()
  })
})

describe('the moving route', () => {
  const frames = (page: Page) => page.evaluate(() => window.venueTwin!.stats().framesDrawn)

  it('animates only while a route is shown and motion is allowed; idle again once cleared', async () => {
    const { page, context } = await openApp(browser, `?booth=${booth.id}&lang=en&live=off`, { reducedMotion: 'no-preference' })
    // The booth names join the close-up once their font and glyphs are ready (a frame of their
    // own, late on a slow machine): wait out a longer quiet spell.
    await waitForIdle(page, 1500)
    // Nothing to animate yet: an unchanged view draws no frames.
    const idle0 = await frames(page)
    await page.waitForTimeout(800)
    expect(await frames(page)).toBe(idle0)

    await page.evaluate(([f, t]) => window.venueTwin!.route(f!, t!), [kiosk.id, booth.id])
    await page.getByTestId('route-steps').waitFor()
    // Past the camera's flight to the route (well under 3 s), frames keep coming: the chevrons.
    await page.waitForTimeout(3000)
    const a = await frames(page)
    await page.waitForFunction((n) => window.venueTwin!.stats().framesDrawn >= n + 4, a, { timeout: 20_000 })

    await page.getByRole('button', { name: 'Clear route', exact: true }).click()
    await waitForIdle(page)
    const b = await frames(page)
    await page.waitForTimeout(800)
    expect(await frames(page)).toBe(b)
    await context.close()
  })

  it('stands still with reduced motion', async () => {
    // Without the live simulator: its occupancy tints are real changes of view, which redraw
    // (one fell inside this window in 2 of 5 runs; 8 of 8 passed without it).
    const { page, context } = await openApp(browser, `?from=${kiosk.id}&to=${booth.id}&lang=en&live=off`)
    await page.getByTestId('route-steps').waitFor()
    await waitForIdle(page)
    const a = await frames(page)
    await page.waitForTimeout(800)
    expect(await frames(page)).toBe(a)
    await context.close()
  })
})

describe('Directions on a card', () => {
  const ex = index.scene.exhibitors.find((e) => e.boothIds.length > 0 && index.boothById.has(e.boothIds[0]!))!
  const exBooth = index.boothById.get(ex.boothIds[0]!)!
  const entrance = mainEntrance(index)!

  it('routes from the main entrance to the exhibitor, and a new start updates the route and the URL', async () => {
    const { page, context } = await openApp(browser, `?exhibitor=${ex.id}&lang=en`)
    const card = page.getByRole('article', { name: ex.name.en })
    await card.waitFor()
    const before = page.url()
    expect(before).not.toContain('to=')
    await card.getByRole('button', { name: `Directions to ${ex.name.en} (Booth ${exBooth.label})` }).click()
    await page.getByTestId('route-steps').waitFor()
    expect(await page.getByTestId('route-from').inputValue()).toBe(entrance.id)
    const first = await steps(page)
    expect(first.length).toBeGreaterThanOrEqual(2)
    expect(first[0]).toContain(entrance.name.en)
    expect(first.at(-1)).toContain(`Booth ${exBooth.label}`)
    await page.waitForURL((u) => u.search.includes(`from=${entrance.id}`) && u.search.includes(`to=${ex.id}`))
    const firstLength = await shownLength(page)
    expect(firstLength).toBeGreaterThan(0)

    // Another start: the farthest entrance or kiosk from the first one.
    const other = [...venue.pois.filter((p) => p.kind === 'entrance'), ...venue.kiosks]
      .filter((p) => p.id !== entrance.id)
      .sort((a, b) => Math.hypot(b.position[0] - entrance.position[0], b.position[1] - entrance.position[1]) - Math.hypot(a.position[0] - entrance.position[0], a.position[1] - entrance.position[1]))[0]!
    await page.getByTestId('route-from').selectOption(other.id)
    await page.waitForFunction((name) => document.querySelector('[data-testid=route-steps] li')?.textContent?.includes(name), other.name.en)
    await page.waitForURL((u) => u.search.includes(`from=${other.id}`))
    expect((await steps(page)).at(-1)).toContain(`Booth ${exBooth.label}`)
    expect(await shownLength(page)).not.toBe(firstLength)
    await context.close()
  })

  it('speaks the visitor’s language: the steps switch to Chinese', async () => {
    const { page, context } = await openApp(browser, `?from=${entrance.id}&to=${exBooth.id}&lang=en`)
    await page.getByTestId('route-steps').waitFor()
    await page.evaluate(() => window.venueTwin!.setLanguage('zh'))
    await page.waitForFunction(() => /[\u4e00-\u9fff]/.test(document.querySelector('[data-testid=route-steps] li')?.textContent ?? ''))
    const zh = await steps(page)
    expect(zh[0]).toContain(entrance.name.zh)
    expect(zh.at(-1)).toContain(exBooth.label)
    expect(await page.getByTestId('route-summary').innerText()).toMatch(/\d+ 米/)
    await context.close()
  })
})
