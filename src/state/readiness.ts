/** When the twin counts as up: one definition for the automation API, the embed bridge and the UI. */
import type { VenueState } from './store.ts'

/**
 * The venue's first view is on screen: its first 3D frame is drawn, or a phone's plan (3D comes
 * when asked), or there is no WebGL to draw one (the lists and panels are the app), or it is the
 * control room (mode=ops), which draws in 2D.
 */
export const viewDrawn = (s: Pick<VenueState, 'firstFrame' | 'planDrawn' | 'webgl' | 'mode'>): boolean =>
  s.firstFrame || s.planDrawn || s.webgl === 'unavailable' || s.mode === 'ops'

/**
 * `venueTwin.ready` and the embed `ready` message: the venue is loaded, its view drawn and the
 * wayfinding code in (or known to have failed), so every method and command answers for real.
 */
export const twinReady = (s: VenueState): boolean => s.loadStatus === 'ready' && viewDrawn(s) && s.routingStatus !== 'loading'
