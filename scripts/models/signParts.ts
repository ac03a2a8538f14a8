/**
 * Hanging signs: one open box frame per pavilion and trade zone, about 7 m up over the zone's
 * centre and hung from the roof on thin cables. Only the frame is modelled; the zone's name is
 * overlaid at run time at the anchor node placed at the frame's centre.
 */
import { bbox, centroid } from '../../src/domain/geometry/measure.ts'
import type { Zone } from '../../src/domain/scene/schema.ts'
import { addBeam } from './boxGeometry.ts'
import type { GeometryBuilder } from './geometryBuilder.ts'
import type { HallLayout } from '../../src/domain/model/hallLayout.ts'
import type { JsonObject } from './modelTree.ts'
import type { Vec3 } from './vec3.ts'

export const SIGN_HEIGHT = 2
const SIGN_BOTTOM = 6
const MEMBER = 0.1
const CABLE = 0.04

export interface SignPlan {
  zoneId: string
  center: Vec3
  width: number
  depth: number
  height: number
}

export function hasSign(zone: Zone): boolean {
  return zone.kind === 'pavilion' || zone.kind === 'trade-zone'
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v))
}

export function planSign(zone: Zone, layout: HallLayout): SignPlan {
  const b = bbox(zone.footprint)
  const [cx, cz] = centroid(zone.footprint)
  const width = clamp((b.maxX - b.minX) * 0.3, 3, 12)
  const depth = clamp((b.maxZ - b.minZ) * 0.3, 3, 12)
  // Above the zone's own volume, below the roof trusses when the hall allows it.
  let bottom = Math.max(SIGN_BOTTOM, zone.height + 0.5)
  if (bottom + SIGN_HEIGHT > layout.height - 1) bottom = Math.max(0.5, layout.height - 1 - SIGN_HEIGHT)
  return { zoneId: zone.id, center: [cx, bottom + SIGN_HEIGHT / 2, cz], width, depth, height: SIGN_HEIGHT }
}

export function buildSign(plan: SignPlan, g: GeometryBuilder, roofY: number): void {
  const [cx, cy, cz] = plan.center
  const hw = plan.width / 2 - MEMBER / 2
  const hd = plan.depth / 2 - MEMBER / 2
  const y0 = cy - plan.height / 2 + MEMBER / 2
  const y1 = cy + plan.height / 2 - MEMBER / 2
  const corners: [number, number][] = [
    [-hw, -hd],
    [hw, -hd],
    [hw, hd],
    [-hw, hd],
  ]
  for (let i = 0; i < 4; i++) {
    const [ax, az] = corners[i]!
    const [bx, bz] = corners[(i + 1) % 4]!
    for (const y of [y0, y1]) addBeam(g, [cx + ax, y, cz + az], [cx + bx, y, cz + bz], MEMBER, MEMBER)
    addBeam(g, [cx + ax, y0, cz + az], [cx + ax, y1, cz + az], MEMBER, MEMBER)
    if (roofY > y1 + 0.5) addBeam(g, [cx + ax, y1, cz + az], [cx + ax, roofY, cz + az], CABLE, CABLE, { open: true })
  }
}

export function signExtras(plan: SignPlan): JsonObject {
  return { zoneId: plan.zoneId, width: plan.width, height: plan.height, depth: plan.depth }
}
