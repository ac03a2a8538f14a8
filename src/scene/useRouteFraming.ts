import { useThree } from '@react-three/fiber'
import { useEffect, useRef, type RefObject } from 'react'
import { Box3, MathUtils, Sphere, Vector3 } from 'three'
import type CameraControlsImpl from 'camera-controls'
import { useVenueStore } from '../state/store.ts'

/** Seen from fairly high up, a route across the hall is not hidden behind booths. */
const ROUTE_POLAR = MathUtils.degToRad(38)
const PAD_M = 4

/**
 * When a route is drawn, the camera frames all of it: a flight, or a jump when motion is
 * reduced (and for a route that is there from the start, e.g. a `from=&to=` link). Used by
 * CameraRig after its own selection framing, so a new route wins over a selection made with it.
 */
export function useRouteFraming(controls: RefObject<CameraControlsImpl | null>, reducedMotion: boolean, plan: boolean): void {
  const route = useVenueStore((s) => s.route)
  const camera = useThree((s) => s.camera)
  const invalidate = useThree((s) => s.invalidate)
  const framedOnce = useRef(false)
  // Read when a route arrives; a change of preference alone does not move the camera.
  const reduced = useRef(reducedMotion)
  useEffect(() => {
    reduced.current = reducedMotion
  }, [reducedMotion])

  useEffect(() => {
    const c = controls.current
    if (!c || !route || route.points.length === 0) return
    const animate = framedOnce.current && !reduced.current
    framedOnce.current = true
    let minX = Infinity
    let minZ = Infinity
    let maxX = -Infinity
    let maxZ = -Infinity
    for (const [x, z] of route.points) {
      minX = Math.min(minX, x)
      maxX = Math.max(maxX, x)
      minZ = Math.min(minZ, z)
      maxZ = Math.max(maxZ, z)
    }
    const box = new Box3(new Vector3(minX - PAD_M, 0, minZ - PAD_M), new Vector3(maxX + PAD_M, 3, maxZ + PAD_M))
    if (plan) {
      void c.fitToBox(box, animate, { paddingTop: 8, paddingBottom: 6, paddingLeft: 6, paddingRight: 6 })
    } else {
      // As CameraRig does: a sphere keeps the tilt (fitToBox would snap it to 90° steps).
      const sphere = box.getBoundingSphere(new Sphere())
      void c.rotatePolarTo(ROUTE_POLAR, animate)
      void c.moveTo(sphere.center.x, 0, sphere.center.z, animate)
      void c.dollyTo(Math.max(c.minDistance, c.getDistanceToFitSphere(sphere.radius)), animate)
    }
    invalidate()
  }, [controls, route, plan, camera, invalidate])
}
