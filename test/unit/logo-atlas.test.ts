import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PNG } from 'pngjs'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'
import { buildLogoAtlas } from '../../scripts/logo-atlas.ts'
import { parseLogoAtlasMap, uvOf } from '../../src/domain/logos/atlasMap.ts'
import { ATLAS_GUTTER, planAtlas } from '../../src/domain/logos/atlasPlan.ts'
import { smallScene, toFileTexts } from '../fixtures/smallScene.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const tmpRoot = mkdtempSync(path.join(tmpdir(), 'venue-twin-atlas-'))
afterAll(() => rmSync(tmpRoot, { recursive: true, force: true }))

describe('the atlas plan', () => {
  it('four logos: a 256 px atlas, each in its own 128 px cell, aspect kept, inside the gutter', () => {
    const plan = planAtlas([
      { exhibitorId: 'square', width: 512, height: 512 },
      { exhibitorId: 'wide', width: 400, height: 100 },
      { exhibitorId: 'tall', width: 30, height: 90 },
      { exhibitorId: 'tiny', width: 16, height: 16 },
    ])
    expect(plan.size).toBe(256)
    const cells = new Set<string>()
    for (const { exhibitorId, rect } of plan.placements) {
      const [x, y, w, h] = rect
      const cell = `${Math.floor(x / 128)},${Math.floor(y / 128)}`
      expect(cells.has(cell), exhibitorId).toBe(false)
      cells.add(cell)
      expect(x % 128).toBeGreaterThanOrEqual(ATLAS_GUTTER)
      expect((x % 128) + w).toBeLessThanOrEqual(128 - ATLAS_GUTTER)
      expect((y % 128) + h).toBeLessThanOrEqual(128 - ATLAS_GUTTER)
    }
    const wide = plan.placements[1]!.rect
    expect(wide[2] / wide[3]).toBeCloseTo(4, 1)
    // Small logos are scaled up to the cell: one size on every board.
    expect(Math.max(plan.placements[3]!.rect[2], plan.placements[3]!.rect[3])).toBe(128 - 2 * ATLAS_GUTTER)
  })

  it('2,000 logos still fit one 4,096 px atlas (smaller cells)', () => {
    const plan = planAtlas(Array.from({ length: 2000 }, (_, i) => ({ exhibitorId: `e${i}`, width: 100, height: 100 })))
    expect(plan.size).toBeLessThanOrEqual(4096)
    expect(plan.cell).toBe(64)
  })

  it('uv of a rect: v up, the first row at the top', () => {
    expect(uvOf([0, 0, 128, 64], 256)).toEqual([0, 0.75, 0.5, 1])
  })
})

describe('the atlas image, from real PNG and WebP files', () => {
  it('each logo lands in its rect in its own colours; publish:scene writes it beside the manifest', async () => {
    const dir = path.join(tmpRoot, 'scene')
    mkdirSync(path.join(dir, 'logos'), { recursive: true })
    const s = smallScene()
    ;(s.exhibitors.exhibitors[0] as Record<string, unknown>).logo = 'logos/red.png'
    ;(s.exhibitors.exhibitors[1] as Record<string, unknown>).logo = 'logos/blue.webp'
    for (const [file, text] of Object.entries(toFileTexts(s))) writeFileSync(path.join(dir, file), text)
    const red = new PNG({ width: 200, height: 100 })
    for (let i = 0; i < red.data.length; i += 4) red.data.set([220, 20, 30, 255], i)
    writeFileSync(path.join(dir, 'logos', 'red.png'), PNG.sync.write(red))
    writeFileSync(path.join(dir, 'logos', 'blue.webp'), await sharp({ create: { width: 64, height: 64, channels: 3, background: '#1040e0' } }).webp({ lossless: true }).toBuffer())

    const atlas = (await buildLogoAtlas(dir))!
    expect(atlas.count).toBe(2)
    const map = atlas.map('logos.png')
    const img = PNG.sync.read(atlas.png)
    expect(img.width).toBe(map.size)
    const at = (id: string): number[] => {
      const [x, y, w, h] = map.logos[id]!
      const i = ((y + Math.floor(h / 2)) * img.width + x + Math.floor(w / 2)) * 4
      return [...img.data.subarray(i, i + 4)]
    }
    const [e0, e1] = s.exhibitors.exhibitors.map((e) => e.id as string)
    expect(at(e0!)).toEqual([220, 20, 30, 255])
    expect(at(e1!)).toEqual([16, 64, 224, 255])
    expect(map.logos[e0!]![2] / map.logos[e0!]![3]).toBeCloseTo(2, 1)
    // Outside every rect: clear.
    expect(img.data[3]).toBe(0)

    const to = path.join(tmpRoot, 'data')
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/publish-scene.ts', dir, '--to', to, '--id', 'small'], { cwd: ROOT, encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const published = parseLogoAtlasMap(JSON.parse(readFileSync(path.join(to, 'small', 'logos.json'), 'utf8')))!
    expect(published.image).toMatch(/^files\/logos\.[0-9a-f]{16}\.png$/)
    expect(readFileSync(path.join(to, 'small', published.image))).toEqual(atlas.png)
    expect(Object.keys(published.logos).sort()).toEqual([e0, e1].sort())

    // Logos taken out again: the map goes, so pages stop drawing the old ones.
    writeFileSync(path.join(dir, 'exhibitors.json'), toFileTexts(smallScene())['exhibitors.json'])
    expect(spawnSync(process.execPath, ['--import', 'tsx', 'scripts/publish-scene.ts', dir, '--to', to, '--id', 'small'], { cwd: ROOT }).status).toBe(0)
    expect(existsSync(path.join(to, 'small', 'logos.json'))).toBe(false)
  }, 60_000)
})
