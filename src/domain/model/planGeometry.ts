/**
 * Floor-plan helpers on [x, z] tuples that the hall builder needs beyond `geometry/polygon.ts`:
 * outward normals, offsets, distances and line clipping.
 */
import { signedArea } from '../geometry/measure.ts'
import type { Point2, Polygon } from '../geometry/types.ts'

/** The same ring, counter-clockwise in x/z (positive signed area). */
export function counterClockwise(poly: Polygon): Point2[] {
  return signedArea(poly) >= 0 ? [...poly] : [...poly].reverse()
}

/** Unit normal of edge a→b pointing out of a counter-clockwise ring. */
export function outwardNormal(a: Point2, b: Point2): Point2 {
  const dx = b[0] - a[0]
  const dz = b[1] - a[1]
  const l = Math.hypot(dx, dz)
  return l > 0 ? [dz / l, -dx / l] : [0, 0]
}

export interface Edge {
  index: number
  a: Point2
  b: Point2
  length: number
  /** Unit direction a→b. */
  dir: Point2
  /** Unit outward normal (ring taken counter-clockwise). */
  normal: Point2
}

/** Edges of a counter-clockwise ring, zero-length ones skipped. */
export function edgesOf(ring: Polygon): Edge[] {
  const edges: Edge[] = []
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!
    const b = ring[(i + 1) % ring.length]!
    const l = Math.hypot(b[0] - a[0], b[1] - a[1])
    if (l < 1e-9) continue
    edges.push({ index: i, a, b, length: l, dir: [(b[0] - a[0]) / l, (b[1] - a[1]) / l], normal: outwardNormal(a, b) })
  }
  return edges
}

export function pointOnEdge(e: Edge, s: number): Point2 {
  return [e.a[0] + e.dir[0] * s, e.a[1] + e.dir[1] * s]
}

/**
 * Mitred offset of a ring: positive `d` grows it, negative shrinks it. Sharp corners are
 * limited to a few times `d` so a spike in the plan never throws a wall across the hall.
 */
export function offsetPolygon(poly: Polygon, d: number): Point2[] {
  const ring = counterClockwise(poly)
  const n = ring.length
  const out: Point2[] = []
  for (let i = 0; i < n; i++) {
    const prev = ring[(i - 1 + n) % n]!
    const cur = ring[i]!
    const next = ring[(i + 1) % n]!
    const n1 = outwardNormal(prev, cur)
    const n2 = outwardNormal(cur, next)
    const denom = 1 + n1[0] * n2[0] + n1[1] * n2[1]
    const k = denom > 0.25 ? d / denom : (d / 0.25)
    out.push([cur[0] + (n1[0] + n2[0]) * k, cur[1] + (n1[1] + n2[1]) * k])
  }
  return out
}

/** Parameter (metres from a) of the point of segment a→b nearest to p, clamped to the segment. */
export function projectOnSegment(p: Point2, a: Point2, b: Point2): number {
  const dx = b[0] - a[0]
  const dz = b[1] - a[1]
  const l2 = dx * dx + dz * dz
  if (l2 === 0) return 0
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dz) / l2))
  return t * Math.sqrt(l2)
}

export function distanceToSegment(p: Point2, a: Point2, b: Point2): number {
  const l = Math.hypot(b[0] - a[0], b[1] - a[1])
  const s = projectOnSegment(p, a, b)
  const q: Point2 = l > 0 ? [a[0] + ((b[0] - a[0]) * s) / l, a[1] + ((b[1] - a[1]) * s) / l] : a
  return Math.hypot(p[0] - q[0], p[1] - q[1])
}

export function distanceToBoundary(p: Point2, poly: Polygon): number {
  let best = Infinity
  for (let i = 0; i < poly.length; i++) best = Math.min(best, distanceToSegment(p, poly[i]!, poly[(i + 1) % poly.length]!))
  return best
}

/** An interval [lo, hi] along one axis. */
export type Interval = readonly [number, number]

/**
 * Where the line `x = value` (axis 'x') or `z = value` (axis 'z') runs inside the polygon, as
 * intervals of the other coordinate, sorted.
 */
export function clipLine(poly: Polygon, axis: 'x' | 'z', value: number): Interval[] {
  const hits: number[] = []
  for (let i = 0; i < poly.length; i++) {
    const p = poly[i]!
    const q = poly[(i + 1) % poly.length]!
    const [pa, po] = axis === 'x' ? [p[0], p[1]] : [p[1], p[0]]
    const [qa, qo] = axis === 'x' ? [q[0], q[1]] : [q[1], q[0]]
    // Half-open rule so a line through a vertex counts it once.
    if (pa > value !== qa > value) hits.push(po + ((value - pa) * (qo - po)) / (qa - pa))
  }
  hits.sort((u, v) => u - v)
  const out: Interval[] = []
  for (let i = 0; i + 1 < hits.length; i += 2) if (hits[i + 1]! - hits[i]! > 1e-9) out.push([hits[i]!, hits[i + 1]!])
  return out
}

/** The parts of [min, max] that none of `taken` covers, sorted. */
export function freeIntervals(taken: readonly Interval[], min: number, max: number): Interval[] {
  const sorted = [...taken].sort((u, v) => u[0] - v[0] || u[1] - v[1])
  const out: Interval[] = []
  let cursor = min
  for (const [lo, hi] of sorted) {
    if (hi <= cursor) continue
    if (lo > cursor) out.push([cursor, Math.min(lo, max)])
    cursor = Math.max(cursor, hi)
    if (cursor >= max) break
  }
  if (cursor < max) out.push([cursor, max])
  return out.filter(([lo, hi]) => hi - lo > 1e-9)
}

/** True when every edge runs along x or z. */
export function isRectilinear(poly: Polygon): boolean {
  for (let i = 0; i < poly.length; i++) {
    const p = poly[i]!
    const q = poly[(i + 1) % poly.length]!
    if (Math.abs(p[0] - q[0]) > 1e-9 && Math.abs(p[1] - q[1]) > 1e-9) return false
  }
  return true
}
