import { useGLTF } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { Box3 } from 'three'
import { parseVolumeName, type ModelVolume } from '../domain/picking/modelVolumes.ts'

/** Starts fetching and decoding a model (the same cache HallModel reads from). */
export function preloadHallModel(url: string): void {
  useGLTF.preload(url, false, true)
}

/**
 * The venue architecture (floor, walls, columns, roof, stage), built by `npm run build:models`,
 * or a venue's own model whose `zone:<id>` / `booth:<id>` nodes become clickable volumes.
 */
export function HallModel({ url, onVolumes }: { url: string; onVolumes: (volumes: ModelVolume[]) => void }) {
  // drei wires the meshopt decoder itself (useMeshopt defaults on).
  const gltf = useGLTF(url, false, true)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    const volumes: ModelVolume[] = []
    gltf.scene.updateMatrixWorld(true)
    gltf.scene.traverse((o) => {
      // The hall is scenery: picking goes through the domain index, never a raycast here.
      o.raycast = () => undefined
      o.matrixAutoUpdate = false
      o.updateMatrix()
      // three strips ':' from node names; GLTFLoader keeps the original in userData.name.
      const named = parseVolumeName(typeof o.userData.name === 'string' ? o.userData.name : undefined)
      if (named) {
        const box = new Box3().setFromObject(o)
        if (!box.isEmpty()) volumes.push({ ...named, min: box.min.toArray(), max: box.max.toArray() })
      }
    })
    onVolumes(volumes)
    invalidate()
  }, [gltf, invalidate, onVolumes])
  return <primitive object={gltf.scene} />
}
