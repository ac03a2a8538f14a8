import { Raycaster, Vector2, type Camera } from 'three'
import type { Ray } from '../domain/picking/ray.ts'

const raycaster = new Raycaster()
const ndc = new Vector2()

/** The domain ray under a point of the canvas (CSS px relative to the canvas). */
export function rayAt(camera: Camera, x: number, y: number, width: number, height: number): Ray {
  ndc.set((x / width) * 2 - 1, -(y / height) * 2 + 1)
  raycaster.setFromCamera(ndc, camera)
  const { origin, direction } = raycaster.ray
  return { origin: [origin.x, origin.y, origin.z], dir: [direction.x, direction.y, direction.z] }
}
