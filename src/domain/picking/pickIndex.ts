/**
 * Picking for zones and booths without raycasting every instance: booths go into a uniform
 * grid on the floor and a ray walks only the cells under its path (Amanatides–Woo), testing
 * the few boxes there. Zones are few and tested directly as prisms. Booths win over the zone
 * volume around them: the volume is a translucent hint, not a wall.
 */
import { bbox } from '../geometry/measure.ts'
import { containsPoint } from '../geometry/polygon.ts'
import type { Polygon } from '../geometry/types.ts'
import { at, rayAabb, rayPlaneY, type Aabb, type Ray } from './ray.ts'

export interface PickBooth {
  id: string
  footprint: Polygon
  height: number
}
export interface PickZone {
  id: string
  footprint: Polygon
  height: number
}
export type PickHit =
  | { kind: 'booth'; id: string; t: number }
  | { kind: 'zone'; id: string; t: number }
  | { kind: 'floor'; point: readonly [number, number]; t: number }

export interface PickIndex {
  pick(ray: Ray): PickHit | null
  /** Test the booth grid only (for counters and benchmarks). */
  pickBooth(ray: Ray): { id: string; t: number } | null
  readonly cellSize: number
}

export function buildPickIndex(
  booths: readonly PickBooth[],
  zones: readonly PickZone[],
  hall: Polygon,
  cellSize = 8,
): PickIndex {
  // Boxes and cells in flat typed arrays: at 70,000 booths an object per box and an array per
  // cell cost a few hundred milliseconds to build; this layout builds in a few tens.
  const n = booths.length
  const box = new Float64Array(n * 5) // minX, minZ, maxX, maxZ, maxY per booth
  let maxH = 0
  let gx0 = Infinity
  let gz0 = Infinity
  let gx1 = -Infinity
  let gz1 = -Infinity
  for (let i = 0; i < n; i++) {
    const b = booths[i]!
    let minX = Infinity
    let minZ = Infinity
    let maxX = -Infinity
    let maxZ = -Infinity
    const f = b.footprint
    for (let k = 0; k < f.length; k++) {
      const x = f[k]![0]
      const z = f[k]![1]
      if (x < minX) minX = x
      if (x > maxX) maxX = x
      if (z < minZ) minZ = z
      if (z > maxZ) maxZ = z
    }
    box[i * 5] = minX
    box[i * 5 + 1] = minZ
    box[i * 5 + 2] = maxX
    box[i * 5 + 3] = maxZ
    box[i * 5 + 4] = b.height
    maxH = Math.max(maxH, b.height)
    gx0 = Math.min(gx0, minX)
    gz0 = Math.min(gz0, minZ)
    gx1 = Math.max(gx1, maxX)
    gz1 = Math.max(gz1, maxZ)
  }
  if (!n) [gx0, gz0, gx1, gz1] = [0, 0, 1, 1]
  const nx = Math.max(1, Math.ceil((gx1 - gx0) / cellSize))
  const nz = Math.max(1, Math.ceil((gz1 - gz0) / cellSize))
  // Cells in compressed form: booths of cell c are items[start[c] … start[c + 1]).
  const cellOf = (v: number, origin: number, count: number): number => clampInt(Math.floor((v - origin) / cellSize), count)
  const eachCell = (i: number, visit: (cell: number) => void): void => {
    const cx1 = cellOf(box[i * 5 + 2]!, gx0, nx)
    const cz0 = cellOf(box[i * 5 + 1]!, gz0, nz)
    const cz1 = cellOf(box[i * 5 + 3]!, gz0, nz)
    for (let x = cellOf(box[i * 5]!, gx0, nx); x <= cx1; x++) for (let z = cz0; z <= cz1; z++) visit(z * nx + x)
  }
  const start = new Int32Array(nx * nz + 1)
  for (let i = 0; i < n; i++) eachCell(i, (c) => start[c + 1]!++)
  for (let c = 0; c < nx * nz; c++) start[c + 1]! += start[c]!
  const items = new Int32Array(start[nx * nz]!)
  const fill = start.slice(0, nx * nz)
  for (let i = 0; i < n; i++) eachCell(i, (c) => (items[fill[c]!++] = i))
  const boothBox: Aabb = { minX: 0, minY: 0, minZ: 0, maxX: 0, maxY: 0, maxZ: 0 }
  const boxOf = (i: number): Aabb => {
    boothBox.minX = box[i * 5]!
    boothBox.minZ = box[i * 5 + 1]!
    boothBox.maxX = box[i * 5 + 2]!
    boothBox.maxZ = box[i * 5 + 3]!
    boothBox.maxY = box[i * 5 + 4]!
    return boothBox
  }
  const zoneBoxes = zones.map((z) => {
    const bb = bbox(z.footprint)
    return { minX: bb.minX, minY: 0, minZ: bb.minZ, maxX: bb.maxX, maxY: z.height, maxZ: bb.maxZ }
  })

  function pickBooth(ray: Ray): { id: string; t: number } | null {
    if (!n) return null
    // Only the stretch of the ray between the floor and the tallest booth can hit a booth.
    let tIn = 0
    let tOut = Infinity
    const dy = ray.dir[1]
    if (Math.abs(dy) > 1e-12) {
      const ta = (0 - ray.origin[1]) / dy
      const tb = (maxH - ray.origin[1]) / dy
      tIn = Math.max(0, Math.min(ta, tb))
      tOut = Math.max(ta, tb)
    } else if (ray.origin[1] < 0 || ray.origin[1] > maxH) return null
    if (tOut < tIn) return null
    // Clip to the grid's box in x/z.
    const grid: Aabb = { minX: gx0, minY: -1e9, minZ: gz0, maxX: gx1, maxY: 1e9, maxZ: gz1 }
    const tGrid = rayAabb(ray, grid)
    if (tGrid === null) return null
    tIn = Math.max(tIn, tGrid)
    if (!Number.isFinite(tOut)) tOut = tIn + (gx1 - gx0 + gz1 - gz0) * 4
    if (tOut < tIn) return null

    const p = at(ray, tIn)
    let cx = clampInt(Math.floor((p[0] - gx0) / cellSize), nx)
    let cz = clampInt(Math.floor((p[2] - gz0) / cellSize), nz)
    const dx = ray.dir[0]
    const dz = ray.dir[2]
    const stepX = dx > 0 ? 1 : -1
    const stepZ = dz > 0 ? 1 : -1
    const nextBoundary = (c: number, step: number, origin: number): number => origin + (step > 0 ? c + 1 : c) * cellSize
    let tMaxX = Math.abs(dx) < 1e-12 ? Infinity : (nextBoundary(cx, stepX, gx0) - ray.origin[0]) / dx
    let tMaxZ = Math.abs(dz) < 1e-12 ? Infinity : (nextBoundary(cz, stepZ, gz0) - ray.origin[2]) / dz
    const tDeltaX = Math.abs(dx) < 1e-12 ? Infinity : cellSize / Math.abs(dx)
    const tDeltaZ = Math.abs(dz) < 1e-12 ? Infinity : cellSize / Math.abs(dz)

    let best: { id: string; t: number } | null = null
    for (let guard = 0; guard < nx + nz + 2; guard++) {
      const cell = cz * nx + cx
      for (let k = start[cell]!; k < start[cell + 1]!; k++) {
        const i = items[k]!
        const t = rayAabb(ray, boxOf(i), best ? best.t : Infinity)
        if (t !== null && (!best || t < best.t)) best = { id: booths[i]!.id, t }
      }
      const cellExit = Math.min(tMaxX, tMaxZ)
      // A hit nearer than where this cell ends cannot be beaten by a later cell.
      if (best && best.t <= cellExit) return best
      if (cellExit > tOut) break
      if (tMaxX < tMaxZ) {
        cx += stepX
        tMaxX += tDeltaX
        if (cx < 0 || cx >= nx) break
      } else {
        cz += stepZ
        tMaxZ += tDeltaZ
        if (cz < 0 || cz >= nz) break
      }
    }
    return best
  }

  function pickZone(ray: Ray): { id: string; t: number } | null {
    let best: { id: string; t: number } | null = null
    zones.forEach((z, i) => {
      const zb = zoneBoxes[i]!
      const tBox = rayAabb(ray, zb)
      if (tBox === null) return
      // Prism test: entry through the top (or through the floor inside the footprint).
      const tTop = rayPlaneY(ray, z.height)
      const candidates: number[] = []
      if (tTop !== null) candidates.push(tTop)
      const tFloor = rayPlaneY(ray, 0)
      if (tFloor !== null) candidates.push(tFloor)
      if (ray.origin[1] >= 0 && ray.origin[1] <= z.height && containsPoint(z.footprint, [ray.origin[0], ray.origin[2]])) candidates.push(0)
      candidates.push(tBox)
      for (const t of candidates.sort((a, b) => a - b)) {
        const p = at(ray, t)
        if (p[1] < -1e-6 || p[1] > z.height + 1e-6) continue
        if (containsPoint(z.footprint, [p[0], p[2]])) {
          if (!best || t < best.t) best = { id: z.id, t }
          break
        }
      }
    })
    return best
  }

  return {
    cellSize,
    pickBooth,
    pick(ray) {
      const booth = pickBooth(ray)
      if (booth) return { kind: 'booth', ...booth }
      const zone = pickZone(ray)
      if (zone) return { kind: 'zone', ...zone }
      const tFloor = rayPlaneY(ray, 0)
      if (tFloor !== null) {
        const p = at(ray, tFloor)
        if (containsPoint(hall, [p[0], p[2]])) return { kind: 'floor', point: [p[0], p[2]], t: tFloor }
      }
      return null
    },
  }
}

function clampInt(v: number, n: number): number {
  return v < 0 ? 0 : v >= n ? n - 1 : v
}
