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
import { centroid } from '../../src/domain/geometry/measure.ts'
import { planColumns } from '../../src/domain/model/columnPlan.ts'
import { hallLayout } from '../../src/domain/model/hallLayout.ts'
import { hasSign } from '../../src/domain/model/signPlan.ts'
import { baseUrl, launchBrowser, newDesktopContext, openApp, waitForIdle, waitForReady } from './browser.ts'
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

interface LabelBox {
  kind: string
  id: string
  text: string
  fontPx: number
  x: number
  y: number
  w: number
  h: number
}

/** The 3D view's HTML labels once their choice holds still (it is revisited 150 ms after the view settles). */
async function settledLabels(page: Page): Promise<LabelBox[]> {
  await waitForIdle(page)
  const read = () =>
    page.$$eval('.zone-label, .booth-label, .poi-label, .place-label', (els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect()
        const d = (e as HTMLElement).dataset
        return { kind: e.className, id: d.booth ?? d.zone ?? d.place ?? '', text: e.textContent ?? '', fontPx: parseFloat(getComputedStyle(e).fontSize), x: r.left, y: r.top, w: r.width, h: r.height }
      }),
    )
  let last = ''
  let boxes: LabelBox[] = []
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(400)
    boxes = await read()
    const now = boxes.map((b) => `${b.id}:${b.text}`).join()
    if (now === last && now) break
    last = now
  }
  return boxes
}

/** The view's own controls over the canvas: the view switch, the hint line, the live overlay. */
async function controls(page: Page): Promise<LabelBox[]> {
  return page.$$eval('.view-controls, .controls-hint, .live-overlay, .embed-list-toggle', (els) =>
    els.flatMap((e) => {
      const r = e.getBoundingClientRect()
      return r.width && r.height ? [{ kind: 'control', id: e.className, text: e.className, fontPx: 0, x: r.left, y: r.top, w: r.width, h: r.height }] : []
    }),
  )
}

function expectNoOverlap(boxes: readonly LabelBox[]): void {
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!
      const b = boxes[j]!
      const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
      expect(overlap, `"${a.text}" and "${b.text}"`).toBe(false)
    }
}

describe('exhibitor names at the zone view', () => {
  it('label the booths in type at least 12 px, over their booths, never covering one another, in both languages', { timeout: 300_000 }, async () => {
    const zone = 'future-industries'
    const { page, context, pageErrors } = await openApp(browser, `?lang=en&live=off&zone=${zone}`)
    const inZone = new Set((index.boothsByZone.get(zone) ?? []).map((b) => b.id))
    for (const lang of ['en', 'zh'] as const) {
      if (lang === 'zh') await page.getByRole('button', { name: '中文' }).click()
      const nameOf = (boothId: string): string | undefined => index.exhibitorsByBooth.get(boothId)?.[0]?.name[lang]
      const expected = [...inZone].flatMap((id) => nameOf(id) ?? [])
      await page.waitForFunction((ns) => [...document.querySelectorAll('.booth-label.is-name')].some((e) => ns.includes(e.textContent ?? '')), expected, { timeout: 20_000 })
      const boxes = await settledLabels(page)
      const names = boxes.filter((b) => b.kind.includes('is-name'))
      // A good share of the pavilion's exhibitors are named on the view itself…
      expect(names.length, `${lang}: booths named`).toBeGreaterThanOrEqual(5)
      for (const b of names) {
        // …each with its own exhibitor's name in the page's language, large enough to read…
        expect(inZone.has(b.id), b.id).toBe(true)
        expect(b.text).toBe(nameOf(b.id))
        expect(b.fontPx, `${b.text}: type size`).toBeGreaterThanOrEqual(12)
        // …standing over its booth.
        const at = (await page.evaluate((id) => window.venueTwin!.screenPosition(id), b.id))!
        expect(at.x, `${b.text} over its booth`).toBeGreaterThan(b.x - 10)
        expect(at.x, `${b.text} over its booth`).toBeLessThan(b.x + b.w + 10)
        expect(Math.abs(at.y - (b.y + b.h / 2)), `${b.text} over its booth`).toBeLessThan(60)
      }
      // No label of any kind covers another, or the view's controls.
      expectNoOverlap([...boxes, ...(await controls(page))])
    }
    expect(pageErrors).toEqual([])
    await context.close()
  })
})

