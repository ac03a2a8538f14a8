import type { StateCreator } from 'zustand'
import { levelOfPlace } from '../../domain/scene/levels.ts'
import { parentOfSelection, sameSelection, selectionExists, type Selection } from '../../domain/selection.ts'
import type { VenueState } from '../store.ts'
import { warn } from '../warn.ts'

/** Where a selection change came from: URL sync must not push history for its own replays. */
export type SelectionSource = 'user' | 'history' | 'api' | 'embed' | 'url' | 'idle' | 'tour'

export interface SelectionSlice {
  selection: Selection | null
  selectionSource: SelectionSource
  /** Bumped by Home: the camera returns to the overview even when nothing was selected. */
  homeNonce: number
  select: (selection: Selection | null, source?: SelectionSource) => boolean
  back: (source?: SelectionSource) => void
  home: (source?: SelectionSource) => void
}

export const createSelectionSlice: StateCreator<VenueState, [], [], SelectionSlice> = (set, get) => ({
  selection: null,
  selectionSource: 'user',
  homeNonce: 0,
  select: (selection, source = 'user') => {
    if (selection && !selectionExists(get().index, selection)) {
      warn(`Ignoring selection of unknown ${selection.kind} "${selection.id}"`)
      return false
    }
    if (sameSelection(get().selection, selection)) return true
    // Something on another level brings that level into view.
    const level = selection ? levelOfPlace(get().index!, selection.id) : null
    set(level && level !== get().levelId ? { selection, selectionSource: source, levelId: level, levelSource: 'selection' } : { selection, selectionSource: source })
    return true
  },
  back: (source = 'user') => {
    const { selection, index } = get()
    if (!selection) return
    set({ selection: parentOfSelection(index, selection), selectionSource: source })
  },
  home: (source = 'user') => set((s) => ({ selection: null, selectionSource: source, homeNonce: s.homeNonce + 1 })),
})
