/**
 * Performance marks for the benchmark and for anyone profiling in DevTools: when the interface
 * first became usable (the venue list is on screen), when the 3D view first drew the scene, when
 * its code ran and when the first card showed.
 */
export const UI_READY_MARK = 'venue-twin:ui-ready'
export const FIRST_FRAME_MARK = 'venue-twin:first-frame'
/** The 3D view's code (three.js, R3F, the view) has been evaluated. */
export const CODE_3D_MARK = 'venue-twin:3d-code'
/** The first card (a selected exhibitor, booth, zone or session, with its name) is on screen. */
export const CARD_MARK = 'venue-twin:card'

const marked = new Set<string>()

export function markOnce(name: string): void {
  if (marked.has(name) || typeof performance === 'undefined' || typeof performance.mark !== 'function') return
  marked.add(name)
  performance.mark(name)
}
