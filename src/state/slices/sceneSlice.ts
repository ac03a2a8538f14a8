import type { StateCreator } from 'zustand'
import type { SceneLoadFailure } from '../../data/loadScene.ts'
import { defaultLevelId } from '../../domain/scene/levels.ts'
import { buildSceneIndex, type SceneIndex } from '../../domain/scene/sceneIndex.ts'
import type { Scene } from '../../domain/scene/schema.ts'
import type { VenueState } from '../store.ts'
import { parentOfSelection, selectionExists } from '../../domain/selection.ts'

export type LoadStatus = 'loading' | 'ready' | 'error'

export interface SceneSlice {
  sceneId: string
  loadStatus: LoadStatus
  loadProgress: number
  loadingFile: string | null
  /** `messages`: the start language's interface text could not be fetched (src/data/loadMessages.ts). */
  failure: SceneLoadFailure | { kind: 'messages'; message: string } | { kind: 'unexpected'; message: string } | null
  index: SceneIndex | null
  /** The published revision on screen (manifest.json), null for an unpublished folder. */
  sceneRevision: number | null
  /** Where new revisions are announced; null: none will come. */
  manifestUrl: string | null
  /** Kiosk: a new revision is loaded and waits for the next idle reset. */
  sceneUpdateWaiting: number | null
  sceneLoading: (sceneId: string) => void
  sceneProgress: (file: string, fraction: number) => void
  /** `index` when the loader already built it (in time slices); otherwise it is built here. */
  sceneLoaded: (scene: Scene, index?: SceneIndex) => void
  sceneFailed: (failure: SceneSlice['failure']) => void
  /**
   * A new revision in place of the running one: what is selected stays when it still exists,
   * otherwise the view goes one level up. Returns whether the selection had to move.
   */
  sceneReplaced: (index: SceneIndex, revision: number | null) => boolean
  setSceneUpdateWaiting: (revision: number | null) => void
}

export const createSceneSlice: StateCreator<VenueState, [], [], SceneSlice> = (set, get) => ({
  sceneId: 'wdec-2023',
  loadStatus: 'loading',
  loadProgress: 0,
  loadingFile: null,
  failure: null,
  index: null,
  sceneRevision: null,
  manifestUrl: null,
  sceneUpdateWaiting: null,
  sceneLoading: (sceneId) => set({ sceneId, loadStatus: 'loading', loadProgress: 0, failure: null, index: null }),
  sceneProgress: (file, fraction) => set({ loadingFile: file, loadProgress: fraction }),
  sceneLoaded: (scene, index) =>
    set({ loadStatus: 'ready', loadProgress: 1, index: index ?? buildSceneIndex(scene), failure: null, levelId: defaultLevelId(scene.venue) }),
  sceneFailed: (failure) => set({ loadStatus: 'error', failure }),
  sceneReplaced: (index, revision) => {
    const before = get()
    const sel = before.selection
    const keep = !sel || selectionExists(index, sel)
    set({ index, sceneRevision: revision, sceneUpdateWaiting: null })
    if (!keep) {
      const up = parentOfSelection(before.index, sel)
      if (up && selectionExists(index, up)) get().select(up, 'api')
      else get().home('api')
    }
    // Directions are worked out again on the new layout, or closed when an end is gone.
    const { routeFrom, routeTo } = get()
    if (routeFrom && routeTo) {
      const was = get().route
      // Unchanged after asking: an end is no longer a place in this venue.
      if (!get().setRoute(routeFrom, routeTo, { source: 'api' }) && was !== null && get().route === was) get().clearRoute('api')
    }
    return !keep
  },
  setSceneUpdateWaiting: (sceneUpdateWaiting) => set({ sceneUpdateWaiting }),
})
