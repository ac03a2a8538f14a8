/** Ray maths on plain tuples: the picking kernel stays testable in Node and free of three.js. */
export type Vec3 = readonly [number, number, number]

export interface Ray {
  origin: Vec3
  dir: Vec3
}

export interface Aabb {
  minX: number
  minY: number
  minZ: number
  maxX: number
  maxY: number
  maxZ: number
}

/** Slab test: the entry distance along the ray, or null when it misses (or the box is behind). */
export function rayAabb(ray: Ray, b: Aabb, tMax = Infinity): number | null {
  let t0 = 0
  let t1 = tMax
  const o = ray.origin
  const d = ray.dir
  const mins = [b.minX, b.minY, b.minZ] as const
  const maxs = [b.maxX, b.maxY, b.maxZ] as const
  for (let axis = 0; axis < 3; axis++) {
    const oa = o[axis]!
    const da = d[axis]!
    const lo = mins[axis]!
    const hi = maxs[axis]!
    if (Math.abs(da) < 1e-12) {
      if (oa < lo || oa > hi) return null
      continue
    }
    let ta = (lo - oa) / da
    let tb = (hi - oa) / da
    if (ta > tb) [ta, tb] = [tb, ta]
    if (ta > t0) t0 = ta
    if (tb < t1) t1 = tb
    if (t0 > t1) return null
  }
  return t0
}

/** Distance along the ray to the horizontal plane y = h, or null if parallel or behind. */
export function rayPlaneY(ray: Ray, h: number): number | null {
  const dy = ray.dir[1]
  if (Math.abs(dy) < 1e-12) return null
  const t = (h - ray.origin[1]) / dy
  return t >= 0 ? t : null
}

export function at(ray: Ray, t: number): Vec3 {
  return [ray.origin[0] + ray.dir[0] * t, ray.origin[1] + ray.dir[1] * t, ray.origin[2] + ray.dir[2] * t]
}
