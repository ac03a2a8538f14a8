/**
 * The PIN pad's lock: after 5 wrong PINs in a row it locks for 60 s, and each further lock lasts
 * twice as long as the one before (capped at a day), until the right PIN is entered. Pure: the
 * kiosk keeps the state (and keeps it across reloads, or a reload would be a free reset).
 */

export const WRONG_PINS_BEFORE_LOCK = 5
export const FIRST_LOCK_MS = 60_000
const MAX_LOCK_MS = 24 * 3_600_000

export interface PinLockState {
  /** Wrong PINs since the last lock ended (or the last right one). */
  wrong: number
  /** Locks so far without a right PIN in between. */
  locks: number
  /** Epoch ms the current lock ends; 0 = not locked. */
  lockedUntil: number
}

export const OPEN_LOCK: PinLockState = { wrong: 0, locks: 0, lockedUntil: 0 }

export function lockRemainingMs(state: PinLockState, now: number): number {
  return Math.max(0, state.lockedUntil - now)
}

export function lockDurationMs(locks: number): number {
  return Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** Math.max(0, locks))
}

export function afterWrongPin(state: PinLockState, now: number): PinLockState {
  if (lockRemainingMs(state, now) > 0) return state
  const wrong = state.wrong + 1
  if (wrong < WRONG_PINS_BEFORE_LOCK) return { ...state, wrong, lockedUntil: 0 }
  return { wrong: 0, locks: state.locks + 1, lockedUntil: now + lockDurationMs(state.locks) }
}

export function afterRightPin(): PinLockState {
  return OPEN_LOCK
}

/** A stored state read back, or the open state when it is not one (never trust storage to be well-formed). */
export function readLockState(raw: unknown): PinLockState {
  if (typeof raw !== 'object' || raw === null) return OPEN_LOCK
  const r = raw as Record<string, unknown>
  const n = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0)
  return { wrong: Math.min(n(r.wrong), WRONG_PINS_BEFORE_LOCK - 1), locks: Math.min(n(r.locks), 64), lockedUntil: n(r.lockedUntil) }
}
