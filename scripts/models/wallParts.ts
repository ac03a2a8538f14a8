/**
 * Outer walls: a band `WALL_THICKNESS` wide just outside the hall footprint (the footprint
 * stays fully usable inside), mitred at the corners, cut open where entrances and exits stand.
 * Openings keep a lintel above door height so the wall line reads as continuous from afar.
 */
import type { Point2 } from '../../src/domain/geometry/types.ts'
import { GeometryBuilder } from './geometryBuilder.ts'
import { WALL_THICKNESS, type HallLayout } from '../../src/domain/model/hallLayout.ts'
import { freeIntervals, offsetPolygon, pointOnEdge, type Interval } from '../../src/domain/model/planGeometry.ts'
import { addPrism } from './prismGeometry.ts'

export function doorHeight(hallHeight: number): number {
  return Math.min(5, Math.max(2.5, hallHeight * 0.6))
}

export function buildWalls(layout: HallLayout): GeometryBuilder {
  const g = new GeometryBuilder('wall')
  const outer = offsetPolygon(layout.ring, WALL_THICKNESS)
  const H = layout.height
  const door = doorHeight(H)
  layout.edges.forEach((e, i) => {
    const cuts: Interval[] = layout.openings.filter((o) => o.edge === i).map((o): Interval => [o.s0, o.s1])
    const oa = outer[e.index]!
    const ob = outer[(e.index + 1) % outer.length]!
    const outerAt = (s: number): Point2 => {
      if (s <= 1e-9) return oa
      if (s >= e.length - 1e-9) return ob
      const p = pointOnEdge(e, s)
      return [p[0] + e.normal[0] * WALL_THICKNESS, p[1] + e.normal[1] * WALL_THICKNESS]
    }
    const piece = (s0: number, s1: number, y0: number, y1: number): void => {
      if (s1 - s0 < 0.01) return
      addPrism(g, [pointOnEdge(e, s0), pointOnEdge(e, s1), outerAt(s1), outerAt(s0)], y0, y1)
    }
    for (const [s0, s1] of freeIntervals(cuts, 0, e.length)) piece(s0, s1, 0, H)
    if (H - door >= 0.2) for (const [s0, s1] of mergeIntervals(cuts)) piece(s0, s1, door, H)
  })
  return g
}

function mergeIntervals(list: readonly Interval[]): Interval[] {
  const sorted = [...list].sort((a, b) => a[0] - b[0])
  const out: [number, number][] = []
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1]
    if (last && lo <= last[1]) last[1] = Math.max(last[1], hi)
    else out.push([lo, hi])
  }
  return out
}
