import { describe, expect, it } from 'vitest'
import type { Polygon } from '../../src/domain/geometry/types.ts'
import { PNG } from 'pngjs'
import { floorShadowFiles } from '../../scripts/floor-shadow.ts'
import { floorIndex, floorKeys } from '../../src/domain/scene/floors.ts'
import { defaultLevelId } from '../../src/domain/scene/levels.ts'
import { parseScene, type RawSceneFiles } from '../../src/domain/scene/parseScene.ts'
import { buildSceneIndex } from '../../src/domain/scene/sceneIndex.ts'
import { rasteriseShadow, shadowFileName, shadowFingerprint, shadowFrame, type ShadowImage } from '../../src/domain/shadow/contactShadow.ts'
import { levelsScene } from '../fixtures/levelsScene.ts'
import { loadDefaultScene } from '../e2e/sceneData.ts'

const square = (x: number, z: number, w: number, d = w): Polygon => [
  [x, z],
  [x + w, z],
  [x + w, z + d],
  [x, z + d],
]
const hall = square(0, 0, 40, 20)

/** The multiplier (0…1) at a floor point. */
function at({ frame, texels }: ShadowImage, x: number, z: number): number {
  const c = Math.floor((x - frame.minX) / frame.texel)
  const r = Math.floor((z - frame.minZ) / frame.texel)
  return texels[r * frame.width + c]! / 255
}

describe('baked contact shadows', () => {
  const booth = square(10, 8, 3)
  const img = rasteriseShadow(shadowFrame(hall), [booth])

  it('cover the hall and a margin around it', () => {
    const f = img.frame
    expect(f.minX).toBeLessThan(-1)
    expect(f.minX + f.width * f.texel).toBeGreaterThan(41)
    expect(f.minZ + f.height * f.texel).toBeGreaterThan(21)
    expect(img.texels.length).toBe(f.width * f.height)
  })

  it('darken the floor under a booth and beside it, and leave an empty aisle at 1.0', () => {
    const under = at(img, 11.5, 9.5)
    const beside = at(img, 13.2, 9.5)
    const aisle = at(img, 25, 9.5)
    expect(under).toBeLessThan(0.6)
    expect(beside).toBeLessThan(0.95)
    expect(beside).toBeGreaterThan(under)
    expect(aisle).toBe(1)
    // Softer the further from the booth, and gone a couple of metres away.
    expect(at(img, 13.6, 9.5)).toBeGreaterThan(beside)
    expect(at(img, 15.5, 9.5)).toBe(1)
  })

  it('leave a floor with nothing on it untouched', () => {
    expect(rasteriseShadow(shadowFrame(hall), []).texels.every((v) => v === 255)).toBe(true)
  })

  it('are named by what shapes them: moving one booth changes the file asked for', () => {
    const venue = loadDefaultScene().scene.venue
    const moved = { ...venue, booths: venue.booths.map((b, i) => (i === 0 ? { ...b, footprint: b.footprint.map(([x, z]) => [x + 1, z] as const) } : b)) }
    expect(shadowFingerprint(venue, true)).toMatch(/^[0-9a-f]{8}$/)
    expect(shadowFingerprint(venue, true)).toBe(shadowFingerprint(structuredClone(venue), true))
    expect(shadowFingerprint(moved as typeof venue, true)).not.toBe(shadowFingerprint(venue, true))
    expect(shadowFingerprint(venue, false)).not.toBe(shadowFingerprint(venue, true))
  })

  it('stay within 1024 texels a side for a very large floor', () => {
    const f = shadowFrame(square(0, 0, 1500, 600))
    expect(Math.max(f.width, f.height)).toBeLessThanOrEqual(1024)
  })
})

describe('baked contact shadows per floor', () => {
  it('give each floor its own file, the one the viewer of that floor asks for', () => {
    const raw = levelsScene()
    const parsed = parseScene(JSON.parse(JSON.stringify({ 'venue.json': raw.venue, 'exhibitors.json': raw.exhibitors, 'sessions.json': raw.sessions })) as RawSceneFiles)
    if (!parsed.ok) throw new Error('fixture invalid')
    const index = buildSceneIndex(parsed.scene)
    const venue = index.scene.venue
    const files = floorShadowFiles(venue)
    expect(files.map((f) => f.levelId)).toEqual(floorKeys(venue))
    expect(new Set(files.map((f) => f.fileName)).size).toBe(files.length)
    // What SceneHost computes: the floor's own index, columns where the model stands (the first floor).
    for (const f of files) {
      const floor = floorIndex(index, f.levelId).scene.venue
      const withColumns = !!venue.model && f.levelId === defaultLevelId(venue)
      expect(shadowFileName(shadowFingerprint(floor, withColumns))).toBe(f.fileName)
    }
    // Each floor's texture shades its own booths, not the other floor's.
    const [first, second] = files.map((f) => PNG.sync.read(f.png()))
    expect(first!.data.equals(second!.data)).toBe(false)
  })
})
