/**
 * Putting a floor-plan image under the plan: where its corner lies, how many metres one pixel
 * is, and how it is turned. Two clicks and a known distance set the scale; two more, along a
 * line that points north, set the turn. Each keeps the first clicked point where it is.
 */
import type { Point2 } from '../geometry/types.ts'
import { rotatePoint } from './shapes.ts'

export interface UnderlayPlacement {
  /** Plan position (metres) of the image's top-left pixel. */
  origin: Point2
  metresPerPixel: number
  /** Clockwise turn of the image on the north-up plan, degrees. */
  rotationDeg: number
}

export function pixelToPlan(p: UnderlayPlacement, u: number, v: number): Point2 {
  const a = (p.rotationDeg * Math.PI) / 180
  const x = u * p.metresPerPixel
  const z = v * p.metresPerPixel
  return [p.origin[0] + x * Math.cos(a) - z * Math.sin(a), p.origin[1] + x * Math.sin(a) + z * Math.cos(a)]
}

/** After measuring `a`–`b` on the plan as `knownMetres` long: the image rescaled about `a`. */
export function calibrateScale(p: UnderlayPlacement, a: Point2, b: Point2, knownMetres: number): UnderlayPlacement {
  const measured = Math.hypot(b[0] - a[0], b[1] - a[1])
  if (!(measured > 0)) throw new RangeError('click two different points')
  if (!(knownMetres > 0) || !Number.isFinite(knownMetres)) throw new RangeError('the distance must be a positive number of metres')
  const k = knownMetres / measured
  return {
    origin: [a[0] + k * (p.origin[0] - a[0]), a[1] + k * (p.origin[1] - a[1])],
    metresPerPixel: p.metresPerPixel * k,
    rotationDeg: p.rotationDeg,
  }
}

/** After clicking `a` then `b` along a line pointing north: the image turned about `a` so it does. */
export function calibrateNorth(p: UnderlayPlacement, a: Point2, b: Point2): UnderlayPlacement {
  if (a[0] === b[0] && a[1] === b[1]) throw new RangeError('click two different points')
  const angle = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI
  // North on the plan is −z: an angle of −90°.
  const delta = -90 - angle
  const origin = rotatePoint(p.origin, delta, a)
  return { origin: [origin[0], origin[1]], metresPerPixel: p.metresPerPixel, rotationDeg: (((p.rotationDeg + delta) % 360) + 360) % 360 }
}
