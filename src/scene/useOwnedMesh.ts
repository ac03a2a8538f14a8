import { useEffect, useMemo } from 'react'
import type { BufferGeometry, Material } from 'three'

/** A geometry and a material made once for a component (from viewParts.ts factories) and freed with it. */
export function useOwnedMesh(makeGeometry: () => BufferGeometry, makeMaterial: () => Material): { geometry: BufferGeometry; material: Material } {
  const geometry = useMemo(() => makeGeometry(), [makeGeometry])
  const material = useMemo(() => makeMaterial(), [makeMaterial])
  useEffect(
    () => () => {
      geometry.dispose()
      material.dispose()
    },
    [geometry, material],
  )
  return { geometry, material }
}
