import { CameraControls, OrthographicCamera, PerspectiveCamera } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { Box3, MathUtils, Vector3, type PerspectiveCamera as PerspectiveCameraImpl } from 'three'
import CameraControlsImpl from 'camera-controls'
import { facingFor, frameFor, hallBox, kioskViewBox, type Box3Plain } from '../domain/camera/framing.ts'
import { fitView, overviewAngles } from '../domain/camera/fitView.ts'
import type { Kiosk } from '../domain/scene/schema.ts'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import type { Selection } from '../domain/selection.ts'
import type { ViewMode } from '../state/slices/viewSlice.ts'
import { useEmbedGestures } from './embedGestures.ts'
import { useRouteFraming } from './useRouteFraming.ts'

interface Props {
  index: SceneIndex
  selection: Selection | null
  homeNonce: number
  reducedMotion: boolean
  view: ViewMode
  /** Kiosk: face the way a visitor standing at the kiosk faces; a portrait screen looks into the hall from there. */
  kiosk?: Pick<Kiosk, 'position' | 'heading'> | null
  /** The overview frames this instead of the floor (the stacked view's whole stack). */
  frame?: Box3Plain | null
  /** Where the camera may roam, if wider than the floor: a site of several buildings, so the others can be reached. */
  bounds?: Box3Plain | null
}

const SELECTION_POLAR = MathUtils.degToRad(45)
/** Share of the half-viewport kept free around a framed box: room for its labels. */
const OVERVIEW_MARGIN = 0.04
const SELECTION_MARGIN = 0.1
/** Never under the floor, never flat along it. */
const MAX_POLAR = MathUtils.degToRad(82)
const { ACTION } = CameraControlsImpl

/**
 * The camera: orbit/pan/zoom by mouse and touch (pinch, two-finger pan) within limits, and
 * smooth, interruptible flights to whatever is selected — a jump when motion is reduced. The
 * floor plan is the same framing through a top-down orthographic camera, north up.
 */
export function CameraRig({ index, selection, homeNonce, reducedMotion, kiosk = null, view, frame = null, bounds = null }: Props) {
  const headingDeg = kiosk?.heading ?? null
  const controls = useRef<CameraControlsImpl>(null)
  const invalidate = useThree((s) => s.invalidate)
  const camera = useThree((s) => s.camera)
  const size = useThree((s) => s.size)
  // The camera the last framing was applied to: a new camera (first mount, plan ↔ orbit, the
  // default camera giving way to ours) is placed at once, only a live one flies.
  const framedCamera = useRef<typeof camera | null>(null)
  const plan = view === 'plan'

  // Limits follow the hall: a visitor can never lose the venue.
  useEffect(() => {
    const c = controls.current
    if (!c) return
    const hb = bounds ?? hallBox(index)
    const diag = Math.hypot(hb.max[0] - hb.min[0], hb.max[2] - hb.min[2])
    c.smoothTime = 0.35
    c.dollyToCursor = true
    // A stack reaches above and below the floor: the target may follow it there.
    const [low, high] = frame ? [frame.min[1], frame.max[1] + 10] : [0, 10]
    c.setBoundary(new Box3(new Vector3(hb.min[0] - 10, low, hb.min[2] - 10), new Vector3(hb.max[0] + 10, high, hb.max[2] + 10)))
    c.boundaryFriction = 0.2
    if (plan) {
      // A printed map: north up, no tilting or turning; drag pans, wheel and pinch zoom.
      c.minPolarAngle = 0
      c.maxPolarAngle = 0
      c.minAzimuthAngle = 0
      c.maxAzimuthAngle = 0
      c.minZoom = 0.5
      c.maxZoom = 80
      c.mouseButtons.left = ACTION.TRUCK
      c.touches.one = ACTION.TOUCH_TRUCK
      c.touches.two = ACTION.TOUCH_ZOOM_TRUCK
    } else {
      c.minDistance = 4
      c.maxDistance = Math.max(diag, frame ? 2 * (frame.max[1] - frame.min[1]) : 0) * 1.6
      c.minPolarAngle = 0
      c.maxPolarAngle = MAX_POLAR
    }
  }, [index, plan, camera, frame, bounds])
  // Embed mode: no scroll trap for the host page (after the limits above, which set touches).
  useEmbedGestures(controls, camera)

  useEffect(() => {
    const c = controls.current
    if (!c) return
    const animate = framedCamera.current === camera && !reducedMotion
    framedCamera.current = camera
    const aspect = size.width / Math.max(1, size.height)
    if (plan) {
      const b = frameFor(index, selection)
      const box = new Box3(new Vector3(...b.min), new Vector3(...b.max))
      const pad = selection ? 2 : 4
      void c.rotateTo(0, 0, false)
      void c.fitToBox(box, animate, { paddingTop: pad, paddingBottom: pad, paddingLeft: pad, paddingRight: pad })
    } else {
      // A portrait kiosk looks into the hall from where it stands; elsewhere the subject.
      const b = !selection && frame ? frame : !selection && kiosk && aspect < 0.9 ? kioskViewBox(index, kiosk.position, kiosk.heading, aspect) : frameFor(index, selection)
      const lens = { fovY: MathUtils.degToRad((camera as PerspectiveCameraImpl).fov ?? 45), aspect, margin: selection ? SELECTION_MARGIN : OVERVIEW_MARGIN }
      // A booth is seen from the aisle in front of it (its fascia towards the visitor); other
      // selections keep the visitor's own orbit angle; Home resets it.
      const facing = facingFor(index, selection)
      const keepAzimuth = !!selection && animate && facing === null
      const angles = selection
        ? { azimuth: facing ?? (keepAzimuth ? c.azimuthAngle : MathUtils.degToRad(-(headingDeg ?? 0))), polar: SELECTION_POLAR }
        : overviewAngles(b, lens, headingDeg)
      if (keepAzimuth) void c.rotatePolarTo(angles.polar, animate)
      else void c.rotateTo(angles.azimuth, angles.polar, animate)
      // Fill the canvas at that tilt (fitToBox snaps to 90° steps, and a bounding sphere leaves
      // bands of background around a long, flat hall).
      const fit = fitView(b, { ...lens, ...angles })
      void c.moveTo(...fit.target, animate)
      void c.dollyTo(fit.distance, animate)
    }
    invalidate()
  }, [index, selection, homeNonce, reducedMotion, headingDeg, kiosk, plan, camera, invalidate, size.width, size.height, frame])
  // Wayfinding: a new route is framed whole (after the selection framing above, so it wins).
  useRouteFraming(controls, reducedMotion, plan)

  // A resized canvas (panel opening, phone rotation) is drawn again at its new size.
  useEffect(() => {
    invalidate()
  }, [size.width, size.height, invalidate])

  return (
    <>
      {plan ? (
        <OrthographicCamera key="camera-plan" makeDefault near={0.1} far={2000} position={[0, 500, 0]} />
      ) : (
        <PerspectiveCamera key="camera-orbit" makeDefault fov={45} near={0.5} far={3000} position={[0, 150, 160]} />
      )}
      <CameraControls key={plan ? 'plan' : 'orbit'} ref={controls} makeDefault />
    </>
  )
}
