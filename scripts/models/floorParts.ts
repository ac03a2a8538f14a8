/**
 * The floor: a slab a little larger than the hall (the walls stand on it) and the aisle
 * markings, lighter floor paint over every part of the hall that no zone covers. A dark
 * margin is left around each zone and along the walls, and the main aisle gets a dashed
 * centre line, so from above the aisles read as marked lanes.
 */
import type { Box2, Point2, Polygon } from '../../src/domain/geometry/types.ts'
import { rect } from '../../src/domain/geometry/polygon.ts'
import type { Venue } from '../../src/domain/scene/schema.ts'
import { freeRectangles } from './aisleRegions.ts'
import { GeometryBuilder } from './geometryBuilder.ts'
import type { HallLayout, MainAisle } from '../../src/domain/model/hallLayout.ts'
import { clipLine, offsetPolygon } from '../../src/domain/model/planGeometry.ts'
import { addPrism } from './prismGeometry.ts'

export const SLAB_MARGIN = 0.9
export const SLAB_DEPTH = 0.3
/** Paint sits this far above the slab: enough against z-fighting seen from far above. */
export const MARKING_Y = 0.02
const ZONE_MARGIN = 0.5
const WALL_MARGIN = 0.5
const DASH = 3
const DASH_GAP = 3
const DASH_WIDTH = 0.3

export function buildFloorSlab(layout: HallLayout): GeometryBuilder {
  const g = new GeometryBuilder('floor')
  addPrism(g, offsetPolygon(layout.ring, SLAB_MARGIN), -SLAB_DEPTH, 0)
  return g
}

export function buildAisleMarkings(venue: Venue, layout: HallLayout): { geometry: GeometryBuilder; rectangles: Box2[] } {
  const g = new GeometryBuilder('aisle-marking')
  const area = offsetPolygon(layout.ring, -WALL_MARGIN)
  const obstacles: Polygon[] = venue.zones.map((z) => offsetPolygon(z.footprint, ZONE_MARGIN))
  obstacles.push(...centreDashes(layout, layout.mainAisle))
  const rectangles = freeRectangles(area, obstacles)
  for (const r of rectangles) {
    g.face(
      [
        [r.minX, MARKING_Y, r.minZ],
        [r.maxX, MARKING_Y, r.minZ],
        [r.maxX, MARKING_Y, r.maxZ],
        [r.minX, MARKING_Y, r.maxZ],
      ],
      [0, 1, 0],
    )
  }
  return { geometry: g, rectangles }
}

/** Dashes along the middle of the main aisle, left unpainted so they show the dark floor. */
function centreDashes(layout: HallLayout, aisle: MainAisle | null): Point2[][] {
  if (!aisle) return []
  const mid = (aisle.lo + aisle.hi) / 2
  // A line running along x sits at z = mid: clip the hall with `z = mid`.
  const spans = clipLine(layout.ring, aisle.runs === 'x' ? 'z' : 'x', mid)
  const dashes: Point2[][] = []
  for (const [clipLo, clipHi] of spans) {
    const lo = Math.max(clipLo, aisle.from)
    const hi = Math.min(clipHi, aisle.to)
    const start = lo + WALL_MARGIN + DASH_GAP
    const end = hi - WALL_MARGIN - DASH_GAP
    const count = Math.floor((end - start + DASH_GAP) / (DASH + DASH_GAP))
    if (count < 1) continue
    // Centre the dash pattern in the span.
    const used = count * DASH + (count - 1) * DASH_GAP
    let s = start + (end - start - used) / 2
    for (let k = 0; k < count; k++, s += DASH + DASH_GAP) {
      dashes.push(
        aisle.runs === 'x'
          ? rect(s, mid - DASH_WIDTH / 2, DASH, DASH_WIDTH)
          : rect(mid - DASH_WIDTH / 2, s, DASH_WIDTH, DASH),
      )
    }
  }
  return dashes
}
