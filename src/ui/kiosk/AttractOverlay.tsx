import { useEffect, useRef, useState, type SyntheticEvent } from 'react'
import { translate } from '../../domain/i18n/messages.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'

/**
 * The waking touch's trailing events (release, click) land on an invisible shield: it goes as
 * soon as that click arrives (a tap), a moment after the release (a drag makes no click), or
 * after SHIELD_MAX_MS whatever happens.
 */
const SHIELD_AFTER_RELEASE_MS = 150
const SHIELD_MAX_MS = 1500

/**
 * The attract screen over the looping tour: "Touch to explore" in both languages, whatever
 * the kiosk's language. The first touch ends it at once and goes no further: the overlay covers
 * the hall, so the touch never reaches the 3D view, and when the loop ends an invisible shield
 * stays a moment longer to catch that touch's release and click.
 */
export function AttractOverlay() {
  const t = useT()
  const attract = useVenueStore((s) => s.attract)
  const [shield, setShield] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const dropShieldIn = (ms: number): void => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = ms > 0 ? setTimeout(() => setShield(false), ms) : null
    if (ms <= 0) setShield(false)
  }

  // However the loop ends (this overlay, the tour player's input watch, a key), the shield
  // goes up in the same render that takes the overlay down.
  useEffect(() => {
    const off = useVenueStore.subscribe(
      (s) => s.attract,
      (on) => {
        if (timer.current) clearTimeout(timer.current)
        timer.current = null
        if (on) return
        setShield(true)
        timer.current = setTimeout(() => setShield(false), SHIELD_MAX_MS)
      },
    )
    return () => {
      off()
      if (timer.current) clearTimeout(timer.current)
    }
  }, [])

  useEffect(() => {
    if (attract) button.current?.focus({ preventScroll: true })
  }, [attract])

  const wake = (e: SyntheticEvent): void => {
    e.preventDefault()
    e.stopPropagation()
    useVenueStore.getState().endAttract()
  }
  const swallow = (e: SyntheticEvent): void => {
    e.preventDefault()
    e.stopPropagation()
  }

  if (attract)
    return (
      <button ref={button} type="button" className="attract" data-testid="attract" onPointerDown={wake} onClick={wake}>
        <span className="attract-card">
          <span className="attract-title" lang="en">
            {translate('en', 'kiosk.attract.title')}
          </span>
          <span className="attract-title" lang="zh-CN">
            {translate('zh', 'kiosk.attract.title')}
          </span>
          <span className="attract-subtitle">{t('kiosk.attract.subtitle')}</span>
        </span>
      </button>
    )
  if (shield)
    return (
      <div
        className="attract-shield"
        data-testid="attract-shield"
        onPointerDown={swallow}
        onPointerUp={(e) => {
          swallow(e)
          dropShieldIn(SHIELD_AFTER_RELEASE_MS)
        }}
        onClick={(e) => {
          swallow(e)
          dropShieldIn(0)
        }}
      />
    )
  return null
}
