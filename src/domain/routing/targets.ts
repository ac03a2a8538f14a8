/**
 * Where on the walkable floor a place is reached: a booth from the aisle in front of any of its
 * open sides, a zone at its centre (or the nearest walkable spot inside it), a service point or
 * kiosk at its position (an entrance on the wall line is pulled inside). Exhibitors stand for
 * their first booth, sessions for their location.
 */
import { bbox, centroid } from '../geometry/measure.ts'
import { containsPoint } from '../geometry/polygon.ts'
import type { Point2, Polygon } from '../geometry/types.ts'
import { routeText } from '../i18n/messages/routeSteps.ts'
import type { LocalizedText } from '../i18n/text.ts'
import { counterClockwise, distanceToBoundary, outwardNormal } from '../model/planGeometry.ts'
import type { SceneIndex } from '../scene/sceneIndex.ts'
import { locate, type Located, type WalkNetwork } from './network.ts'
import { DEFAULT_GRID_OPTIONS } from './walkGrid.ts'

export type PlaceKind = 'zone' | 'booth' | 'poi' | 'kiosk'

export interface Place {
  /** The id asked for (may be an exhibitor or a session). */
  id: string
  /** The place on the floor it stands for. */
  kind: PlaceKind
  placeId: string
  name: LocalizedText
  /** The place's own reference point: booth or zone centre, the point's position. */
  anchor: Point2
}

export interface Endpoint extends Place {
  /** Walkable spots that count as being there. */
  spots: Located[]
  /** Where the place itself stands when a spot had to be moved off it (an entrance on the wall). */
  outside: Point2 | null
}

/** Resolve any id (zone, booth, exhibitor, session, POI, kiosk) to a place on the floor. */
export function resolvePlace(index: SceneIndex, id: string, depth = 0): Place | null {
  if (depth > 3) return null
  const both = (f: (lang: 'en' | 'zh') => string): LocalizedText => ({ en: f('en'), zh: f('zh') })
  const zone = index.zoneById.get(id)
  if (zone) return { id, kind: 'zone', placeId: id, name: zone.name, anchor: centroid(zone.footprint) }
  const booth = index.boothById.get(id)
  if (booth) {
    const ex = index.exhibitorsByBooth.get(id)?.[0]
    const name = ex
      ? both((l) => routeText(l, 'route.place.boothWith', { label: booth.label, name: ex.name[l] }))
      : both((l) => routeText(l, 'route.place.booth', { label: booth.label }))
    return { id, kind: 'booth', placeId: id, name, anchor: centroid(booth.footprint) }
  }
  const poi = index.poiById.get(id)
  if (poi) return { id, kind: 'poi', placeId: id, name: poi.name, anchor: poi.position }
  const kiosk = index.kioskById.get(id)
  if (kiosk) return { id, kind: 'kiosk', placeId: id, name: kiosk.name, anchor: kiosk.position }
  const ex = index.exhibitorById.get(id)
  if (ex) {
    const b = ex.boothIds[0] ? index.boothById.get(ex.boothIds[0]) : undefined
    if (!b) return null
    return {
      id,
      kind: 'booth',
      placeId: b.id,
      name: both((l) => routeText(l, 'route.place.exhibitor', { label: b.label, name: ex.name[l] })),
      anchor: centroid(b.footprint),
    }
  }
  const session = index.sessionById.get(id)
  if (session && session.locationId !== id) {
    const p = resolvePlace(index, session.locationId, depth + 1)
    return p ? { ...p, id } : null
  }
  return null
}

/** The place and the walkable spots that reach it; null for an unknown id. */
export function endpointFor(index: SceneIndex, net: WalkNetwork, id: string, accessible: boolean): Endpoint | null {
  const place = resolvePlace(index, id)
  if (!place) return null
  return { ...place, ...spotsFor(index, net, place, accessible) }
}

function spotsFor(index: SceneIndex, net: WalkNetwork, place: Place, accessible: boolean): { spots: Located[]; outside: Point2 | null } {
  switch (place.kind) {
    case 'booth': {
      const booth = index.boothById.get(place.placeId)!
      const spots = boothSpots(net, booth.footprint, accessible)
      if (spots.length) return { spots, outside: null }
      const near = locate(net, place.anchor, accessible, 12)
      return { spots: near ? [near] : [], outside: null }
    }
    case 'zone': {
      const zone = index.zoneById.get(place.placeId)!
      const b = bbox(zone.footprint)
      const reach = Math.max(b.maxX - b.minX, b.maxZ - b.minZ)
      const inside = locate(net, place.anchor, accessible, reach, (q) => containsPoint(zone.footprint, q))
      const near = inside ?? locate(net, place.anchor, accessible, reach)
      return { spots: near ? [near] : [], outside: null }
    }
    case 'poi':
    case 'kiosk': {
      const near = locate(net, place.anchor, accessible, 8)
      if (!near) return { spots: [], outside: null }
      // Doors sit on the wall line, outside the walkable floor: draw the line from the door itself.
      const poi = index.poiById.get(place.placeId)
      const door = poi && (poi.kind === 'entrance' || poi.kind === 'exit')
      return { spots: [near], outside: door && near.moved > 1e-6 && near.moved < 2.5 ? place.anchor : null }
    }
  }
}

/**
 * One spot in front of each side of a booth that opens onto walkable floor: the middle of the
 * side, just past the clearance. A side backing onto another booth or a wall finds nothing near.
 */
function boothSpots(net: WalkNetwork, footprint: Polygon, accessible: boolean): Located[] {
  const ring = counterClockwise(footprint)
  const cell = net.grid.cell
  const clearance = DEFAULT_GRID_OPTIONS.boothClearance
  const out = clearance + cell * 0.6
  const within = clearance + cell * 2 + 0.3
  const spots: Located[] = []
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!
    const b = ring[(i + 1) % ring.length]!
    if (Math.hypot(b[0] - a[0], b[1] - a[1]) < 0.5) continue
    const n = outwardNormal(a, b)
    const q: Point2 = [(a[0] + b[0]) / 2 + n[0] * out, (a[1] + b[1]) / 2 + n[1] * out]
    const s = locate(net, q, accessible, cell * 2, (p) => !containsPoint(footprint, p) && distanceToBoundary(p, footprint) <= within)
    if (s && !spots.some((o) => o.rect === s.rect && Math.hypot(o.point[0] - s.point[0], o.point[1] - s.point[1]) < 0.5)) spots.push(s)
  }
  return spots
}
