/**
 * Booths built by type at the zone view (issue #20 item 3), in the production build with real
 * WebGL: shell booths stand in back and side walls, islands are open with their fascia on a
 * pylon, occupied booths get a counter and a screen; clicks still select booths and the
 * selection still glows; the overview builds none of it and keeps its draw calls.
 */
import { rmSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { generateScene, writeScene } from '../../scripts/generate-scene/generate.ts'
import { OUTWARD } from '../../src/domain/fascia/boothFront.ts'
import type { BoothPropsReading } from '../../src/scene/BoothProps.tsx'
import { browserForFile, clickItem, openApp, waitForIdle } from './browser.ts'
import { loadDefaultScene } from './sceneData.ts'

const index = loadDefaultScene()
const browser = browserForFile()
const ZONE = 'comprehensive-digital-economy'

const stats = (page: Page) => page.evaluate(() => window.venueTwin!.stats())
const props = (page: Page): Promise<BoothPropsReading> => page.evaluate(() => window.__venueTwinBoothProps!())
const selection = (page: Page) => page.evaluate(() => window.venueTwin!.selection())

/** The floor coordinate of a booth's edge on that side, and whether it runs along x. */
function edgeOf(boothId: string, side: string): { at: number; alongX: boolean; length: number } {
  const b = index.boothBox.get(boothId)!
  if (side === 'north') return { at: b.minZ, alongX: true, length: b.maxX - b.minX }
  if (side === 'south') return { at: b.maxZ, alongX: true, length: b.maxX - b.minX }
  if (side === 'west') return { at: b.minX, alongX: false, length: b.maxZ - b.minZ }
  return { at: b.maxX, alongX: false, length: b.maxZ - b.minZ }
}
const OPPOSITE: Record<string, string> = { north: 'south', south: 'north', east: 'west', west: 'east' }
const SIDES = ['north', 'east', 'south', 'west'] as const

/** Which edge of its booth a wall panel stands on (within 20 cm, running most of its length), if any. */
function wallEdge(p: BoothPropsReading['parts'][number]): string | null {
  for (const side of SIDES) {
    const e = edgeOf(p.boothId, side)
    const across = e.alongX ? p.z : p.x
    const long = e.alongX ? p.sx : p.sz
    if (Math.abs(across - e.at) < 0.2 && long >= e.length - 0.3) return side
  }
  return null
}

async function canvasPixels(page: Page): Promise<PNG> {
  return PNG.sync.read(await page.locator('.viewport canvas').screenshot())
}

describe('booths by type', () => {
  it('at a zone view, shells stand in their back and side walls, islands are open on a pylon, occupied booths have a counter and a screen', async () => {
    const { page, context, pageErrors } = await openApp(browser, '?lang=en&live=off')
    // The pavilion banners join once their lettering's font is in, which may be after a first quiet spell.
    await page.waitForFunction(() => !!window.__venueTwinBanners?.(), null, { timeout: 60_000 })
    await waitForIdle(page)
    const overview = await stats(page)
    // The overview builds no booth furniture at all.
    expect(await page.evaluate(() => window.__venueTwinBoothProps === undefined)).toBe(true)
    expect(overview.drawCalls).toBeLessThanOrEqual(30)

    await clickItem(page, ZONE)
    await page.waitForFunction((z) => window.__venueTwinBoothProps?.().zoneId === z, ZONE, { timeout: 60_000 })
    await waitForIdle(page)
    const r = await props(page)

    // Every booth of the zone has a type; both kinds the pavilion holds are there.
    const zoneBooths = index.boothsByZone.get(ZONE)!
    expect(r.types.map((t) => t.boothId).sort()).toEqual(zoneBooths.map((b) => b.id).sort())
    const shells = r.types.filter((t) => t.type === 'shell')
    const islands = r.types.filter((t) => t.type === 'island')
    expect(shells.length).toBeGreaterThan(5)
    expect(islands.length).toBeGreaterThan(0)
    const partsOf = (id: string, kind: string) => r.parts.filter((p) => p.boothId === id && p.kind === kind)

    let fullyWalled = 0
    for (const s of shells) {
      const walls = partsOf(s.boothId, 'wall')
      const edges = walls.map(wallEdge)
      // Every panel stands on an edge of its own booth, never across the open front.
      expect(edges, s.boothId).not.toContain(null)
      expect(edges, s.boothId).not.toContain(s.front)
      // The back wall, opposite the fascia, always; side walls where a neighbour stands.
      expect(edges, s.boothId).toContain(OPPOSITE[s.front])
      for (const w of walls) expect(w.sy).toBeCloseTo(2.5)
      if (walls.length === 3) fullyWalled++
      expect(partsOf(s.boothId, 'pylon'), s.boothId).toHaveLength(0)
    }
    // Booths in the middle of a row have both side walls.
    expect(fullyWalled).toBeGreaterThan(0)
    for (const i of islands) {
      expect(partsOf(i.boothId, 'wall'), i.boothId).toHaveLength(0)
      const pylons = partsOf(i.boothId, 'pylon')
      expect(pylons, i.boothId).toHaveLength(1)
      // The pylon stands at the front edge and rises above a shell's walls to carry the board.
      const front = edgeOf(i.boothId, i.front)
      expect(Math.abs((front.alongX ? pylons[0]!.z : pylons[0]!.x) - front.at)).toBeLessThan(0.4)
      expect(pylons[0]!.y + pylons[0]!.sy / 2).toBeGreaterThan(3)
    }
    for (const b of zoneBooths) {
      const occupied = (index.exhibitorsByBooth.get(b.id)?.length ?? 0) > 0
      expect(partsOf(b.id, 'counter'), b.id).toHaveLength(occupied ? 1 : 0)
      expect(partsOf(b.id, 'screen'), b.id).toHaveLength(occupied ? 1 : 0)
    }
    // One instanced mesh per part kind, each drawing every part of its kind.
    const count = (kinds: string[]) => r.parts.filter((p) => kinds.includes(p.kind)).length
    expect(r.meshes.find((m) => m.name === 'booth-walls')!.instances).toBe(count(['wall', 'backdrop']))
    expect(r.meshes.find((m) => m.name === 'booth-counters')!.instances).toBe(count(['counter']))
    expect(r.meshes.find((m) => m.name === 'booth-screens')!.instances).toBe(count(['screen']))
    expect(r.meshes.find((m) => m.name === 'booth-pylons')!.instances).toBe(islands.length)

    // The walls are really on screen: hiding them changes a good part of the picture (the
    // HTML labels over the canvas hidden, so only the canvas's own pixels are compared).
    const labels = await page.addStyleTag({ content: '.zone-label, .booth-label, .poi-label, .tooltip { visibility: hidden !important; }' })
    const withWalls = await canvasPixels(page)
    await page.evaluate(() => window.__venueTwinShowBoothProps!('booth-walls', false))
    await waitForIdle(page)
    const without = await canvasPixels(page)
    await page.evaluate(() => window.__venueTwinShowBoothProps!('booth-walls', true))
    await labels.evaluate((el) => (el as Element).remove())
    let changed = 0
    for (let o = 0; o < withWalls.data.length; o += 4) {
      if (Math.abs(withWalls.data[o]! - without.data[o]!) + Math.abs(withWalls.data[o + 1]! - without.data[o + 1]!) + Math.abs(withWalls.data[o + 2]! - without.data[o + 2]!) > 30) changed++
    }
    // (about 1,200 pixels at the whole-zone view of this 1280 × 800 page; none if they were not drawn)
    expect(changed).toBeGreaterThan(400)

    // Back to the overview: the furniture goes, and the draw calls are the overview's again.
    await page.keyboard.press('Escape')
    expect(await selection(page)).toBeNull()
    await page.waitForFunction(() => window.__venueTwinBoothProps === undefined)
    await waitForIdle(page)
    expect((await stats(page)).drawCalls).toBe(overview.drawCalls)
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('pointing at a shell booth and an island lights it and names it; a click selects it', async () => {
    const { page, context } = await openApp(browser, `?lang=en&live=off&zone=${ZONE}`)
    await page.waitForFunction((z) => window.__venueTwinBoothProps?.().zoneId === z, ZONE, { timeout: 60_000 })
    await waitForIdle(page)
    const { types } = await props(page)
    const occupied = (id: string) => (index.exhibitorsByBooth.get(id)?.length ?? 0) > 0
    const shell = types.find((t) => t.type === 'shell' && occupied(t.boothId))!
    const island = types.find((t) => t.type === 'island' && occupied(t.boothId))!
    const zoneView = (await stats(page)).drawCalls
    for (const booth of [shell, island]) {
      const pos = (await page.evaluate((id) => window.venueTwin!.screenPosition(id), booth.boothId))!
      expect(pos, booth.type).not.toBeNull()
      // Hover, through the pick grid: the booth's glowing shell is one more draw call, the camera stays.
      await page.mouse.move(pos.x, pos.y)
      await waitForIdle(page)
      expect((await stats(page)).drawCalls, booth.type).toBe(zoneView + 1)
      await expect(page.locator('.viewport canvas').evaluate((c) => getComputedStyle(c).cursor)).resolves.toBe('pointer')
      const name = index.exhibitorsByBooth.get(booth.boothId)![0]!.name.en
      await expect(page.locator('.tooltip').textContent()).resolves.toContain(name)
      await page.mouse.click(pos.x, pos.y)
      expect(await selection(page), booth.type).toEqual({ kind: 'booth', id: booth.boothId })
      await page.mouse.move(1, 1)
      await page.keyboard.press('Escape')
      expect(await selection(page)).toEqual({ kind: 'zone', id: ZONE })
      await waitForIdle(page)
    }
    await context.close()
  })

  it('an island’s fascia board, high on its pylon, is the booth: pointed at, it is named; clicked, it is selected', async () => {
    const { page, context, pageErrors } = await openApp(browser, `?lang=en&live=off&zone=${ZONE}`)
    await page.waitForFunction((z) => window.__venueTwinBoothProps?.().zoneId === z, ZONE, { timeout: 60_000 })
    await page.waitForFunction(() => !!window.__venueTwinFascias?.() && !!window.__venueTwinSeeThrough, null, { timeout: 120_000 })
    const r = await props(page)
    const island = r.types.find((t) => t.type === 'island' && (index.exhibitorsByBooth.get(t.boothId)?.length ?? 0) > 0)!
    const pylon = r.parts.find((p) => p.boothId === island.boothId && p.kind === 'pylon')!
    // Standing in the aisle in front of it, looking up at the board: below it is only the aisle.
    const [ox, oz] = OUTWARD[island.front as keyof typeof OUTWARD]
    const eye: [number, number, number] = [pylon.x + ox * 5, 1.6, pylon.z + oz * 5]
    const target: [number, number, number] = [pylon.x, pylon.y + pylon.sy / 2 + 0.6, pylon.z]
    await page.evaluate(([e, t]) => window.__venueTwinSeeThrough!.lookAt(e, t), [eye, target] as const)
    await waitForIdle(page)
    const names = (await page.evaluate(() => window.__venueTwinFascias!()))!.filter((f) => f.boothId === island.boothId)
    expect(names.length).toBeGreaterThan(0)
    const { x, y } = names[0]!
    const name = index.exhibitorsByBooth.get(island.boothId)![0]!.name.en
    await page.mouse.move(x, y)
    await waitForIdle(page)
    await expect(page.locator('.tooltip').textContent()).resolves.toContain(name)
    await page.mouse.click(x, y)
    expect(await selection(page)).toEqual({ kind: 'booth', id: island.boothId })
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('in a 10,000-booth venue, builds the zone in view only, within the draw-call budget', { timeout: 300_000 }, async () => {
    const id = 'e2e-booth-types-10000'
    const dir = path.resolve(import.meta.dirname, '../../scenes-generated', id)
    const scene = generateScene({ booths: 10_000, id })
    writeScene(dir, scene)
    try {
      await zoneOfLargeVenue(id, scene)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

async function zoneOfLargeVenue(id: string, scene: ReturnType<typeof generateScene>): Promise<void> {
  const counts = new Map<string, number>()
  for (const b of scene.venue.booths) counts.set(b.zoneId, (counts.get(b.zoneId) ?? 0) + 1)
  const zoneId = [...counts].sort((a, b) => b[1] - a[1])[0]![0]
  const { page, context, pageErrors } = await openApp(browser, `?scene=${id}&lang=en&live=off`)
  await waitForIdle(page)
  const overview = (await stats(page)).drawCalls
  expect(overview).toBeLessThanOrEqual(30)
  await page.evaluate((z) => window.venueTwin!.select({ kind: 'zone', id: z }), zoneId)
  await page.waitForFunction((z) => window.__venueTwinBoothProps?.().zoneId === z, zoneId, { timeout: 120_000 })
  await waitForIdle(page)
  const r = await props(page)
  // Every booth of the zone typed and built; nothing of any other zone.
  expect(r.types).toHaveLength(counts.get(zoneId)!)
  const inZone = new Set(r.types.map((t) => t.boothId))
  expect(r.parts.every((p) => inZone.has(p.boothId))).toBe(true)
  expect(r.parts.filter((p) => p.kind === 'wall').length).toBeGreaterThan(counts.get(zoneId)!)
  // Hundreds of parts (1,520 in a zone of 320 booths), drawn in a call per part kind, not per booth:
  // the whole zone view stays within the overview's budget.
  const kinds = new Set(r.parts.map((p) => p.kind))
  expect(r.meshes.filter((m) => m.visible && m.instances > 0).length).toBeLessThanOrEqual(kinds.size)
  expect((await stats(page)).drawCalls).toBeLessThanOrEqual(30)
  expect(pageErrors).toEqual([])
  await context.close()
}
