import { useThree } from '@react-three/fiber'
import CameraControlsImpl from 'camera-controls'
import { useEffect, type RefObject } from 'react'
import { useVenueStore } from '../state/store.ts'

const { ACTION } = CameraControlsImpl

/**
 * Embed mode must not trap the host page's scrolling: the wheel zooms only with Ctrl/⌘ held
 * (and trackpad pinch, which browsers report as a Ctrl wheel), otherwise it scrolls the page;
 * one finger scrolls the page (CSS touch-action: pan-y), two fingers move the map.
 * Call it after the effect that configures the controls; `camera` re-applies it whenever the
 * controls are rebuilt for another camera.
 */
export function useEmbedGestures(ref: RefObject<CameraControlsImpl | null>, camera: unknown): void {
  const embed = useVenueStore((s) => s.mode === 'embed')
  const target = useThree((s) => (s.events.connected as HTMLElement | undefined) ?? s.gl.domElement)
  useEffect(() => {
    const c = ref.current
    if (!c || !embed) return
    const zoom = c.mouseButtons.wheel
    const oneFinger = c.touches.one
    c.mouseButtons.wheel = ACTION.NONE
    c.touches.one = ACTION.NONE
    // Capture on window runs before the controls' own wheel listener sees the same event.
    const onWheel = (e: WheelEvent): void => {
      c.mouseButtons.wheel = e.ctrlKey || e.metaKey ? zoom : ACTION.NONE
    }
    // pan-y lets the browser scroll the page; a gesture that starts with two fingers is the map's.
    const onTouchMove = (e: TouchEvent): void => {
      if (e.touches.length >= 2 && e.cancelable) e.preventDefault()
    }
    window.addEventListener('wheel', onWheel, { capture: true, passive: true })
    target.addEventListener('touchmove', onTouchMove, { passive: false })
    return () => {
      window.removeEventListener('wheel', onWheel, { capture: true })
      target.removeEventListener('touchmove', onTouchMove)
      c.mouseButtons.wheel = zoom
      c.touches.one = oneFinger
    }
  }, [ref, embed, camera, target])
}
