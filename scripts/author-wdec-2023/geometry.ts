/** Small geometry helpers for the WDEC 2023 scene author: axis-aligned rectangles in [x, z]. */

export type Pt = [number, number]

/** An axis-aligned box on the floor, metres: x grows east, z grows south (north = −z). */
export interface Box {
  x0: number
  z0: number
  x1: number
  z1: number
}

export function box(x0: number, z0: number, x1: number, z1: number): Box {
  if (!(x1 > x0 && z1 > z0)) throw new Error(`empty box ${x0},${z0} → ${x1},${z1}`)
  return { x0, z0, x1, z1 }
}

/** The box as a counter-clockwise polygon (in x/z), the order `rect()` in src uses. */
export function footprint(b: Box): Pt[] {
  return [
    [b.x0, b.z0],
    [b.x1, b.z0],
    [b.x1, b.z1],
    [b.x0, b.z1],
  ]
}

/** Interiors share area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.z0 < b.z1 && b.z0 < a.z1
}

export function boxInside(inner: Box, outer: Box): boolean {
  return inner.x0 >= outer.x0 && inner.x1 <= outer.x1 && inner.z0 >= outer.z0 && inner.z1 <= outer.z1
}

export function pointInBox(p: readonly [number, number], b: Box): boolean {
  return p[0] >= b.x0 && p[0] <= b.x1 && p[1] >= b.z0 && p[1] <= b.z1
}

/** Round to the centimetre so the JSON never carries float noise. */
export function cm(v: number): number {
  return Math.round(v * 100) / 100
}
