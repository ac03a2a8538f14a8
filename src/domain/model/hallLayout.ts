/**
 * What every part of the hall model agrees on, read once from the venue: the wall ring, the
 * structural grid, the door openings and the main aisle.
 */
import { bbox } from '../geometry/measure.ts'
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

/**
 * The main aisle: a straight corridor free of zones, running along `runs` from `from` to `to`
 * and spanning [lo, hi] across.
 */
export interface MainAisle {
  runs: 'x' | 'z'
  lo: number
  hi: number
  from: number
  to: number
  /** The entrance it starts from, when it is led by one. */
  entranceId: string | null
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
  const openings = findOpenings(venue, edges, warnings)
  return {
    ring,
    edges,
    box,
    center: [(box.minX + box.maxX) / 2, (box.minZ + box.maxZ) / 2],
    height: venue.hall.height,
    gridX: gridLines(box.minX, box.maxX),
    gridZ: gridLines(box.minZ, box.maxZ),
    mainAisle: findMainAisle(venue, box, edges, openings),
    openings,
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

type Candidate = MainAisle & { width: number; length: number }

/**
 * The main aisle is the widest straight corridor between zones: either one led by an entrance
 * (straight in from the door until it meets a zone or the far wall) or one crossing the whole
 * hall (edge bands along the walls do not count). Ties go to the longer corridor, then to an
 * entrance-led one, then to the one nearer the centre.
 */
export function findMainAisle(venue: Venue, box: Box2, edges: readonly Edge[], openings: readonly WallOpening[]): MainAisle | null {
  const zones = venue.zones.map((z) => bbox(z.footprint))
  const span = (b: Box2, axis: 'x' | 'z'): Interval => (axis === 'x' ? [b.minX, b.maxX] : [b.minZ, b.maxZ])
  const across = (runs: 'x' | 'z'): 'x' | 'z' => (runs === 'x' ? 'z' : 'x')
  const candidates: (Candidate & { rank: number; off: number })[] = []

  // Corridors across the whole hall.
  for (const runs of ['x', 'z'] as const) {
    const [min, max] = span(box, across(runs))
    const [from, to] = span(box, runs)
    for (const [lo, hi] of freeIntervals(zones.map((b) => span(b, across(runs))), min, max)) {
      if (lo <= min + 1e-6 || hi >= max - 1e-6) continue
      candidates.push({ runs, lo, hi, from, to, entranceId: null, width: hi - lo, length: to - from, rank: 1, off: Math.abs((lo + hi) / 2 - (min + max) / 2) })
    }
  }

  // Corridors led by an entrance in an axis-aligned wall.
  for (const o of openings) {
    if (o.kind !== 'entrance') continue
    const e = edges[o.edge]!
    if (Math.abs(e.dir[0]) < 1 - 1e-9 && Math.abs(e.dir[1]) < 1 - 1e-9) continue
    const runs: 'x' | 'z' = Math.abs(e.dir[0]) > 0.5 ? 'z' : 'x'
    const c = runs === 'z' ? o.center[0] : o.center[1]
    const start = runs === 'z' ? o.center[1] : o.center[0]
    const inward = -(runs === 'z' ? e.normal[1] : e.normal[0])
    // It ends at the first zone straight ahead, else at the far side of the hall.
    let end = inward > 0 ? span(box, runs)[1] : span(box, runs)[0]
    for (const b of zones) {
      const [alo, ahi] = span(b, across(runs))
      if (!(alo < c && c < ahi)) continue
      const [lo, hi] = span(b, runs)
      if (inward > 0 && lo >= start - 1e-6) end = Math.min(end, lo)
      if (inward < 0 && hi <= start + 1e-6) end = Math.max(end, hi)
    }
    const from = Math.min(start, end)
    const to = Math.max(start, end)
    // As wide as the zones alongside that stretch allow.
    const beside = zones.filter((b) => {
      const [lo, hi] = span(b, runs)
      return lo < to - 1e-6 && hi > from + 1e-6
    })
    const [min, max] = span(box, across(runs))
    const band = freeIntervals(beside.map((b) => span(b, across(runs))), min, max).find(([lo, hi]) => lo <= c && c <= hi)
    if (!band) continue
    candidates.push({ runs, lo: band[0], hi: band[1], from, to, entranceId: o.poiId, width: band[1] - band[0], length: to - from, rank: 0, off: 0 })
  }

  const good = candidates.filter((k) => k.width >= MIN_MAIN_AISLE && k.length >= MIN_MAIN_AISLE)
  good.sort((p, q) => q.width - p.width || q.length - p.length || p.rank - q.rank || p.off - q.off || p.lo - q.lo)
  const best = good[0]
  return best ? { runs: best.runs, lo: best.lo, hi: best.hi, from: best.from, to: best.to, entranceId: best.entranceId } : null
}

/** True when a square of half-size `half` centred at p reaches into the main aisle. */
export function inMainAisle(aisle: MainAisle | null, p: Point2, half: number): boolean {
  if (!aisle) return false
  const across = aisle.runs === 'x' ? p[1] : p[0]
  const along = aisle.runs === 'x' ? p[0] : p[1]
  return across + half > aisle.lo && across - half < aisle.hi && along + half > aisle.from && along - half < aisle.to
}
