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
  w: number
  h: number
  /** The size with the thing's short name, where it has one (the same height unless given). */
  shortW?: number
  shortH?: number
}

/** How a label is drawn, if at all: with the full name or the short one. */
export type LabelForm = 'full' | 'short'
export type LabelChoice = ReadonlyMap<string, LabelForm>

/** One kind of label (zones, points, booths), placed in the order given: earlier kinds win. */
export interface LabelGroup {
  spots: readonly LabelSpot[]
  /** At most this many labels of the kind at once (each is an HTML overlay moved every frame). */
  max: number
  /** A thing smaller than this on screen, CSS px, gets no label. */
  minPx: number
  /**
   * Drawn at more CSS px per metre than this, a thing reads its own name in 3D (a booth's fascia
   * board): its label takes the short form, so the name is not said twice.
   */
  ownNameFromPxPerMetre?: number
}

/** How often the choice is revisited while the camera moves. */
const RECHECK_MS = 150

/**
 * Which labels to draw and in which form, so that no two cover each other at any canvas size:
 * kinds in priority order, within a kind the largest things on screen first; a label that would
 * cover one already placed (or leave the canvas) tries its short name, else gives way. The
 * focused zone (`keep`) is placed first, always. Revisited while the camera moves, at most every
 * 150 ms, and once more after it stops.
 */
export function useLabelChoice(groups: readonly LabelGroup[], keep: string | null): LabelChoice {
  const [shown, setShown] = useState<LabelChoice>(() => new Map())
  const invalidate = useThree((s) => s.invalidate)
  const lastCheck = useRef(-Infinity)
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null)
  const dirty = useRef(true)
  const v = useRef(new Vector3())

  // New candidates (another zone opened, another language): choose again on the next frame.
  useEffect(() => {
    dirty.current = true
    invalidate()
  }, [groups, keep, invalidate])
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current)
    },
    [],
  )
  // A control that appears or grows over the canvas (a panel opening, a caption wrapping) draws
  // no frame of the 3D view: choose again, or a label stays under it until the camera moves.
  const canvas = useThree((s) => s.gl.domElement)
  useEffect(() => watchControls(canvas, () => {
    dirty.current = true
    invalidate()
  }), [canvas, invalidate])

  useFrame(({ camera, size, gl }) => {
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
    const next = chooseLabels(groups, keep, camera, size, v.current, controlBoxes(gl.domElement))
    setShown((prev) => (sameChoice(prev, next) ? prev : next))
  })

  return shown
}

/** Gap kept between two labels, CSS px. */
const LABEL_GAP = 4

/** A box on the canvas, CSS px: its centre and size. */
export interface Placed {
  x: number
  y: number
  w: number
  h: number
}

/**
 * The view's own controls laid over the canvas (App.tsx, styles.css): labels are placed around
 * them, never under them, so a name is not half hidden and a button never looks covered.
 */
const OVERLAY_CONTROLS = '.view-controls, .level-switcher, .live-overlay, .controls-hint, .embed-list-toggle, .tour-caption, .walk-hint'

/** Calls `changed` when a control is added to the view or removed, or changes size. */
function watchControls(canvas: HTMLCanvasElement, changed: () => void): () => void {
  const host = canvas.closest('.viewport')
  if (!host || typeof ResizeObserver === 'undefined') return () => undefined
  const sizes = new WeakMap<Element, string>()
  const resized = new ResizeObserver((entries) => {
    let grew = false
    for (const e of entries) {
      const size = `${e.contentRect.width}x${e.contentRect.height}`
      // The first report of a control is its size when watched: already counted in the choice.
      if (sizes.has(e.target) && sizes.get(e.target) !== size) grew = true
      sizes.set(e.target, size)
    }
    if (grew) changed()
  })
  const watch = (): void => host.querySelectorAll(OVERLAY_CONTROLS).forEach((el) => resized.observe(el))
  watch()
  // The controls are the view's own children; the labels live deeper, inside the canvas's box.
  const added = new MutationObserver(() => {
    watch()
    changed()
  })
  added.observe(host, { childList: true })
  return () => {
    resized.disconnect()
    added.disconnect()
  }
}

