/**
 * Levels of a loaded scene: which level a place is on, and which levels share a floor. The
 * scene as seen on one floor is in floors.ts (the 3D view and routing load it, not the first
 * download).
 */
import type { SceneIndex } from './sceneIndex.ts'
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
