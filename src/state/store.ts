/**
 * The one store (docs/architecture.md): plain, serialisable state in slices. three.js objects and
 * per-frame values never live here.
 */
import { create } from 'zustand'
import { subscribeWithSelector } from 'zustand/middleware'
import { createClockSlice, type ClockSlice } from './slices/clockSlice.ts'
import { createDeploySlice, type DeploySlice } from './slices/deploySlice.ts'
import { createFindSlice, type FindSlice } from './slices/findSlice.ts'
import { createHighlightSlice, type HighlightSlice } from './slices/highlightSlice.ts'
import { createKioskSlice, type KioskSlice } from './slices/kioskSlice.ts'
import { createLevelSlice, type LevelSlice } from './slices/levelSlice.ts'
import { createLiveSlice, type LiveSlice } from './slices/liveSlice.ts'
import { createRouteSlice, type RouteSlice } from './slices/routeSlice.ts'
import { createSceneSlice, type SceneSlice } from './slices/sceneSlice.ts'
import { createSelectionSlice, type SelectionSlice } from './slices/selectionSlice.ts'
import { createUiSlice, type UiSlice } from './slices/uiSlice.ts'
import { createViewSlice, type ViewSlice } from './slices/viewSlice.ts'

export type VenueState = SceneSlice & SelectionSlice & UiSlice & ClockSlice & HighlightSlice & ViewSlice & LiveSlice & KioskSlice & RouteSlice & FindSlice & DeploySlice & LevelSlice

export const useVenueStore = create<VenueState>()(
  subscribeWithSelector((...a) => ({
    ...createSceneSlice(...a),
    ...createSelectionSlice(...a),
    ...createUiSlice(...a),
    ...createClockSlice(...a),
    ...createHighlightSlice(...a),
    ...createLiveSlice(...a),
    ...createViewSlice(...a),
    ...createKioskSlice(...a),
    ...createRouteSlice(...a),
    ...createFindSlice(...a),
    ...createDeploySlice(...a),
    ...createLevelSlice(...a),
  })),
)

export type VenueStore = typeof useVenueStore

/** A snapshot of the initial state, for tests that need a fresh store. */
const initial = useVenueStore.getState()
export function resetVenueStore(patch: Partial<VenueState> = {}): void {
  useVenueStore.setState({ ...initial, ...patch }, true)
}
