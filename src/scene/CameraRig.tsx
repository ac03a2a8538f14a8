import { CameraControls } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { Box3, MathUtils, Vector3 } from 'three'
import type CameraControlsImpl from 'camera-controls'
import { frameFor, hallBox } from '../domain/camera/framing.ts'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import type { Selection } from '../domain/selection.ts'

interface Props {
  index: SceneIndex
  selection: Selection | null
  homeNonce: number
  reducedMotion: boolean
  /** Kiosk: face the way a visitor standing at the kiosk faces (degrees clockwise from north). */
  headingDeg?: number | null
}

const OVERVIEW_POLAR = MathUtils.degToRad(52)
/** Never under the floor, never flat along it. */
const MAX_POLAR = MathUtils.degToRad(82)

/**
 * The camera: orbit/pan/zoom by mouse and touch (pinch, two-finger pan) within limits, and
 * smooth, interruptible flights to whatever is selected — a jump when motion is reduced.
 */
export function CameraRig({ index, selection, homeNonce, reducedMotion, headingDeg }: Props) {
  const ref = useRef<CameraControlsImpl>(null)
  const invalidate = useThree((s) => s.invalidate)
  const size = useThree((s) => s.size)
  const initialised = useRef(false)

  // Limits follow the hall: a visitor can never lose the venue.
  useEffect(() => {
    const c = ref.current
    if (!c) return
    const hb = hallBox(index)
    const w = hb.max[0] - hb.min[0]
    const d = hb.max[2] - hb.min[2]
    const diag = Math.hypot(w, d)
    c.minDistance = 4
    c.maxDistance = diag * 1.6
    c.maxPolarAngle = MAX_POLAR
    c.dollyToCursor = true
    c.smoothTime = 0.35
    c.setBoundary(new Box3(new Vector3(hb.min[0] - 10, 0, hb.min[2] - 10), new Vector3(hb.max[0] + 10, 10, hb.max[2] + 10)))
    c.boundaryFriction = 0.2
  }, [index])

  useEffect(() => {
    const c = ref.current
    if (!c) return
    const animate = initialised.current && !reducedMotion
    initialised.current = true
    const b = frameFor(index, selection)
    const box = new Box3(new Vector3(...b.min), new Vector3(...b.max))
    const azimuth = MathUtils.degToRad(-(headingDeg ?? 0))
    const polar = selection ? MathUtils.degToRad(45) : OVERVIEW_POLAR
    // Keep the visitor's own orbit angle when moving between selections; reset it on Home.
    if (!selection || !animate) {
      void c.rotateTo(azimuth, polar, animate)
    } else {
      void c.rotatePolarTo(polar, animate)
    }
    const pad = selection ? 2 : 4
    void c.fitToBox(box, animate, { paddingTop: pad, paddingBottom: pad, paddingLeft: pad, paddingRight: pad })
    invalidate()
  }, [index, selection, homeNonce, reducedMotion, headingDeg, invalidate])

  // A resized canvas (panel opening, phone rotation) keeps what it was showing framed.
  useEffect(() => {
    invalidate()
  }, [size.width, size.height, invalidate])

  return <CameraControls ref={ref} makeDefault />
}
