/**
 * Levels of a loaded scene: which level a place is on, and the scene as seen on one level (the
 * routing network and the explorer's view are built from that). A one-level scene is its own
 * level view, so nothing changes for it.
 */
import { buildSceneIndex, type SceneIndex } from './sceneIndex.ts'
import type { Level, Venue } from './schema.ts'

/** The level an id stands on: zones, booths, points and kiosks directly; exhibitors by their first booth; sessions by their place. */
export function levelOfPlace(index: SceneIndex, id: string, depth = 0): string | null {
  if (depth > 3) return null
  const direct = index.zoneById.get(id) ?? index.boothById.get(id) ?? index.poiById.get(id) ?? index.kioskById.get(id)
  if (direct) return direct.levelId
  const ex = index.exhibitorById.get(id)
  if (ex) return ex.boothIds[0] ? (index.boothById.get(ex.boothIds[0])?.levelId ?? null) : null
  const session = index.sessionById.get(id)
  if (session && session.locationId !== id) return levelOfPlace(index, session.locationId, depth + 1)
  return null
}

export function levelById(venue: Venue, levelId: string): Level | null {
  return venue.levels.find((l) => l.id === levelId) ?? null
}

/** The level a visitor starts on: the first listed. */
export function defaultLevelId(venue: Venue): string {
  return venue.levels[0]!.id
}

/**
 * Levels that share one floor: a level on its own, except that the ground levels (ordinal 0) of
 * a site with several buildings are one floor — the visitor walks between the halls outside.
 */
export function floorLevels(venue: Venue, levelId: string): Level[] {
  // An unknown id (a stale URL, another scene's level) means the first level.
  const level = levelById(venue, levelId) ?? venue.levels[0]!
  if (level.ordinal !== 0 || venue.buildings.length === 1) return [level]
  return venue.levels.filter((l) => l.ordinal === 0)
}

/** One name per floor: levels sharing a floor share it. */
export function floorKey(venue: Venue, levelId: string): string {
  return floorLevels(venue, levelId)
    .map((l) => l.id)
    .join('+')
}

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
  if (!floor) byKey.set(key, (floor = buildSceneIndex({ ...index.scene, venue: floorVenue(venue, levelId) })))
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
