/** IMDF export of a two-level scene: a level per floor, items on their level, connectors as relationships; and back. */
import { describe, expect, it } from 'vitest'
import { exportImdf } from '../../src/domain/interchange/imdf/exportImdf.ts'
import type { Feature, FeatureCollection } from '../../src/domain/interchange/imdf/geojson.ts'
import { importImdf } from '../../src/domain/interchange/imdf/importImdf.ts'
import { featureId } from '../../src/domain/interchange/imdf/uuid.ts'
import { reachabilityIssues } from '../../src/domain/routing/reachabilityIssues.ts'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import type { Scene } from '../../src/domain/scene/schema.ts'
import { levelsScene } from '../fixtures/levelsScene.ts'
import { toRaw } from '../fixtures/smallScene.ts'

const CREATED = '2023-10-01T00:00:00Z'
const fc = (files: Record<string, unknown>, name: string): Feature[] => (files[`${name}.geojson`] as FeatureCollection | undefined)?.features ?? []

function twoLevels(): Scene {
  const p = parseScene(toRaw(levelsScene()))
  if (!p.ok) throw new Error(JSON.stringify(p.issues.slice(0, 3)))
  return p.scene
}

describe('IMDF export: every level', () => {
  const scene = twoLevels()
  const { files, counts } = exportImdf(scene, { created: CREATED })
  const id = (kind: string, rid: string): string => featureId(scene.venue.id, kind, rid)

  it('writes a level per scene level, with ordinal, bilingual names and its building', () => {
    const levels = fc(files, 'level')
    const buildings = fc(files, 'building')
    expect(buildings.map((b) => b.id)).toEqual([id('building', 'main-hall')])
    expect(fc(files, 'footprint').map((f) => [f.properties.category, f.properties.building_ids])).toEqual([['ground', [id('building', 'main-hall')]]])
    expect(levels.map((l) => [l.id, l.properties.ordinal, l.properties.building_ids])).toEqual(
      scene.venue.levels.map((l) => [id('level', l.id), l.ordinal, [id('building', 'main-hall')]]),
    )
    const up = levels.find((l) => l.properties.ordinal === 1)!
    expect(up.properties.name).toEqual({ en: 'Level 2', 'zh-Hans': '2 层' })
    expect(up.properties.short_name).toEqual({ en: 'L2', 'zh-Hans': '2F' })
    expect(counts).toMatchObject({ level: 2, building: 1, relationship: 4 })
  })

  it('puts every unit and kiosk on its own level; a hall floor unit per level', () => {
    const units = fc(files, 'unit')
    const level2 = id('level', 'level-2')
    expect(units.find((u) => u.id === id('booth', 'booth-u01'))!.properties.level_id).toBe(level2)
    expect(units.find((u) => u.id === id('zone', 'sky-forum'))!.properties.level_id).toBe(level2)
    for (const b of scene.venue.booths) expect(units.find((u) => u.id === id('booth', b.id))!.properties.level_id).toBe(id('level', b.levelId))
    expect(units.filter((u) => u.properties.category === 'walkway').map((u) => u.properties.level_id).sort()).toEqual(scene.venue.levels.map((l) => id('level', l.id)).sort())
    for (const k of fc(files, 'kiosk')) expect(k.properties.level_id).toBe(id('level', 'level-1'))
    // The upstairs café's amenity belongs to a unit on level 2.
    const cafe = fc(files, 'amenity').find((a) => a.id === id('poi', 'cafe-upstairs'))!
    const unit = units.find((u) => u.id === (cafe.properties.unit_ids as string[])[0])!
    expect(unit.properties.level_id).toBe(level2)
  })

  it('joins each connector\'s stop amenities with a relationship; escalators directed the way they run', () => {
    const rel = fc(files, 'relationship')
    const amenities = new Map(fc(files, 'amenity').map((a) => [a.id, a]))
    const units = new Map(fc(files, 'unit').map((u) => [u.id, u]))
    const levelOfStop = (r: unknown): unknown => units.get((amenities.get((r as { id: string }).id)!.properties.unit_ids as string[])[0]!)!.properties.level_id
    const l1 = id('level', 'level-1')
    const l2 = id('level', 'level-2')
    const got = rel.map((r) => [r.id, r.properties.category, r.properties.direction, levelOfStop(r.properties.origin), levelOfStop(r.properties.destination), r.properties.intermediary])
    expect(got).toEqual([
      [id('relationship', 'escalator-up'), 'escalator', 'directed', l1, l2, null],
      [id('relationship', 'escalator-down'), 'escalator', 'directed', l2, l1, null],
      [id('relationship', 'stairs-east'), 'stairs', 'undirected', l1, l2, null],
      [id('relationship', 'lift-east'), 'elevator', 'undirected', l1, l2, null],
    ])
    for (const r of rel) expect((r.properties.origin as { feature_type: string }).feature_type).toBe('amenity')
  })

  it('a one-level scene keeps the feature ids of the one-floor export and writes no relationships', () => {
    // The two-level venue without its upper floor and what stands on it.
    const s = levelsScene()
    const v = s.venue
    const downstairs = <T extends { levelId: string }>(xs: T[]): T[] => xs.filter((x) => x.levelId === 'level-1')
    Object.assign(v, { levels: v.levels.slice(0, 1), zones: downstairs(v.zones), booths: downstairs(v.booths), pois: downstairs(v.pois), connectors: [] })
    s.exhibitors.exhibitors = s.exhibitors.exhibitors.filter((e) => e.id !== 'cloud-forum')
    const p = parseScene(toRaw(s))
    if (!p.ok) throw new Error(JSON.stringify(p.issues.slice(0, 3)))
    const one = exportImdf(p.scene, { created: CREATED }).files
    expect(fc(one, 'level').map((l) => l.id)).toEqual([id('level', '0')])
    expect(fc(one, 'building').map((b) => b.id)).toEqual([id('building', 'hall')])
    expect(fc(one, 'unit')[0]!.id).toBe(id('unit', 'hall-floor'))
    expect(one['relationship.geojson']).toBeUndefined()
  })

  it('a lift of three stops lists the middle one as intermediary; a ramp is a ramp', () => {
    const s = levelsScene()
    s.venue.levels.push({ id: 'level-3', buildingId: 'main-hall', name: { en: 'Level 3', zh: '3 层' }, shortName: { en: 'L3', zh: '3F' }, ordinal: 2, elevation: 12, height: 6 })
    const lift = s.venue.connectors!.find((c) => c.id === 'lift-east')!
    lift.stops.push({ levelId: 'level-3', position: [54, 22.5] })
    s.venue.connectors!.push({ id: 'ramp-west', kind: 'ramp', name: { en: 'West ramp', zh: '西侧坡道' }, stops: [{ levelId: 'level-1', position: [60, 22.5] }, { levelId: 'level-2', position: [60, 22.5] }], seconds: 60 })
    const p = parseScene(toRaw(s))
    if (!p.ok) throw new Error(JSON.stringify(p.issues.slice(0, 3)))
    const rel = fc(exportImdf(p.scene, { created: CREATED }).files, 'relationship')
    const liftRel = rel.find((r) => r.id === id('relationship', 'lift-east'))!
    expect((liftRel.properties.intermediary as { id: string }[]).map((r) => r.id)).toEqual([id('connector-stop', 'lift-east@level-2')])
    expect((liftRel.properties.destination as { id: string }).id).toBe(id('connector-stop', 'lift-east@level-3'))
    expect(rel.find((r) => r.id === id('relationship', 'ramp-west'))!.properties.category).toBe('ramp')

    const back = importImdf(exportImdf(p.scene, { created: CREATED }).files, { sceneId: 'round-trip', timezone: 'Asia/Shanghai' })
    if (!back.ok) throw new Error(back.errors.join('\n'))
    const parsed = parseScene(back.files)
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)))
    expect(parsed.scene.venue.connectors.map((c) => [c.kind, c.stops.length]).sort()).toEqual([['escalator', 2], ['escalator', 2], ['lift', 3], ['ramp', 2], ['stairs', 2]])
  })

  it('round trip: export then import gives a valid scene with the same levels, booths per level and connectors', () => {
    const geo = { origin: [121.55, 29.87] as [number, number], bearingDeg: 0 }
    const back = importImdf(exportImdf({ ...scene, venue: { ...scene.venue, geo } }, { created: CREATED }).files, { sceneId: 'round-trip', timezone: 'Asia/Shanghai' })
    if (!back.ok) throw new Error(back.errors.join('\n'))
    const parsed = parseScene(back.files)
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)))
    const s = parsed.scene
    expect(reachabilityIssues(s)).toEqual([])
    expect(s.venue.levels.map((l) => [l.ordinal, l.name, l.shortName])).toEqual(scene.venue.levels.map((l) => [l.ordinal, l.name, l.shortName]))
    const byOrdinal = (sc: Scene) => {
      const ord = new Map(sc.venue.levels.map((l) => [l.id, l.ordinal]))
      return sc.venue.booths.map((b) => [ord.get(b.levelId), b.label]).sort()
    }
    expect(byOrdinal(s)).toEqual(byOrdinal(scene))
    const kinds = (sc: Scene) => sc.venue.connectors.map((c) => [c.kind, c.direction ?? null, c.name.en]).sort()
    expect(kinds(s)).toEqual(kinds(scene))
    // The escalators' stops come back in running order (bottom first for up).
    const ord = new Map(s.venue.levels.map((l) => [l.id, l.ordinal]))
    const down = s.venue.connectors.find((c) => c.direction === 'down')!
    expect(down.stops.map((st) => ord.get(st.levelId))).toEqual([1, 0])
  })
})
