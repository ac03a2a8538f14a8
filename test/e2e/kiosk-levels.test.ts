/**
 * A kiosk upstairs in a venue with levels: it opens on its own floor with "you are here", and
 * after a visitor switched floors and walked away (the attract tour visits every floor), the next
 * visitor's first tap finds the kiosk's floor again.
 */
import { describe, expect, it } from 'vitest'
import { browserForFile, openApp } from './browser.ts'
import { openKiosk, readQr, tap } from './kiosk.ts'
import { serveLevelsScene } from './levelsSceneFolder.ts'

const KIOSK = 'kiosk-upstairs'
const { id: SCENE, index } = serveLevelsScene('kiosk-levels', (s) => {
  s.venue.kiosks.push({ id: KIOSK, levelId: 'level-2', name: { en: 'Upstairs Kiosk', zh: '楼上导览机' }, position: [24, 30], heading: 180 })
})
const browser = browserForFile()
const venue = index.scene.venue
const upper = venue.levels.find((l) => l.id === index.kioskById.get(KIOSK)!.levelId)!
const ground = venue.levels.find((l) => l.id !== upper.id)!

describe('a kiosk upstairs', () => {
  it('opens on its own level; after the attract loop the next visitor finds it there again', async () => {
    const { page, context, pageErrors } = await openKiosk(browser, `?scene=${SCENE}&mode=kiosk&kiosk=${KIOSK}&idle=3&lang=en`)
    const switcher = page.getByRole('group', { name: 'Levels' })
    const pressed = () => switcher.locator('button[aria-pressed="true"]').allInnerTexts()
    expect(await page.evaluate(() => window.venueTwin!.level())).toBe(upper.id)
    expect(await pressed()).toEqual([upper.name.en])
    await page.getByTestId('you-are-here').waitFor()

    // A visitor goes downstairs (the first tap may only wake a kiosk that dozed off already).
    const down = switcher.getByRole('button', { name: ground.name.en })
    await tap(page, down)
    if ((await pressed())[0] !== ground.name.en) await tap(page, down)
    expect(await pressed()).toEqual([ground.name.en])
    // … and walks away; the attract loop tours the venue until the next visitor taps.
    const attract = page.getByTestId('attract')
    await attract.waitFor({ timeout: 20_000 })
    await page.getByTestId('tour-caption').waitFor()
    const box = (await page.locator('canvas').boundingBox())!
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)
    await attract.waitFor({ state: 'hidden', timeout: 2000 })
    expect(await pressed()).toEqual([upper.name.en])
    await page.getByTestId('you-are-here').waitFor()
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('hands a route downstairs to the phone; the phone starts it upstairs and takes it down a level', async () => {
    const booth = index.scene.venue.booths.find((b) => b.levelId === ground.id && index.exhibitorsByBooth.get(b.id)?.length)!
    const { page, context } = await openKiosk(browser, `?scene=${SCENE}&mode=kiosk&kiosk=${KIOSK}&idle=600&lang=en&booth=${booth.id}`)
    await tap(page, page.getByRole('button', { name: /^Directions to/ }).first())
    const directions = page.getByTestId('directions')
    await directions.getByTestId('route-summary').waitFor()
    const link = new URL(await readQr(directions.getByRole('img', { name: 'Scan to take these directions with you' })))
    expect(link.searchParams.get('from')).toBe(KIOSK)
    await context.close()

    const phone = await openApp(browser, link.search, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    await phone.page.getByTestId('route-steps').waitFor()
    // The phone shows the kiosk's level, where the walk begins; a step names the level change.
    expect(await phone.page.evaluate(() => window.venueTwin!.level())).toBe(upper.id)
    const route = await phone.page.evaluate(([f, t]) => window.venueTwin!.route(f!, t!), [KIOSK, link.searchParams.get('to')!])
    expect(route!.levels).toEqual([upper.id, ground.id])
    const change = phone.page.getByTestId('route-steps').locator('[data-kind="connector"]')
    expect(await change.count()).toBe(1)
    expect(await change.innerText()).toContain(ground.name.en)
    await phone.context.close()
  })
})
