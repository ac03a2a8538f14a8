/**
 * Looks like the expo: exhibitor names on the booths' fascias (read back from the scene graph,
 * seen on the canvas, switching language), zone labels that never cover one another however
 * small the embed, and the README's screenshots made from the production build.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { takeScreenshots } from '../../scripts/screenshots.ts'
import { fasciaDisplay } from '../../src/domain/fascia/fasciaText.ts'
import { baseUrl, launchBrowser, openApp, waitForIdle } from './browser.ts'
import { colourVariety } from './pixels.ts'
import { loadDefaultScene } from './sceneData.ts'

const index = loadDefaultScene()
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

interface Reading {
  boothId: string
  text: string
  x: number
  y: number
}

/** The fascia names as the scene graph holds them, once laid out (test hook of Fascias.tsx). */
async function fascias(page: Page): Promise<Reading[]> {
  await page.waitForFunction(() => !!window.__venueTwinFascias?.(), null, { timeout: 120_000 })
  await waitForIdle(page)
  return (await page.evaluate(() => window.__venueTwinFascias!()))!
}

/** Hide the HTML labels so the pixels read are the canvas's own. */
async function hideOverlays(page: Page): Promise<void> {
  await page.addStyleTag({ content: '.zone-label, .booth-label, .poi-label, .tooltip { visibility: hidden !important; }' })
}

/**
 * The pixels around a name: lettering on a board shows both the board's dark and the letters'
 * light; a bare booth top (light) or a bare board (dark) shows only one of them.
 */
function letteringAround(png: Buffer, x: number, y: number, r = 6): { dark: number; light: number } {
  const img = PNG.sync.read(png)
  let dark = 0
  let light = 0
  for (let yy = Math.round(y - r); yy <= y + r; yy++)
    for (let xx = Math.round(x - r * 2); xx <= x + r * 2; xx++) {
      if (xx < 0 || yy < 0 || xx >= img.width || yy >= img.height) continue
      const i = (yy * img.width + xx) * 4
      const lum = 0.2126 * img.data[i]! + 0.7152 * img.data[i + 1]! + 0.0722 * img.data[i + 2]!
      if (lum < 100) dark++
      else if (lum > 150) light++
    }
  return { dark, light }
}

describe('fascia names', () => {
  // Each name's glyphs are rasterised once, in software WebGL here: give the first zone view time.
  it('at the zone view, booths carry their exhibitor’s name on the canvas, and switch to 中文', { timeout: 300_000 }, async () => {
    const zone = 'future-industries'
    const { page, context, pageErrors } = await openApp(browser, `?lang=en&live=off&zone=${zone}`)
    const en = await fascias(page)
    const withExhibitor = (index.boothsByZone.get(zone) ?? []).filter((b) => index.exhibitorsByBooth.get(b.id)?.length)
    // Every booth with an exhibitor has its name, and only those.
    expect(en.map((r) => r.boothId).sort()).toEqual(withExhibitor.map((b) => b.id).sort())
    const nameOf = (boothId: string, lang: 'en' | 'zh'): string => fasciaDisplay(index.exhibitorsByBooth.get(boothId)![0]!.name[lang])
    for (const r of en) expect(r.text).toBe(nameOf(r.boothId, 'en'))

    // Three booths spread along the zone, on screen: their names are drawn there (white
    // lettering), not the bare booth or board colour.
    await hideOverlays(page)
    const canvasBox = (await page.locator('canvas').boundingBox())!
    const onScreen = en.filter((r) => r.x > canvasBox.x + 20 && r.x < canvasBox.x + canvasBox.width - 20 && r.y > canvasBox.y + 20 && r.y < canvasBox.y + canvasBox.height - 20)
    expect(onScreen.length).toBeGreaterThanOrEqual(3)
    const chosen = [onScreen[0]!, onScreen[Math.floor(onScreen.length / 2)]!, onScreen[onScreen.length - 1]!]
    const shot = await page.screenshot()
    // The same view with the names' object hidden in the scene graph: the lettering goes.
    await page.evaluate(() => window.__venueTwinShowFasciaNames!(false))
    await waitForIdle(page)
    const bare = await page.screenshot()
    await page.evaluate(() => window.__venueTwinShowFasciaNames!(true))
    for (const r of chosen) {
      const px = letteringAround(shot, r.x, r.y)
      const without = letteringAround(bare, r.x, r.y)
      expect(px.dark, `${r.boothId} "${r.text}": board`).toBeGreaterThan(4)
      expect(px.light, `${r.boothId} "${r.text}": lettering`).toBeGreaterThan(without.light + 2)
    }

    // 中文: the same boards now carry the Chinese names.
    await page.getByRole('button', { name: '中文' }).click()
    await page.waitForFunction((first) => window.__venueTwinFascias?.()?.some((r) => r.boothId === first.boothId && r.text !== first.text), en[0]!, { timeout: 60_000 })
    const zh = await fascias(page)
    expect(zh.length).toBe(en.length)
    for (const r of zh) expect(r.text).toBe(nameOf(r.boothId, 'zh'))
    expect(pageErrors).toEqual([])
    await context.close()
  })
})

describe('zone labels in a small embed', () => {
  for (const [w, h, lang] of [
    [640, 400, 'en'],
    [320, 240, 'en'],
    [320, 240, 'zh'],
  ] as const) {
    it(`never cover one another at ${w}×${h} (${lang})`, async () => {
      const { page, context } = await openApp(browser, `?mode=embed&lang=${lang}&live=off`, { viewport: { width: w, height: h } })
      await waitForIdle(page)
      // The label choice is revisited 150 ms after the view settles: wait for it to hold still.
      let last = ''
      for (let i = 0; i < 20; i++) {
        await page.waitForTimeout(400)
        const now = await page.$$eval('.zone-label', (els) => els.map((e) => `${(e as HTMLElement).dataset.zone}:${(e as HTMLElement).dataset.form}`).join())
        if (now === last && now) break
        last = now
      }
      const boxes = await page.$$eval('.zone-label', (els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect()
          return { zone: (e as HTMLElement).dataset.zone, form: (e as HTMLElement).dataset.form, x: r.left, y: r.top, w: r.width, h: r.height }
        }),
      )
      // Several pavilions are still named…
      expect(boxes.length).toBeGreaterThanOrEqual(w >= 640 ? 6 : 3)
      // …and no two labels overlap.
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!
          const b = boxes[j]!
          const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
          expect(overlap, `${a.zone} (${a.form}) and ${b.zone} (${b.form})`).toBe(false)
        }
      if (w === 320 && lang === 'en') expect(boxes.some((b) => b.form === 'short')).toBe(true)
      await context.close()
    })
  }
})

describe('npm run screenshots', () => {
  it('writes pictures of the product that are not blank', { timeout: 300_000 }, async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'venue-twin-shots-'))
    try {
      const files = await takeScreenshots(baseUrl(), out, ['overview-zh', 'embed-320x240-zh'])
      expect(files.length).toBe(2)
      for (const f of files) {
        const v = colourVariety(readFileSync(f))
        expect(v.distinct, f).toBeGreaterThan(40)
        expect(v.dominantShare, f).toBeLessThan(0.7)
      }
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })
})
