/**
 * Stages: for each zone of kind "stage", a platform about a metre high on the side of the zone
 * nearest the hall's outer wall (the part farthest from the hall centre, so the stage faces
 * into the hall), with an LED wall in a frame along the platform's back edge.
 */
import { bbox } from '../geometry/measure.ts'
import type { Box2 } from '../geometry/types.ts'
import type { Zone } from '../scene/schema.ts'
import { addBox } from './boxGeometry.ts'
import { GeometryBuilder } from './geometryBuilder.ts'
import type { HallLayout } from './hallLayout.ts'
import type { JsonObject } from './modelTree.ts'
import type { Vec3 } from './vec3.ts'

export const PLATFORM_HEIGHT = 1
const EDGE_MARGIN = 0.5
const SCREEN_THICKNESS = 0.3
const POST = 0.4

type Side = 'minX' | 'maxX' | 'minZ' | 'maxZ'

export interface StagePlan {
  zoneId: string
  /** The zone side the platform backs onto. */
  back: Side
  platform: Box2
  screen: { min: Vec3; max: Vec3 }
}

/** The zone side with the least floor between it and the hall's bounding wall; longer sides win ties. */
function backSide(zone: Box2, hall: Box2): Side {
  const sides: { side: Side; gap: number; length: number }[] = [
    { side: 'minX', gap: zone.minX - hall.minX, length: zone.maxZ - zone.minZ },
    { side: 'maxX', gap: hall.maxX - zone.maxX, length: zone.maxZ - zone.minZ },
    { side: 'minZ', gap: zone.minZ - hall.minZ, length: zone.maxX - zone.minX },
    { side: 'maxZ', gap: hall.maxZ - zone.maxZ, length: zone.maxX - zone.minX },
  ]
  sides.sort((a, b) => a.gap - b.gap || b.length - a.length)
  return sides[0]!.side
}

export function planStage(zone: Zone, layout: HallLayout): StagePlan {
  const z = bbox(zone.footprint)
  const back = backSide(z, layout.box)
  const alongX = back === 'minZ' || back === 'maxZ'
  const depthAvail = alongX ? z.maxZ - z.minZ : z.maxX - z.minX
  const depth = Math.max(Math.min(depthAvail - 2 * EDGE_MARGIN, Math.max(3, Math.min(12, depthAvail * 0.4))), 0.5)
  const platform: Box2 = { minX: z.minX + EDGE_MARGIN, maxX: z.maxX - EDGE_MARGIN, minZ: z.minZ + EDGE_MARGIN, maxZ: z.maxZ - EDGE_MARGIN }
  if (back === 'minX') platform.maxX = platform.minX + depth
  if (back === 'maxX') platform.minX = platform.maxX - depth
  if (back === 'minZ') platform.maxZ = platform.minZ + depth
  if (back === 'maxZ') platform.minZ = platform.maxZ - depth

  const screenHeight = Math.min(7, Math.max(2.5, layout.height * 0.4))
  const top = PLATFORM_HEIGHT + screenHeight
  const inset = 0.3
  let min: Vec3
  let max: Vec3
  if (alongX) {
    const zBack = back === 'minZ' ? platform.minZ + inset : platform.maxZ - inset - SCREEN_THICKNESS
    min = [platform.minX + 1, PLATFORM_HEIGHT, zBack]
    max = [platform.maxX - 1, top, zBack + SCREEN_THICKNESS]
  } else {
    const xBack = back === 'minX' ? platform.minX + inset : platform.maxX - inset - SCREEN_THICKNESS
    min = [xBack, PLATFORM_HEIGHT, platform.minZ + 1]
    max = [xBack + SCREEN_THICKNESS, top, platform.maxZ - 1]
  }
  return { zoneId: zone.id, back, platform, screen: { min, max } }
}

export function buildStage(plan: StagePlan, g: GeometryBuilder = new GeometryBuilder('stage')): GeometryBuilder {
  const p = plan.platform
  addBox(g, [p.minX, 0, p.minZ], [p.maxX, PLATFORM_HEIGHT, p.maxZ])
  const { min, max } = plan.screen
  addBox(g, min, max)
  // Frame: two posts from the platform up past the screen and a header beam across.
  const alongX = plan.back === 'minZ' || plan.back === 'maxZ'
  const cz = (min[2] + max[2]) / 2
  const cx = (min[0] + max[0]) / 2
  const frameTop = max[1] + POST
  if (alongX) {
    addBox(g, [min[0] - POST, PLATFORM_HEIGHT, cz - POST / 2], [min[0], frameTop, cz + POST / 2])
    addBox(g, [max[0], PLATFORM_HEIGHT, cz - POST / 2], [max[0] + POST, frameTop, cz + POST / 2])
    addBox(g, [min[0], max[1], cz - POST / 2], [max[0], frameTop, cz + POST / 2])
  } else {
    addBox(g, [cx - POST / 2, PLATFORM_HEIGHT, min[2] - POST], [cx + POST / 2, frameTop, min[2]])
    addBox(g, [cx - POST / 2, PLATFORM_HEIGHT, max[2]], [cx + POST / 2, frameTop, max[2] + POST])
    addBox(g, [cx - POST / 2, max[1], min[2]], [cx + POST / 2, frameTop, max[2]])
  }
  return g
}

export function stageExtras(plan: StagePlan): JsonObject {
  const p = plan.platform
  const facing: [number, number] = plan.back === 'minX' ? [1, 0] : plan.back === 'maxX' ? [-1, 0] : plan.back === 'minZ' ? [0, 1] : [0, -1]
  return {
    zoneId: plan.zoneId,
    platformHeight: PLATFORM_HEIGHT,
    platform: [p.minX, p.minZ, p.maxX, p.maxZ],
    screen: { min: [...plan.screen.min], max: [...plan.screen.max] },
    /** Direction the stage faces (towards the audience), [x, z]. */
    facing,
  }
}
