/**
 * Things clicked on the canvas besides the floor's booths and zones: other buildings' massings,
 * the faint levels of the stacked view, and the parts of a booth that stand outside its own
 * prism (fascia boards above it, an open stand's pylon). Each registers a picker; a click goes to
 * the nearest hit, theirs or the pick index's (usePointerPicking). Few, so each tests its own
 * boxes directly — no grid.
 */
import { useCallback, useEffect } from 'react'
import { rayAabb, type Aabb, type Ray } from '../domain/picking/ray.ts'

/** A click's action, or a booth the hit belongs to (pointed at and clicked as the booth itself). */
export type OverlayHit = { t: number; act: () => void } | { t: number; boothId: string }

/** A box that stands for its booth: a board, a pylon. */
export interface BoothPartBox extends Aabb {
  boothId: string
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

/** Register the boxes of booth parts (stable array) while mounted: a hit on one is a hit on its booth. */
export function useBoothPartPicker(boxes: readonly BoothPartBox[]): void {
  const picker = useCallback(
    (ray: Ray): OverlayHit | null => {
      let best: OverlayHit | null = null
      for (const b of boxes) {
        const t = rayAabb(ray, b)
        if (t !== null && (!best || t < best.t)) best = { t, boothId: b.boothId }
      }
      return best
    },
    [boxes],
  )
  useOverlayPicker(boxes.length ? picker : null)
}
