/** Named selectors for the live twin (see slices/liveSlice.ts). */
import type { SessionLive } from '../domain/live/liveState.ts'
import type { ZoneView, ZoneViews } from '../domain/live/views.ts'
import type { VenueState } from './store.ts'

export const selectZoneViews = (s: VenueState): ZoneViews => s.zoneViews
export const selectZoneView =
  (zoneId: string) =>
  (s: VenueState): ZoneView | null =>
    s.zoneViews[zoneId] ?? null
export const selectSessionLive =
  (sessionId: string) =>
  (s: VenueState): SessionLive | null =>
    s.replay ? null : (s.live.sessions[sessionId] ?? null)

/** The venue clock right now: pinned by `?now=`, else the real clock. */
export function venueNow(s: Pick<VenueState, 'pinnedNow'>): number {
  return s.pinnedNow ?? Date.now()
}
