/**
 * How a kiosk recovers from a problem it cannot fix: it restarts itself, waiting longer each
 * time the problem comes straight back (5 s, 10 s, 20 s … at most 5 min). A broken scene that
 * reloaded every 5 s for ever hammered the server from every kiosk in the hall and left the
 * operator nothing to read; the first problem of a run of restarts is kept for the operator
 * panel, since later ones are often only its consequences.
 */

export const RECOVERY_FIRST_SECONDS = 5
export const RECOVERY_MAX_SECONDS = 300
/** A kiosk that ran this long after its last restart starts again from 5 s. */
export const RECOVERY_CALM_MS = 10 * 60_000
/** Where the run of restarts is kept across them (session storage: the kiosk's tab). */
export const RECOVERY_STORAGE_KEY = 'venue-twin:recovery'

export interface RecoveryRecord {
  /** 1 for the first restart of a run, 2 for the next… */
  attempt: number
  /** Epoch ms this recovery began. */
  at: number
  /** The problem that began the run. */
  first: { message: string; at: number }
}

/** Seconds to wait before restart number `attempt` (1-based): 5, 10, 20, 40 … capped at 300. */
export function recoveryDelaySeconds(attempt: number): number {
  return Math.min(RECOVERY_MAX_SECONDS, RECOVERY_FIRST_SECONDS * 2 ** Math.max(0, Math.min(attempt, 32) - 1))
}

/**
 * The record for a recovery starting `now` because of `message`: the next attempt of the run,
 * or a new run when the kiosk had been running calmly since the previous restart.
 */
export function nextRecovery(prev: RecoveryRecord | null, message: string, now: number): RecoveryRecord {
  const restartedAt = prev ? prev.at + recoveryDelaySeconds(prev.attempt) * 1000 : -Infinity
  if (!prev || now - restartedAt > RECOVERY_CALM_MS || now < prev.at) return { attempt: 1, at: now, first: { message, at: now } }
  return { attempt: prev.attempt + 1, at: now, first: prev.first }
}

/** A stored record, or null for anything else (storage is not trusted to hold what we wrote). */
export function parseRecoveryRecord(raw: string | null): RecoveryRecord | null {
  if (!raw) return null
  try {
    const v = JSON.parse(raw) as Partial<RecoveryRecord> | null
    const first = v?.first
    if (
      v &&
      Number.isInteger(v.attempt) &&
      v.attempt! >= 1 &&
      typeof v.at === 'number' &&
      first &&
      typeof first.message === 'string' &&
      typeof first.at === 'number'
    )
      return { attempt: v.attempt!, at: v.at, first: { message: first.message.slice(0, 500), at: first.at } }
  } catch {
    // Garbage: start a new run.
  }
  return null
}
