import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import { useT } from '../../state/selectors.ts'
import { usePinLock } from './usePinLock.ts'

const MAX_DIGITS = 8
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9']

/**
 * The operator's PIN, entered on screen (or a keyboard). A wrong PIN shakes the pad and clears
 * it — nothing learned about the right one. After 5 wrong PINs the pad locks (60 s, doubling on
 * each further lock) and shows how long is left.
 */
export function PinPad({
  kioskId,
  check,
  onSuccess,
  onCancel,
}: {
  kioskId: string
  check: (pin: string) => Promise<boolean>
  onSuccess: () => void
  onCancel: () => void
}) {
  const t = useT()
  const [pin, setPin] = useState('')
  const [wrong, setWrong] = useState(0)
  const [checking, setChecking] = useState(false)
  const lock = usePinLock(kioskId)
  const locked = lock.remainingMs > 0
  const dialog = useRef<HTMLDivElement>(null)
  useEffect(() => dialog.current?.focus(), [])

  const busy = locked || checking
  const type = (d: string): void => {
    if (!busy) setPin((p) => (p.length < MAX_DIGITS ? p + d : p))
  }
  const submit = (): void => {
    if (!pin || busy) return
    setChecking(true)
    void check(pin).then((ok) => {
      setChecking(false)
      setPin('')
      if (ok) {
        lock.right()
        onSuccess()
        return
      }
      lock.wrong()
      setWrong((n) => n + 1)
    })
  }
  const seconds = Math.ceil(lock.remainingMs / 1000)
  const lockText = t('kiosk.op.pinLocked', { time: `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}` })
  const onKey = (e: KeyboardEvent): void => {
    if (/^\d$/.test(e.key)) type(e.key)
    else if (e.key === 'Backspace') setPin((p) => p.slice(0, -1))
    else if (e.key === 'Enter') submit()
    else if (e.key === 'Escape') onCancel()
    else return
    e.preventDefault()
    e.stopPropagation()
  }
  const keepFocus = (e: MouseEvent): void => e.preventDefault()
  const key = (label: string, onClick: () => void, extra: { className?: string; ariaLabel?: string; disabled?: boolean } = {}) => (
    <button
      type="button"
      className={`pin-key${extra.className ? ` ${extra.className}` : ''}`}
      aria-label={extra.ariaLabel}
      disabled={extra.disabled}
      onMouseDown={keepFocus}
      onClick={onClick}
    >
      {label}
    </button>
  )

  return (
    <div className="kiosk-modal-backdrop">
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby="pin-title"
        tabIndex={-1}
        className="pin-pad"
        data-testid="pin-pad"
        data-wrong={wrong > 0 ? 'true' : undefined}
        // Two identical shakes taking turns: each wrong PIN starts the animation afresh.
        data-shake={wrong === 0 ? undefined : wrong % 2 ? 'a' : 'b'}
        onKeyDown={onKey}
      >
        <h2 id="pin-title">{t('kiosk.op.pinTitle')}</h2>
        <p className="pin-dots" aria-hidden="true">
          {pin.length ? '●'.repeat(pin.length) : ' '}
        </p>
        {locked ? (
          <p className="pin-locked" role="status" data-testid="pin-locked">
            {lockText}
          </p>
        ) : (
          <p className="visually-hidden" role="status">
            {wrong > 0 && !pin ? t('kiosk.op.pinWrong') : t('kiosk.op.pinEntered', { n: pin.length })}
          </p>
        )}
        <div className="pin-grid">
          {DIGITS.map((d) => key(d, () => type(d), { disabled: busy }))}
          {key('⌫', () => setPin((p) => p.slice(0, -1)), { ariaLabel: t('kiosk.kbd.backspace'), disabled: !pin || busy })}
          {key('0', () => type('0'), { disabled: busy })}
          {key(t('kiosk.op.pinOk'), submit, { className: 'pin-ok', disabled: !pin || busy })}
        </div>
        <button type="button" className="kiosk-secondary" onClick={onCancel}>
          {t('kiosk.op.cancel')}
        </button>
      </div>
    </div>
  )
}
