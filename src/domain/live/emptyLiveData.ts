/**
 * The live twin's starting value. A module of its own because the store needs it in the first
 * download, while the rest of liveState.ts (folding message batches) arrives with the live feed.
 */
import type { LiveData } from './liveState.ts'
import { DROP_REASONS, type DropReason } from './liveMessages.ts'

export function emptyDropCounts(): Record<DropReason, number> {
  return Object.fromEntries(DROP_REASONS.map((r) => [r, 0])) as Record<DropReason, number>
}

export function emptyLiveData(): LiveData {
  return {
    zones: {},
    sessions: {},
    received: 0,
    coalesced: 0,
    dropped: emptyDropCounts(),
    lastMessageAt: null,
    lastAcceptedAt: null,
    lastTopic: null,
    lastDrop: null,
  }
}

