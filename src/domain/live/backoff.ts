/**
 * Reconnect delays for the broker connection: 1 s, 2 s, 4 s … up to 15 s, with ±20 % jitter so
 * thousands of visitors' phones do not all hammer a recovering broker in the same second.
 */
export const BACKOFF_BASE_MS = 1000
export const BACKOFF_MAX_MS = 15_000

/** Delay before reconnect attempt `attempt` (0 = the first retry); `random` in [0, 1). */
export function reconnectDelay(attempt: number, random: number): number {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, Math.min(attempt, 20)))
  return Math.round(base * (0.8 + 0.4 * random))
}