describe('labels and the view’s own controls', () => {
  it('give way to a control that grows over them, with no camera move', async () => {
    const { page, context, pageErrors } = await openApp(browser, '?lang=en&live=off')
    const before = await settledLabels(page)
    const zoneAt = await page.evaluate(() => window.venueTwin!.screenPosition('future-industries'))
    // The hint line grows over the lower left of the canvas, as a wrapped caption or an opening
    // panel would: it draws no frame of the 3D view by itself.
    const area = await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('.controls-hint')!
      Object.assign(el.style, { width: '55%', height: '45%', boxSizing: 'border-box' })
      const r = el.getBoundingClientRect()
      return { x: r.left, y: r.top, w: r.width, h: r.height }
    })
    const under = before.filter((b) => b.x < area.x + area.w && area.x < b.x + b.w && b.y < area.y + area.h && area.y < b.y + b.h)
    expect(under.length, 'labels the control now covers').toBeGreaterThan(0)
    const after = await settledLabels(page)
    expectNoOverlap([...after, ...(await controls(page))])
    // The labels elsewhere stay, and the view itself did not move.
    expect(after.length).toBeGreaterThan(0)
    expect(await page.evaluate(() => window.venueTwin!.screenPosition('future-industries'))).toEqual(zoneAt)
    expect(pageErrors).toEqual([])
    await context.close()
  })
})

interface BannerReading {
  zoneId: string
  text: string
  other: string
  x: number
  y: number
}

/** The pavilion banners as the scene graph holds them, once laid out (test hook of Banners.tsx). */
async function banners(page: Page): Promise<BannerReading[]> {
  await page.waitForFunction(() => !!window.__venueTwinBanners?.(), null, { timeout: 120_000 })
  await waitForIdle(page)
  return (await page.evaluate(() => window.__venueTwinBanners!()))!
}

/** Mean colour distance between two screenshots over a box (CSS px = screenshot px here). */
function boxDifference(a: Buffer, b: Buffer, x: number, y: number, r: number): number {
  const pa = PNG.sync.read(a)
  const pb = PNG.sync.read(b)
  let sum = 0
  let n = 0
  for (let yy = Math.round(y - r); yy <= y + r; yy++)
    for (let xx = Math.round(x - r); xx <= x + r; xx++) {
      if (xx < 0 || yy < 0 || xx >= pa.width || yy >= pa.height) continue
      const i = (yy * pa.width + xx) * 4
      sum += Math.hypot(pa.data[i]! - pb.data[i]!, pa.data[i + 1]! - pb.data[i + 1]!, pa.data[i + 2]! - pb.data[i + 2]!)
      n++
    }
  return sum / Math.max(1, n)
}

describe('pavilion banners', () => {
  it('hang over every pavilion with its name in both languages, drawn on the canvas, and switch to 中文', { timeout: 300_000 }, async () => {
    const { page, context, pageErrors } = await openApp(browser, `?lang=en&live=off`)
    const en = await banners(page)
    const signed = index.scene.venue.zones.filter(hasSign)
    expect(en.map((b) => b.zoneId).sort()).toEqual(signed.map((z) => z.id).sort())
    for (const b of en) {
      const zone = index.zoneById.get(b.zoneId)!
      expect(b.text).toBe(fasciaDisplay(zone.name.en))
      expect(b.other).toBe(fasciaDisplay(zone.name.zh))
    }
    // On the canvas: where each banner's name is, the picture changes when the banners are taken away.
    await hideOverlays(page)
    const shot = await page.screenshot()
    await page.evaluate(() => window.__venueTwinShowBanners!(false))
    await waitForIdle(page)
    const bare = await page.screenshot()
    await page.evaluate(() => window.__venueTwinShowBanners!(true))
    const canvasBox = (await page.locator('canvas').boundingBox())!
    const onScreen = en.filter((b) => b.x > canvasBox.x + 10 && b.x < canvasBox.x + canvasBox.width - 10 && b.y > canvasBox.y + 10 && b.y < canvasBox.y + canvasBox.height - 10)
    expect(onScreen.length).toBeGreaterThanOrEqual(Math.min(3, signed.length))
    for (const b of onScreen) {
      const px = letteringAround(shot, b.x, b.y, 3)
      expect(px.dark + px.light, `${b.zoneId}: banner pixels`).toBeGreaterThan(0)
      expect(boxDifference(shot, bare, b.x, b.y, 3), `${b.zoneId}: the banner is drawn`).toBeGreaterThan(10)
    }

    await page.getByRole('button', { name: '中文' }).click()
    await page.waitForFunction((first) => window.__venueTwinBanners?.()?.some((b) => b.zoneId === first.zoneId && b.text !== first.text), en[0]!, { timeout: 60_000 })
    const zh = await banners(page)
    for (const b of zh) {
      const zone = index.zoneById.get(b.zoneId)!
      expect(b.text).toBe(fasciaDisplay(zone.name.zh))
      expect(b.other).toBe(fasciaDisplay(zone.name.en))
    }
    expect(pageErrors).toEqual([])
    await context.close()
  })
})

