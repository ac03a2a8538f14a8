/**
 * The walkable floor as a few rectangles: the area inside `area` not covered by any obstacle.
 * Rectilinear plans (the usual expo layout) are cut exactly on their own coordinates; other
 * shapes are sampled on a 1 m grid. Rectangles are merged greedily, rows first.
 */
import { bbox } from '../../src/domain/geometry/measure.ts'
import { containsPoint } from '../../src/domain/geometry/polygon.ts'
import type { Box2, Polygon } from '../../src/domain/geometry/types.ts'
import { isRectilinear } from '../../src/domain/model/planGeometry.ts'

const FALLBACK_STEP = 1

function uniqueSorted(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b)
  const out: number[] = []
  for (const v of sorted) if (!out.length || v - out[out.length - 1]! > 1e-6) out.push(v)
  return out
}

export function freeRectangles(area: Polygon, obstacles: readonly Polygon[]): Box2[] {
  const box = bbox(area)
  const inRange = (v: number, lo: number, hi: number): boolean => v > lo && v < hi
  let xs = [box.minX, box.maxX]
  let zs = [box.minZ, box.maxZ]
  for (const poly of [area, ...obstacles]) {
    for (const [x, z] of poly) {
      if (inRange(x, box.minX, box.maxX)) xs.push(x)
      if (inRange(z, box.minZ, box.maxZ)) zs.push(z)
    }
  }
  if (![area, ...obstacles].every(isRectilinear)) {
    for (let x = box.minX + FALLBACK_STEP; x < box.maxX; x += FALLBACK_STEP) xs.push(x)
    for (let z = box.minZ + FALLBACK_STEP; z < box.maxZ; z += FALLBACK_STEP) zs.push(z)
  }
  xs = uniqueSorted(xs)
  zs = uniqueSorted(zs)
  const obstacleBoxes = obstacles.map((o) => ({ poly: o, box: bbox(o) }))
  const free = (x: number, z: number): boolean => {
    if (!containsPoint(area, [x, z])) return false
    for (const o of obstacleBoxes) {
      if (x < o.box.minX || x > o.box.maxX || z < o.box.minZ || z > o.box.maxZ) continue
      if (containsPoint(o.poly, [x, z])) return false
    }
    return true
  }
  // Runs of free cells per row, then stack equal runs of consecutive rows.
  const open = new Map<string, Box2>()
  const done: Box2[] = []
  for (let j = 0; j + 1 < zs.length; j++) {
    const z0 = zs[j]!
    const z1 = zs[j + 1]!
    const zc = (z0 + z1) / 2
    const runs: [number, number][] = []
    for (let i = 0; i + 1 < xs.length; i++) {
      const x0 = xs[i]!
      const x1 = xs[i + 1]!
      if (!free((x0 + x1) / 2, zc)) continue
      const last = runs[runs.length - 1]
      if (last && last[1] === x0) last[1] = x1
      else runs.push([x0, x1])
    }
    const next = new Map<string, Box2>()
    for (const [x0, x1] of runs) {
      const key = `${x0},${x1}`
      const prev = open.get(key)
      if (prev) {
        prev.maxZ = z1
        next.set(key, prev)
        open.delete(key)
      } else next.set(key, { minX: x0, maxX: x1, minZ: z0, maxZ: z1 })
    }
    done.push(...open.values())
    open.clear()
    for (const [k, v] of next) open.set(k, v)
  }
  done.push(...open.values())
  return done.sort((a, b) => a.minZ - b.minZ || a.minX - b.minX)
}
