/**
 * Export: the scene's buildings, levels and connectors as IMDF building, footprint, level,
 * amenity and relationship features. A one-level, one-building scene keeps the ids and outline
 * it had when the export knew one floor, so earlier archives and their consumers still match.
 */
import { centroid } from '../../geometry/measure.ts'
import { containsPoint } from '../../geometry/polygon.ts'
import type { Point2 } from '../../geometry/types.ts'
import type { Connector, ConnectorKind, Scene } from '../../scene/schema.ts'
import type { Feature } from './geojson.ts'
import { toLabels } from './labels.ts'

/** Connector kind → IMDF amenity and relationship category (the import reads them back in connectors.ts). */
export const CONNECTOR_CATEGORY: Record<ConnectorKind, string> = { lift: 'elevator', escalator: 'escalator', stairs: 'stairs', ramp: 'ramp' }

export interface Tools {
  id: (kind: string, rid: string) => string
  feature: (fid: string, type: string, geometry: Feature['geometry'], properties: Record<string, unknown>) => Feature
  polygon: (poly: readonly Point2[]) => Feature['geometry']
  point: (p: Point2) => { type: 'Point'; coordinates: number[] }
}

/** One scene level as exported: its IMDF id, outline and the "hall floor" unit that holds loose amenities. */
export interface LevelOut {
  imdfId: string
  outline: Point2[]
  display: Point2
  hallUnitId: string
}

export interface Structure {
  buildings: Feature[]
  footprints: Feature[]
  levels: Feature[]
  byLevel: Map<string, LevelOut>
}

/** A point inside `poly`: the scene origin when it is inside (as the one-floor export had it), else the centroid. */
export function insidePoint(poly: readonly Point2[]): Point2 {
  const origin: Point2 = [0, 0]
  return containsPoint(poly, origin) ? origin : centroid(poly)
}

export function structureFeatures(scene: Scene, t: Tools, addressId: string): Structure {
  const { venue } = scene
  const single = venue.levels.length === 1 && venue.buildings.length === 1
  const out: Structure = { buildings: [], footprints: [], levels: [], byLevel: new Map() }
  const buildingImdf = new Map<string, string>()
  for (const b of venue.buildings) {
    const bid = t.id('building', single ? 'hall' : b.id)
    buildingImdf.set(b.id, bid)
    const shape = single ? venue.hall.footprint : b.footprint
    out.buildings.push(t.feature(bid, 'building', null, { name: toLabels(single ? venue.name : b.name), alt_name: null, category: 'unspecified', restriction: null, display_point: t.point(insidePoint(shape)), address_id: addressId }))
    out.footprints.push(t.feature(t.id('footprint', single ? 'hall' : b.id), 'footprint', t.polygon(shape), { category: 'ground', name: null, building_ids: [bid] }))
  }
  for (const l of venue.levels) {
    const building = venue.buildings.find((b) => b.id === l.buildingId)
    const outline = single || !building ? venue.hall.footprint : building.footprint
    const display = insidePoint(outline)
    const imdfId = t.id('level', single ? '0' : l.id)
    out.levels.push(t.feature(imdfId, 'level', t.polygon(outline), {
      category: 'unspecified', restriction: null, outdoor: false, ordinal: l.ordinal, name: toLabels(l.name), short_name: toLabels(l.shortName),
      display_point: t.point(display), address_id: null, building_ids: [buildingImdf.get(l.buildingId) ?? out.buildings[0]!.id],
    }))
    out.byLevel.set(l.id, { imdfId, outline, display, hallUnitId: t.id('unit', single ? 'hall-floor' : `hall-floor@${l.id}`) })
  }
  return out
}

/** Stops in IMDF order: an escalator's in its running direction (origin boards), others as the scene lists them. */
function ordered(c: Connector, ordinal: (levelId: string) => number): Connector['stops'] {
  if (c.kind !== 'escalator') return c.stops
  const sign = c.direction === 'down' ? -1 : 1
  return [...c.stops].sort((a, b) => sign * (ordinal(a.levelId) - ordinal(b.levelId)))
}

/** Each connector: an amenity per stop on its level, and one relationship joining them. */
export function connectorFeatures(scene: Scene, t: Tools, byLevel: Map<string, LevelOut>, unitAt: (levelId: string, p: Point2) => string): { amenities: Feature[]; relationships: Feature[] } {
  const amenities: Feature[] = []
  const relationships: Feature[] = []
  const ordinal = (levelId: string): number => scene.venue.levels.find((l) => l.id === levelId)?.ordinal ?? 0
  for (const c of scene.venue.connectors) {
    const category = CONNECTOR_CATEGORY[c.kind]
    const refs = ordered(c, ordinal)
      .filter((s) => byLevel.has(s.levelId))
      .map((s) => {
        const fid = t.id('connector-stop', `${c.id}@${s.levelId}`)
        amenities.push(t.feature(fid, 'amenity', t.point(s.position), {
          category, accessibility: null, name: toLabels(c.name), alt_name: null, hours: null, phone: null, website: null,
          unit_ids: [unitAt(s.levelId, s.position)], address_id: null, correlation_id: null,
        }))
        return { id: fid, feature_type: 'amenity' }
      })
    if (refs.length < 2) continue
    relationships.push(t.feature(t.id('relationship', c.id), 'relationship', null, {
      category, direction: c.kind === 'escalator' ? 'directed' : 'undirected',
      origin: refs[0], intermediary: refs.length > 2 ? refs.slice(1, -1) : null, destination: refs.at(-1), hours: null,
    }))
  }
  return { amenities, relationships }
}
