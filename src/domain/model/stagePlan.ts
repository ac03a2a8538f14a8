/**
 * Stages: for each zone of kind "stage", a platform about a metre high on the side of the zone
 * nearest the hall's outer wall (the part farthest from the hall centre, so the stage faces
 * into the hall), with an LED wall in a frame along the platform's back edge.
 */
import { bbox } from '../geometry/measure.ts'
import type { Box2 } from '../geometry/types.ts'
import type { Zone } from '../scene/schema.ts'
import type { HallLayout } from './hallLayout.ts'

/** A point in model space: metres, y up. */
type Vec3 = readonly [number, number, number]

export const PLATFORM_HEIGHT = 1
const EDGE_MARGIN = 0.5
const SCREEN_THICKNESS = 0.3

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
