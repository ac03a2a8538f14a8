/**
 * Where each pavilion's hanging sign is: over the zone's centre, above its volume and below
 * the roof trusses. One plan for the hall model (which builds the sign's frame and cables) and
 * the 3D view (which hangs the banner with the pavilion's name in that frame), so the two
 * always meet.
 */
import { bbox, centroid } from '../geometry/measure.ts'
import type { Zone } from '../scene/schema.ts'

export const SIGN_HEIGHT = 2
const SIGN_BOTTOM = 6

export interface SignPlan {
  zoneId: string
  center: [number, number, number]
  width: number
  depth: number
  height: number
}

/** Pavilions and trade zones carry a sign; stages, lounges and service areas do not. */
export function hasSign(zone: Pick<Zone, 'kind'>): boolean {
  return zone.kind === 'pavilion' || zone.kind === 'trade-zone'
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v))

/** `hallHeight`: the clear height of the hall (the roof's underside). */
export function planSign(zone: Pick<Zone, 'id' | 'footprint' | 'height'>, hallHeight: number): SignPlan {
  const b = bbox(zone.footprint)
  const [cx, cz] = centroid(zone.footprint)
  const width = clamp((b.maxX - b.minX) * 0.3, 3, 12)
  const depth = clamp((b.maxZ - b.minZ) * 0.3, 3, 12)
  // Above the zone's own volume, below the roof trusses when the hall allows it.
  let bottom = Math.max(SIGN_BOTTOM, zone.height + 0.5)
  if (bottom + SIGN_HEIGHT > hallHeight - 1) bottom = Math.max(0.5, hallHeight - 1 - SIGN_HEIGHT)
  return { zoneId: zone.id, center: [cx, bottom + SIGN_HEIGHT / 2, cz], width, depth, height: SIGN_HEIGHT }
}
