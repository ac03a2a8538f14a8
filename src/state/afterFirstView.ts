/**
 * When the visitor's first view is there: the venue's first 3D frame (or its plan) is drawn, or there will be
 * none (no WebGL, a failed load) — or, should neither be said, after `fallbackMs`. Optional work
 * that the first view does not show (the live feed, URL sync) starts then, so its code and its
 * first messages do not stand between the scene's arrival and the first frame.
 */
import { viewDrawn } from './readiness.ts'
import type { VenueState } from './store.ts'

interface Observable {
  getState(): VenueState
  subscribe(listener: (state: VenueState) => void): () => void
}

/** The first view is drawn (the 3D view's first frame, or the plan on a phone), or there will be none. */
export const firstViewSettled = (s: VenueState): boolean => viewDrawn(s) || s.loadStatus === 'error'

export function afterFirstView(store: Observable, fallbackMs = 3000): Promise<void> {
  return new Promise((resolve) => {
    if (firstViewSettled(store.getState())) return resolve()
    const done = (): void => {
      off()
      clearTimeout(timer)
      resolve()
    }
    const off = store.subscribe((s) => firstViewSettled(s) && done())
    const timer = setTimeout(done, fallbackMs)
  })
}
