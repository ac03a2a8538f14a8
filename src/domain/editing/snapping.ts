/**
 * Snapping while drawing and dragging: to existing corners, to edges, to right angles from the
 * previous point, else to the grid. Pure: the plan hands it what is near the pointer.
 */
import type { Point2, Polygon } from '../geometry/types.ts'
import { round } from './shapes.ts'

export type SnapKind = 'vertex' | 'edge' | 'angle' | 'grid' | 'none'

export interface SnapOptions {
  /** Grid step in metres; 0 turns the grid off. */
  grid: number
  /** How near (metres) a corner or edge must be to win over the grid. */
  tolerance: number
  /** Outlines whose corners and edges attract the point. */
  outlines?: readonly Polygon[]
  /** The previous point of the outline being drawn: right angles are measured from it. */
  previous?: Point2
  /** The point before that: right angles to the last segment. */
  beforePrevious?: Point2
}

export function snapPoint(p: Point2, o: SnapOptions): { point: Point2; kind: SnapKind } {
  let best: { point: Point2; d: number; kind: SnapKind } | null = null
  const consider = (q: Point2, kind: SnapKind) => {
    const d = Math.hypot(q[0] - p[0], q[1] - p[1])
    if (d <= o.tolerance && (!best || d < best.d || (kind === 'vertex' && best.kind !== 'vertex' && d <= best.d + 1e-9))) best = { point: q, d, kind }
  }
  for (const poly of o.outlines ?? []) for (const v of poly) consider(v, 'vertex')
  if (best) return { point: (best as { point: Point2 }).point, kind: 'vertex' }
  for (const poly of o.outlines ?? []) {
    for (let i = 0; i < poly.length; i++) consider(nearestOnSegment(p, poly[i]!, poly[(i + 1) % poly.length]!), 'edge')
  }
  if (best) return { point: roundPt((best as { point: Point2 }).point), kind: 'edge' }
  if (o.previous) {
    const a = angleSnap(p, o.previous, o.beforePrevious)
    if (a && Math.hypot(a[0] - p[0], a[1] - p[1]) <= o.tolerance) return { point: gridAlong(a, o), kind: 'angle' }
  }
  if (o.grid > 0) return { point: [round(Math.round(p[0] / o.grid) * o.grid), round(Math.round(p[1] / o.grid) * o.grid)], kind: 'grid' }
  return { point: roundPt(p), kind: 'none' }
}

export function nearestOnSegment(p: Point2, a: Point2, b: Point2): Point2 {
  const vx = b[0] - a[0]
  const vz = b[1] - a[1]
  const len2 = vx * vx + vz * vz
  const t = len2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * vx + (p[1] - a[1]) * vz) / len2)) : 0
  return [a[0] + t * vx, a[1] + t * vz]
}

/**
 * The point on the nearest "right" direction from `prev`: the axes, and — when there is a
 * segment before — the directions square to that segment.
 */
function angleSnap(p: Point2, prev: Point2, before?: Point2): Point2 | null {
  const dirs: Point2[] = [
    [1, 0],
    [0, 1],
  ]
  if (before) {
    const dx = prev[0] - before[0]
    const dz = prev[1] - before[1]
    const len = Math.hypot(dx, dz)
    if (len > 1e-9) dirs.push([dx / len, dz / len], [-dz / len, dx / len])
  }
  let best: Point2 | null = null
  let bestD = Infinity
  for (const [ux, uz] of dirs) {
    const t = (p[0] - prev[0]) * ux + (p[1] - prev[1]) * uz
    const q: Point2 = [prev[0] + t * ux, prev[1] + t * uz]
    const d = Math.hypot(q[0] - p[0], q[1] - p[1])
    if (d < bestD) {
      bestD = d
      best = q
    }
  }
  return best
}

/** Along an angle-snapped direction, lengths still come in grid steps. */
function gridAlong(q: Point2, o: SnapOptions): Point2 {
  if (!o.previous || !(o.grid > 0)) return roundPt(q)
  const [px, pz] = o.previous
  const len = Math.hypot(q[0] - px, q[1] - pz)
  if (len < 1e-9) return roundPt(q)
  const snapped = Math.round(len / o.grid) * o.grid
  return roundPt([px + ((q[0] - px) / len) * snapped, pz + ((q[1] - pz) / len) * snapped])
}

const roundPt = (p: Point2): Point2 => [round(p[0]), round(p[1])]
