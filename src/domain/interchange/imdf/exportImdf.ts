/**
 * A scene → the files of an IMDF 1.0 archive (manifest.json and one FeatureCollection per
 * feature type). Pure: the CLI zips and writes them. Feature ids are name-based UUIDs of the
 * scene's ids (stable across exports); rings are closed and wound by the right-hand rule.
 */
import { centroid } from '../../geometry/measure.ts'
import { containsPoint } from '../../geometry/polygon.ts'
import type { Point2 } from '../../geometry/types.ts'
import type { Scene, Zone } from '../../scene/schema.ts'
import { parseSessionTime } from '../localTime.ts'
import { BOOTH_UNIT_CATEGORY, HALL_UNIT_CATEGORY, OPENING_CATEGORY, POI_AMENITY_CATEGORY, ZONE_UNIT_CATEGORY } from './categories.ts'
import { connectorFeatures, insidePoint, structureFeatures, type Tools } from './exportLevels.ts'
import { exteriorRing, type Feature, type FeatureCollection } from './geojson.ts'
import { toLabels } from './labels.ts'
import { projection, type Frame } from './projection.ts'
import { featureId } from './uuid.ts'

/** Where a scene without `venue.geo` is placed: the zero meridian on the equator, north up (a warning says so). */
export const DEFAULT_FRAME: Frame = { origin: [0, 0], bearingDeg: 0 }

export const IMDF_FILES = ['manifest.json', 'address.geojson', 'venue.geojson', 'building.geojson', 'footprint.geojson', 'level.geojson', 'unit.geojson', 'opening.geojson', 'amenity.geojson', 'anchor.geojson', 'occupant.geojson', 'kiosk.geojson', 'relationship.geojson'] as const

export interface ImdfExport {
  files: Record<string, unknown>
  warnings: string[]
  counts: Record<string, number>
}

const round = (v: number): number => Math.round(v * 1e9) / 1e9

