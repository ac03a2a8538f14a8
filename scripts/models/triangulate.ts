/**
 * Ear-clipping triangulation of a simple polygon (no holes), enough for hall and wall
 * outlines of a few dozen points. Returns index triples into the input.
 */
import { signedArea } from '../../src/domain/geometry/measure.ts'
import type { Point2, Polygon } from '../../src/domain/geometry/types.ts'

function cross(o: Point2, a: Point2, b: Point2): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
}

function inTriangle(p: Point2, a: Point2, b: Point2, c: Point2): boolean {
  return cross(a, b, p) >= 0 && cross(b, c, p) >= 0 && cross(c, a, p) >= 0
}

export function triangulate(poly: Polygon): number[] {
  const n = poly.length
  if (n < 3) return []
  // Work counter-clockwise; the indices still refer to the caller's order.
  const order = Array.from({ length: n }, (_, i) => i)
  if (signedArea(poly) < 0) order.reverse()
  const tris: number[] = []
  let guard = 0
  while (order.length > 3 && guard++ < n * n) {
    let clipped = false
    for (let i = 0; i < order.length; i++) {
      const ia = order[(i - 1 + order.length) % order.length]!
      const ib = order[i]!
      const ic = order[(i + 1) % order.length]!
      const a = poly[ia]!
      const b = poly[ib]!
      const c = poly[ic]!
      const turn = cross(a, b, c)
      if (turn < 0) continue // reflex corner
      if (turn > 0) {
        let blocked = false
        for (const j of order) {
          if (j === ia || j === ib || j === ic) continue
          const p = poly[j]!
          if ((p[0] === a[0] && p[1] === a[1]) || (p[0] === b[0] && p[1] === b[1]) || (p[0] === c[0] && p[1] === c[1])) continue
          if (inTriangle(p, a, b, c)) {
            blocked = true
            break
          }
        }
        if (blocked) continue
        tris.push(ia, ib, ic)
      }
      // Collinear corners are dropped without a triangle.
      order.splice(i, 1)
      clipped = true
      break
    }
    if (!clipped) break // not simple: give up on the rest rather than loop
  }
  if (order.length === 3) tris.push(order[0]!, order[1]!, order[2]!)
  return tris
}
