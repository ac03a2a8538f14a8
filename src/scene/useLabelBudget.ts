import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef, useState } from 'react'
import { Vector3, type Camera, type OrthographicCamera, type PerspectiveCamera } from 'three'

/** A thing that may carry a label: where the label sits and how big the thing is, metres. */
export interface LabelSpot {
  id: string
  x: number
  y: number
  z: number
  size: number
  /** The label's own size on screen, CSS px (estimated), centred on the spot. */
  w?: number
  h?: number
}

export interface LabelBudget {
  /** At most this many labels at once. */
  max: number
  /** A thing smaller than this on screen, CSS px, gets no label. */
  minPx: number
}

/** How often the choice is revisited while the camera moves. */
const RECHECK_MS = 150

/**
 * Which labels to draw when there are too many to draw them all (a 70,000-booth fair has
 * hundreds of zones and points): those on screen whose thing looks large enough, largest
 * first, at most `max`, and none over another one already chosen (seen at a slant, the near
 * zones of a big fair would otherwise stack their labels into an unreadable heap). Every label
 * is an HTML overlay re-positioned each frame, so their number must not grow with the venue.
 * Returns null when all fit: draw every label.
 */
export function useLabelBudget(spots: readonly LabelSpot[], budget: LabelBudget, keep: string | null = null): ReadonlySet<string> | null {
  const limited = spots.length > budget.max
  const [shown, setShown] = useState<ReadonlySet<string>>(() => new Set())
  const invalidate = useThree((s) => s.invalidate)
  const lastCheck = useRef(-Infinity)
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null)
  const dirty = useRef(true)
  const v = useRef(new Vector3())

  // New candidates (another zone opened, another scene): choose again on the next frame.
  useEffect(() => {
    dirty.current = true
    invalidate()
  }, [spots, keep, budget.max, budget.minPx, invalidate])
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current)
    },
    [],
  )

  useFrame(({ camera, size }) => {
    if (!limited) return
    const now = performance.now()
    if (!dirty.current && now - lastCheck.current < RECHECK_MS) {
      // The camera may stop inside the wait: look once more after it, or the last choice sticks.
      if (!pending.current)
        pending.current = setTimeout(() => {
          pending.current = null
          lastCheck.current = -Infinity
          invalidate()
        }, RECHECK_MS)
      return
    }
    dirty.current = false
    lastCheck.current = now
    const next = chooseLabels(spots, budget, keep, camera, size, v.current)
    setShown((prev) => (sameSet(prev, next) ? prev : next))
  })

  return limited ? shown : null
}

/** Gap kept between two labels, CSS px. */
const LABEL_GAP = 4

export function chooseLabels(
  spots: readonly LabelSpot[],
  budget: LabelBudget,
  keep: string | null,
  camera: Camera,
  viewport: { width: number; height: number },
  v = new Vector3(),
): Set<string> {
  const heightPx = viewport.height
  const persp = (camera as PerspectiveCamera).isPerspectiveCamera ? (camera as PerspectiveCamera) : null
  const ortho = (camera as OrthographicCamera).isOrthographicCamera ? (camera as OrthographicCamera) : null
  const focal = persp ? heightPx / 2 / Math.tan((persp.fov * Math.PI) / 360) : 0
  const orthoScale = ortho ? (heightPx * ortho.zoom) / (ortho.top - ortho.bottom) : 0
  const cam = camera.position
  const scored: { id: string; px: number; x: number; y: number; w: number; h: number }[] = []
  for (const s of spots) {
    v.set(s.x, s.y, s.z).project(camera)
    if (v.z > 1 || v.x < -1.05 || v.x > 1.05 || v.y < -1.05 || v.y > 1.05) continue
    const px = persp ? (s.size * focal) / Math.max(1e-3, Math.hypot(s.x - cam.x, s.y - cam.y, s.z - cam.z)) : s.size * orthoScale
    if (px >= budget.minPx || s.id === keep)
      scored.push({ id: s.id, px: s.id === keep ? Infinity : px, x: ((v.x + 1) / 2) * viewport.width, y: ((1 - v.y) / 2) * heightPx, w: s.w ?? 0, h: s.h ?? 0 })
  }
  scored.sort((a, b) => b.px - a.px)
  const placed: (typeof scored)[number][] = []
  for (const s of scored) {
    if (placed.length >= budget.max) break
    const overlaps = placed.some((p) => Math.abs(p.x - s.x) * 2 < p.w + s.w + LABEL_GAP * 2 && Math.abs(p.y - s.y) * 2 < p.h + s.h + LABEL_GAP * 2)
    // The focused zone comes first (px: Infinity), so nothing is ever placed over it.
    if (!overlaps) placed.push(s)
  }
  return new Set(placed.map((s) => s.id))
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false
  for (const x of a) if (!b.has(x)) return false
  return true
}
