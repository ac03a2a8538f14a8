/**
 * Where a scene's own look files are (beside its data, made at build or publish time) and the
 * offline caches that keep them: the service worker's runtime rules (scripts/pwa.ts) and the
 * kiosk's prefetch (src/integration/offlineLooks.ts) name the same caches.
 */

/** The scene's font subset for the lettering in 3D. */
export const fontUrlOf = (venueId: string): string => `${import.meta.env.BASE_URL}scenes/${venueId}/fascia.woff`

/** A floor's baked contact shadows (src/domain/shadow/floorShadows.ts names the file). */
export const floorShadowUrlOf = (venueId: string, fileName: string): string => `${import.meta.env.BASE_URL}scenes/${venueId}/${fileName}`

export const LOOK_CACHES = {
  /** `fascia.woff` and `logos.json`: new with each publish, so the network's copy first. */
  published: 'venue-twin-scene-looks',
  /** The logo atlas, named by its content's hash: never changes. */
  atlases: 'venue-twin-logo-atlases',
  /** Floor shadows, named by the plan that casts them (not by their pixels). */
  shadows: 'venue-twin-floor-shadows',
} as const
