/**
 * The scene as seen on one floor: the routing network and the explorer's view are built from
 * that. A one-level scene is its own floor view, so nothing changes for it.
 */
import { floorKey, floorLevels } from './levels.ts'
import { partIndex, type SceneIndex } from './sceneIndex.ts'
import type { Venue } from './schema.ts'

/** A venue holding only what stands on one floor: its outline is the building's (the site for a shared ground floor). */
export function floorVenue(venue: Venue, levelId: string): Venue {
  const levels = floorLevels(venue, levelId)
  const on = new Set(levels.map((l) => l.id))
  const buildings = venue.buildings.filter((b) => levels.some((l) => l.buildingId === b.id))
  const outline = levels.length > 1 ? venue.hall.footprint : (buildings[0]?.footprint ?? venue.hall.footprint)
  const walkways = venue.walkways && {
    closed: venue.walkways.closed.filter((w) => on.has(w.levelId)),
    steps: venue.walkways.steps.filter((w) => on.has(w.levelId)),
  }
  return {
    ...venue,
    hall: { footprint: outline, height: venue.hall.height },
    buildings,
    levels,
    connectors: [],
    zones: venue.zones.filter((z) => on.has(z.levelId)),
    booths: venue.booths.filter((b) => on.has(b.levelId)),
    pois: venue.pois.filter((p) => on.has(p.levelId)),
    kiosks: venue.kiosks.filter((k) => on.has(k.levelId)),
    ...(walkways ? { walkways } : {}),
  }
}

const floors = new WeakMap<SceneIndex, Map<string, SceneIndex>>()

/** The scene index of one level's floor (cached); the index itself for a one-level scene. */
export function floorIndex(index: SceneIndex, levelId: string): SceneIndex {
  const venue = index.scene.venue
  if (venue.levels.length === 1) return index
  const key = floorKey(venue, levelId)
  let byKey = floors.get(index)
  if (!byKey) floors.set(index, (byKey = new Map()))
  let floor = byKey.get(key)
  if (!floor) byKey.set(key, (floor = partIndex(index, floorVenue(venue, levelId))))
  return floor
}

/** One level id per distinct floor, in venue order. */
export function floorKeys(venue: Venue): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const l of venue.levels) {
    const key = floorKey(venue, l.id)
    if (seen.has(key)) continue
    seen.add(key)
    out.push(l.id)
  }
  return out
}

/**
 * The floors a visitor most likely goes to next from `levelId`, one level id each, nearest
 * first: the other levels of its building, then the ground floor it stands on.
 */
export function nearbyFloors(venue: Venue, levelId: string): string[] {
  const here = floorKey(venue, levelId)
  const level = venue.levels.find((l) => l.id === levelId) ?? venue.levels[0]!
  const building = venue.levels.filter((l) => l.buildingId === level.buildingId && l.id !== level.id)
  building.sort((a, b) => Math.abs(a.ordinal - level.ordinal) - Math.abs(b.ordinal - level.ordinal))
  const ground = building.find((l) => l.ordinal === 0)
  const out: string[] = []
  const seen = new Set([here])
  for (const l of ground ? [...building.filter((l) => l !== ground), ground] : building) {
    const key = floorKey(venue, l.id)
    if (seen.has(key)) continue
    seen.add(key)
    out.push(l.id)
  }
  return out
}