export function exportImdf(scene: Scene, opts: { created: string }): ImdfExport {
  const { venue } = scene
  const warnings: string[] = []
  const frame: Frame = venue.geo ?? DEFAULT_FRAME
  if (!venue.geo)
    warnings.push(`the scene has no venue.geo: exported at the default origin [${DEFAULT_FRAME.origin.join(', ')}] (lon, lat), north up. Add "geo": { "origin": [lon, lat], "bearingDeg": 0 } to venue.json to place it on the map`)
  const proj = projection(frame)
  const ll = (p: Point2): number[] => proj.toLonLat(p).map(round)
  const polygon = (poly: readonly Point2[]) => ({ type: 'Polygon' as const, coordinates: [exteriorRing(poly.map((p) => ll(p) as [number, number]))] })
  const point = (p: Point2) => ({ type: 'Point' as const, coordinates: ll(p) })
  const id = (kind: string, rid: string): string => featureId(venue.id, kind, rid)
  const feature = (fid: string, type: string, geometry: Feature['geometry'], properties: Record<string, unknown>): Feature => ({ type: 'Feature', id: fid, feature_type: type, geometry, properties })

  const hall = venue.hall.footprint
  const hallPoint = insidePoint(hall)
  const addressId = id('address', 'venue')
  const tools: Tools = { id, feature, polygon, point }
  const structure = structureFeatures(scene, tools, addressId)
  const levelOf = (levelId: string) => structure.byLevel.get(levelId) ?? structure.byLevel.values().next().value!

  let country = venue.geo?.address?.country
  if (!country) {
    const counts = new Map<string, number>()
    for (const e of scene.exhibitors) counts.set(e.country, (counts.get(e.country) ?? 0) + 1)
    country = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
    warnings.push(`venue.geo.address is not set: the IMDF address names the venue as its locality${country ? ` and ${country}, the most common exhibitor country, as its country` : ''}`)
  }
  const address = feature(addressId, 'address', null, {
    address: venue.geo?.address?.street ?? null,
    unit: null,
    locality: venue.geo?.address?.locality ?? venue.name.en,
    province: venue.geo?.address?.province ?? null,
    country: country ?? null,
    postal_code: venue.geo?.address?.postalCode ?? null,
    postal_code_ext: null,
    postal_code_vanity: null,
  })
  const venueF = feature(id('venue', venue.id), 'venue', polygon(hall), {
    category: 'conventioncenter', restriction: null, name: toLabels(venue.name), alt_name: null, hours: null, phone: null, website: null,
    display_point: point(hallPoint), address_id: addressId,
  })

  const unitProps = (levelId: string, category: string, name: unknown, display: Point2) => ({ category, restriction: null, accessibility: null, name, alt_name: null, display_point: point(display), level_id: levelOf(levelId).imdfId })
  // One "hall floor" unit per level, so every amenity on it has a unit to belong to.
  const units: Feature[] = venue.levels.map((l) => feature(levelOf(l.id).hallUnitId, 'unit', polygon(levelOf(l.id).outline), unitProps(l.id, HALL_UNIT_CATEGORY, null, levelOf(l.id).display)))
  for (const z of venue.zones) units.push(feature(id('zone', z.id), 'unit', polygon(z.footprint), unitProps(z.levelId, ZONE_UNIT_CATEGORY[z.kind], toLabels(z.name), centroid(z.footprint))))
  for (const b of venue.booths) units.push(feature(id('booth', b.id), 'unit', polygon(b.footprint), unitProps(b.levelId, BOOTH_UNIT_CATEGORY, { en: b.label, 'zh-Hans': b.label }, centroid(b.footprint))))

  const unitAt = (levelId: string, p: Point2): string => {
    const z: Zone | undefined = venue.zones.find((zz) => zz.levelId === levelId && containsPoint(zz.footprint, p))
    return z ? id('zone', z.id) : levelOf(levelId).hallUnitId
  }
  const openings: Feature[] = []
  const amenities: Feature[] = []
  for (const p of venue.pois) {
    if (p.kind === 'entrance' || p.kind === 'exit') {
      const [a, b] = wallSegment(levelOf(p.levelId).outline, p.position, p.width ?? 2)
      openings.push(feature(id('poi', p.id), 'opening', { type: 'LineString', coordinates: [ll(a), ll(b)] }, {
        category: OPENING_CATEGORY[p.kind], accessibility: null, access_control: null, door: null, name: toLabels(p.name), alt_name: null, display_point: point(p.position), level_id: levelOf(p.levelId).imdfId,
      }))
      continue
    }
    amenities.push(feature(id('poi', p.id), 'amenity', point(p.position), {
      category: POI_AMENITY_CATEGORY[p.kind], accessibility: null, name: toLabels(p.name), alt_name: null, hours: null, phone: null, website: null,
      unit_ids: [unitAt(p.levelId, p.position)], address_id: null, correlation_id: null,
    }))
  }

  const anchors: Feature[] = []
  const kiosks: Feature[] = []
  for (const k of venue.kiosks) {
    const anchorId = id('kiosk-anchor', k.id)
    anchors.push(feature(anchorId, 'anchor', point(k.position), { address_id: null, unit_id: unitAt(k.levelId, k.position) }))
    kiosks.push(feature(id('kiosk', k.id), 'kiosk', polygon(kioskSquare(k.position, k.heading)), { name: toLabels(k.name), alt_name: null, anchor_id: anchorId, level_id: levelOf(k.levelId).imdfId }))
  }

  const boothById = new Map(venue.booths.map((b) => [b.id, b]))
  const startIso = parseSessionTime(`${venue.dates.start} 00:00`, venue.timezone)
  const endIso = parseSessionTime(`${venue.dates.end} 23:59:59`, venue.timezone)
  const validity = startIso.ok && endIso.ok ? { start: startIso.iso, end: endIso.iso, modified: null } : null
  const occupants: Feature[] = []
  for (const e of scene.exhibitors) {
    const correlation = id('exhibitor', e.id)
    for (const bid of e.boothIds) {
      const booth = boothById.get(bid)
      if (!booth) continue
      const anchorId = id('anchor', `${e.id}@${bid}`)
      anchors.push(feature(anchorId, 'anchor', point(centroid(booth.footprint)), { address_id: null, unit_id: id('booth', bid) }))
      occupants.push(feature(id('occupant', `${e.id}@${bid}`), 'occupant', null, {
        name: toLabels(e.name), category: 'unspecified', anchor_id: anchorId, hours: null, phone: null, website: e.website ?? null, validity, correlation_id: correlation,
      }))
    }
  }

  const vertical = connectorFeatures(scene, tools, structure.byLevel, unitAt)
  amenities.push(...vertical.amenities)

  const fc = (name: string, features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', name, features })
  const files: Record<string, unknown> = {
    'manifest.json': { version: '1.0.0', created: opts.created, generated_by: 'Venue Twin', language: 'en', extensions: null },
    'address.geojson': fc('address', [address]),
    'venue.geojson': fc('venue', [venueF]),
    'building.geojson': fc('building', structure.buildings),
    'footprint.geojson': fc('footprint', structure.footprints),
    'level.geojson': fc('level', structure.levels),
    'unit.geojson': fc('unit', units),
    'opening.geojson': fc('opening', openings),
    'amenity.geojson': fc('amenity', amenities),
    'anchor.geojson': fc('anchor', anchors),
    'occupant.geojson': fc('occupant', occupants),
    'kiosk.geojson': fc('kiosk', kiosks),
  }
  // A scene without connectors writes no relationship file, as before connectors existed.
  if (vertical.relationships.length) files['relationship.geojson'] = fc('relationship', vertical.relationships)
  return { files, warnings, counts: { building: structure.buildings.length, level: structure.levels.length, relationship: vertical.relationships.length, unit: units.length, opening: openings.length, amenity: amenities.length, anchor: anchors.length, occupant: occupants.length, kiosk: kiosks.length } }
}

/** The piece of the hall's wall nearest `p`, `width` long and centred on p's foot on that wall. */
export function wallSegment(hall: readonly Point2[], p: Point2, width: number): [Point2, Point2] {
  let best: { d: number; foot: Point2; dir: Point2 } | null = null
  for (let i = 0; i < hall.length; i++) {
    const a = hall[i]!
    const b = hall[(i + 1) % hall.length]!
    const dx = b[0] - a[0]
    const dz = b[1] - a[1]
    const len2 = dx * dx + dz * dz
    if (len2 === 0) continue
    const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dz) / len2))
    const foot: Point2 = [a[0] + t * dx, a[1] + t * dz]
    const d = Math.hypot(p[0] - foot[0], p[1] - foot[1])
    const len = Math.sqrt(len2)
    if (!best || d < best.d) best = { d, foot, dir: [dx / len, dz / len] }
  }
  if (!best) return [p, p]
  // The opening's middle is the service point itself, so an import puts it back where it was.
  const h = width / 2
  return [
    [p[0] - best.dir[0] * h, p[1] - best.dir[1] * h],
    [p[0] + best.dir[0] * h, p[1] + best.dir[1] * h],
  ]
}

/** A 1 m kiosk footprint whose first edge runs along its heading, so an import can read the heading back. */
export function kioskSquare(p: Point2, headingDeg: number): Point2[] {
  const a = (headingDeg * Math.PI) / 180
  const f: Point2 = [Math.sin(a), -Math.cos(a)]
  const r: Point2 = [-f[1], f[0]]
  const c = (u: number, v: number): Point2 => [p[0] + f[0] * u + r[0] * v, p[1] + f[1] * u + r[1] * v]
  return [c(-0.5, -0.5), c(0.5, -0.5), c(0.5, 0.5), c(-0.5, 0.5)]
}
