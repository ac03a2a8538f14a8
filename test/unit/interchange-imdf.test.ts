/** IMDF: projection, stable UUIDs, export → import round trip, and archives as other tools write them. */
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportImdf } from '../../src/domain/interchange/imdf/exportImdf.ts'
import type { Feature, FeatureCollection } from '../../src/domain/interchange/imdf/geojson.ts'
import { shoelace } from '../../src/domain/interchange/imdf/geojson.ts'
import { importImdf, isImdf } from '../../src/domain/interchange/imdf/importImdf.ts'
import { projection } from '../../src/domain/interchange/imdf/projection.ts'
import { uuidV5 } from '../../src/domain/interchange/imdf/uuid.ts'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import type { Scene } from '../../src/domain/scene/schema.ts'
import { loadScene } from '../../scripts/import/loadScene.ts'

let scene: Scene
beforeAll(() => {
  const l = loadScene(path.resolve(import.meta.dirname, '../../scenes/wdec-2023'))
  if (!l.ok) throw new Error(l.report)
  scene = l.scene
})
const CREATED = '2023-10-01T00:00:00Z'
const fc = (files: Record<string, unknown>, name: string) => (files[`${name}.geojson`] as FeatureCollection).features

describe('projection', () => {
  it('scene metres → lon/lat → metres within a millimetre, at any bearing', () => {
    for (const frame of [{ origin: [121.55, 29.87] as const, bearingDeg: 0 }, { origin: [-73.98, 40.75] as const, bearingDeg: 29 }, { origin: [151.2, -33.86] as const, bearingDeg: -120 }]) {
      const p = projection(frame)
      for (const pt of [[0, 0], [180, -90], [-250.5, 400.25]] as [number, number][]) {
        const back = p.toScene(p.toLonLat(pt))
        expect(Math.hypot(back[0] - pt[0], back[1] - pt[1])).toBeLessThan(1e-3)
      }
    }
  })

  it('north is −z, east is +x at bearing 0; bearing turns the scene clockwise', () => {
    const p = projection({ origin: [121.55, 29.87], bearingDeg: 0 })
    const [lon, lat] = p.toLonLat([0, -1000])
    expect(lat).toBeGreaterThan(29.87 + 0.008)
    expect(lon).toBeCloseTo(121.55, 9)
    const east = p.toLonLat([1000, 0])
    // 1000 m of longitude at 29.87°N on WGS84: 1000 / (N·cos φ·π/180), N = a / √(1 − e² sin² φ)
    const phi = (29.87 * Math.PI) / 180
    const n = 6378137 / Math.sqrt(1 - 0.00669437999014 * Math.sin(phi) ** 2)
    expect(east[0] - 121.55).toBeCloseTo(1000 / ((n * Math.cos(phi) * Math.PI) / 180), 8)
    const turned = projection({ origin: [121.55, 29.87], bearingDeg: 90 }).toLonLat([0, -1000])
    expect(turned[0]).toBeGreaterThan(121.55 + 0.01)
  })
})

describe('export', () => {
  it('UUIDs stay the same across exports and differ between records', () => {
    const a = exportImdf(scene, { created: CREATED })
    const b = exportImdf(scene, { created: '2024-01-01T00:00:00Z' })
    const ids = (f: Record<string, unknown>) => fc(f, 'unit').map((u) => u.id)
    expect(ids(a.files)).toEqual(ids(b.files))
    expect(new Set(ids(a.files)).size).toBe(ids(a.files).length)
    for (const id of ids(a.files)) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(uuidV5('x')).not.toBe(uuidV5('y'))
  })

  it('closed rings wound counter-clockwise, lon/lat in range, occupants valid over the event days', () => {
    const { files, warnings } = exportImdf({ ...scene, venue: { ...scene.venue, geo: { origin: [121.55, 29.87], bearingDeg: 15 } } }, { created: CREATED })
    expect(warnings.some((w) => w.includes('default origin'))).toBe(false)
    for (const name of ['venue', 'footprint', 'level', 'unit', 'kiosk']) {
      for (const f of fc(files, name)) {
        const ring = (f.geometry as { coordinates: number[][][] }).coordinates[0]!
        expect(ring[0]).toEqual(ring.at(-1))
        expect(shoelace(ring.slice(0, -1).map((c) => [c[0]!, c[1]!]))).toBeGreaterThan(0)
        for (const [lon, lat] of ring) {
          expect(Math.abs(lon!)).toBeLessThanOrEqual(180)
          expect(Math.abs(lat!)).toBeLessThanOrEqual(90)
        }
      }
    }
    const occ = fc(files, 'occupant')
    expect(occ.length).toBe(scene.exhibitors.reduce((n, e) => n + e.boothIds.length, 0))
    expect(occ[0]!.properties.validity).toEqual({ start: '2023-10-13T00:00:00+08:00', end: '2023-10-15T23:59:59+08:00', modified: null })
  })

  it('a scene without geo is placed at the stated default origin, with a warning', () => {
    const { files, warnings } = exportImdf(scene, { created: CREATED })
    expect(warnings[0]).toContain('default origin [0, 0]')
    const venue = fc(files, 'venue')[0]!
    expect((venue.properties.display_point as { coordinates: number[] }).coordinates).toEqual([0, 0])
  })
})

