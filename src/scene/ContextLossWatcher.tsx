import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { useVenueStore } from '../state/store.ts'

/**
 * A lost WebGL context (driver reset, GPU pressure on a kiosk) is announced and, once the
 * browser gives it back, drawn again. preventDefault() is what allows the restore.
 */
export function ContextLossWatcher() {
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    const el = gl.domElement
    const lost = (e: Event): void => {
      e.preventDefault()
      useVenueStore.getState().setWebgl('lost')
    }
    const restored = (): void => {
      useVenueStore.getState().setWebgl('ok')
      // three re-initialises its state on restore; one frame redraws everything.
      requestAnimationFrame(() => invalidate())
    }
    el.addEventListener('webglcontextlost', lost)
    el.addEventListener('webglcontextrestored', restored)
    return () => {
      el.removeEventListener('webglcontextlost', lost)
      el.removeEventListener('webglcontextrestored', restored)
    }
  }, [gl, invalidate])
  return null
}
