import type { VenueStore } from '../state/store.ts'
import type { Stop } from './types.ts'

/** Refreshes the venue clock twice a minute: "now"/"next" badges move on without a reload. */
export function startClock(store: VenueStore, intervalMs = 30_000): Stop {
  store.getState().tick(Date.now())
  const id = setInterval(() => store.getState().tick(Date.now()), intervalMs)
  return () => clearInterval(id)
}
