/** IMDF import of every level at once: buildings, levels, items on their levels, connectors. */
import { describe, expect, it } from 'vitest'
import { importImdf } from '../../src/domain/interchange/imdf/importImdf.ts'
import { reachabilityIssues } from '../../src/domain/routing/reachabilityIssues.ts'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import type { Scene } from '../../src/domain/scene/schema.ts'
import { imdfLevelsArchive, withSecondBuilding } from '../fixtures/imdfLevels.ts'

/** The import, checked the way `npm run validate` checks a scene. */
function imported(files: Record<string, unknown>, opts: { level?: string } = {}) {
  const r = importImdf(files, { sceneId: 'harbour', timezone: 'Asia/Shanghai', ...opts })
  if (!r.ok) throw new Error(r.errors.join('\n'))
  const parsed = parseScene(r.files)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 5), null, 1))
  expect(reachabilityIssues(parsed.scene)).toEqual([])
  return { r, scene: parsed.scene }
}

describe('IMDF import: every level', () => {
  it('makes the building, both levels and a lift and stairs joining them; the scene validates', () => {
    const { r, scene } = imported(imdfLevelsArchive())
    const v = scene.venue
    expect(v.buildings.map((b) => [b.id, b.name])).toEqual([['hall-a', { en: 'Hall A', zh: 'A 馆' }]])
    expect(v.levels.map((l) => [l.id, l.buildingId, l.ordinal, l.elevation, l.name.en, l.name.zh, l.shortName.en, l.shortName.zh])).toEqual([
      ['level-1', 'hall-a', 0, 0, 'Ground floor', '一层', 'GF', '1F'],
      ['level-2', 'hall-a', 1, 6, 'Upper floor', '二层', 'UF', '2F'],
    ])
    expect(r.warnings.join('\n')).toContain('elevation = ordinal × 6 m')
    // The ground footprint is the building's; the venue polygon holds it, so it is the site.
    expect(v.hall.footprint.length).toBe(4)
    expect(Math.max(...v.hall.footprint.map((p) => p[0]))).toBeCloseTo(60, 1)
    expect(Math.max(...v.buildings[0]!.footprint.map((p) => p[0]))).toBeCloseTo(50, 1)

    const levelOfZone = Object.fromEntries(v.zones.map((z) => [z.name.en, z.levelId]))
    expect(levelOfZone).toEqual({ 'Pavilion One': 'level-1', 'Pavilion Two': 'level-2' })
    for (const b of v.booths) expect(b.levelId).toBe(v.zones.find((z) => z.id === b.zoneId)!.levelId)
    expect(v.booths.map((b) => [b.label, b.levelId]).sort()).toEqual([['A01', 'level-1'], ['A01-2', 'level-2'], ['A02', 'level-1'], ['B01', 'level-2']])
    expect(r.warnings.join('\n')).toContain('booth label "A01" is used twice; the second is "A01-2"')
    expect(v.pois.map((p) => [p.kind, p.levelId]).sort()).toEqual([['entrance', 'level-1'], ['restroom', 'level-2']])
    expect(v.kiosks.map((k) => k.levelId)).toEqual(['level-2'])

    // The lift unit on each floor and the lift amenity are one lift, not service points.
    const byKind = Object.fromEntries(v.connectors.map((c) => [c.kind, c]))
    expect(v.connectors.map((c) => c.kind).sort()).toEqual(['lift', 'stairs'])
    expect(byKind.lift!.stops.map((s) => s.levelId)).toEqual(['level-1', 'level-2'])
    expect(byKind.lift!.stops[1]!.position[0]).toBeCloseTo(22.5, 1)
    expect(byKind.lift!.name).toEqual({ en: 'Lift 1', zh: '1 号电梯' })
    expect(byKind.stairs!.stops.map((s) => s.levelId)).toEqual(['level-1', 'level-2'])
    expect(v.connectors.every((c) => c.seconds > 0 && c.direction === undefined)).toBe(true)

    const ex = scene.exhibitors.find((e) => e.name.en === 'Upper Robotics')!
    const booth = v.booths.find((b) => b.id === ex.boothIds[0])!
    expect([booth.label, booth.levelId]).toEqual(['B01', 'level-2'])
    expect(r.imported).toEqual(['L0', 'L1'])
  })

  it('takes connectors from vertical relationships: a directed escalator runs from origin to destination', () => {
    const { r, scene } = imported(imdfLevelsArchive({ relationships: true }))
    const v = scene.venue
    const esc = v.connectors.find((c) => c.kind === 'escalator')!
    expect(esc.direction).toBe('down')
    expect(esc.stops.map((s) => s.levelId)).toEqual(['level-2', 'level-1'])
    expect(v.connectors.map((c) => c.kind).sort()).toEqual(['escalator', 'lift'])
    // Without a relationship the stairs units are not joined: they stay service points.
    expect(v.pois.filter((p) => p.kind === 'stairs').map((p) => p.levelId).sort()).toEqual(['level-1', 'level-2'])
    expect(v.pois.some((p) => p.kind === 'elevator')).toBe(false)
    expect(r.skipped['relationship (not stairs, escalator, elevator or ramp between levels)']).toBe(1)
  })

  it('--level 1 still imports that level alone, as one level', () => {
    const { scene } = imported(imdfLevelsArchive(), { level: '1' })
    const v = scene.venue
    expect(v.levels.map((l) => [l.id, l.ordinal])).toEqual([['level-1', 0]])
    expect(v.connectors).toEqual([])
    expect(v.zones.map((z) => z.name.en)).toEqual(['Pavilion Two'])
    expect(v.booths.map((b) => b.label).sort()).toEqual(['A01', 'B01'])
    expect(v.pois.map((p) => p.kind).sort()).toEqual(['elevator', 'restroom', 'stairs'])
    expect(scene.exhibitors.map((e) => e.name.en)).toEqual(['Upper Robotics'])
  })

  it('levels nothing joins fail the import, naming them and pointing at --level', () => {
    const r = importImdf(imdfLevelsArchive({ isolatedLevel: true }), { sceneId: 'harbour', timezone: 'Asia/Shanghai' })
    expect(r.ok).toBe(false)
    const msg = !r.ok ? r.errors.join('\n') : ''
    expect(msg).toContain('"Roof hall" (level-3, ordinal 2) cannot be reached at all from "Ground floor" (level-1, ordinal 0)')
    expect(msg).toContain('--level')
    expect(msg).not.toContain('"Upper floor" (level-2')
  })

  it('levels joined only by stairs fail: the validator wants them step-free too', () => {
    const files = imdfLevelsArchive()
    const units = (files['unit.geojson'] as { features: { properties: Record<string, unknown> }[] }).features
    for (const u of units) if (u.properties.category === 'elevator') u.properties.category = 'nonpublic'
    files['amenity.geojson'] = { type: 'FeatureCollection', features: [] }
    const r = importImdf(files, { sceneId: 'harbour', timezone: 'Asia/Shanghai' })
    expect(!r.ok && r.errors.join('\n')).toContain('"Upper floor" (level-2, ordinal 1) cannot be reached without steps')
  })

  it('two buildings: levels named after them, a lift each, ground floors joined outside, the site around both', () => {
    const { scene } = imported(withSecondBuilding(imdfLevelsArchive()))
    const v = scene.venue
    expect(v.buildings.map((b) => [b.id, b.name.en])).toEqual([['hall-a', 'Hall A'], ['hall-b', 'Hall B']])
    expect(v.levels.map((l) => [l.id, l.buildingId, l.ordinal])).toEqual([
      ['hall-a-level-1', 'hall-a', 0],
      ['hall-a-level-2', 'hall-a', 1],
      ['hall-b-level-1', 'hall-b', 0],
      ['hall-b-level-2', 'hall-b', 1],
    ])
    const lifts = v.connectors.filter((c) => c.kind === 'lift').map((c) => c.stops.map((s) => s.levelId))
    expect(lifts).toEqual([['hall-a-level-1', 'hall-a-level-2'], ['hall-b-level-1', 'hall-b-level-2']])
    // The venue polygon holds only Hall A, so the site is the rectangle around both.
    expect(Math.max(...v.hall.footprint.map((p) => p[0]))).toBeCloseTo(200, 0)
    expect(Math.min(...v.hall.footprint.map((p) => p[0]))).toBeCloseTo(-50, 0)
  })

  it('an archive without building features gets one building around its levels', () => {
    const files = imdfLevelsArchive()
    delete files['building.geojson']
    delete files['footprint.geojson']
    const units = files['unit.geojson'] as { features: unknown[] }
    units.features.push({ type: 'Feature', id: 'lost', feature_type: 'unit', geometry: null, properties: { category: 'room', level_id: 'L9' } })
    const { r, scene } = imported(files)
    expect(r.skipped['unit on a level the archive does not list']).toBe(1)
    expect(scene.venue.buildings.map((b) => [b.id, b.name.en])).toEqual([['main-hall', 'Main hall']])
    expect(scene.venue.levels.every((l) => l.buildingId === 'main-hall')).toBe(true)
    expect((scene.venue as Scene['venue']).levels).toHaveLength(2)
  })
})
