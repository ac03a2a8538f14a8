import { useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import type { InstancedMesh } from 'three'
import { Color, Object3D } from 'three'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import { DEFAULT_BOOTH_HEIGHT } from './Booths.tsx'
import { boothBoxGeometry, highlightMaterial } from './viewParts.ts'

const MAX = 64
const SELECTED = new Color('#ffd400')
const HOVER = new Color('#ffffff')

/** Selected and hovered booths as glowing shells: one draw call for all of them. */
export function Highlights({ index, selectedBoothIds, hoverBoothId }: { index: SceneIndex; selectedBoothIds: readonly string[]; hoverBoothId: string | null }) {
  const ref = useRef<InstancedMesh>(null)
  const invalidate = useThree((s) => s.invalidate)
  const geometry = useMemo(() => boothBoxGeometry(), [])
  const material = useMemo(() => highlightMaterial(), [])
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
    let n = 0
    const add = (id: string, color: Color, grow: number): void => {
      const box = index.boothBox.get(id)
      const booth = index.boothById.get(id)
      if (!box || !booth || n >= MAX) return
      o.position.set((box.minX + box.maxX) / 2, 0, (box.minZ + box.maxZ) / 2)
      o.scale.set(box.maxX - box.minX + grow, (booth.height ?? DEFAULT_BOOTH_HEIGHT) + grow, box.maxZ - box.minZ + grow)
      o.updateMatrix()
      mesh.setMatrixAt(n, o.matrix)
      mesh.setColorAt(n, color)
      n++
    }
    for (const id of selectedBoothIds) add(id, SELECTED, 0.4)
    if (hoverBoothId && !selectedBoothIds.includes(hoverBoothId)) add(hoverBoothId, HOVER, 0.25)
    mesh.count = n
    mesh.visible = n > 0
    mesh.instanceMatrix.needsUpdate = true
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true
    invalidate()
  }, [index, selectedBoothIds, hoverBoothId, invalidate])
  return <instancedMesh ref={ref} name="booth-highlights" args={[geometry, material, MAX]} raycast={() => null} frustumCulled={false} renderOrder={4} />
}
