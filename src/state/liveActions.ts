/**
 * The live twin's updates to the store (see LiveSlice in slices/liveSlice.ts). Plain functions
 * over the store rather than slice actions: only the live feed (src/integration/live.ts) and
 * the replay controls use them, and both arrive in their own chunks, so the message handling
 * and the occupancy levels stay out of the first download.
 */
import { applyBatch, emptyLiveData, isFeedStale, type LiveBatch } from '../domain/live/liveState.ts'
import { sameZoneViews, zoneViewsFromLive, zoneViewsFromReadings, type ConnectionState, type LiveSourceKind } from '../domain/live/views.ts'
import type { LiveSlice, ReplayState } from './slices/liveSlice.ts'
import type { VenueStore } from './store.ts'

type Derived = Pick<LiveSlice, 'zoneViews' | 'liveStale'>

function derive(s: Pick<LiveSlice, 'live' | 'replay' | 'zoneViews' | 'liveStartedAt' | 'liveSource'>, now: number): Derived {
  const next = s.replay ? zoneViewsFromReadings(s.replay.zones) : zoneViewsFromLive(s.live.zones, now)
  return {
    zoneViews: sameZoneViews(s.zoneViews, next) ? s.zoneViews : next,
    liveStale: s.liveSource !== 'off' && isFeedStale(s.live, now, s.liveStartedAt),
  }
}

export function liveConfigure(store: VenueStore, liveSource: LiveSourceKind, liveUrl: string | null, now: number): void {
  store.setState({ liveSource, liveUrl, liveStartedAt: now, live: emptyLiveData(), zoneViews: {}, liveStale: false, liveConnection: liveSource === 'off' ? 'off' : 'connecting' })
}

export function liveSetConnection(store: VenueStore, liveConnection: ConnectionState): void {
  if (store.getState().liveConnection !== liveConnection) store.setState({ liveConnection })
}

export function liveApply(store: VenueStore, batch: LiveBatch, now: number): void {
  const s = store.getState()
  const live = applyBatch(s.live, batch)
  store.setState({ live, ...derive({ ...s, live }, now) })
}

/** Re-check staleness on the venue clock (called on a timer; no change → no update). */
export function liveRefresh(store: VenueStore, now: number): void {
  const s = store.getState()
  const d = derive(s, now)
  if (d.zoneViews !== s.zoneViews || d.liveStale !== s.liveStale) store.setState(d)
}

export function setReplay(store: VenueStore, replay: ReplayState | null): void {
  const s = store.getState()
  store.setState({ replay, ...derive({ ...s, replay }, s.pinnedNow ?? Date.now()) })
}
