/**
 * The shapes of accepted live updates and the reasons a message is dropped, without the
 * schemas that check payloads: the store and panels need these names at start-up, the
 * validator (zod) only arrives with the live feed.
 */
export type LiveUpdate =
  | { kind: 'occupancy'; zoneId: string; count: number; capacity: number; ts: number }
  | { kind: 'attendance'; sessionId: string; seated: number; capacity: number; queue: number; ts: number }

export const DROP_REASONS = [
  'malformed-json',
  'schema',
  'unknown-zone',
  'unknown-session',
  'wrong-scene',
  'unknown-topic',
  'too-large',
  'out-of-order',
  'future',
] as const
export type DropReason = (typeof DROP_REASONS)[number]

/**
 * How far ahead of the venue clock a reading may be dated (sensor clocks drift a little). Beyond
 * it the reading is dropped: kept, a reading dated 2099 would win over every real one after it.
 */
export const MAX_FUTURE_MS = 2 * 60_000

/** Real payloads are ~80 bytes; anything far larger is a misconfigured publisher. */
export const MAX_PAYLOAD_CHARS = 2048
