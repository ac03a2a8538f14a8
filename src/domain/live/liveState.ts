/**
 * The live picture of the venue as plain data, and the pure reducer that folds batches of
 * accepted updates and drop counts into it. Entries keep their identity when a batch does not
 * touch them, so views derived from them only change when something visible did.
 */
import { DROP_REASONS, type DropReason, type LiveUpdate } from './liveMessages.ts'

// The store's starting value lives in its own module: the first download needs it, not the rest.
export { emptyDropCounts, emptyLiveData } from './emptyLiveData.ts'

/** No message for this long → shown as stale, never as current (docs/contract.md). */
export const STALE_AFTER_MS = 60_000

export interface ZoneLive {
  count: number
  capacity: number
  /** The reading's own time (payload ts), epoch ms. */
  ts: number
  /** Venue-clock time it arrived. */
  receivedAt: number
}

export interface SessionLive {
  seated: number
  capacity: number
  queue: number
  ts: number
  receivedAt: number
}

export type DropCounts = Readonly<Record<DropReason, number>>

export interface LastDrop {
  reason: DropReason
  detail: string
  topic: string
  at: number
}

export interface LiveData {
  zones: Readonly<Record<string, ZoneLive>>
  sessions: Readonly<Record<string, SessionLive>>
  /** Every message that reached the app, good or bad. */
  received: number
  /** Messages folded into an earlier one of the same topic before they were applied. */
  coalesced: number
  dropped: DropCounts
  /** Venue-clock time of the last message of any kind, and of the last accepted one. */
  lastMessageAt: number | null
  lastAcceptedAt: number | null
  lastTopic: string | null
  lastDrop: LastDrop | null
}

export interface TimedUpdate {
  update: LiveUpdate
  receivedAt: number
}

/** What one flush carries: the newest update per topic and everything counted since the last flush. */
export interface LiveBatch {
  updates: TimedUpdate[]
  received: number
  coalesced: number
  drops: Partial<Record<DropReason, number>>
  lastMessageAt: number | null
  lastTopic: string | null
  lastDrop: LastDrop | null
}

export function totalDropped(d: DropCounts): number {
  let n = 0
  for (const r of DROP_REASONS) n += d[r]
  return n
}

/**
 * Fold a batch into the live data. A reading older than the one already held (by its own ts)
 * is dropped as out of order: sensors and brokers may deliver late, and a late reading must
 * not overwrite a newer one.
 */
export function applyBatch(data: LiveData, batch: LiveBatch): LiveData {
  let zones: Record<string, ZoneLive> | null = null
  let sessions: Record<string, SessionLive> | null = null
  const dropped = { ...data.dropped }
  for (const [reason, n] of Object.entries(batch.drops) as [DropReason, number][]) dropped[reason] += n
  let lastAcceptedAt = data.lastAcceptedAt
  for (const { update: u, receivedAt } of batch.updates) {
    if (u.kind === 'occupancy') {
      const prev = (zones ?? data.zones)[u.zoneId]
      if (prev && prev.ts > u.ts) {
        dropped['out-of-order']++
        continue
      }
      zones ??= { ...data.zones }
      zones[u.zoneId] = { count: u.count, capacity: u.capacity, ts: u.ts, receivedAt }
    } else {
      const prev = (sessions ?? data.sessions)[u.sessionId]
      if (prev && prev.ts > u.ts) {
        dropped['out-of-order']++
        continue
      }
      sessions ??= { ...data.sessions }
      sessions[u.sessionId] = { seated: u.seated, capacity: u.capacity, queue: u.queue, ts: u.ts, receivedAt }
    }
    lastAcceptedAt = Math.max(lastAcceptedAt ?? -Infinity, receivedAt)
  }
  return {
    zones: zones ?? data.zones,
    sessions: sessions ?? data.sessions,
    received: data.received + batch.received,
    coalesced: data.coalesced + batch.coalesced,
    dropped,
    lastMessageAt: batch.lastMessageAt ?? data.lastMessageAt,
    lastAcceptedAt,
    lastTopic: batch.lastTopic ?? data.lastTopic,
    lastDrop: batch.lastDrop ?? data.lastDrop,
  }
}

/**
 * When a reading stopped being current: its own ts or its arrival, whichever is earlier — a
 * retained message from an hour ago arrives "now" but is an hour old.
 */
export function asOf(entry: { ts: number; receivedAt: number }): number {
  return Math.min(entry.ts, entry.receivedAt)
}

export function isEntryStale(entry: { ts: number; receivedAt: number }, now: number): boolean {
  return now - asOf(entry) > STALE_AFTER_MS
}

/**
 * The feed as a whole is stale when nothing was accepted for 60 s (counting from when it
 * started, so a feed that never delivers becomes stale too).
 */
export function isFeedStale(data: LiveData, now: number, startedAt: number): boolean {
  return now - (data.lastAcceptedAt ?? startedAt) > STALE_AFTER_MS
}