describe('export → import round trip', () => {
  it('keeps zones, booths (footprints within 1 cm), service points, kiosks and exhibitors, and validates', () => {
    const geo = { origin: [121.55, 29.87] as [number, number], bearingDeg: 0 }
    const src: Scene = { ...scene, venue: { ...scene.venue, geo } }
    const back = importImdf(exportImdf(src, { created: CREATED }).files, { sceneId: 'round-trip', timezone: 'Asia/Shanghai' })
    if (!back.ok) throw new Error(back.errors.join('\n'))
    const parsed = parseScene(back.files)
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)))
    const s = parsed.scene
    expect(s.venue.dates).toEqual(scene.venue.dates)
    expect(s.venue.geo!.origin).toEqual(geo.origin)
    expect(s.venue.zones.map((z) => [z.name.en, z.kind]).sort()).toEqual(scene.venue.zones.map((z) => [z.name.en, z.kind]).sort())
    expect(s.venue.booths).toHaveLength(scene.venue.booths.length)
    for (const b of scene.venue.booths) {
      const c = s.venue.booths.find((x) => x.label === b.label)!
      const far = Math.max(...b.footprint.map((p) => Math.min(...c.footprint.map((q) => Math.hypot(p[0] - q[0], p[1] - q[1])))))
      expect(far).toBeLessThan(0.01)
      expect(s.venue.zones.find((z) => z.id === c.zoneId)!.name.en).toBe(scene.venue.zones.find((z) => z.id === b.zoneId)!.name.en)
    }
    expect(s.venue.pois.map((p) => [p.kind, p.name.en]).sort()).toEqual(scene.venue.pois.map((p) => [p.kind, p.name.en]).sort())
    expect(s.venue.kiosks.map((k) => [k.name.en, k.heading]).sort()).toEqual(scene.venue.kiosks.map((k) => [k.name.en, k.heading]).sort())
    expect(s.exhibitors).toHaveLength(scene.exhibitors.length)
    for (const e of scene.exhibitors) {
      const c = s.exhibitors.find((x) => x.name.en === e.name.en)!
      expect(c.name.zh).toBe(e.name.zh)
      expect(c.boothIds.map((id) => s.venue.booths.find((b) => b.id === id)!.label).sort()).toEqual(e.boothIds.map((id) => scene.venue.booths.find((b) => b.id === id)!.label).sort())
    }
  })
})

