import { useEffect, useRef, useState } from 'react'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'

const SHOW_MS = 1600

function modifierKey(): string {
  const platform = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? navigator.platform ?? ''
  return /mac|iphone|ipad|ipod/i.test(platform || navigator.userAgent) ? '⌘' : 'Ctrl'
}

/**
 * Embed mode never traps the host page's scrolling: the wheel scrolls the page and one finger
 * scrolls it on touch screens. This hint says, briefly, how to zoom and move the map instead.
 */
export function GestureHint() {
  const t = useT()
  const embed = useVenueStore((s) => s.mode === 'embed')
  const [hint, setHint] = useState<'wheel' | 'touch' | null>(null)
  const ref = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    const area = ref.current?.parentElement
    if (!embed || !area) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const show = (kind: 'wheel' | 'touch'): void => {
      setHint(kind)
      clearTimeout(timer)
      timer = setTimeout(() => setHint(null), SHOW_MS)
    }
    const onWheel = (e: WheelEvent): void => {
      if (!e.ctrlKey && !e.metaKey) show('wheel')
    }
    const onTouchMove = (e: TouchEvent): void => {
      if (e.touches.length === 1) show('touch')
    }
    area.addEventListener('wheel', onWheel, { passive: true })
    area.addEventListener('touchmove', onTouchMove, { passive: true })
    return () => {
      clearTimeout(timer)
      area.removeEventListener('wheel', onWheel)
      area.removeEventListener('touchmove', onTouchMove)
    }
  }, [embed])

  if (!embed) return null
  // Pointer users see it; keyboard and screen-reader users never scroll a wheel to need it.
  return (
    <p ref={ref} className="gesture-hint" data-visible={hint !== null} data-testid="gesture-hint" aria-hidden="true">
      {hint === 'touch' ? t('embed.touchHint') : t('embed.wheelHint', { key: modifierKey() })}
    </p>
  )
}