/** A booth with a column beside it, and a camera beyond the column looking at the booth. */
function boothBehindColumn(): { booth: string; eye: [number, number, number]; target: [number, number, number] } {
  const venue = index.scene.venue
  const columns = planColumns(venue, hallLayout(venue)).columns.filter((c) => !c.perimeter)
  let best: { booth: string; at: [number, number]; column: [number, number]; d: number } | null = null
  for (const b of venue.booths) {
    const at = centroid(b.footprint) as [number, number]
    for (const c of columns) {
      const d = Math.hypot(c.at[0] - at[0], c.at[1] - at[1])
      if (d > 4 && d < 9 && (!best || d < best.d)) best = { booth: b.id, at, column: [c.at[0], c.at[1]], d }
    }
  }
  expect(best, 'a booth near a column').not.toBeNull()
  const { booth, at, column, d } = best!
  const ux = (column[0] - at[0]) / d
  const uz = (column[1] - at[1]) / d
  const eye: [number, number, number] = [column[0] + ux * 10, 3, column[1] + uz * 10]
  const target: [number, number, number] = [at[0], 1.2, at[1]]
  return { booth, eye, target }
}

describe('nothing hides the selection', () => {
  it('a column between the camera and the selected booth turns see-through', { timeout: 300_000 }, async () => {
    const { booth, eye, target } = boothBehindColumn()
    const { page, context, pageErrors } = await openApp(browser, `?lang=en&live=off&booth=${booth}`)
    await page.waitForFunction(() => !!window.__venueTwinSeeThrough, null, { timeout: 60_000 })
    await hideOverlays(page)
    await page.evaluate(([e, t]) => window.__venueTwinSeeThrough!.lookAt(e, t), [eye, target] as const)
    await waitForIdle(page)
    await page.waitForFunction(() => window.__venueTwinSeeThrough!.faded().includes('columns'), null, { timeout: 20_000 })
    const p = (await page.evaluate((id) => window.venueTwin!.screenPosition(id), booth))!
    const faded = await page.screenshot()
    // The same view with the columns taken away altogether: what the booth looks like unhidden.
    await page.evaluate(() => window.__venueTwinSeeThrough!.hide('columns', true))
    await waitForIdle(page)
    const without = await page.screenshot()
    // And with the pass switched off, the column standing there opaque.
    await page.evaluate(() => {
      window.__venueTwinSeeThrough!.hide('columns', false)
      window.__venueTwinSeeThrough!.enable(false)
    })
    await waitForIdle(page)
    expect(await page.evaluate(() => window.__venueTwinSeeThrough!.faded())).not.toContain('columns')
    const covered = await page.screenshot()
    const hidden = boxDifference(covered, without, p.x, p.y, 4)
    const seen = boxDifference(faded, without, p.x, p.y, 4)
    // The column really covered the booth, and see-through it shows the booth nearly as without it.
    expect(hidden, 'the column covers the booth when opaque').toBeGreaterThan(25)
    expect(seen, `see-through (${seen.toFixed(1)}) vs opaque (${hidden.toFixed(1)})`).toBeLessThan(hidden * 0.5)
    expect(pageErrors).toEqual([])
    await context.close()
  })
})

describe('nothing hides the selection, even before the hall model is in', () => {
  it('a column that arrives with the model after the view has settled turns see-through then', { timeout: 300_000 }, async () => {
    const { booth, eye, target } = boothBehindColumn()
    const context = await newDesktopContext(browser)
    // Hold the hall model back until the camera has settled on the booth.
    let release!: () => void
    const held = new Promise<void>((r) => (release = r))
    await context.route('**/*.glb', async (route) => {
      await held
      await route.continue()
    })
    const page = await context.newPage()
    const pageErrors: Error[] = []
    page.on('pageerror', (e) => pageErrors.push(e))
    await page.goto(`${baseUrl()}/?lang=en&live=off&booth=${booth}`)
    await waitForReady(page)
    await page.waitForFunction(() => !!window.__venueTwinSeeThrough, null, { timeout: 60_000 })
    await page.evaluate(([e, t]) => window.__venueTwinSeeThrough!.lookAt(e, t), [eye, target] as const)
    await waitForIdle(page)
    expect(await page.evaluate(() => window.__venueTwinSeeThrough!.faded())).not.toContain('columns')
    release()
    // The camera does not move again: the model's arrival alone brings the column's fading.
    await page.waitForFunction(() => window.__venueTwinSeeThrough!.faded().includes('columns'), null, { timeout: 60_000 })
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
      // …and no two labels overlap, nor does one cover the view's controls.
      expectNoOverlap([...boxes.map((b) => ({ kind: 'zone-label', id: b.zone ?? '', text: `${b.zone} (${b.form})`, fontPx: 0, x: b.x, y: b.y, w: b.w, h: b.h })), ...(await controls(page))])
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
