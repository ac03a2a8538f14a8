import type { StateCreator } from 'zustand'
import { applyBatch, emptyLiveData, isFeedStale, type LiveBatch, type LiveData } from '../../domain/live/liveState.ts'
import type { ZoneReading } from '../../domain/live/simulator.ts'
import {
  sameZoneViews,
  zoneViewsFromLive,
  zoneViewsFromReadings,
  type ConnectionState,
  type LiveSourceKind,
  type ZoneViews,
} from '../../domain/live/views.ts'
import type { VenueState } from '../store.ts'

/** The day replay: a moment of a simulated day shown instead of the live feed. */
export interface ReplayState {
  day: string
  at: number
  zones: Readonly<Record<string, ZoneReading>>
}

/**
 * The live twin: sensor readings as plain data plus what each zone shows. Updated by the live
 * edge (src/integration/live.ts) at most a few times a second, one update per flush.
 */
export interface LiveSlice {
  liveSource: LiveSourceKind
  liveUrl: string | null
  liveConnection: ConnectionState
  /** Venue-clock time the feed started (a feed that never delivers turns stale from here). */
  liveStartedAt: number
  live: LiveData
  liveStale: boolean
  /** What each zone shows now: live readings, or the replayed moment. Identity kept while unchanged. */
  zoneViews: ZoneViews
  replay: ReplayState | null
  liveConfigure: (source: LiveSourceKind, url: string | null, now: number) => void
  liveSetConnection: (state: ConnectionState) => void
  liveApply: (batch: LiveBatch, now: number) => void
  /** Re-check staleness on the venue clock (called on a timer; no change → no update). */
  liveRefresh: (now: number) => void
  setReplay: (replay: ReplayState | null) => void
}

type Derived = Pick<LiveSlice, 'zoneViews' | 'liveStale'>

function derive(s: Pick<LiveSlice, 'live' | 'replay' | 'zoneViews' | 'liveStartedAt' | 'liveSource'>, now: number): Derived {
  const next = s.replay ? zoneViewsFromReadings(s.replay.zones) : zoneViewsFromLive(s.live.zones, now)
  return {
    zoneViews: sameZoneViews(s.zoneViews, next) ? s.zoneViews : next,
    liveStale: s.liveSource !== 'off' && isFeedStale(s.live, now, s.liveStartedAt),
  }
}

export const createLiveSlice: StateCreator<VenueState, [], [], LiveSlice> = (set, get) => ({
  liveSource: 'off',
  liveUrl: null,
  liveConnection: 'off',
  liveStartedAt: 0,
  live: emptyLiveData(),
  liveStale: false,
  zoneViews: {},
  replay: null,
  liveConfigure: (liveSource, liveUrl, now) =>
    set({ liveSource, liveUrl, liveStartedAt: now, live: emptyLiveData(), zoneViews: {}, liveStale: false, liveConnection: liveSource === 'off' ? 'off' : 'connecting' }),
  liveSetConnection: (liveConnection) => {
    if (get().liveConnection !== liveConnection) set({ liveConnection })
  },
  liveApply: (batch, now) => {
    const s = get()
    const live = applyBatch(s.live, batch)
    set({ live, ...derive({ ...s, live }, now) })
  },
  liveRefresh: (now) => {
    const s = get()
    const d = derive(s, now)
    if (d.zoneViews !== s.zoneViews || d.liveStale !== s.liveStale) set(d)
  },
  setReplay: (replay) => {
    const s = get()
    set({ replay, ...derive({ ...s, replay }, s.pinnedNow ?? Date.now()) })
  },
})
