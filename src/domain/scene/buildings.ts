/**
 * The buildings of a site as the overview shows them: each one a light massing — its footprint
 * raised from its lowest floor to the top of its highest — measured from the floor in view
 * (drawn at height 0), so the view never moves the venue itself.
 */
import { bbox, centroid } from '../geometry/measure.ts'
import type { Polygon } from '../geometry/types.ts'
import { floorLevels, levelById } from './levels.ts'
import type { Building, Level, Venue } from './schema.ts'

/** The level a visitor walks in by: the ground level (ordinal 0), else the lowest above it, else the first. */
export function entryLevel(levels: readonly Level[]): Level | undefined {
  return levels.find((l) => l.ordinal === 0) ?? [...levels].filter((l) => l.ordinal > 0).sort((a, b) => a.ordinal - b.ordinal)[0] ?? levels[0]
}

/** The building a level belongs to (the first building for an unknown level). */
export function buildingOfLevel(venue: Venue, levelId: string): Building | undefined {
  const level = levelById(venue, levelId) ?? venue.levels[0]
  return venue.buildings.find((b) => b.id === level?.buildingId)
}

/** Metres over a drawn floor where its building's name floats: above the booths, in the framed view. */
const FLOOR_LABEL_HEIGHT = 8

export interface Massing {
  buildingId: string
  footprint: Polygon
  /** Metres above (below, if negative) the floor in view. */
  bottom: number
  top: number
  /** One of its levels is the floor in view: drawn in full detail, so its massing gets no roof and is not clicked. */
  onFloor: boolean
  /** Where its name label stands: over the middle of its roof, or low over its floor when that is drawn (the view frames the floor, not the roof). */
  label: [number, number, number]
  /** Its larger side, metres (the label budget ranks by size on screen). */
  size: number
}

/** Every building's massing, in the venue's order; none for a site of one building (the hall is the building). */
export function buildingMassing(venue: Venue, levelId: string): Massing[] {
  if (venue.buildings.length < 2) return []
  const focus = levelById(venue, levelId) ?? venue.levels[0]!
  const drawn = new Set(floorLevels(venue, focus.id).map((l) => l.buildingId))
  const out: Massing[] = []
  for (const b of venue.buildings) {
    const levels = venue.levels.filter((l) => l.buildingId === b.id)
    if (levels.length === 0) continue
    const onFloor = drawn.has(b.id)
    const bottom = Math.min(...levels.map((l) => l.elevation)) - focus.elevation
    const top = Math.max(...levels.map((l) => l.elevation + l.height)) - focus.elevation
    const [x, z] = centroid(b.footprint)
    const box = bbox(b.footprint)
    out.push({
      buildingId: b.id,
      footprint: b.footprint,
      bottom,
      top,
      onFloor,
      label: [x, onFloor ? Math.min(top, FLOOR_LABEL_HEIGHT) : top + 2, z],
      size: Math.max(box.maxX - box.minX, box.maxZ - box.minZ),
    })
  }
  return out
}
