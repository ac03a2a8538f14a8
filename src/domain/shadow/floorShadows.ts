/**
 * Which floor shadows a scene publishes: one per floor, named by the fingerprint the viewer
 * computes (contactShadow.ts). One list for the build, `npm run publish:scene` and the editor's
 * Publish; each encodes the texels as PNG with what it has (pngjs, a canvas).
 */
import { floorKeys, floorVenue } from '../scene/floors.ts'
import { defaultLevelId, floorKey } from '../scene/levels.ts'
import type { Venue } from '../scene/schema.ts'
import { rasteriseShadow, shadowCasters, shadowFileName, shadowFingerprint, shadowFrame, type ShadowImage } from './contactShadow.ts'

export interface FloorShadowPlan {
  levelId: string
  fileName: string
  fingerprint: string
  /** Lazily made: the dev server only rasterises the floor asked for. */
  image: () => ShadowImage
}

/** The hall model stands on the first level's floor (scripts/models/hallGlb.ts). */
const columnsOn = (venue: Venue, levelId: string): boolean => !!venue.model && floorKey(venue, levelId) === floorKey(venue, defaultLevelId(venue))

export function floorShadowPlans(venue: Venue): FloorShadowPlan[] {
  return floorKeys(venue).map((levelId) => {
    const floor = floorVenue(venue, levelId)
    const withColumns = columnsOn(venue, levelId)
    const fingerprint = shadowFingerprint(floor, withColumns)
    return {
      levelId,
      fingerprint,
      fileName: shadowFileName(fingerprint),
      image: () => rasteriseShadow(shadowFrame(floor.hall.footprint), shadowCasters(floor, withColumns)),
    }
  })
}
