import type { StateCreator } from 'zustand'
import { emptyLiveData } from '../../domain/live/emptyLiveData.ts'
import type { LiveData } from '../../domain/live/liveState.ts'
import type { ZoneReading } from '../../domain/live/simulator.ts'
import type { ConnectionState, LiveSourceKind, ZoneViews } from '../../domain/live/views.ts'
import type { VenueState } from '../store.ts'

/** The day replay: a moment of a simulated day shown instead of the live feed. */
export interface ReplayState {
  day: string
  at: number
  zones: Readonly<Record<string, ZoneReading>>
}

/**
 * The live twin: sensor readings as plain data plus what each zone shows. Updated by the live
 * edge (src/integration/live.ts) at most a few times a second, one update per flush, through
 * the functions in src/state/liveActions.ts — they arrive with the live feed's chunk, so the
 * message handling and the occupancy levels are not part of the first download.
 */
export interface LiveSlice {
  liveSource: LiveSourceKind
  liveUrl: string | null
  /** A trusted broker that is not the deployment's default: its host is shown with the feed's state. */
  liveForeignHost: string | null
  liveConnection: ConnectionState
  /** Venue-clock time the feed started (a feed that never delivers turns stale from here). */
  liveStartedAt: number
  live: LiveData
  liveStale: boolean
  /** What each zone shows now: live readings, or the replayed moment. Identity kept while unchanged. */
  zoneViews: ZoneViews
  replay: ReplayState | null
}

export const createLiveSlice: StateCreator<VenueState, [], [], LiveSlice> = () => ({
  liveSource: 'off',
  liveUrl: null,
  liveForeignHost: null,
  liveConnection: 'off',
  liveStartedAt: 0,
  live: emptyLiveData(),
  liveStale: false,
  zoneViews: {},
  replay: null,
})
