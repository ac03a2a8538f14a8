/**
 * The column grid. Perimeter columns are pilasters on the outside of the wall line, one per
 * structural bay. Inside the hall a column stands only where it blocks nothing: never in a
 * zone (booths and stages are drawn there at run time), never on the main aisle, never within
 * 4 m of a door. A grid point that falls in a zone slides to the nearest free spot nearby,
 * which is usually a zone's edge; if there is none the bay is simply long-span.
 */
import { polygonsOverlap, rect } from '../geometry/polygon.ts'
import type { Point2, Polygon } from '../geometry/types.ts'
import type { Venue } from '../scene/schema.ts'
import { drain, type Steps } from '../steps.ts'
import { BAY, WALL_THICKNESS, inMainAisle, type HallLayout } from './hallLayout.ts'
import { distanceToBoundary, distanceToSegment, offsetPolygon, pointOnEdge } from './planGeometry.ts'
import { containsPoint } from '../geometry/polygon.ts'

export const COLUMN_SIZE = 0.8
const HALF = COLUMN_SIZE / 2
const DOOR_CLEARANCE = 4
const ZONE_CLEARANCE = 0.3
const STAGE_CLEARANCE = 2
/** Interior columns keep out of the band along the walls. */
const WALL_BAND = 3
/** How far a grid point may slide to find a free spot, and the lattice it searches. */
const SLIDE_RADIUS = 6
const SLIDE_STEP = 0.5
const MIN_SPACING = BAY / 2

export interface ColumnPlan {
  /** Column centres with the horizontal direction their faces follow. */
  columns: { at: Point2; side: Point2; perimeter: boolean }[]
}

export function planColumns(venue: Venue, layout: HallLayout): ColumnPlan {
  return drain(planColumnsSteps(venue, layout))
}

/** The same plan in steps, one interior grid point each: sliding points off zones takes a while. */
export function* planColumnsSteps(venue: Venue, layout: HallLayout): Steps<ColumnPlan> {
  const columns: ColumnPlan['columns'] = []
  const nearDoor = (p: Point2, extra: number): boolean =>
    layout.openings.some((o) => distanceToSegment(p, o.a, o.b) < DOOR_CLEARANCE + extra)

  // Perimeter: evenly along each wall, flush with its inside face.
  for (const e of layout.edges) {
    const n = Math.max(1, Math.round(e.length / BAY))
    for (let k = 0; k < n; k++) {
      const onWall = pointOnEdge(e, (k * e.length) / n)
      if (nearDoor(onWall, HALF)) continue
      const off = Math.max(HALF, WALL_THICKNESS / 2)
      columns.push({ at: [onWall[0] + e.normal[0] * off, onWall[1] + e.normal[1] * off], side: e.dir, perimeter: true })
    }
  }

  // Interior: grid points, slid off zones when needed.
  const keepOut: Polygon[] = venue.zones.map((z) => offsetPolygon(z.footprint, z.kind === 'stage' ? STAGE_CLEARANCE : ZONE_CLEARANCE))
  const free = (p: Point2): boolean => {
    if (!containsPoint(layout.ring, p) || distanceToBoundary(p, layout.ring) < WALL_BAND) return false
    if (inMainAisle(layout.mainAisle, p, HALF) || nearDoor(p, HALF)) return false
    // A centre inside a keep-out area settles it cheaply; the exact overlap test is for edges.
    if (keepOut.some((k) => containsPoint(k, p))) return false
    const square = rect(p[0] - HALF, p[1] - HALF, COLUMN_SIZE, COLUMN_SIZE)
    return !keepOut.some((k) => polygonsOverlap(square, k))
  }
  const interior: Point2[] = []
  const spaced = (p: Point2): boolean => interior.every((q) => Math.hypot(p[0] - q[0], p[1] - q[1]) >= MIN_SPACING)
  const offsets = slideOffsets()
  for (const x of layout.gridX.slice(1, -1)) {
    for (const z of layout.gridZ.slice(1, -1)) {
      for (const [dx, dz] of offsets) {
        const p: Point2 = [x + dx, z + dz]
        if (free(p) && spaced(p)) {
          interior.push(p)
          columns.push({ at: p, side: [1, 0], perimeter: false })
          break
        }
      }
      yield
    }
  }
  return { columns }
}

/** Lattice offsets within the slide radius, nearest first, in a fixed order. */
function slideOffsets(): Point2[] {
  const out: Point2[] = []
  const steps = Math.floor(SLIDE_RADIUS / SLIDE_STEP)
  for (let i = -steps; i <= steps; i++) {
    for (let j = -steps; j <= steps; j++) {
      const dx = i * SLIDE_STEP
      const dz = j * SLIDE_STEP
      if (dx * dx + dz * dz <= SLIDE_RADIUS * SLIDE_RADIUS) out.push([dx, dz])
    }
  }
  return out.sort((a, b) => a[0] * a[0] + a[1] * a[1] - (b[0] * b[0] + b[1] * b[1]) || a[0] - b[0] || a[1] - b[1])
}
