import { useGLTF } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'

/** The venue architecture (floor, walls, columns, roof, stage), built by `npm run build:models`. */
export function HallModel({ url }: { url: string }) {
  // drei wires the meshopt decoder itself (useMeshopt defaults on).
  const gltf = useGLTF(url, false, true)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    gltf.scene.traverse((o) => {
      // The hall is scenery: never a pick target, never re-uploaded.
      o.raycast = () => undefined
      o.matrixAutoUpdate = false
      o.updateMatrix()
    })
    invalidate()
  }, [gltf, invalidate])
  return <primitive object={gltf.scene} />
}
