/**
 * Hanging signs: one open box frame per pavilion and trade zone, about 7 m up over the zone's
 * centre and hung from the roof on thin cables. Only the frame is modelled; the zone's name is
 * overlaid at run time at the anchor node placed at the frame's centre.
 */
import { addBeam } from './boxGeometry.ts'
import type { GeometryBuilder } from './geometryBuilder.ts'
import type { HallLayout } from '../../src/domain/model/hallLayout.ts'
import { hasSign, planSign as planSignAt, SIGN_HEIGHT, type SignPlan } from '../../src/domain/model/signPlan.ts'
import type { Zone } from '../../src/domain/scene/schema.ts'
import type { JsonObject } from './modelTree.ts'

export { hasSign, SIGN_HEIGHT, type SignPlan }
const MEMBER = 0.1
const CABLE = 0.04

export const planSign = (zone: Zone, layout: HallLayout): SignPlan => planSignAt(zone, layout.height)

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
