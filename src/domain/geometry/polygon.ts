import { bbox, boxesOverlap, EPS } from './measure.ts'
import type { Point2, Polygon } from './types.ts'

function onSegment(p: Point2, a: Point2, b: Point2, eps = EPS): boolean {
  const cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])
  if (Math.abs(cross) > eps * Math.max(1, Math.hypot(b[0] - a[0], b[1] - a[1]))) return false
  return (
    p[0] >= Math.min(a[0], b[0]) - eps &&
    p[0] <= Math.max(a[0], b[0]) + eps &&
    p[1] >= Math.min(a[1], b[1]) - eps &&
    p[1] <= Math.max(a[1], b[1]) + eps
  )
}

export function onBoundary(p: Point2, poly: Polygon): boolean {
  for (let i = 0; i < poly.length; i++) {
    if (onSegment(p, poly[i]!, poly[(i + 1) % poly.length]!)) return true
  }
  return false
}

/** Even-odd point in polygon; points on the boundary count as inside. */
export function containsPoint(poly: Polygon, p: Point2): boolean {
  if (onBoundary(p, poly)) return true
  return strictlyInside(poly, p)
}

function strictlyInside(poly: Polygon, p: Point2): boolean {
  let inside = false
  const [px, pz] = p
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, zi] = poly[i]!
    const [xj, zj] = poly[j]!
    if (zi > pz !== zj > pz && px < ((xj - xi) * (pz - zi)) / (zj - zi) + xi) inside = !inside
  }
  return inside
}

function orient(a: Point2, b: Point2, c: Point2): number {
  const v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
  return Math.abs(v) < EPS ? 0 : Math.sign(v)
}

/** True when the open segments cross at a single interior point (touching does not count). */
export function segmentsCross(a: Point2, b: Point2, c: Point2, d: Point2): boolean {
  const o1 = orient(a, b, c)
  const o2 = orient(a, b, d)
  const o3 = orient(c, d, a)
  const o4 = orient(c, d, b)
  return o1 * o2 < 0 && o3 * o4 < 0
}

/**
 * Where along segment a→b (as parameters 0…1, sorted, including 0 and 1) it meets the boundary
 * of `poly`: proper crossings plus polygon vertices lying on the segment. Between two
 * consecutive cuts the segment is wholly inside, wholly outside or wholly on the boundary.
 */
function boundaryCuts(a: Point2, b: Point2, poly: Polygon): number[] {
  const dx = b[0] - a[0]
  const dz = b[1] - a[1]
  const len2 = dx * dx + dz * dz
  const ts = [0, 1]
  if (len2 === 0) return ts
  for (let j = 0; j < poly.length; j++) {
    const c = poly[j]!
    const d = poly[(j + 1) % poly.length]!
    if (onSegment(c, a, b)) ts.push(((c[0] - a[0]) * dx + (c[1] - a[1]) * dz) / len2)
    if (segmentsCross(a, b, c, d)) {
      const ex = d[0] - c[0]
      const ez = d[1] - c[1]
      ts.push(((c[0] - a[0]) * ez - (c[1] - a[1]) * ex) / (dx * ez - dz * ex))
    }
  }
  return ts.map((t) => Math.min(1, Math.max(0, t))).sort((x, y) => x - y)
}

type Side = 'in' | 'on' | 'out'

/** Classify each piece of `poly`'s edges (split where they meet `other`'s boundary) against `other`. */
function edgePieces(poly: Polygon, other: Polygon): Side[] {
  const sides: Side[] = []
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i]!
    const b = poly[(i + 1) % poly.length]!
    const ts = boundaryCuts(a, b, other)
    for (let k = 0; k + 1 < ts.length; k++) {
      const t0 = ts[k]!
      const t1 = ts[k + 1]!
      if (t1 - t0 < 1e-9) continue
      const t = (t0 + t1) / 2
      const m: Point2 = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]
      sides.push(onBoundary(m, other) ? 'on' : strictlyInside(other, m) ? 'in' : 'out')
    }
  }
  return sides
}

/**
 * `inner` lies within `outer` (touching its boundary is fine): every vertex inside or on it, and
 * no piece of an edge outside it, which also catches edges that leave a concave `outer` through
 * its corners without properly crossing an edge.
 */
export function polygonInside(inner: Polygon, outer: Polygon): boolean {
  for (const p of inner) if (!containsPoint(outer, p)) return false
  return !edgePieces(inner, outer).includes('out')
}

/**
 * True when the interiors of two polygons share area. Shared edges or corners do not count:
 * booths in a row stand wall to wall, and a booth may sit in the notch of an L-shaped one.
 */
