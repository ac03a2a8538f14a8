import type { StateCreator } from 'zustand'
import type { VenueState } from '../store.ts'

/** How the visitor looks at the hall: orbiting in 3D, the printed-map plan, or on foot. */
export type ViewMode = 'orbit' | 'plan' | 'walk'

export interface TourState {
  step: number
  paused: boolean
}

export interface ViewSlice {
  view: ViewMode
  tour: TourState | null
  /** Walk mode: the zone or point the walker is in or near (shown as "Near: …"). */
  walkPlace: { kind: 'zone' | 'poi'; id: string } | null
  setWalkPlace: (place: { kind: 'zone' | 'poi'; id: string } | null) => void
  setView: (view: ViewMode) => void
  startTour: () => void
  stopTour: () => void
  tourGo: (step: number) => void
  tourPause: (paused: boolean) => void
}

export const createViewSlice: StateCreator<VenueState, [], [], ViewSlice> = (set) => ({
  view: 'orbit',
  tour: null,
  walkPlace: null,
  setWalkPlace: (walkPlace) => set({ walkPlace }),
  setView: (view) => set(view === 'walk' ? { view, tour: null } : { view, walkPlace: null }),
  startTour: () => set({ tour: { step: 0, paused: false }, view: 'orbit' }),
  stopTour: () => set({ tour: null }),
  tourGo: (step) => set((s) => (s.tour ? { tour: { ...s.tour, step } } : {})),
  tourPause: (paused) => set((s) => (s.tour ? { tour: { ...s.tour, paused } } : {})),
})
