/**
 * The stacked ("exploded") view of one building's levels: the level in focus stays where the
 * view draws it (height 0) and the others are spread above and below it, further apart than
 * their real storeys so that each floor shows from the overview's slant.
 */
import { bbox } from '../geometry/measure.ts'
import type { Polygon } from '../geometry/types.ts'
import { buildingOfLevel } from './buildings.ts'
import { levelById } from './levels.ts'
import type { Venue } from './schema.ts'

/** Never closer than this many times the tallest storey. */
export const EXPLODE_MIN_STOREYS = 2.5
/**
 * Share of the building's shorter side kept between floors: seen at the overview's tilt (~30–50°
 * down) a floor of depth D hides about D·tan(tilt) of the floor below; 0.45 D leaves the near
 * half of each floor in sight at 25°, most of it at steeper angles, without a tower of a stack.
 */
export const EXPLODE_DEPTH_SHARE = 0.45

/** The gap between two exploded floors, metres. */
export function explodeSpacing(footprint: Polygon, storeyHeights: readonly number[]): number {
  const b = bbox(footprint)
  const shorter = Math.min(b.maxX - b.minX, b.maxZ - b.minZ)
  return Math.max(EXPLODE_MIN_STOREYS * Math.max(0, ...storeyHeights), EXPLODE_DEPTH_SHARE * shorter)
}

export interface StackedLevel {
  levelId: string
  /** Height of its floor in the stack, metres; the focused level is at 0. */
  y: number
  focused: boolean
}

export interface Stack {
  buildingId: string
  footprint: Polygon
  /** Lowest level first. */
  levels: StackedLevel[]
  spacing: number
}

/** The stack of the focused level's building, or null when that building has one level (nothing to stack). */
export function stackOf(venue: Venue, focusedLevelId: string): Stack | null {
  const focus = levelById(venue, focusedLevelId)
  const building = buildingOfLevel(venue, focusedLevelId)
  if (!focus || !building) return null
  const levels = venue.levels.filter((l) => l.buildingId === building.id).sort((a, b) => a.ordinal - b.ordinal)
  if (levels.length < 2) return null
  const spacing = explodeSpacing(
    building.footprint,
    levels.map((l) => l.height),
  )
  const at = levels.findIndex((l) => l.id === focus.id)
  return {
    buildingId: building.id,
    footprint: building.footprint,
    levels: levels.map((l, i) => ({ levelId: l.id, y: (i - at) * spacing, focused: i === at })),
    spacing,
  }
}

/** What the camera frames in the stacked view: the building's outline from the lowest floor to above the highest. */
export function stackBox(stack: Stack): { min: [number, number, number]; max: [number, number, number] } {
  const b = bbox(stack.footprint)
  const ys = stack.levels.map((l) => l.y)
  return { min: [b.minX, Math.min(...ys), b.minZ], max: [b.maxX, Math.max(...ys) + 4, b.maxZ] }
}

export interface ConnectorSegment {
  connectorId: string
  kind: Venue['connectors'][number]['kind']
  from: [number, number, number]
  to: [number, number, number]
}

/** Each connector of the stack as lines joining its stops, floor to floor in the order of the stack. */
export function connectorSegments(venue: Venue, stack: Stack): ConnectorSegment[] {
  const yOf = new Map(stack.levels.map((l) => [l.levelId, l.y]))
  const out: ConnectorSegment[] = []
  for (const c of venue.connectors) {
    const stops = c.stops
      .filter((s) => yOf.has(s.levelId))
      .map((s) => ({ x: s.position[0], z: s.position[1], y: yOf.get(s.levelId)! }))
      .sort((a, b) => a.y - b.y)
    for (let i = 1; i < stops.length; i++) {
      const a = stops[i - 1]!
      const b = stops[i]!
      out.push({ connectorId: c.id, kind: c.kind, from: [a.x, a.y, a.z], to: [b.x, b.y, b.z] })
    }
  }
  return out
}
