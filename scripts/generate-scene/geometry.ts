/** Axis-aligned boxes on the floor for the generated venue, metres: x grows east, z south. */
export type Pt = [number, number]

export interface Box {
  x0: number
  z0: number
  x1: number
  z1: number
}

export function box(x0: number, z0: number, w: number, d: number): Box {
  return { x0: cm(x0), z0: cm(z0), x1: cm(x0 + w), z1: cm(z0 + d) }
}

/** Counter-clockwise in x/z, the order `rect()` in src uses. */
export function footprint(b: Box): Pt[] {
  return [
    [b.x0, b.z0],
    [b.x1, b.z0],
    [b.x1, b.z1],
    [b.x0, b.z1],
  ]
}

export function centre(b: Box): Pt {
  return [cm((b.x0 + b.x1) / 2), cm((b.z0 + b.z1) / 2)]
}

/** Round to the centimetre so the JSON never carries float noise. */
export function cm(v: number): number {
  return Math.round(v * 100) / 100
}
