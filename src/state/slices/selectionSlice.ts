import type { StateCreator } from 'zustand'
import { levelOfPlace } from '../../domain/scene/levels.ts'
import type { SceneIndex } from '../../domain/scene/sceneIndex.ts'
import { sameSelection, type Selection } from '../../domain/selection.ts'
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

export function selectionExists(index: SceneIndex | null, s: Selection): boolean {
  if (!index) return false
  switch (s.kind) {
    case 'zone':
      return index.zoneById.has(s.id)
    case 'booth':
      return index.boothById.has(s.id)
    case 'exhibitor':
      return index.exhibitorById.has(s.id)
    case 'session':
      return index.sessionById.has(s.id)
  }
}

/** One level up: booth/exhibitor → its zone → overview; a session → the zone it is in. */
export function parentOf(index: SceneIndex | null, s: Selection | null): Selection | null {
  if (!s || !index) return null
  if (s.kind === 'zone') return null
  if (s.kind === 'booth') {
    const z = index.boothById.get(s.id)?.zoneId
    return z ? { kind: 'zone', id: z } : null
  }
  if (s.kind === 'exhibitor') {
    const b = index.exhibitorById.get(s.id)?.boothIds[0]
    const z = b ? index.boothById.get(b)?.zoneId : undefined
    return z ? { kind: 'zone', id: z } : null
  }
  const loc = index.sessionById.get(s.id)?.locationId
  if (!loc) return null
  if (index.zoneById.has(loc)) return { kind: 'zone', id: loc }
  const z = index.boothById.get(loc)?.zoneId
  return z ? { kind: 'zone', id: z } : null
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
    set({ selection: parentOf(index, selection), selectionSource: source })
  },
  home: (source = 'user') => set((s) => ({ selection: null, selectionSource: source, homeNonce: s.homeNonce + 1 })),
})
