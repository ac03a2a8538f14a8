/** A ray against an upright prism (a footprint raised from `bottom` to `top`): a building's massing, a stacked floor. */
import { bbox } from '../geometry/measure.ts'
import { containsPoint } from '../geometry/polygon.ts'
import type { Polygon } from '../geometry/types.ts'
import { at, rayAabb, type Ray } from './ray.ts'

const EPS = 1e-6

/**
 * Distance along the ray to where it enters the prism, or null. The entry is through the top,
 * the bottom or a side; a footprint that is not convex is tested by its outline's box on the
 * sides (close enough for a click on a whole building or floor).
 */
export function rayPrism(ray: Ray, footprint: Polygon, bottom: number, top: number): number | null {
  const b = bbox(footprint)
  const tBox = rayAabb(ray, { minX: b.minX, minY: bottom, minZ: b.minZ, maxX: b.maxX, maxY: top, maxZ: b.maxZ })
  if (tBox === null) return null
  const candidates = [tBox]
  const dy = ray.dir[1]
  if (Math.abs(dy) > 1e-12)
    for (const h of [top, bottom]) {
      const t = (h - ray.origin[1]) / dy
      if (t >= tBox - EPS) candidates.push(t)
    }
  for (const t of candidates.sort((p, q) => p - q)) {
    const p = at(ray, t)
    if (p[1] < bottom - EPS || p[1] > top + EPS) continue
    if (containsPoint(footprint, [p[0], p[2]])) return t
  }
  return null
}
