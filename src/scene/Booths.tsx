import { useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import type { InstancedMesh} from 'three';
import { BoxGeometry, Color, InstancedBufferAttribute, Matrix4, MeshStandardMaterial, Object3D } from 'three'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import { boothColor, dim } from './colors.ts'

export const DEFAULT_BOOTH_HEIGHT = 2.5

interface Props {
  index: SceneIndex
  focusZoneId: string | null
  /** Booths lit up by a search or filter; empty = no filter. */
  litBoothIds: ReadonlySet<string> | null
  /** `booth:<id>` keys drawn by the venue's own model: their data boxes are not drawn. */
  modelIds?: ReadonlySet<string>
}

/** Every booth in one InstancedMesh: one draw call at 100 or 70,000 booths. */
export function Booths({ index, focusZoneId, litBoothIds, modelIds }: Props) {
  const booths = index.scene.venue.booths
  const ref = useRef<InstancedMesh>(null)
  const invalidate = useThree((s) => s.invalidate)
  const geometry = useMemo(() => {
    const g = new BoxGeometry(1, 1, 1)
    g.translate(0, 0.5, 0)
    return g
  }, [])
  const material = useMemo(() => new MeshStandardMaterial({ roughness: 0.85, metalness: 0 }), [])
  useEffect(
    () => () => {
      geometry.dispose()
      material.dispose()
    },
    [geometry, material],
  )

  useLayoutEffect(() => {
    const mesh = ref.current
    if (!mesh) return
    const o = new Object3D()
    const m = new Matrix4()
    booths.forEach((b, i) => {
      const box = index.boothBox.get(b.id)!
      o.position.set((box.minX + box.maxX) / 2, 0, (box.minZ + box.maxZ) / 2)
      // A 10 cm gap keeps neighbouring booths visibly apart.
      o.scale.set(Math.max(0.2, box.maxX - box.minX - 0.1), b.height ?? DEFAULT_BOOTH_HEIGHT, Math.max(0.2, box.maxZ - box.minZ - 0.1))
      if (modelIds?.has(`booth:${b.id}`)) o.scale.setScalar(0)
      o.updateMatrix()
      m.copy(o.matrix)
      mesh.setMatrixAt(i, m)
    })
    mesh.instanceMatrix.needsUpdate = true
    if (!mesh.instanceColor) mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(booths.length * 3), 3)
    mesh.computeBoundingSphere()
    mesh.computeBoundingBox()
    invalidate()
  }, [booths, index, modelIds, invalidate])

  useLayoutEffect(() => {
    const mesh = ref.current
    if (!mesh) return
    const c = new Color()
    booths.forEach((b, i) => {
      const zone = index.zoneById.get(b.zoneId)
      boothColor(zone?.color ?? '#888888', (index.exhibitorsByBooth.get(b.id)?.length ?? 0) > 0, c)
      const outOfFocus = focusZoneId !== null && b.zoneId !== focusZoneId
      const unlit = litBoothIds !== null && !litBoothIds.has(b.id)
      if (litBoothIds !== null && litBoothIds.has(b.id)) c.lerp(new Color('#ffe066'), 0.65)
      if (unlit) dim(c, 0.7)
      else if (outOfFocus) dim(c, 0.45)
      mesh.setColorAt(i, c)
    })
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true
    invalidate()
  }, [booths, index, focusZoneId, litBoothIds, invalidate])

  return (
    <instancedMesh
      ref={ref}
      name="booths"
      args={[geometry, material, booths.length]}
      // Picking goes through the domain grid index, never three's per-instance raycast.
      raycast={() => null}
      frustumCulled={false}
    />
  )
}
