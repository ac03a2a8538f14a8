import { useThree } from '@react-three/fiber'
import { useLayoutEffect, useRef } from 'react'
import type { InstancedMesh } from 'three'
import { Color, Object3D } from 'three'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import { POI_COLORS } from './colors.ts'
import { boothMaterial, postGeometry } from './viewParts.ts'
import { useOwnedMesh } from './useOwnedMesh.ts'

/** Service points and kiosks as coloured posts (one draw call); their symbols are in Labels. */
export function Markers({ index }: { index: SceneIndex }) {
  const { pois, kiosks } = index.scene.venue
  const ref = useRef<InstancedMesh>(null)
  const invalidate = useThree((s) => s.invalidate)
  // The booths' material and shader: the first frame needs one program for both.
  const { geometry, material } = useOwnedMesh(postGeometry, boothMaterial)
  const count = pois.length + kiosks.length
  useLayoutEffect(() => {
    const mesh = ref.current
    if (!mesh) return
    const o = new Object3D()
    const c = new Color()
    let i = 0
    for (const p of pois) {
      o.position.set(p.position[0], 0, p.position[1])
      o.updateMatrix()
      mesh.setMatrixAt(i, o.matrix)
      mesh.setColorAt(i, c.set(POI_COLORS[p.kind] ?? '#cccccc'))
      i++
    }
    for (const k of kiosks) {
      o.position.set(k.position[0], 0, k.position[1])
      o.updateMatrix()
      mesh.setMatrixAt(i, o.matrix)
      mesh.setColorAt(i, c.set(POI_COLORS.kiosk!))
      i++
    }
    mesh.instanceMatrix.needsUpdate = true
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true
    invalidate()
  }, [pois, kiosks, invalidate])
  if (count === 0) return null
  return <instancedMesh ref={ref} name="markers" args={[geometry, material, count]} raycast={() => null} frustumCulled={false} />
}
