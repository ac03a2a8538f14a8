import type { StateCreator } from 'zustand'
import type { SceneLoadFailure } from '../../data/loadScene.ts'
import { buildSceneIndex, type SceneIndex } from '../../domain/scene/sceneIndex.ts'
import type { Scene } from '../../domain/scene/schema.ts'
import type { VenueState } from '../store.ts'

export type LoadStatus = 'loading' | 'ready' | 'error'

export interface SceneSlice {
  sceneId: string
  loadStatus: LoadStatus
  loadProgress: number
  loadingFile: string | null
  /** `messages`: the start language's interface text could not be fetched (src/data/loadMessages.ts). */
  failure: SceneLoadFailure | { kind: 'messages'; message: string } | { kind: 'unexpected'; message: string } | null
  index: SceneIndex | null
  sceneLoading: (sceneId: string) => void
  sceneProgress: (file: string, fraction: number) => void
  /** `index` when the loader already built it (in time slices); otherwise it is built here. */
  sceneLoaded: (scene: Scene, index?: SceneIndex) => void
  sceneFailed: (failure: SceneSlice['failure']) => void
}

export const createSceneSlice: StateCreator<VenueState, [], [], SceneSlice> = (set) => ({
  sceneId: 'wdec-2023',
  loadStatus: 'loading',
  loadProgress: 0,
  loadingFile: null,
  failure: null,
  index: null,
  sceneLoading: (sceneId) => set({ sceneId, loadStatus: 'loading', loadProgress: 0, failure: null, index: null }),
  sceneProgress: (file, fraction) => set({ loadingFile: file, loadProgress: fraction }),
  sceneLoaded: (scene, index) => set({ loadStatus: 'ready', loadProgress: 1, index: index ?? buildSceneIndex(scene), failure: null }),
  sceneFailed: (failure) => set({ loadStatus: 'error', failure }),
})
