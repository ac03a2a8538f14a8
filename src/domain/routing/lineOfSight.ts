/**
 * Straight-line visibility on the walkable raster, and the smoothing it allows: the funnel
 * gives the taut path inside the channel the search chose, but that channel can bend around a
 * rectangle corner in open floor. Dropping every vertex whose neighbours see each other
 * removes those kinks; a segment only counts as clear when every cell it passes is walkable.
 */
import type { Point2 } from '../geometry/types.ts'
import { allowed, type WalkNetwork } from './network.ts'

/** True when the segment a→b crosses only walkable cells (Amanatides–Woo traversal). */
export function clearLine(net: WalkNetwork, a: Point2, b: Point2, accessible: boolean): boolean {
  const g = net.grid
  // Path vertices sit on cell corners: look from just inside the segment, not from the corner.
  const len = Math.hypot(b[0] - a[0], b[1] - a[1])
  const e = len > 1e-4 ? 1e-5 / len : 0
  const ax = (a[0] + (b[0] - a[0]) * e - g.originX) / g.cell
  const az = (a[1] + (b[1] - a[1]) * e - g.originZ) / g.cell
  const bx = (b[0] - (b[0] - a[0]) * e - g.originX) / g.cell
  const bz = (b[1] - (b[1] - a[1]) * e - g.originZ) / g.cell
  let c = Math.floor(ax)
  let r = Math.floor(az)
  const ce = Math.floor(bx)
  const re = Math.floor(bz)
  const ok = (cc: number, rr: number): boolean =>
    cc >= 0 && rr >= 0 && cc < g.cols && rr < g.rows && allowed(g.cells[rr * g.cols + cc]!, accessible)
  if (!ok(c, r)) return false
  const dx = bx - ax
  const dz = bz - az
  const stepC = dx > 0 ? 1 : dx < 0 ? -1 : 0
  const stepR = dz > 0 ? 1 : dz < 0 ? -1 : 0
  const tDeltaX = stepC ? Math.abs(1 / dx) : Infinity
  const tDeltaZ = stepR ? Math.abs(1 / dz) : Infinity
  let tMaxX = stepC > 0 ? (c + 1 - ax) / dx : stepC < 0 ? (ax - c) / -dx : Infinity
  let tMaxZ = stepR > 0 ? (r + 1 - az) / dz : stepR < 0 ? (az - r) / -dz : Infinity
  let guard = Math.abs(ce - c) + Math.abs(re - r) + 4
  while ((c !== ce || r !== re) && guard-- > 0) {
    if (Math.abs(tMaxX - tMaxZ) < 1e-12) {
      // Through a cell corner exactly: both side cells must be walkable, not just the diagonal.
      if (!ok(c + stepC, r) || !ok(c, r + stepR)) return false
      c += stepC
      r += stepR
      tMaxX += tDeltaX
      tMaxZ += tDeltaZ
    } else if (tMaxX < tMaxZ) {
      if (tMaxX > 1) break
      c += stepC
      tMaxX += tDeltaX
    } else {
      if (tMaxZ > 1) break
      r += stepR
      tMaxZ += tDeltaZ
    }
    if (!ok(c, r)) return false
  }
  return true
}

/** Keep only the vertices needed: from each kept point, jump to the farthest one in sight. */
export function smoothPath(net: WalkNetwork, points: readonly Point2[], accessible: boolean): Point2[] {
  if (points.length <= 2) return [...points]
  const out: Point2[] = [points[0]!]
  let i = 0
  while (i < points.length - 1) {
    let j = points.length - 1
    while (j > i + 1 && !clearLine(net, points[i]!, points[j]!, accessible)) j--
    out.push(points[j]!)
    i = j
  }
  return out
}
