/**
 * What every part of the hall model agrees on, read once from the venue: the wall ring, the
 * structural grid, the door openings and the main aisle.
 */
import { bbox } from '../geometry/polygon.ts'
import type { Box2, Point2 } from '../geometry/types.ts'
import type { Venue } from '../scene/schema.ts'
import { counterClockwise, distanceToSegment, edgesOf, freeIntervals, pointOnEdge, projectOnSegment, type Edge, type Interval } from './planGeometry.ts'

/** Structural bay: columns and trusses stand on this grid. */
export const BAY = 18
export const WALL_THICKNESS = 0.4
export const DEFAULT_OPENING_WIDTH = 6
/** An entrance within this distance of a wall line opens that wall. */
const OPENING_SNAP = 1.5
/** A corridor narrower than this is not a main aisle. */
const MIN_MAIN_AISLE = 3

export interface WallOpening {
  poiId: string
  kind: 'entrance' | 'exit'
  /** Index into `HallLayout.edges`. */
  edge: number
  /** Span along the edge, metres from its start. */
  s0: number
  s1: number
  /** The opening's ends on the wall line. */
  a: Point2
  b: Point2
  center: Point2
  width: number
}

/** A corridor free of zones across the whole hall: runs along `runs`, spans [lo, hi] across. */
export interface MainAisle {
  runs: 'x' | 'z'
  lo: number
  hi: number
}

export interface HallLayout {
  /** The hall footprint, counter-clockwise. */
  ring: Point2[]
  edges: Edge[]
  box: Box2
  center: Point2
  height: number
  /** Grid lines of the structural bays, hall edges included. */
  gridX: number[]
  gridZ: number[]
  mainAisle: MainAisle | null
  openings: WallOpening[]
  /** Things an author may want to fix (an entrance nowhere near a wall, …). */
  warnings: string[]
}

export function gridLines(min: number, max: number, bay = BAY): number[] {
  const n = Math.max(1, Math.round((max - min) / bay))
  const step = (max - min) / n
  return Array.from({ length: n + 1 }, (_, k) => (k === n ? max : min + k * step))
}

export function hallLayout(venue: Venue): HallLayout {
  const ring = counterClockwise(venue.hall.footprint)
  const edges = edgesOf(ring)
  const box = bbox(ring)
  const warnings: string[] = []
  return {
    ring,
    edges,
    box,
    center: [(box.minX + box.maxX) / 2, (box.minZ + box.maxZ) / 2],
    height: venue.hall.height,
    gridX: gridLines(box.minX, box.maxX),
    gridZ: gridLines(box.minZ, box.maxZ),
    mainAisle: findMainAisle(venue, box),
    openings: findOpenings(venue, edges, warnings),
    warnings,
  }
}

function findOpenings(venue: Venue, edges: Edge[], warnings: string[]): WallOpening[] {
  const openings: WallOpening[] = []
  for (const poi of venue.pois) {
    if (poi.kind !== 'entrance' && poi.kind !== 'exit') continue
    let best: { edge: number; d: number } | null = null
    edges.forEach((e, i) => {
      const d = distanceToSegment(poi.position, e.a, e.b)
      if (!best || d < best.d - 1e-9) best = { edge: i, d }
    })
    const hit = best as { edge: number; d: number } | null
    if (!hit || hit.d > OPENING_SNAP) {
      warnings.push(`${poi.kind} "${poi.id}" is not on a wall line (more than ${OPENING_SNAP} m away): no opening cut for it`)
      continue
    }
    const e = edges[hit.edge]!
    const width = poi.width ?? DEFAULT_OPENING_WIDTH
    const s = projectOnSegment(poi.position, e.a, e.b)
    const s0 = Math.max(0, s - width / 2)
    const s1 = Math.min(e.length, s + width / 2)
    openings.push({
      poiId: poi.id,
      kind: poi.kind,
      edge: hit.edge,
      s0,
      s1,
      a: pointOnEdge(e, s0),
      b: pointOnEdge(e, s1),
      center: pointOnEdge(e, s),
      width: s1 - s0,
    })
  }
  return openings
}

/**
 * The widest straight corridor that crosses the whole hall between zones (edge bands along the
 * walls do not count). Ties go to the corridor running along the hall's long side, then to
 * the one nearer the centre.
 */
export function findMainAisle(venue: Venue, box: Box2): MainAisle | null {
  const boxes = venue.zones.map((z) => bbox(z.footprint))
  const candidates: (MainAisle & { width: number; long: boolean; off: number })[] = []
  const consider = (runs: 'x' | 'z', free: Interval[], min: number, max: number, long: boolean): void => {
    const mid = (min + max) / 2
    for (const [lo, hi] of free) {
      if (lo <= min + 1e-6 || hi >= max - 1e-6) continue
      if (hi - lo < MIN_MAIN_AISLE) continue
      candidates.push({ runs, lo, hi, width: hi - lo, long, off: Math.abs((lo + hi) / 2 - mid) })
    }
  }
  const lengthX = box.maxX - box.minX
  const lengthZ = box.maxZ - box.minZ
  // Zones projected on z leave bands of z free: corridors running along x.
  consider('x', freeIntervals(boxes.map((b): Interval => [b.minZ, b.maxZ]), box.minZ, box.maxZ), box.minZ, box.maxZ, lengthX >= lengthZ)
  consider('z', freeIntervals(boxes.map((b): Interval => [b.minX, b.maxX]), box.minX, box.maxX), box.minX, box.maxX, lengthZ > lengthX)
  candidates.sort((p, q) => q.width - p.width || Number(q.long) - Number(p.long) || p.off - q.off || p.lo - q.lo)
  const best = candidates[0]
  return best ? { runs: best.runs, lo: best.lo, hi: best.hi } : null
}

/** True when a square of half-size `half` centred at p reaches into the main aisle. */
export function inMainAisle(aisle: MainAisle | null, p: Point2, half: number): boolean {
  if (!aisle) return false
  const across = aisle.runs === 'x' ? p[1] : p[0]
  return across + half > aisle.lo && across - half < aisle.hi
}
