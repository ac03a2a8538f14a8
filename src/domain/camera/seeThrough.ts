/**
 * Nothing hides the subject: which pieces of scenery stand between the camera and the
 * selection. Pure: the view casts rays from the camera to the points `subjectPoints` gives and
 * hands the hits here; what is chosen turns see-through.
 */
import { bbox, centroid } from '../geometry/measure.ts'
import type { Polygon } from '../geometry/types.ts'

export type Point3 = [number, number, number]

/**
 * Points that must be visible for the subject to be seen: its top centre, and its corners
 * (pulled a little inwards, so an edge grazing a column does not count) at half height and at
 * the top. A zone's outline may be any polygon: its bounding box's corners are pulled further in.
 */
export function subjectPoints(footprint: Polygon, height: number, kind: 'booth' | 'zone'): Point3[] {
  const b = bbox(footprint)
  const [cx, cz] = centroid(footprint)
  const pull = kind === 'booth' ? 0.15 : 0.3
  const out: Point3[] = [[cx, height, cz]]
  for (const [x, z] of [
    [b.minX, b.minZ],
    [b.maxX, b.minZ],
    [b.maxX, b.maxZ],
    [b.minX, b.maxZ],
  ] as const) {
    const px = x + (cx - x) * pull
    const pz = z + (cz - z) * pull
    out.push([px, height / 2, pz], [px, height, pz])
  }
  return out
}

/** The hall model's nodes that may stand in the way. Floor and aisle markings lie under
 * everything; the roof steps aside on its own (see HallModel's useRoofOutOfTheWay). */
export function isOccluderNode(name: string): boolean {
  return name === 'walls' || name === 'columns' || name === 'sign-frames' || name === 'stage-geometry' || name.startsWith('stage')
}

export interface RayHits {
  /** Distance from the camera to the subject's point along this ray. */
  reach: number
  /** Scenery crossed by the ray: a key naming what to fade, and the distance along the ray. */
  hits: readonly { key: string; distance: number }[]
}

/** Clearance before the subject's point: scenery touching the subject is not in front of it. */
const CLEARANCE = 0.3

/** The scenery in front of the subject on any ray: every key hit short of the point it aims at. */
export function chooseOccluders(rays: readonly RayHits[]): Set<string> {
  const out = new Set<string>()
  for (const r of rays) for (const h of r.hits) if (h.distance > 0 && h.distance < r.reach - CLEARANCE) out.add(h.key)
  return out
}
