/**
 * A polygon's extent, area and centre. Apart from polygon.ts (containment, overlap, crossing):
 * the first download needs only these.
 */
import type { Box2, Point2, Polygon } from './types.ts'

/** Tolerance for "on the edge": scene coordinates are authored to the centimetre. */
export const EPS = 1e-6

export function bbox(poly: Polygon): Box2 {
  let minX = Infinity
  let minZ = Infinity
  let maxX = -Infinity
  let maxZ = -Infinity
  for (const [x, z] of poly) {
    if (x < minX) minX = x
    if (z < minZ) minZ = z
    if (x > maxX) maxX = x
    if (z > maxZ) maxZ = z
  }
  return { minX, minZ, maxX, maxZ }
}

export function boxesOverlap(a: Box2, b: Box2, eps = EPS): boolean {
  return a.minX < b.maxX - eps && b.minX < a.maxX - eps && a.minZ < b.maxZ - eps && b.minZ < a.maxZ - eps
}

/** Signed area (shoelace); positive when the points run counter-clockwise in x/z. */
export function signedArea(poly: Polygon): number {
  let sum = 0
  for (let i = 0; i < poly.length; i++) {
    const [x1, z1] = poly[i]!
    const [x2, z2] = poly[(i + 1) % poly.length]!
    sum += x1 * z2 - x2 * z1
  }
  return sum / 2
}

export function area(poly: Polygon): number {
  return Math.abs(signedArea(poly))
}

export function centroid(poly: Polygon): Point2 {
  const a = signedArea(poly)
  if (Math.abs(a) < EPS) {
    const b = bbox(poly)
    return [(b.minX + b.maxX) / 2, (b.minZ + b.maxZ) / 2]
  }
  let cx = 0
  let cz = 0
  for (let i = 0; i < poly.length; i++) {
    const [x1, z1] = poly[i]!
    const [x2, z2] = poly[(i + 1) % poly.length]!
    const f = x1 * z2 - x2 * z1
    cx += (x1 + x2) * f
    cz += (z1 + z2) * f
  }
  return [cx / (6 * a), cz / (6 * a)]
}