export function polygonsOverlap(a: Polygon, b: Polygon): boolean {
  if (!boxesOverlap(bbox(a), bbox(b))) return false
  // Interiors meet iff a piece of one boundary runs through the other's interior, or the two
  // boundaries coincide (the same shape, however its points are ordered).
  const aSides = edgePieces(a, b)
  if (aSides.includes('in')) return true
  if (edgePieces(b, a).includes('in')) return true
  return aSides.length > 0 && aSides.every((s) => s === 'on')
}

/** Axis-aligned rectangle as a counter-clockwise polygon. */
export function rect(x: number, z: number, w: number, d: number): Point2[] {
  return [
    [x, z],
    [x + w, z],
    [x + w, z + d],
    [x, z + d],
  ]
}

/** Asked before costly work; false means stop (see domain/scene/workBudget.ts). */
export interface StepBudget {
  take(steps: number): boolean
}

/** Points with consecutive repeats dropped (also the last when it repeats the first: a closed ring). */
function distinctRing(poly: Polygon): Point2[] {
  const out: Point2[] = []
  for (const p of poly) {
    const last = out[out.length - 1]
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p)
  }
  while (out.length > 1 && out[0]![0] === out[out.length - 1]![0] && out[0]![1] === out[out.length - 1]![1]) out.pop()
  return out
}

/** Closed segments a–b and c–d share at least one point (crossing, touching or overlapping). */
function segmentsMeet(a: Point2, b: Point2, c: Point2, d: Point2): boolean {
  const o1 = orient(a, b, c)
  const o2 = orient(a, b, d)
  const o3 = orient(c, d, a)
  const o4 = orient(c, d, b)
  if (o1 * o2 < 0 && o3 * o4 < 0) return true
  return (o1 === 0 && onSegment(c, a, b)) || (o2 === 0 && onSegment(d, a, b)) || (o3 === 0 && onSegment(a, c, d)) || (o4 === 0 && onSegment(b, c, d))
}

/**
 * Where a polygon's boundary meets itself other than at the shared corner of neighbouring
 * edges: the two edges (indices of their first points, after repeated points are dropped), or
 * null for a simple polygon. Edges are swept in order of their left end, so an ordinary outline
 * costs about n log n; `budget` is charged one step per pair of edges compared, and `'gave-up'`
 * comes back when it runs out.
 */
export function selfCrossing(poly: Polygon, budget?: StepBudget): [number, number] | null | 'gave-up' {
  const ring = distinctRing(poly)
  const n = ring.length
  if (n < 3) return null
  const minX = new Float64Array(n)
  const maxX = new Float64Array(n)
  const minZ = new Float64Array(n)
  const maxZ = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const a = ring[i]!
    const b = ring[(i + 1) % n]!
    minX[i] = Math.min(a[0], b[0])
    maxX[i] = Math.max(a[0], b[0])
    minZ[i] = Math.min(a[1], b[1])
    maxZ[i] = Math.max(a[1], b[1])
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => minX[i]! - minX[j]!)
  let active: number[] = []
  for (const i of order) {
    active = active.filter((j) => maxX[j]! >= minX[i]! - EPS)
    if (budget && !budget.take(active.length + 1)) return 'gave-up'
    for (const j of active) {
      if (minZ[j]! > maxZ[i]! + EPS || minZ[i]! > maxZ[j]! + EPS) continue
      const [lo, hi] = i < j ? [i, j] : [j, i]
      const a = ring[lo]!
      const b = ring[(lo + 1) % n]!
      const c = ring[hi]!
      const d = ring[(hi + 1) % n]!
      if (hi === lo + 1) {
        // Neighbours share b (= c): they may only meet there, so neither folds back over the other.
        if (orient(a, b, d) === 0 && (onSegment(d, a, b) || onSegment(a, c, d))) return [lo, hi]
      } else if (lo === 0 && hi === n - 1) {
        // The closing edge d–a meets the first edge at a (= d).
        if (orient(c, d, b) === 0 && (onSegment(b, c, d) || onSegment(c, a, b))) return [lo, hi]
      } else if (segmentsMeet(a, b, c, d)) return [lo, hi]
    }
    active.push(i)
  }
  return null
}

/** Every point on one line (or all the same point): a polygon that encloses nothing. */
export function allOnOneLine(poly: Polygon): boolean {
  const ring = distinctRing(poly)
  if (ring.length < 3) return true
  const a = ring[0]!
  const b = ring[1]!
  return ring.every((p) => orient(a, b, p) === 0)
}
