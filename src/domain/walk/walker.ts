/**
 * First-person walking on the floor plan: pure steps over a "is this spot walkable?" test,
 * so walk mode never goes through a wall or a booth and can be tested without a browser.
 * Yaw is radians clockwise from north (−z), like a kiosk heading.
 */
import { bbox } from '../geometry/measure.ts'
import { containsPoint } from '../geometry/polygon.ts'
import type { Point2 } from '../geometry/types.ts'
import type { SceneIndex } from '../scene/sceneIndex.ts'

export const EYE_HEIGHT_M = 1.6
export const WALK_SPEED_MPS = 1.8
const SUB_STEP_M = 0.2

export function forward(yaw: number): Point2 {
  return [Math.sin(yaw), -Math.cos(yaw)]
}

export function right(yaw: number): Point2 {
  return [Math.cos(yaw), Math.sin(yaw)]
}

/**
 * Moves by `delta` in small sub-steps; where the full step is blocked it slides along the
 * free axis (walking diagonally into a booth row glides along it), else it stops.
 */
export function moveWithCollision(isFree: (p: Point2) => boolean, from: Point2, delta: Point2): Point2 {
  const dist = Math.hypot(delta[0], delta[1])
  if (dist === 0) return from
  const n = Math.max(1, Math.ceil(dist / SUB_STEP_M))
  const sx = delta[0] / n
  const sz = delta[1] / n
  let [x, z] = from
  for (let i = 0; i < n; i++) {
    if (isFree([x + sx, z + sz])) {
      x += sx
      z += sz
    } else if (sx !== 0 && isFree([x + sx, z])) x += sx
    else if (sz !== 0 && isFree([x, z + sz])) z += sz
    else break
  }
  return [x, z]
}

/** Advances `dist` metres along a polyline; returns where it got, what is left, and the heading. */
export function followPath(pos: Point2, path: readonly Point2[], dist: number): { pos: Point2; path: Point2[]; yaw: number | null } {
  let [x, z] = pos
  let left = dist
  const rest = [...path]
  let yaw: number | null = null
  while (rest.length && left > 0) {
    const [tx, tz] = rest[0]!
    const dx = tx - x
    const dz = tz - z
    const d = Math.hypot(dx, dz)
    if (d > 1e-6) yaw = Math.atan2(dx, -dz)
    if (d <= left) {
      x = tx
      z = tz
      left -= d
      rest.shift()
    } else {
      x += (dx / d) * left
      z += (dz / d) * left
      left = 0
    }
  }
  return { pos: [x, z], path: rest, yaw }
}

/** What a walker would call "where I am": the zone around them, else the nearest zone or point. */
export function whereAmI(index: SceneIndex, p: Point2): { kind: 'zone' | 'poi'; id: string } | null {
  const { zones, pois } = index.scene.venue
  for (const z of zones) if (containsPoint(z.footprint, p)) return { kind: 'zone', id: z.id }
  let best: { kind: 'zone' | 'poi'; id: string; d: number } | null = null
  for (const poi of pois) {
    const d = Math.hypot(poi.position[0] - p[0], poi.position[1] - p[1])
    if (d < 12 && (!best || d < best.d)) best = { kind: 'poi', id: poi.id, d }
  }
  for (const z of zones) {
    const b = bbox(z.footprint)
    const d = Math.hypot(Math.max(b.minX - p[0], 0, p[0] - b.maxX), Math.max(b.minZ - p[1], 0, p[1] - b.maxZ))
    if (d < 15 && (!best || d < best.d)) best = { kind: 'zone', id: z.id, d }
  }
  return best ? { kind: best.kind, id: best.id } : null
}
