import type { StateCreator } from 'zustand'
import type { VenueState } from '../store.ts'

export interface ClockSlice {
  /** `?now=` pins the venue clock (demos, tests); null follows the real clock. */
  pinnedNow: number | null
  /** The clock reading that the interface shows; refreshed by a ticker, not every render. */
  now: number
  tick: (realNow: number) => void
}

export const createClockSlice: StateCreator<VenueState, [], [], ClockSlice> = (set, get) => ({
  pinnedNow: null,
  now: Date.now(),
  tick: (realNow) => set({ now: get().pinnedNow ?? realNow }),
})
