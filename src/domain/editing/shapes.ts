/** Plane geometry the editor's commands need: moving, turning and boxing footprints. */
import { bbox, centroid } from '../geometry/measure.ts'
import type { Box2, Point2, Polygon } from '../geometry/types.ts'

/** Scene coordinates are authored to the centimetre; edits keep them there. */
export const round = (v: number): number => Math.round(v * 100) / 100
/** A point the scene schema stores (a plain, mutable pair). */
export type XZ = [number, number]
export const roundPoint = (p: Point2): XZ => [round(p[0]), round(p[1])]
export const mutablePoly = (poly: Polygon): XZ[] => poly.map((p) => [p[0], p[1]])

export function translate(poly: Polygon, dx: number, dz: number): XZ[] {
  return poly.map(([x, z]) => [round(x + dx), round(z + dz)])
}

/** Turns clockwise on the north-up plan (x east, z south) by `deg` around `about`. */
export function rotatePoint(p: Point2, deg: number, about: Point2): XZ {
  const a = (deg * Math.PI) / 180
  const c = Math.cos(a)
  const s = Math.sin(a)
  const x = p[0] - about[0]
  const z = p[1] - about[1]
  return [round(about[0] + x * c - z * s), round(about[1] + x * s + z * c)]
}

export function rotate(poly: Polygon, deg: number, about: Point2 = centroid(poly)): XZ[] {
  return poly.map((p) => rotatePoint(p, deg, about))
}

/** A rectangle of `width` (along its heading's right) × `depth`, centred on `center`, turned by `deg`. */
export function rectAt(center: Point2, width: number, depth: number, deg = 0): XZ[] {
  const [cx, cz] = center
  const hw = width / 2
  const hd = depth / 2
  const corners: Point2[] = [
    [cx - hw, cz - hd],
    [cx + hw, cz - hd],
    [cx + hw, cz + hd],
    [cx - hw, cz + hd],
  ]
  return deg ? corners.map((p) => rotatePoint(p, deg, center)) : corners.map(roundPoint)
}

/** Width, depth and turn of a four-cornered footprint (its first edge is its width). */
export function rectMeasure(poly: Polygon): { center: Point2; width: number; depth: number; deg: number } | null {
  if (poly.length !== 4) return null
  const [a, b, , d] = poly as [Point2, Point2, Point2, Point2]
  const width = Math.hypot(b[0] - a[0], b[1] - a[1])
  const depth = Math.hypot(d[0] - a[0], d[1] - a[1])
  const deg = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI
  return { center: centroid(poly), width: round(width), depth: round(depth), deg: round(deg) }
}

export function unionBox(boxes: readonly Box2[]): Box2 | null {
  if (!boxes.length) return null
  const out = { ...boxes[0]! }
  for (const b of boxes) {
    out.minX = Math.min(out.minX, b.minX)
    out.minZ = Math.min(out.minZ, b.minZ)
    out.maxX = Math.max(out.maxX, b.maxX)
    out.maxZ = Math.max(out.maxZ, b.maxZ)
  }
  return out
}

export function pointBox(p: Point2, r = 0.5): Box2 {
  return { minX: p[0] - r, minZ: p[1] - r, maxX: p[0] + r, maxZ: p[1] + r }
}

export { bbox, centroid }
