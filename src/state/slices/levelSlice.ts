import type { StateCreator } from 'zustand'
import type { VenueState } from '../store.ts'
import { warn } from '../warn.ts'

/** Where a level change came from: the URL follows the visitor's own changes only. */
export type LevelSource = 'user' | 'selection' | 'route' | 'url' | 'api' | 'embed' | 'history' | 'idle'

export interface LevelSlice {
  /** The level in focus: drawn solid, picked, labelled, walked on. Null before a scene loads. */
  levelId: string | null
  levelSource: LevelSource
  /**
   * Every level of the focused building at once, spread apart (state/stackedView.ts sets it).
   * Declared without an initial value: the slice is in the first download, the view is not.
   */
  stacked?: boolean
  /** Show the level; false (with a warning) for an id the scene does not have. */
  setLevel: (levelId: string, source?: LevelSource) => boolean
}

export const createLevelSlice: StateCreator<VenueState, [], [], LevelSlice> = (set, get) => ({
  levelId: null,
  levelSource: 'user',
  setLevel: (levelId, source = 'user') => {
    const levels = get().index?.scene.venue.levels
    if (!levels?.some((l) => l.id === levelId)) {
      warn(`Ignoring unknown level "${levelId}"`)
      return false
    }
    if (get().levelId !== levelId) set({ levelId, levelSource: source })
    return true
  },
})
