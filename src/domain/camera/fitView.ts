/**
 * Where an orbiting perspective camera goes so that a box fills the view: as close as it can
 * while every corner stays on screen, and centred on screen (not on the box's centre, which at a
 * slant sits off-centre in the picture and leaves a band of background). Plain numbers only.
 */
import type { Box3Plain } from './framing.ts'

export interface ViewAngles {
  /** Camera-controls azimuth (radians about +y, 0 = camera on +z looking towards −z). */
  azimuth: number
  /** Polar angle from straight down (radians, 0 = top view). */
  polar: number
  /** Vertical field of view, radians. */
  fovY: number
  /** Width / height of the canvas. */
  aspect: number
  /** Share of the viewport's half-size kept free on each side (0.04 = 4 %). */
  margin: number
}

export interface Fitted {
  target: [number, number, number]
  distance: number
}

type V3 = [number, number, number]

const dot = (a: V3, b: V3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]

/** The camera's frame: direction from target to camera, and the screen's right and up. */
function basis(azimuth: number, polar: number): { dir: V3; right: V3; up: V3 } {
  const s = Math.sin(polar)
  const dir: V3 = [s * Math.sin(azimuth), Math.cos(polar), s * Math.cos(azimuth)]
  const right: V3 = [Math.cos(azimuth), 0, -Math.sin(azimuth)]
  // up = dir × right
  const up: V3 = [dir[1] * right[2] - dir[2] * right[1], dir[2] * right[0] - dir[0] * right[2], dir[0] * right[1] - dir[1] * right[0]]
  return { dir, right, up }
}

function corners(b: Box3Plain): V3[] {
  const out: V3[] = []
  for (const x of [b.min[0], b.max[0]]) for (const y of [b.min[1], b.max[1]]) for (const z of [b.min[2], b.max[2]]) out.push([x, y, z])
  return out
}

/** The box's extent on screen in normalised device coordinates, seen from `distance` at `target`. */
export function screenExtent(box: Box3Plain, at: Fitted, a: ViewAngles): { minX: number; maxX: number; minY: number; maxY: number } {
  const { dir, right, up } = basis(a.azimuth, a.polar)
  const tanV = Math.tan(a.fovY / 2)
  const tanH = tanV * a.aspect
  let minX = Infinity
  let maxX = -Infinity
  let minY = Infinity
  let maxY = -Infinity
  for (const c of corners(box)) {
    const p: V3 = [c[0] - at.target[0], c[1] - at.target[1], c[2] - at.target[2]]
    const depth = Math.max(1e-3, at.distance - dot(p, dir))
    const x = dot(p, right) / (depth * tanH)
    const y = dot(p, up) / (depth * tanV)
    minX = Math.min(minX, x)
    maxX = Math.max(maxX, x)
    minY = Math.min(minY, y)
    maxY = Math.max(maxY, y)
  }
  return { minX, maxX, minY, maxY }
}

/**
 * Fit the box: the target moves only along the floor (the orbit point stays at the box's own
 * height), the distance is the smallest at which the box's screen extent stays inside the
 * margin. A few rounds of "centre, then fit" settle to well under a pixel.
 */
export function fitView(box: Box3Plain, a: ViewAngles): Fitted {
  const { right, dir } = basis(a.azimuth, a.polar)
  // Moving the target along the floor away from the camera moves the picture up the screen.
  const flat = Math.hypot(dir[0], dir[2])
  const away: V3 = flat > 1e-6 ? [-dir[0] / flat, 0, -dir[2] / flat] : [0, 0, -1]
  const limit = 1 - a.margin
  const size = Math.hypot(box.max[0] - box.min[0], box.max[1] - box.min[1], box.max[2] - box.min[2]) || 1
  const at: Fitted = { target: [(box.min[0] + box.max[0]) / 2, (box.min[1] + box.max[1]) / 2, (box.min[2] + box.max[2]) / 2], distance: size * 2 }
  const tanV = Math.tan(a.fovY / 2)
  const tanH = tanV * a.aspect
  for (let round = 0; round < 6; round++) {
    at.distance = fitDistance(box, at, a, limit, size)
    const e = screenExtent(box, at, a)
    const cx = (e.minX + e.maxX) / 2
    const cy = (e.minY + e.maxY) / 2
    if (Math.abs(cx) < 1e-4 && Math.abs(cy) < 1e-4) break
    // Shift by the off-centre amount at the target's depth; the vertical shift along the floor
    // is longer by 1/cos(polar) since the floor is tilted away from the screen.
    const sx = cx * at.distance * tanH
    const sy = (cy * at.distance * tanV) / Math.max(0.2, Math.cos(a.polar))
    for (let i = 0; i < 3; i++) at.target[i] = at.target[i]! + right[i]! * sx + away[i]! * sy
  }
  return at
}

