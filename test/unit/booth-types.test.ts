/**
 * Booth types (shell, island, stage, lounge): derived from size, neighbours and zone when the
 * data gives none, the data's own kept; and what each type builds (walls, counter, screen, pylon).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { planBoothParts, WALL_T } from '../../src/domain/booth/boothParts.ts'
import type { FrontInput } from '../../src/domain/fascia/boothFront.ts'
import { boothTypes, wallSides, zoneBoothTypes, type TypedBoothInput } from '../../src/domain/scene/boothType.ts'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { buildSceneIndex } from '../../src/domain/scene/sceneIndex.ts'

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scenes/wdec-2023')
const rawFiles = () =>
  Object.fromEntries(['venue.json', 'exhibitors.json', 'sessions.json'].map((f) => [f, JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as unknown])) as Parameters<
    typeof parseScene
  >[0]

const rect = (id: string, x0: number, z0: number, w: number, d: number, extra: Partial<TypedBoothInput> = {}): TypedBoothInput => ({
  id,
  footprint: [
    [x0, z0],
    [x0 + w, z0],
    [x0 + w, z0 + d],
    [x0, z0 + d],
  ],
  ...extra,
})
const PAVILION = { zoneKind: 'pavilion', pois: [] }

describe('booth type derivation', () => {
  it('a row of 3 × 3 booths backed by another row: shells; a lone booth and a 6 × 6 one: islands', () => {
    // Two rows back to back (z 0..3 and 3..6), five booths each; a lone 3 × 3 booth and a 6 × 6 one in the aisle.
    const booths = [0, 1, 2, 3, 4].flatMap((i) => [rect(`n${i}`, i * 3, 0, 3, 3), rect(`s${i}`, i * 3, 3, 3, 3)])
    booths.push(rect('lone', 30, 0, 3, 3), rect('big', 40, 0, 6, 6))
    const types = boothTypes(booths, PAVILION)
    expect(types.get('n2')!.type).toBe('shell')
    expect(types.get('s0')!.type).toBe('shell') // a corner: open on two sides, still a shell
    expect(types.get('lone')!.type).toBe('island')
    expect(types.get('big')!.type).toBe('island')
    expect([...types.values()].every((t) => !t.explicit)).toBe(true)
  })

  it('keeps a type the data gives, whatever the shape says', () => {
    const booths = [rect('lone', 0, 0, 3, 3, { type: 'shell' }), rect('pair', 10, 0, 3, 3, { type: 'lounge' }), rect('other', 13, 0, 3, 3)]
    const types = boothTypes(booths, PAVILION)
    expect(types.get('lone')).toMatchObject({ type: 'shell', explicit: true })
    expect(types.get('pair')).toMatchObject({ type: 'lounge', explicit: true })
    expect(types.get('other')!.explicit).toBe(false)
  })

  it('a stage zone makes stages; a stage POI or a lounge/café POI inside a booth makes that booth a stage or a lounge', () => {
    // A row backed by a long booth: c, open to the north and east only, is a shell.
    const booths = [rect('a', 0, 0, 3, 3), rect('b', 3, 0, 3, 3), rect('c', 6, 0, 3, 3), rect('back', 0, 3, 9, 3)]
    expect(boothTypes(booths, { zoneKind: 'stage', pois: [] }).get('b')!.type).toBe('stage')
    const pois = [
      { kind: 'stage', position: [1.5, 1.5] as [number, number] },
      { kind: 'cafe', position: [4.5, 1.5] as [number, number] },
      { kind: 'restroom', position: [7.5, 1.5] as [number, number] },
    ]
    const types = boothTypes(booths, { zoneKind: 'pavilion', pois })
    expect([types.get('a')!.type, types.get('b')!.type, types.get('c')!.type]).toEqual(['stage', 'lounge', 'shell'])
  })

  it('every booth of the default scene gets a type; ids and data unchanged; a type in the file survives loading', () => {
    const raw = rawFiles()
    const before = JSON.stringify(raw)
    const res = parseScene(raw)
    if (!res.ok) throw new Error(res.issues.map((i) => i.message).join('\n'))
    // Derived at load, never written into the data.
    expect(JSON.stringify(raw)).toBe(before)
    expect(res.scene.venue.booths.some((b) => 'type' in b)).toBe(false)
    const index = buildSceneIndex(res.scene)
    const all = new Map<string, string>()
    for (const zone of res.scene.venue.zones) for (const [id, t] of zoneBoothTypes(index, zone.id)) all.set(id, t.type)
    expect([...all.keys()].sort()).toEqual(res.scene.venue.booths.map((b) => b.id).sort())
    const counts = [...all.values()].reduce<Record<string, number>>((acc, t) => ({ ...acc, [t]: (acc[t] ?? 0) + 1 }), {})
    // Both kinds the hall has: rows of shell booths, and large stands built as islands.
    expect(counts.shell).toBeGreaterThan(50)
    expect(counts.island).toBeGreaterThan(10)
    // Every booth of 36 m² or more is an island.
    for (const b of res.scene.venue.booths) {
      const box = index.boothBox.get(b.id)!
      if ((box.maxX - box.minX) * (box.maxZ - box.minZ) >= 36) expect(all.get(b.id), b.id).toBe('island')
    }

    const venue = raw['venue.json'] as { booths: Record<string, unknown>[] }
    const first = venue.booths[0]!
    first.type = 'lounge'
    const typed = parseScene(raw)
    if (!typed.ok) throw new Error('a typed booth fails to load')
    expect(typed.scene.venue.booths[0]!.type).toBe('lounge')
    const typedIndex = buildSceneIndex(typed.scene)
    expect(zoneBoothTypes(typedIndex, String(first.zoneId)).get(String(first.id))).toMatchObject({ type: 'lounge', explicit: true })
  })

  it('refuses an unknown type, naming the file, the JSON path and the rule', () => {
    const raw = rawFiles()
    ;(raw['venue.json'] as { booths: Record<string, unknown>[] }).booths[3]!.type = 'pavilion'
    const res = parseScene(raw)
    expect(res.ok).toBe(false)
    const issue = !res.ok ? res.issues.find((i) => i.path === '$.booths[3].type') : undefined
    expect(issue?.file).toBe('venue.json')
    expect(issue?.message).toContain('shell, island, stage or lounge')
  })
})

describe('wall plan', () => {
  it('the back wall opposite the front; side walls only where a neighbour stands', () => {
    // Open to the north (front) and east (a corner): back wall south, side wall west only.
    expect(wallSides('north', { north: true, east: true, south: false, west: false })).toEqual(['south', 'west'])
    expect(wallSides('east', { north: false, east: true, south: false, west: false }).sort()).toEqual(['north', 'south', 'west'].sort())
    expect(wallSides('south', { north: false, east: true, south: true, west: true })).toEqual(['north'])
  })

  it('a row booth gets its back and both side walls along its edges; an island gets a pylon and no wall; empty booths no counter or screen', () => {
    // Row z 0..3 (fronts north) backed by row z 3..6; booth n1 sits between n0 and n2.
    const booths = [0, 1, 2].flatMap((i) => [rect(`n${i}`, i * 3, 0, 3, 3), rect(`s${i}`, i * 3, 3, 3, 3)])
    booths.push(rect('big', 20, 0, 6, 6))
    const types = boothTypes(booths, PAVILION)
    const parts = planBoothParts(booths as FrontInput[], types, (id) => id !== 's2', 2.5)
    const of = (id: string, kind: string) => parts.filter((p) => p.boothId === id && p.kind === kind)
    const walls = of('n1', 'wall')
    expect(walls).toHaveLength(3)
    // Back wall on the south edge (z = 3 less the 5 cm gap), full height, thin.
    const back = walls.find((w) => w.sx > 2)!
    expect(back.z).toBeCloseTo(3 - 0.05 - WALL_T / 2)
    expect(back.sy).toBe(2.5)
    expect(back.y).toBeCloseTo(1.25)
    // Side walls on x = 3 and x = 6 edges.
    expect(walls.filter((w) => w.sz > 2).map((w) => Math.round(w.x)).sort()).toEqual([3, 6])
    // The corner booth n0 is open to the west: back wall and its east side wall only.
    expect(of('n0', 'wall')).toHaveLength(2)
    expect(of('big', 'wall')).toHaveLength(0)
    expect(of('big', 'pylon')).toHaveLength(1)
    expect(of('n1', 'pylon')).toHaveLength(0)
    expect(of('n1', 'counter')).toHaveLength(1)
    expect(of('n1', 'screen')).toHaveLength(1)
    // The screen hangs on the back wall, the counter stands just inside the front.
    expect(of('n1', 'screen')[0]!.z).toBeGreaterThan(2.5)
    expect(of('n1', 'counter')[0]!.z).toBeLessThan(1)
    expect(of('s2', 'counter')).toHaveLength(0)
    expect(of('s2', 'screen')).toHaveLength(0)
    expect(of('s2', 'wall').length).toBeGreaterThan(0)
  })
  it('a stage gets a backdrop at its back, a lounge seats; both are open, their fascia on a pylon', () => {
    const booths = [rect('stage', 0, 0, 8, 5, { type: 'stage', front: 'north' }), rect('lounge', 20, 0, 6, 6, { type: 'lounge', front: 'north' })]
    const types = boothTypes(booths, PAVILION)
    const parts = planBoothParts(booths as FrontInput[], types, () => true, 2.5)
    const of = (id: string, kind: string) => parts.filter((p) => p.boothId === id && p.kind === kind)
    const backdrop = of('stage', 'backdrop')
    expect(backdrop).toHaveLength(1)
    // Along the south (back) edge, the stage's width, standing on the 60 cm platform.
    expect(backdrop[0]!.z).toBeGreaterThan(4.5)
    expect(backdrop[0]!.sx).toBeCloseTo(7.9)
    expect(backdrop[0]!.y - backdrop[0]!.sy / 2).toBeCloseTo(0.6)
    expect(of('stage', 'wall')).toHaveLength(0)
    expect(of('lounge', 'wall')).toHaveLength(0)
    expect(of('lounge', 'seat')).toHaveLength(2)
    for (const id of ['stage', 'lounge']) {
      const pylon = of(id, 'pylon')
      expect(pylon, id).toHaveLength(1)
      // Up to the board's lower edge, 3.2 m: above a shell's walls.
      expect(pylon[0]!.y + pylon[0]!.sy / 2).toBeCloseTo(3.2)
      expect(pylon[0]!.z).toBeLessThan(0.5)
    }
  })
})
