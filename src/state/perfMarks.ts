/**
 * Performance marks for the benchmark and for anyone profiling in DevTools: when the interface
 * first became usable (the venue list is on screen) and when the 3D view first drew the scene.
 */
export const UI_READY_MARK = 'venue-twin:ui-ready'
export const FIRST_FRAME_MARK = 'venue-twin:first-frame'

const marked = new Set<string>()

export function markOnce(name: string): void {
  if (marked.has(name) || typeof performance === 'undefined' || typeof performance.mark !== 'function') return
  marked.add(name)
  performance.mark(name)
}
