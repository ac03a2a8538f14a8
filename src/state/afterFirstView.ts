/**
 * When the visitor's first view is there: the venue's first 3D frame (or its plan) is drawn, or there will be
 * none (no WebGL, a failed load) — or, should neither be said, `fallbackMs` after the scene is in
 * (not after the start: on a slow line the scene alone can take longer than that). Optional work
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
    let timer: ReturnType<typeof setTimeout> | undefined
    const done = (): void => {
      off()
      clearTimeout(timer)
      resolve()
    }
    const watch = (s: VenueState): void => {
      if (firstViewSettled(s)) done()
      else if (!timer && s.loadStatus === 'ready') timer = setTimeout(done, fallbackMs)
    }
    const off = store.subscribe(watch)
    watch(store.getState())
  })
}