/** The smallest distance at which the box fits inside ±limit (bisection: extent shrinks with distance). */
function fitDistance(box: Box3Plain, at: Fitted, a: ViewAngles, limit: number, size: number): number {
  const fits = (d: number): boolean => {
    const e = screenExtent(box, { target: at.target, distance: d }, a)
    return Math.max(-e.minX, e.maxX, -e.minY, e.maxY) <= limit
  }
  let lo = size * 0.05
  let hi = size * 2
  while (!fits(hi)) hi *= 2
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2
    if (fits(mid)) hi = mid
    else lo = mid
  }
  return hi
}

/** The area of the box's floor rectangle on screen, in NDC units (the whole canvas is 4). */
export function floorArea(box: Box3Plain, at: Fitted, a: ViewAngles): number {
  const { dir, right, up } = basis(a.azimuth, a.polar)
  const tanV = Math.tan(a.fovY / 2)
  const tanH = tanV * a.aspect
  const y = box.min[1]
  const quad: V3[] = [
    [box.min[0], y, box.min[2]],
    [box.max[0], y, box.min[2]],
    [box.max[0], y, box.max[2]],
    [box.min[0], y, box.max[2]],
  ]
  const pts = quad.map((c) => {
    const p: V3 = [c[0] - at.target[0], c[1] - at.target[1], c[2] - at.target[2]]
    const depth = Math.max(1e-3, at.distance - dot(p, dir))
    return [dot(p, right) / (depth * tanH), dot(p, up) / (depth * tanV)] as const
  })
  let twice = 0
  for (let i = 0; i < 4; i++) {
    const [x0, y0] = pts[i]!
    const [x1, y1] = pts[(i + 1) % 4]!
    twice += x0 * y1 - x1 * y0
  }
  return Math.abs(twice) / 2
}

/** The overview's tilt, most 3D first; flatter tilts are tried where they fill more of the view. */
const OVERVIEW_POLARS_DEG = [52, 48, 44, 40, 36, 32, 28]

/**
 * The overview's angles for a canvas: facing `headingDeg` (a kiosk's) or north, or — with no
 * heading given — turned a quarter where that lays a long hall along a tall screen; then the
 * steepest tilt that fills nearly as much of the canvas's shorter-used side as any. A wide hall
 * on a phone otherwise sits in a thin band across the middle.
 */
export function overviewAngles(box: Box3Plain, base: Omit<ViewAngles, 'azimuth' | 'polar'>, headingDeg: number | null): { azimuth: number; polar: number } {
  const azimuths = headingDeg === null ? [0, -Math.PI / 2] : [(-headingDeg * Math.PI) / 180]
  let best = { azimuth: azimuths[0]!, polar: (OVERVIEW_POLARS_DEG[0]! * Math.PI) / 180, fill: -1 }
  const candidates: { azimuth: number; polar: number; fill: number }[] = []
  for (const azimuth of azimuths)
    for (const deg of OVERVIEW_POLARS_DEG) {
      const a: ViewAngles = { ...base, azimuth, polar: (deg * Math.PI) / 180 }
      // The share of the canvas the floor covers (a trapezoid in perspective, not its bounding rectangle).
      const fill = floorArea(box, fitView(box, a), a) / 4
      const c = { azimuth, polar: a.polar, fill }
      candidates.push(c)
      if (fill > best.fill) best = c
    }
  // Steepest tilt (and north first) within 85 % of the best fill: the 3D look is worth a little room.
  return candidates.find((c) => c.fill >= best.fill * 0.85) ?? best
}