/** A small archive in the style of another tool: null properties, odd ids, holes, MultiPolygons, 3D coordinates, two levels. */
function foreignArchive(): Record<string, unknown> {
  const o = [10, 50]
  const m = 1 / 111_320
  const sq = (x: number, y: number, w: number, h: number, z?: number) => {
    const pt = (a: number, b: number) => (z === undefined ? [o[0]! + a * m * 1.556, o[1]! + b * m] : [o[0]! + a * m * 1.556, o[1]! + b * m, z])
    return [pt(x, y), pt(x + w, y), pt(x + w, y + h), pt(x, y + h), pt(x, y)]
  }
  const f = (id: string, type: string, geometry: unknown, properties: Record<string, unknown> | null): Feature => ({ type: 'Feature', id, feature_type: type, geometry: geometry as Feature['geometry'], properties: properties as Record<string, unknown> })
  const col = (features: Feature[]) => ({ type: 'FeatureCollection', features })
  return {
    'manifest.json': { version: '1.0.0', language: 'de', created: '2024-05-01T00:00:00Z' },
    'venue.geojson': col([f('venue-1', 'venue', { type: 'Polygon', coordinates: [sq(-50, -50, 100, 100)] }, { name: { de: 'Messehalle' }, display_point: { type: 'Point', coordinates: o } })]),
    'level.geojson': col([
      f('L0', 'level', { type: 'Polygon', coordinates: [sq(-50, -50, 100, 100, 0)] }, { ordinal: 0, name: { en: 'Ground' } }),
      f('L1', 'level', { type: 'Polygon', coordinates: [sq(-50, -50, 100, 100, 5)] }, { ordinal: 1, name: { en: 'Upper' } }),
    ]),
    'unit.geojson': col([
      // A hall with a hole (a column block), as a MultiPolygon with a stray second part, in 3D.
      f('hall-a', 'unit', { type: 'MultiPolygon', coordinates: [[sq(-40, -40, 60, 60, 0), sq(-5, -5, 2, 2, 0)], [sq(30, 30, 2, 2, 0)]] }, { category: 'room', level_id: 'L0', name: { de: 'Halle A', 'zh-Hans': 'A馆' } }),
      f('b1', 'unit', { type: 'Polygon', coordinates: [sq(-30, -30, 3, 3, 0)] }, { category: 'room', level_id: 'L0', name: { en: 'A1' } }),
      f('b2', 'unit', { type: 'Polygon', coordinates: [sq(-20, -30, 3, 3)] }, { category: 'room', level_id: 'L0', name: null }),
      f('wc', 'unit', { type: 'Polygon', coordinates: [sq(30, -40, 5, 5)] }, { category: 'restroom.female', level_id: 'L0', name: null }),
      f('pillar', 'unit', { type: 'Polygon', coordinates: [sq(40, 40, 1, 1)] }, { category: 'column', level_id: 'L0' }),
      f('upper', 'unit', { type: 'Polygon', coordinates: [sq(-40, -40, 10, 10, 5)] }, { category: 'room', level_id: 'L1', name: { en: 'Upper room' } }),
    ]),
    'opening.geojson': col([f('door', 'opening', { type: 'LineString', coordinates: sq(-2, -50, 4, 0).slice(0, 2) }, { category: 'pedestrian', level_id: 'L0', name: null })]),
    'anchor.geojson': col([f('a1', 'anchor', { type: 'Point', coordinates: o }, { unit_id: 'b1' })]),
    'occupant.geojson': col([f('o1', 'occupant', null, { name: { de: 'Müller GmbH', en: 'Mueller GmbH' }, anchor_id: 'a1', validity: { start: '2024-06-01T00:00:00+02:00', end: '2024-06-03T23:59:59+02:00' } })]),
    'fixture.geojson': col([f('fx', 'fixture', null, {}), f('fx2', 'fixture', null, {})]),
  }
}

describe('import of archives other tools write', () => {
  it('MultiPolygons, holes, 3D coordinates, null properties, non-UUID ids; names filled and listed', () => {
    const r = importImdf(foreignArchive(), { sceneId: 'messe', level: '0', country: 'DE' })
    if (!r.ok) throw new Error(r.errors.join('\n'))
    expect(r.levels.map((l) => [l.ordinal, l.name, l.units])).toEqual([[0, 'Ground', 5], [1, 'Upper', 1]])
    const v = r.files['venue.json'] as Scene['venue']
    expect(v.zones.map((z) => z.name)).toEqual([{ en: 'Halle A', zh: 'A馆' }])
    const labels = v.booths.map((b) => b.label).sort()
    expect(labels[0]).toBe('A1')
    expect(labels[1]).toMatch(/^B\d$/)
    expect(r.warnings.join('\n')).toMatch(/1 booth unit\(s\) had no name/)
    expect(v.pois.map((p) => p.kind).sort()).toEqual(['entrance', 'restroom'])
    expect(r.skipped).toMatchObject({ 'unit (column)': 1, 'fixture (the scene has no fixtures)': 2 })
    expect(r.warnings.join('\n')).toMatch(/1 hole/)
    expect(r.warnings.join('\n')).toMatch(/1 extra part/)
    expect(r.warnings.join('\n')).toMatch(/venue: no English name; used "Messehalle"/)
    expect(v.timezone).toBe('Etc/GMT-2')
    expect(v.dates).toEqual({ start: '2024-06-01', end: '2024-06-03' })
    const parsed = parseScene(r.files)
    expect(parsed.ok ? [] : parsed.issues).toEqual([])
    const ex = (r.files['exhibitors.json'] as { exhibitors: Scene['exhibitors'] }).exhibitors
    expect(ex.map((e) => [e.name.en, e.country])).toEqual([['Mueller GmbH', 'DE']])
  })

  it('--level picks another level; an unknown level is an error listing the levels', () => {
    const up = importImdf(foreignArchive(), { sceneId: 'messe', level: '1', country: 'DE' })
    expect(up.ok && (up.files['venue.json'] as Scene['venue']).zones.map((z) => z.name.en)).toEqual(['Upper room'])
    const bad = importImdf(foreignArchive(), { sceneId: 'messe', level: '7' })
    expect(!bad.ok && bad.errors[0]).toContain('0 Ground, 1 Upper')
  })

  it('occupants without a country anywhere ask for --country; a non-IMDF folder is named as such', () => {
    const r = importImdf(foreignArchive(), { sceneId: 'messe', level: '0' })
    expect(!r.ok && r.errors[0]).toContain('--country')
    expect(isImdf({ 'data.json': {} })).toBe('there is no manifest.json')
  })
})
