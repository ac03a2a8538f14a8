/**
 * Things clicked on the canvas besides the floor's booths and zones: other buildings' massings,
 * the faint levels of the stacked view. Each registers a picker; a click goes to the nearest
 * hit, theirs or the pick index's (usePointerPicking). Few and large, so each tests its own
 * prisms directly — no grid.
 */
import { useEffect } from 'react'
import type { Ray } from '../domain/picking/ray.ts'

export interface OverlayHit {
  t: number
  act: () => void
}
export type OverlayPicker = (ray: Ray) => OverlayHit | null

const pickers = new Set<OverlayPicker>()

/** Register `picker` while the component is mounted (pass a stable function). */
export function useOverlayPicker(picker: OverlayPicker | null): void {
  useEffect(() => {
    if (!picker) return
    pickers.add(picker)
    return () => {
      pickers.delete(picker)
    }
  }, [picker])
}

export function nearestOverlay(ray: Ray): OverlayHit | null {
  let best: OverlayHit | null = null
  for (const p of pickers) {
    const hit = p(ray)
    if (hit && (!best || hit.t < best.t)) best = hit
  }
  return best
}
