/**
 * Burst control. Messages may arrive a thousand times a second; the view needs a few pictures
 * a second. The coalescer keeps only the newest reading per topic (memory is bounded by the
 * number of zones and sessions, however fast the feed) plus counters, and is drained into the
 * store at most once per flush interval: one store update per flush, so at most a few redraws
 * a second. Pure: the caller owns the timer.
 */
import type { LastDrop, LiveBatch, TimedUpdate } from './liveState.ts'
import type { DropReason, ParseResult } from './parseMessage.ts'

/** Store updates at most this often (≈ 4 per second). */
export const FLUSH_INTERVAL_MS = 250

export interface Coalescer {
  /** Record one message's parse result. */
  add(result: ParseResult, topic: string, receivedAt: number): void
  /** Messages recorded since the last drain. */
  readonly pending: number
  /** Everything recorded since the last drain, or null when nothing arrived. */
  drain(): LiveBatch | null
}

export function createCoalescer(): Coalescer {
  let latest = new Map<string, TimedUpdate>()
  let received = 0
  let coalesced = 0
  let drops: Partial<Record<DropReason, number>> = {}
  let lastMessageAt: number | null = null
  let lastTopic: string | null = null
  let lastDrop: LastDrop | null = null

  return {
    add(result, topic, receivedAt) {
      received++
      lastMessageAt = receivedAt
      lastTopic = topic
      if (!result.ok) {
        drops[result.reason] = (drops[result.reason] ?? 0) + 1
        lastDrop = { reason: result.reason, detail: result.detail, topic, at: receivedAt }
        return
      }
      const u = result.update
      const key = u.kind === 'occupancy' ? `z:${u.zoneId}` : `s:${u.sessionId}`
      const held = latest.get(key)
      if (held) {
        if (held.update.ts > u.ts) {
          drops['out-of-order'] = (drops['out-of-order'] ?? 0) + 1
          return
        }
        coalesced++
      }
      latest.set(key, { update: u, receivedAt })
    },
    get pending() {
      return received
    },
    drain() {
      if (received === 0) return null
      const batch: LiveBatch = { updates: [...latest.values()], received, coalesced, drops, lastMessageAt, lastTopic, lastDrop }
      latest = new Map()
      received = 0
      coalesced = 0
      drops = {}
      lastMessageAt = null
      lastTopic = null
      lastDrop = null
      return batch
    },
  }
}

/** How long to wait before the next flush may run: 0 when one is due now. */
export function nextFlushDelay(lastFlushAt: number | null, now: number, interval = FLUSH_INTERVAL_MS): number {
  if (lastFlushAt === null) return 0
  return Math.max(0, lastFlushAt + interval - now)
}
