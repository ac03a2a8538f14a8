import { useEffect, useRef, type PointerEvent } from 'react'

/**
 * Handlers for a press held `ms` without lifting or sliding off. A short tap does nothing, so
 * visitors brushing the corner never notice it.
 */
export function useLongPress(ms: number, onLongPress: () => void) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const downAt = useRef(0)
  const cancel = (): void => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
  }
  useEffect(() => cancel, [])
  return {
    onPointerDown: (e: PointerEvent): void => {
      cancel()
      downAt.current = e.timeStamp
      // Keep receiving this pointer even if the finger drifts a little.
      ;(e.currentTarget as Element).setPointerCapture?.(e.pointerId)
      timer.current = setTimeout(() => {
        timer.current = null
        onLongPress()
      }, ms)
    },
    onPointerUp: (e: PointerEvent): void => {
      // A busy kiosk (the hall still loading) can run the lift before a late timer: the hold counts.
      const held = timer.current !== null && e.timeStamp - downAt.current >= ms
      cancel()
      if (held) onLongPress()
    },
    onPointerCancel: cancel,
    onLostPointerCapture: cancel,
  }
}
