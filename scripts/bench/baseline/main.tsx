/**
 * The benchmark's baseline: the smallest React Three Fiber + drei app a team would start
 * from (a Canvas, a lit box, OrbitControls), built the default way (one chunk). `npm run bench`
 * loads it side by side with Venue Twin, so load times are ratios measured in the same run.
 */
import { OrbitControls } from '@react-three/drei'
import { Canvas, useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import { createRoot } from 'react-dom/client'
import { BASELINE_FIRST_FRAME_MARK } from './marks.ts'

function FirstFrameMark() {
  const done = useRef(false)
  useFrame(() => {
    if (done.current) return
    done.current = true
    // Marked once the first frame has reached the screen, the way the app marks its own.
    requestAnimationFrame(() => performance.mark(BASELINE_FIRST_FRAME_MARK))
  })
  return null
}

function Starter() {
  return (
    <Canvas camera={{ position: [3, 3, 3] }}>
      <ambientLight intensity={0.6} />
      <directionalLight position={[5, 8, 3]} intensity={1.5} />
      <mesh>
        <boxGeometry />
        <meshStandardMaterial color="#e69f00" />
      </mesh>
      <OrbitControls makeDefault />
      <FirstFrameMark />
    </Canvas>
  )
}

createRoot(document.getElementById('root')!).render(<Starter />)
