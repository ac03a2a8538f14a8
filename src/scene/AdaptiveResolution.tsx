import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'

/** Resolution steps, as a fraction of the display's pixel ratio. */
export const RESOLUTION_STEPS = [0.5, 0.65, 0.8, 1] as const
/** Back-to-back frames slower than this (under ~24 fps) cost resolution… */
const SLOW_MS = 42
/** …and faster than this (over ~50 fps) earn it back. */
const FAST_MS = 20
const WINDOW = 12
/** A gap this long means the view was idle (frames are drawn on demand), not slow. */
const IDLE_GAP_MS = 250

/**
 * Adaptive resolution: watches how long back-to-back frames take while the view moves and steps
 * the canvas resolution down when they are slow, back up when there is room. Idle gaps between
 * on-demand frames are not counted. Going up needs two fast windows in a row, so the view does
 * not flicker between two steps.
 */
export function AdaptiveResolution({ step, onStep }: { step: number; onStep: (step: number) => void }) {
  const last = useRef(0)
  const samples = useRef<number[]>([])
  const fastWindows = useRef(0)
  useFrame(() => {
    const now = performance.now()
    const dt = now - last.current
    last.current = now
    if (dt > IDLE_GAP_MS) {
      samples.current = []
      return
    }
    samples.current.push(dt)
    if (samples.current.length < WINDOW) return
    const sorted = samples.current.sort((a, b) => a - b)
    const median = sorted[WINDOW >> 1]!
    samples.current = []
    if (median > SLOW_MS && step > 0) {
      fastWindows.current = 0
      onStep(step - 1)
    } else if (median < FAST_MS && step < RESOLUTION_STEPS.length - 1) {
      if (++fastWindows.current >= 2) {
        fastWindows.current = 0
        onStep(step + 1)
      }
    } else fastWindows.current = 0
  })
  return null
}

/** Software WebGL draws at most this many pixels per CSS pixel, before adaptive steps. */
export const SOFTWARE_SCALE = 0.5

/**
 * The Canvas `dpr` for a step: the default range at full resolution, a fixed ratio below it.
 * Without a GPU every pixel costs main-thread time (the compositor reads each frame back), so
 * software rendering starts at half a pixel per CSS pixel and steps down from there: a sharper
 * picture is not worth a frozen interface.
 */
export function dprFor(step: number, software = false): number | [number, number] {
  const f = RESOLUTION_STEPS[Math.max(0, Math.min(RESOLUTION_STEPS.length - 1, step))]!
  if (f === 1 && !software) return [1, 2]
  const device = typeof window !== 'undefined' ? Math.min(software ? 1 : 2, Math.max(1, window.devicePixelRatio || 1)) : 1
  return device * f * (software ? SOFTWARE_SCALE : 1)
}
