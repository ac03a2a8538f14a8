import type { StateCreator } from 'zustand'
import type { VenueState } from '../store.ts'

/**
 * Booths lit up in 3D by whatever the visitor is looking for (search results, a directory
 * filter, their visit plan). null = nothing lit, every booth in its normal colour.
 */
export interface HighlightSlice {
  litBoothIds: readonly string[] | null
  /** Who lit them, so one feature does not clear another's highlight by accident. */
  litBy: string | null
  setLit: (ids: readonly string[] | null, by: string) => void
  clearLit: (by?: string) => void
}

export const createHighlightSlice: StateCreator<VenueState, [], [], HighlightSlice> = (set, get) => ({
  litBoothIds: null,
  litBy: null,
  setLit: (ids, by) => set({ litBoothIds: ids, litBy: ids ? by : null }),
  clearLit: (by) => {
    if (by === undefined || get().litBy === by) set({ litBoothIds: null, litBy: null })
  },
})
