/**
 * The site as the overview shows it (buildings' massings) and the stacked view of a building's
 * levels: pure layout, measured from the floor in view.
 */
import { describe, expect, it } from 'vitest'
import { rayPrism } from '../../src/domain/picking/prism.ts'
import { buildingMassing, buildingOfLevel, entryLevel } from '../../src/domain/scene/buildings.ts'
import type { Venue } from '../../src/domain/scene/schema.ts'
import { connectorSegments, explodeSpacing, EXPLODE_DEPTH_SHARE, EXPLODE_MIN_STOREYS, stackBox, stackOf } from '../../src/domain/scene/stack.ts'
import { generateScene } from '../../scripts/generate-scene/generate.ts'
import { levelsScene } from '../fixtures/levelsScene.ts'
import { smallScene } from '../fixtures/smallScene.ts'

const complex = generateScene({ booths: 300, halls: 2, levels: 3 }).venue
const [a, b] = complex.buildings as [Venue['buildings'][0], Venue['buildings'][0]]
const levelsOf = (v: Venue, buildingId: string) => v.levels.filter((l) => l.buildingId === buildingId).sort((p, q) => p.ordinal - q.ordinal)
const aLevels = levelsOf(complex, a.id)
const bLevels = levelsOf(complex, b.id)

describe('buildings in the overview', () => {
  it('a site of one building draws no massing: the hall is the building', () => {
    expect(buildingMassing(smallScene().venue as Venue, 'level-1')).toEqual([])
    expect(buildingMassing(levelsScene().venue as Venue, 'level-2')).toEqual([])
  })

  it('every building, from its lowest floor to the top of its highest, measured from the floor in view', () => {
    const upper = aLevels[1]!
    const m = buildingMassing(complex, upper.id)
    expect(m.map((x) => x.buildingId)).toEqual([a.id, b.id])
    const top = Math.max(...bLevels.map((l) => l.elevation + l.height))
    expect(m[1]).toMatchObject({ bottom: bLevels[0]!.elevation - upper.elevation, top: top - upper.elevation, onFloor: false })
    expect(m[1]!.bottom).toBeLessThan(0)
    // Its name stands over the roof.
    expect(m[1]!.label[1]).toBeGreaterThan(m[1]!.top)
    // The building in view is on the floor: its floor is drawn in detail inside, its name low over it.
    expect(m[0]!.onFloor).toBe(true)
    expect(m[0]!.label[1]).toBeLessThan(m[0]!.top)
  })

  it('on the shared ground floor every building is on the floor', () => {
    expect(buildingMassing(complex, aLevels[0]!.id).every((x) => x.onFloor && x.bottom === 0)).toBe(true)
  })

  it('a building is entered by its ground level; a level knows its building', () => {
    expect(entryLevel(bLevels.slice().reverse())?.id).toBe(bLevels[0]!.id)
    expect(entryLevel(bLevels.slice(1))?.id).toBe(bLevels[1]!.id)
    expect(buildingOfLevel(complex, bLevels[2]!.id)?.id).toBe(b.id)
  })
})

describe('the stacked view', () => {
  it('spreads floors further apart than their storeys, more for a deeper building', () => {
    const small = explodeSpacing(
      [
        [0, 0],
        [20, 0],
        [20, 10],
        [0, 10],
      ],
      [6, 8],
    )
    expect(small).toBe(EXPLODE_MIN_STOREYS * 8)
    const deep = explodeSpacing(
      [
        [0, 0],
        [300, 0],
        [300, 200],
        [0, 200],
      ],
      [6, 8],
    )
    expect(deep).toBe(EXPLODE_DEPTH_SHARE * 200)
    expect(deep).toBeGreaterThan(8)
  })

  it('keeps the focused level at 0, lowest level first, the others a spacing apart', () => {
    const s = stackOf(complex, bLevels[1]!.id)!
    expect(s.buildingId).toBe(b.id)
    expect(s.levels.map((l) => l.levelId)).toEqual(bLevels.map((l) => l.id))
    expect(s.levels.map((l) => l.y)).toEqual([-s.spacing, 0, s.spacing])
    expect(s.levels.map((l) => l.focused)).toEqual([false, true, false])
    expect(s.spacing).toBeGreaterThan(Math.max(...bLevels.map((l) => l.height)))
    const box = stackBox(s)
    expect(box.min[1]).toBe(-s.spacing)
    expect(box.max[1]).toBeGreaterThan(s.spacing)
  })

  it('has nothing to stack for a building of one level', () => {
    expect(stackOf(smallScene().venue as Venue, 'level-1')).toBeNull()
    expect(stackOf(levelsScene().venue as Venue, 'level-1')?.levels).toHaveLength(2)
  })

  it('joins each connector’s stops floor to floor, at their places on the plan', () => {
    const s = stackOf(complex, aLevels[0]!.id)!
    const segs = connectorSegments(complex, s)
    const inA = complex.connectors.filter((c) => c.stops.every((st) => aLevels.some((l) => l.id === st.levelId)))
    expect(inA.length).toBeGreaterThan(0)
    expect(new Set(segs.map((x) => x.connectorId))).toEqual(new Set(inA.map((c) => c.id)))
    const ys = new Set(s.levels.map((l) => l.y))
    for (const seg of segs) {
      expect(ys.has(seg.from[1]) && ys.has(seg.to[1])).toBe(true)
      expect(seg.to[1]).toBeGreaterThan(seg.from[1])
    }
    // A lift serving three floors is two runs.
    const lift = inA.find((c) => c.kind === 'lift' && c.stops.length === 3)!
    expect(segs.filter((x) => x.connectorId === lift.id)).toHaveLength(2)
  })
})

describe('clicking a prism', () => {
  const square = [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
  ] as [number, number][]
  it('enters through the roof from above, through a wall from the side, and misses beside it', () => {
    expect(rayPrism({ origin: [5, 50, 5], dir: [0, -1, 0] }, square, -6, 12)).toBeCloseTo(38)
    expect(rayPrism({ origin: [-20, 3, 5], dir: [1, 0, 0] }, square, -6, 12)).toBeCloseTo(20)
    expect(rayPrism({ origin: [15, 50, 5], dir: [0, -1, 0] }, square, -6, 12)).toBeNull()
    // Pointing away.
    expect(rayPrism({ origin: [5, 50, 5], dir: [0, 1, 0] }, square, -6, 12)).toBeNull()
  })
  it('an L-shaped footprint is missed in its notch', () => {
    const l = [
      [0, 0],
      [10, 0],
      [10, 4],
      [4, 4],
      [4, 10],
      [0, 10],
    ] as [number, number][]
    expect(rayPrism({ origin: [8, 50, 8], dir: [0, -1, 0] }, l, 0, 5)).toBeNull()
    expect(rayPrism({ origin: [2, 50, 8], dir: [0, -1, 0] }, l, 0, 5)).toBeCloseTo(45)
  })
})