function controlBoxes(canvas: HTMLCanvasElement): Placed[] {
  const host = canvas.closest('.viewport')
  if (!host) return []
  const c = canvas.getBoundingClientRect()
  const out: Placed[] = []
  for (const el of host.querySelectorAll(OVERLAY_CONTROLS)) {
    const r = el.getBoundingClientRect()
    if (r.width > 0 && r.height > 0) out.push({ x: r.left - c.left + r.width / 2, y: r.top - c.top + r.height / 2, w: r.width, h: r.height })
  }
  return out
}

export function chooseLabels(
  groups: readonly LabelGroup[],
  keep: string | null,
  camera: Camera,
  viewport: { width: number; height: number },
  v = new Vector3(),
  /** Boxes no label may cover (the view's controls). */
  blocked: readonly Placed[] = [],
): Map<string, LabelForm> {
  const heightPx = viewport.height
  const persp = (camera as PerspectiveCamera).isPerspectiveCamera ? (camera as PerspectiveCamera) : null
  const ortho = (camera as OrthographicCamera).isOrthographicCamera ? (camera as OrthographicCamera) : null
  const focal = persp ? heightPx / 2 / Math.tan((persp.fov * Math.PI) / 360) : 0
  const orthoScale = ortho ? (heightPx * ortho.zoom) / (ortho.top - ortho.bottom) : 0
  const cam = camera.position
  const out = new Map<string, LabelForm>()
  const placed: Placed[] = [...blocked]
  const covers = (s: Placed): boolean =>
    placed.some((p) => Math.abs(p.x - s.x) * 2 < p.w + s.w + LABEL_GAP * 2 && Math.abs(p.y - s.y) * 2 < p.h + s.h + LABEL_GAP * 2)
  const inside = (s: Placed): boolean => s.x - s.w / 2 >= 0 && s.x + s.w / 2 <= viewport.width && s.y - s.h / 2 >= 0 && s.y + s.h / 2 <= heightPx
  for (const group of groups) {
    const scored: { spot: LabelSpot; px: number; x: number; y: number; ownName: boolean }[] = []
    for (const s of group.spots) {
      v.set(s.x, s.y, s.z).project(camera)
      if (v.z > 1 || v.x < -1.05 || v.x > 1.05 || v.y < -1.05 || v.y > 1.05) continue
      const px = persp ? (s.size * focal) / Math.max(1e-3, Math.hypot(s.x - cam.x, s.y - cam.y, s.z - cam.z)) : s.size * orthoScale
      if (px >= group.minPx || s.id === keep)
        scored.push({
          spot: s,
          px: s.id === keep ? Infinity : px,
          x: ((v.x + 1) / 2) * viewport.width,
          y: ((1 - v.y) / 2) * heightPx,
          ownName: group.ownNameFromPxPerMetre !== undefined && s.shortW !== undefined && px / Math.max(1e-6, s.size) >= group.ownNameFromPxPerMetre,
        })
    }
    scored.sort((a, b) => b.px - a.px)
    // The focused zone comes first (px: Infinity), so nothing is ever placed over it.
    let count = 0
    for (const s of scored) {
      if (count >= group.max) break
      const forms: [LabelForm, number, number][] = s.ownName ? [] : [['full', s.spot.w, s.spot.h]]
      if (s.spot.shortW !== undefined) forms.push(['short', s.spot.shortW, s.spot.shortH ?? s.spot.h])
      let chosen: LabelForm | null = null
      for (const [form, w, h] of forms) {
        const box = { x: s.x, y: s.y, w, h }
        if (s.spot.id === keep || (!covers(box) && inside(box))) {
          chosen = form
          placed.push(box)
          break
        }
      }
      if (!chosen) {
        // Nothing fits wholly on the canvas: the shortest form may still stand at its edge.
        const [form, w, h] = forms[forms.length - 1]!
        const box = { x: s.x, y: s.y, w, h }
        if (!covers(box)) {
          chosen = form
          placed.push(box)
        }
      }
      if (chosen) {
        out.set(s.spot.id, chosen)
        count++
      }
    }
  }
  return out
}

function sameChoice(a: LabelChoice, b: LabelChoice): boolean {
  if (a.size !== b.size) return false
  for (const [k, f] of a) if (b.get(k) !== f) return false
  return true
}
