import { useCallback, useEffect, useState } from 'react'
import { afterRightPin, afterWrongPin, lockRemainingMs, readLockState, type PinLockState } from '../../domain/config/pinLock.ts'

const key = (kioskId: string): string => `venue-twin.pin-lock.${kioskId}`

function load(kioskId: string): PinLockState {
  try {
    return readLockState(JSON.parse(localStorage.getItem(key(kioskId)) ?? 'null'))
  } catch {
    return readLockState(null)
  }
}

/**
 * The PIN pad's lock for this kiosk, kept in localStorage so a reload is no way round it, and
 * the seconds it has left, ticking.
 */
export function usePinLock(kioskId: string): { remainingMs: number; wrong: () => void; right: () => void } {
  const [state, setState] = useState(() => load(kioskId))
  const [now, setNow] = useState(() => Date.now())
  const remainingMs = lockRemainingMs(state, now)
  useEffect(() => {
    if (remainingMs <= 0) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [remainingMs > 0]) // eslint-disable-line react-hooks/exhaustive-deps
  const save = useCallback(
    (next: PinLockState) => {
      setState(next)
      setNow(Date.now())
      try {
        localStorage.setItem(key(kioskId), JSON.stringify(next))
      } catch {
        // Storage full or off: the lock still holds for this page's life.
      }
    },
    [kioskId],
  )
  return {
    remainingMs,
    wrong: () => save(afterWrongPin(load(kioskId), Date.now())),
    right: () => save(afterRightPin()),
  }
}
